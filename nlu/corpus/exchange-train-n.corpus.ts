import { corpusSet } from './corpus-set';

/** Exchange Online requests: adventure-works.com, English as a second language, written as training data. */
export const EXCHANGE_TRAIN_N = corpusSet(
  'exchange-train-n',
  `action	targets	text
distribution-group.add-members	sales-emea@adventure-works.com	add tomas.berg@adventure-works.com and priya.nair@adventure-works.com to the sales-emea@adventure-works.com DL
distribution-group.add-members	Marketing All	please can you put the new intern Keiko Tanaka into the Marketing All distribution list
distribution-group.add-members	allstaff-lisbon@adventure-works.com	ticket 40211: user rafael.sousa@adventure-works.com must be added in distribution group allstaff-lisbon@adventure-works.com, he is missing the emails
distribution-group.add-members	it-alerts@adventure-works.com	for the it-alerts@adventure-works.com list, add please members oskar.lind@adventure-works.com, mei.chen@adventure-works.com
distribution-group.create		new distribution list please: name Procurement Team, alias procurement, owner hannah.weiss@adventure-works.com
distribution-group.create		can u create a DL for the Warsaw office, all people there will be in it
distribution-group.create		we need one new distribution group "Board Assistants" with address board-assistants@adventure-works.com, owner is me
distribution-group.create		set up a distribution list called Quality Auditors, external senders allowed
distribution-group.edit	events@adventure-works.com	rename the events@adventure-works.com DL to Adventure Works Events
distribution-group.edit	sales-emea@adventure-works.com	for sales-emea@adventure-works.com please change the owner to dmitri.volkov@adventure-works.com, the old owner has left
distribution-group.edit	Board Assistants	the Board Assistants DL should accept mail also from external senders, can you change settings of it
distribution-group.edit	finance-reports@adventure-works.com	hide finance-reports@adventure-works.com distribution list from the address book pls
distribution-group.grant-send-permissions	events@adventure-works.com	give lucia.ferraro@adventure-works.com send as rights on the events@adventure-works.com DL
distribution-group.grant-send-permissions	allstaff@adventure-works.com	ticket 7781 - comms team needs send on behalf on allstaff@adventure-works.com distribution list for user yusuf.kaya@adventure-works.com
distribution-group.grant-send-permissions	hr-news@adventure-works.com	please allow to anika.patel@adventure-works.com to send as the distribution group hr-news@adventure-works.com
distribution-group.grant-send-permissions	it-alerts@adventure-works.com	can marco.bianchi@adventure-works.com get send-as permission for it-alerts@adventure-works.com DL? he sends the outage notices now
distribution-group.remove	old-projects@adventure-works.com	delete the old-projects@adventure-works.com DL, nobody is using it since 2022
distribution-group.remove	Warsaw Office	please remove the distribution list Warsaw Office, the office is closed now
distribution-group.remove	temp-audit-2024@adventure-works.com	temp-audit-2024@adventure-works.com distribution group can be deleted, audit is finished
distribution-group.remove	summer-picnic@adventure-works.com	kill the summer-picnic@adventure-works.com distro list pls
distribution-group.remove-delegation	events@adventure-works.com	revoke lucia.ferraro@adventure-works.com's send as on the events@adventure-works.com DL
distribution-group.remove-delegation	hr-news@adventure-works.com	anika.patel@adventure-works.com does not work in HR anymore, take away her send permissions from hr-news@adventure-works.com distribution group
distribution-group.remove-delegation	allstaff@adventure-works.com	ticket 8120: remove send on behalf of yusuf.kaya@adventure-works.com on the allstaff@adventure-works.com list
distribution-group.remove-delegation	it-alerts@adventure-works.com	please remove from it-alerts@adventure-works.com DL the send as right of marco.bianchi@adventure-works.com, is not needed anymore
distribution-group.remove-members	sales-emea@adventure-works.com	take priya.nair@adventure-works.com off the sales-emea@adventure-works.com distribution list
distribution-group.remove-members	Marketing All	Keiko Tanaka internship is finished, remove her from Marketing All DL please
distribution-group.remove-members	allstaff-lisbon@adventure-works.com	remove rafael.sousa@adventure-works.com and ines.costa@adventure-works.com from allstaff-lisbon@adventure-works.com, they moved to Porto
distribution-group.remove-members	it-alerts@adventure-works.com	can you pull oskar.lind@adventure-works.com out of the it-alerts@adventure-works.com distribution group, he gets too many mails
mail-contact.create	jorge.mendez@northwindtraders.com	add an external contact for Jorge Mendez, jorge.mendez@northwindtraders.com
mail-contact.create	s.okafor@fourthcoffee.com	please create mail contact for our supplier Sade Okafor (s.okafor@fourthcoffee.com) so people find her in GAL
mail-contact.create	billing@wingtiptoys.com	ticket 5532 - new contact needed in the address book: billing@wingtiptoys.com, display name Wingtip Billing
mail-contact.create	anna.kowalska@litware.com	we need contact for anna.kowalska@litware.com in our global address list, she is consultant from Litware
mail-contact.edit	jorge.mendez@northwindtraders.com	update the company on contact jorge.mendez@northwindtraders.com to Northwind Traders Ltd
mail-contact.edit	billing@wingtiptoys.com	the contact billing@wingtiptoys.com, please change the display name to Wingtip Toys Accounts
mail-contact.edit	Sade Okafor	change phone number of the external contact Sade Okafor to +234 1 555 0192
mail-contact.edit	k.yamada@fabrikam.com	contact k.yamada@fabrikam.com has wrong job title, should be Purchasing Manager, can u fix
mail-contact.remove	anna.kowalska@litware.com	delete the external contact anna.kowalska@litware.com, her contract is over
mail-contact.remove	Jorge Mendez	remove mail contact Jorge Mendez from the address book pls
mail-contact.remove	old-support@proseware.com	ticket 6021: contact old-support@proseware.com is not valid any more, please delete it
mail-contact.remove	billing@wingtiptoys.com	we not work with Wingtip anymore, so remove the contact billing@wingtiptoys.com
mail-user.create	lena.fischer@contosopartners.com	create a mail user for our contractor at lena.fischer@contosopartners.com
mail-user.create	ahmed.saleh@tailspintoys.com	please make mail user for external consultant Ahmed Saleh, his external mail is ahmed.saleh@tailspintoys.com, he need login to our tenant
mail-user.create	pieter.devries@fabrikam.com	new mail user needed, external address pieter.devries@fabrikam.com, UPN pieter.devries@adventure-works.com
mail-user.create	r.gomez@litware.com	ticket 9903 - freelancer Rosa Gomez starts monday, set up a mail user with external email r.gomez@litware.com
mail-user.edit	lena.fischer@adventure-works.com	change the external email of mail user lena.fischer@adventure-works.com to lena@fischer-consulting.de
mail-user.edit	Ahmed Saleh	for mail user Ahmed Saleh please update the department to Engineering and the title to Senior Consultant
mail-user.edit	pieter.devries@adventure-works.com	the mail user pieter.devries@adventure-works.com should be hidden from the GAL, can you change it
mail-user.edit	contractor-gomez@adventure-works.com	mail user contractor-gomez@adventure-works.com: new external address r.gomez@proseware.com, she changed company
mail-user.remove	lena.fischer@adventure-works.com	contract of lena.fischer@adventure-works.com ended, remove her mail user
mail-user.remove	pieter.devries@adventure-works.com	delete the mail user pieter.devries@adventure-works.com please
mail-user.remove	Ahmed Saleh	ticket 10044: mail user for Ahmed Saleh is not needed anymore, please delete
mail-user.remove	ext-auditor@adventure-works.com	get rid of the mail user ext-auditor@adventure-works.com, audit done
mailbox.add-delegates	reception@adventure-works.com,facilities@adventure-works.com	add delegates to the reception@adventure-works.com and facilities@adventure-works.com mailboxes
mailbox.add-delegates	sales@adventure-works.com	on the sales@adventure-works.com mailbox please add as delegates goran.petrovic@adventure-works.com and fatima.zahra@adventure-works.com with full access and send as
mailbox.add-delegates	helpdesk@adventure-works.com	helpdesk@adventure-works.com mailbox needs three new delegates: nils@adventure-works.com, ayesha@adventure-works.com and tomasz@adventure-works.com, full access
mailbox.add-delegates	Olga Ivanova	Olga Ivanova's mailbox - please add her two assistants as delegates, read and manage
mailbox.add-users-as-delegates	reception@adventure-works.com	make kwame.mensah@adventure-works.com a delegate on reception@adventure-works.com with full access
mailbox.add-users-as-delegates	ceo-office@adventure-works.com	give to users elif.demir@adventure-works.com and sven.olsen@adventure-works.com delegate access to ceo-office@adventure-works.com, full access plus send as
mailbox.add-users-as-delegates	bookings@adventure-works.com	the new staff hiroshi.sato@adventure-works.com should get full access on bookings@adventure-works.com mailbox, please add him as delegate
mailbox.add-users-as-delegates	info@adventure-works.com	grant nadia.haddad@adventure-works.com full access to the info@adventure-works.com mailbox
mailbox.assign-contacts-folder-delegate	olga.ivanova@adventure-works.com	give kwame.mensah@adventure-works.com editor access to olga.ivanova@adventure-works.com's contacts folder
mailbox.assign-contacts-folder-delegate	dmitri.volkov@adventure-works.com	please assistant elif.demir@adventure-works.com must be able to edit contacts of dmitri.volkov@adventure-works.com, make her delegate on contacts folder
mailbox.assign-contacts-folder-delegate	Hannah Weiss	can Sven Olsen get reviewer permission on Hannah Weiss's Contacts folder
mailbox.assign-contacts-folder-delegate	marco.bianchi@adventure-works.com	ticket 3390 - set contacts folder delegate for marco.bianchi@adventure-works.com, delegate is lucia.ferraro@adventure-works.com with author rights
mailbox.configure-auto-reply	priya.nair@adventure-works.com	set OOO for priya.nair@adventure-works.com from Aug 4 to Aug 22
mailbox.configure-auto-reply	tomas.berg@adventure-works.com	tomas.berg@adventure-works.com is on parental leave, please put automatic reply that he is away until March and to contact sales@adventure-works.com
mailbox.configure-auto-reply	Yusuf Kaya	Yusuf Kaya left the company, set an auto reply on his mailbox saying to write to hr@adventure-works.com instead
mailbox.configure-auto-reply	mei.chen@adventure-works.com	turn off the out of office on mei.chen@adventure-works.com, she is back since monday but forgot
mailbox.convert-to-shared	rafael.sousa@adventure-works.com	convert rafael.sousa@adventure-works.com's mailbox to shared and remove his license
mailbox.convert-to-shared	ines.costa@adventure-works.com	ines.costa@adventure-works.com left us, please make her mailbox a shared one so team can still read
mailbox.convert-to-shared	Oskar Lind	ticket 11290: leaver Oskar Lind, convert mailbox to shared mailbox
mailbox.convert-to-shared	projects@adventure-works.com	projects@adventure-works.com is a user mailbox but many people use it, change it to shared pls so we save a licence
mailbox.copy-permissions-from	fatima.zahra@adventure-works.com	fatima.zahra@adventure-works.com needs the same mailbox permissions like goran.petrovic@adventure-works.com has, copy from him
mailbox.copy-permissions-from	hiroshi.sato@adventure-works.com	give hiroshi.sato@adventure-works.com all the mailbox access that nils@adventure-works.com has, he is his replacement
mailbox.copy-permissions-from	Ayesha Khan	new joiner Ayesha Khan should get mailbox permissions copied from Tomasz Nowak
mailbox.copy-permissions-from	sven.olsen@adventure-works.com	copy mailbox permissions from elif.demir@adventure-works.com onto sven.olsen@adventure-works.com
mailbox.copy-permissions-to	goran.petrovic@adventure-works.com	copy goran.petrovic@adventure-works.com's mailbox permissions over to fatima.zahra@adventure-works.com
mailbox.copy-permissions-to	nils@adventure-works.com	please the mailbox permissions of nils@adventure-works.com copy to hiroshi.sato@adventure-works.com, hiroshi takes his work
mailbox.copy-permissions-to	Tomasz Nowak	take all of Tomasz Nowak's mailbox permissions and give them to the new guy Ayesha Khan too
mailbox.copy-permissions-to	kwame.mensah@adventure-works.com	ticket 4471 - mirror kwame.mensah@adventure-works.com mailbox access to nadia.haddad@adventure-works.com
mailbox.create		create a mailbox for the new starter Bruno Alves, bruno.alves@adventure-works.com
mailbox.create		please make new user mailbox for Chiara Romano, she start in Finance next week
mailbox.create		new hire ticket 2205: mailbox for Samuel Osei, samuel.osei@adventure-works.com, E3 licence
mailbox.create		need mailbox created for our new driver, name Viktor Horvat, address viktor.horvat@adventure-works.com
mailbox.create-resource		create a room mailbox for Meeting Room Danube, capacity 10
mailbox.create-resource		please add equipment mailbox for the company van, so people can book it
mailbox.create-resource		new resource mailbox needed: projector-2@adventure-works.com for the mobile projector on 3rd floor
mailbox.create-resource		we have new conference room on level 5 "Atlas", make a room mailbox for it with capacity 24
mailbox.create-shared		spin up a shared mailbox for recruiting, recruiting@adventure-works.com
mailbox.create-shared		please create shared mailbox customer-care@adventure-works.com, members are the support team
mailbox.create-shared		new shared mailbox for the Lisbon office, name Lisbon Front Desk
mailbox.create-shared		ticket 6604 - shared inbox needed for legal department, legal@adventure-works.com
mailbox.edit	chiara.romano@adventure-works.com	hide chiara.romano@adventure-works.com from the GAL
mailbox.edit	samuel.osei@adventure-works.com	change display name of samuel.osei@adventure-works.com to Sam Osei, he prefers this
mailbox.edit	Bruno Alves	for Bruno Alves mailbox add please an additional alias bruno@adventure-works.com
mailbox.edit	viktor.horvat@adventure-works.com	update office and phone on viktor.horvat@adventure-works.com's mailbox: Budapest, +36 1 555 0178
mailbox.edit-equipment	van-01@adventure-works.com	equipment mailbox van-01@adventure-works.com should auto-accept bookings
mailbox.edit-equipment	projector-2@adventure-works.com	for the projector-2@adventure-works.com equipment mailbox, please max booking duration set to 4 hours
mailbox.edit-equipment	Pool Car Skoda	the equipment mailbox Pool Car Skoda: only the facilities team may book it, change booking policy pls
mailbox.edit-equipment	camera-kit@adventure-works.com	camera-kit@adventure-works.com equipment: allow booking up to 90 days ahead
mailbox.edit-room	room-danube@adventure-works.com	room-danube@adventure-works.com: allow recurring meetings and set the capacity to 12
mailbox.edit-room	Atlas Room	the Atlas Room mailbox should decline conflicts automatically, please change it
mailbox.edit-room	boardroom@adventure-works.com	boardroom@adventure-works.com room, make bookings need approval by olga.ivanova@adventure-works.com
mailbox.edit-room	room-5b@adventure-works.com	please rename room mailbox room-5b@adventure-works.com display name to "5B Huddle" and capacity is 6 now
mailbox.edit-shared	customer-care@adventure-works.com	add the address service@adventure-works.com to the customer-care@adventure-works.com shared mailbox
mailbox.edit-shared	recruiting@adventure-works.com	for shared mailbox recruiting@adventure-works.com please change display name to Talent Acquisition
mailbox.edit-shared	Lisbon Front Desk	shared mailbox Lisbon Front Desk should be hidden from address list, can you edit it
mailbox.edit-shared	legal@adventure-works.com	ticket 6650: legal@adventure-works.com shared mailbox - sent items must be saved in the shared mailbox also when sending as
mailbox.edit-type	reception@adventure-works.com	switch reception@adventure-works.com back to a regular user mailbox
mailbox.edit-type	room-old-3@adventure-works.com	room-old-3@adventure-works.com is a user mailbox by mistake, change the type to room mailbox please
mailbox.edit-type	beamer@adventure-works.com	please change mailbox type of beamer@adventure-works.com to equipment
mailbox.edit-type	Facilities Desk	Facilities Desk shared mailbox must become normal user mailbox again, we assign license to it
mailbox.forward-to-recipient	ines.costa@adventure-works.com	redirect ines.costa@adventure-works.com's emails to Tomas Berg pls
mailbox.forward-to-recipient	Oskar Lind	forward the mails of Oskar Lind to his manager Hannah Weiss, she handles his customers now
mailbox.forward-to-recipient	rafael.sousa@adventure-works.com	set forwarding on rafael.sousa@adventure-works.com to the internal user mei.chen@adventure-works.com and keep copy
mailbox.forward-to-recipient	kwame.mensah@adventure-works.com	ticket 7002 - please all mail for kwame.mensah@adventure-works.com to be forwarded to shared mailbox reception@adventure-works.com
mailbox.forward-to-smtp	chiara.romano@adventure-works.com	forward all of chiara.romano@adventure-works.com's email to chiara.romano@gmail.com and keep a copy
mailbox.forward-to-smtp	viktor.horvat@adventure-works.com	viktor.horvat@adventure-works.com mails should go also to external address viktor@horvat-logistics.hu, please set the forward
mailbox.forward-to-smtp	Samuel Osei	Samuel Osei is on sabbatical, forward his mail to samuel.osei@outlook.com for now
mailbox.forward-to-smtp	bruno.alves@adventure-works.com	fwd bruno.alves@adventure-works.com to b.alves@proseware.com, don't keep a copy
mailbox.grant-manager-full-access	tomas.berg@adventure-works.com	tomas.berg@adventure-works.com is leaving, his manager needs full access to his mailbox
mailbox.grant-manager-full-access	Ines Costa	Ines Costa has last day today, please give her manager the full access on her mailbox
mailbox.grant-manager-full-access	priya.nair@adventure-works.com	ticket 8815: priya.nair@adventure-works.com on long sick leave, line manager needs full mailbox access to priya.nair@adventure-works.com
mailbox.grant-manager-full-access	dmitri.volkov@adventure-works.com	grant the manager of dmitri.volkov@adventure-works.com full access to dmitri's mailbox, he is offboarding
mailbox.grant-send-on-behalf	olga.ivanova@adventure-works.com	let kwame.mensah@adventure-works.com send on behalf of olga.ivanova@adventure-works.com
mailbox.grant-send-on-behalf	Hannah Weiss	assistant Elif Demir must send emails on behalf of Hannah Weiss, please give the right
mailbox.grant-send-on-behalf	ceo-office@adventure-works.com	give sven.olsen@adventure-works.com send on behalf permission for ceo-office@adventure-works.com
mailbox.grant-send-on-behalf	dmitri.volkov@adventure-works.com	can you allow nadia.haddad@adventure-works.com to send on behalf of dmitri.volkov@adventure-works.com? she does his travel booking
mailbox.manage-archive	samuel.osei@adventure-works.com	turn on the online archive for samuel.osei@adventure-works.com
mailbox.manage-archive	Chiara Romano	please enable archive mailbox for Chiara Romano, her mailbox is almost full
mailbox.manage-archive	viktor.horvat@adventure-works.com	enable auto-expanding archiving on viktor.horvat@adventure-works.com
mailbox.manage-archive	bruno.alves@adventure-works.com	disable the archive of bruno.alves@adventure-works.com, it was enabled by mistake
mailbox.manage-litigation-hold	goran.petrovic@adventure-works.com	put goran.petrovic@adventure-works.com on litigation hold for 10 years
mailbox.manage-litigation-hold	Fatima Zahra	legal asks: litigation hold for mailbox of Fatima Zahra, no end date
mailbox.manage-litigation-hold	hiroshi.sato@adventure-works.com	ticket 9120 - remove litigation hold from hiroshi.sato@adventure-works.com, case is closed
mailbox.manage-litigation-hold	nils@adventure-works.com	please enable lit hold on nils@adventure-works.com before we delete his account
mailbox.manage-quota	nadia.haddad@adventure-works.com	bump nadia.haddad@adventure-works.com's mailbox quota to 100GB
mailbox.manage-quota	Elif Demir	mailbox of Elif Demir is full, please increase the quota, prohibit send at 95 GB
mailbox.manage-quota	sven.olsen@adventure-works.com	set issue warning quota for sven.olsen@adventure-works.com to 45GB and prohibit send receive at 50GB
mailbox.manage-quota	tomasz@adventure-works.com	tomasz@adventure-works.com can not send mails because mailbox is over limit, raise his mailbox size limit please
mailbox.manage-send-as	sales@adventure-works.com	give goran.petrovic@adventure-works.com send as on the sales@adventure-works.com mailbox
mailbox.manage-send-as	helpdesk@adventure-works.com	ayesha@adventure-works.com needs to send as helpdesk@adventure-works.com, please add the permission
mailbox.manage-send-as	legal@adventure-works.com	remove send-as of tomasz@adventure-works.com on legal@adventure-works.com mailbox, he moved department
mailbox.manage-send-as	Olga Ivanova	the assistant should be able to send as Olga Ivanova, set send as permission for him on her mailbox
mailbox.manage-services	mei.chen@adventure-works.com	turn off POP and IMAP for mei.chen@adventure-works.com
mailbox.manage-services	rafael.sousa@adventure-works.com	please disable OWA and ActiveSync for rafael.sousa@adventure-works.com, only outlook desktop allowed
mailbox.manage-services	Tomas Berg	enable IMAP for Tomas Berg, he uses Thunderbird on linux
mailbox.manage-services	hannah.weiss@adventure-works.com	for hannah.weiss@adventure-works.com switch off the mapi and ews protocols, security request
mailbox.remove	oskar.lind@adventure-works.com	delete oskar.lind@adventure-works.com's mailbox
mailbox.remove	Yusuf Kaya	ticket 10310: mailbox of Yusuf Kaya can be removed, 90 days retention are over
mailbox.remove	temp-helpdesk@adventure-works.com	remove the mailbox temp-helpdesk@adventure-works.com please, not used since the migration
mailbox.remove	ines.costa@adventure-works.com	pls delete mailbox ines.costa@adventure-works.com, manager confirmed nothing more is needed
mailbox.remove-delegates	sales@adventure-works.com	sales@adventure-works.com has old delegates, remove goran.petrovic@adventure-works.com and fatima.zahra@adventure-works.com
mailbox.remove-delegates	helpdesk@adventure-works.com	please on helpdesk@adventure-works.com mailbox remove the delegate nils@adventure-works.com, he left the team
mailbox.remove-delegates	ceo-office@adventure-works.com	take away delegate access of elif.demir@adventure-works.com from ceo-office@adventure-works.com
mailbox.remove-delegates	Olga Ivanova	clean up the delegates on Olga Ivanova's mailbox, the old assistants should be removed
mailbox.remove-user-access	hiroshi.sato@adventure-works.com	hiroshi.sato@adventure-works.com moved to another department, remove his access to all other mailboxes
mailbox.remove-user-access	Nadia Haddad	please take away all mailbox permissions that Nadia Haddad has on other mailboxes, also send as
mailbox.remove-user-access	kwame.mensah@adventure-works.com	ticket 5118 - kwame.mensah@adventure-works.com contract ends, strip all his access on shared and user mailboxes
mailbox.remove-user-access	sven.olsen@adventure-works.com	remove every mailbox permission which sven.olsen@adventure-works.com has on others' mailboxes
mailbox.set-archive-name	priya.nair@adventure-works.com	call priya.nair@adventure-works.com's archive "Priya - Archive 2019-2023"
mailbox.set-archive-name	Tomas Berg	rename the archive mailbox of Tomas Berg to "Tomas Old Mail" please
mailbox.set-archive-name	goran.petrovic@adventure-works.com	set the archive name for goran.petrovic@adventure-works.com to Goran Archive
mailbox.set-archive-name	legal@adventure-works.com	the archive of legal@adventure-works.com should be named "Legal - Closed Cases", can you change the name
mailbox.set-audit	chiara.romano@adventure-works.com,samuel.osei@adventure-works.com	turn on mailbox auditing for chiara.romano@adventure-works.com and samuel.osei@adventure-works.com
mailbox.set-audit	Dmitri Volkov	please enable audit logging on mailbox of Dmitri Volkov, also owner actions
mailbox.set-audit	ceo-office@adventure-works.com	ticket 3002: audit on ceo-office@adventure-works.com needs to log mailbox logins and deletes by delegates
mailbox.set-audit	fatima.zahra@adventure-works.com	disable mailbox auditing for fatima.zahra@adventure-works.com, it was a test only
mailbox.set-regional-settings	bruno.alves@adventure-works.com	change the language on bruno.alves@adventure-works.com's mailbox to Portuguese (pt-PT)
mailbox.set-regional-settings	Hiroshi Sato	mailbox of Hiroshi Sato please set time zone to Tokyo Standard Time and language Japanese
mailbox.set-regional-settings	viktor.horvat@adventure-works.com	viktor.horvat@adventure-works.com has wrong time zone in outlook web, set it to Central Europe Standard Time
mailbox.set-regional-settings	lisbon@adventure-works.com	set regional settings for lisbon@adventure-works.com: language pt-PT, date format dd/MM/yyyy
mobile-device.allow-quarantined		nadia.haddad@adventure-works.com's phone is stuck in quarantine, let it through
mobile-device.allow-quarantined		please allow the quarantined Samsung of Bruno Alves, he can not get mails on it
mobile-device.allow-quarantined		ticket 2911 - new iPad of olga.ivanova@adventure-works.com is quarantined in Exchange, release it pls
mobile-device.allow-quarantined		the android of mei.chen@adventure-works.com was blocked in quarantine, approve it to sync
mobile-device.remove		remove tomas.berg@adventure-works.com's old iPhone from Exchange
mobile-device.remove		please delete the old mobile device partnership of Chiara Romano, she has new phone now
mobile-device.remove		clean up the stale device entry for samuel.osei@adventure-works.com, the Pixel 6 not synced since a year
mobile-device.remove		ticket 6677: remove old Galaxy S10 from mobile devices list of fatima.zahra@adventure-works.com
mobile-device.wipe		viktor.horvat@adventure-works.com lost his phone, wipe it
mobile-device.wipe		URGENT the iPhone of Dmitri Volkov is stolen in the train, please do remote wipe now
mobile-device.wipe		ticket 9001 - factory wipe mobile device of rafael.sousa@adventure-works.com, he did not give back the company phone
mobile-device.wipe		please make full wipe on goran.petrovic@adventure-works.com's Android, it was left at the airport
none		thanks, works now
none		how many licenses we still have left?
none		good morning team
none		what's the weather in Lisbon tomorrow
none		is exchange online down right now? outlook is very slow for me
none		who approved the last change on the sales@adventure-works.com mailbox?
none		ok I will check it with the user and come back
none		this bot is not understanding me today
none		can you tell me what is the difference between shared and resource mailbox?
none		lunch at 12?
none		cheers mate, appreciated
none		hmm it did not work, the user still sees the old address
none		order pizza for the team please
none		what does litigation hold actually do?
none		never mind, the user fixed it himself
none		please remind me tomorrow about the budget meeting
`,
);
