import { corpusSet } from './corpus-set';

/** Exchange Online requests: margiestravel.com: context and indirect asks, written as training data. */
export const EXCHANGE_TRAIN_A = corpusSet(
  'exchange-train-a',
  `action	targets	text
distribution-group.add-members	emea-sales@margiestravel.com	Keisha Brooks just joined the EMEA desk, can we get keisha.brooks@margiestravel.com added to emea-sales@margiestravel.com so she gets the weekly numbers?
distribution-group.add-members	Cruise Team	add Rafael Ortega and Mei Tanaka to the Cruise Team distribution list
distribution-group.add-members	all-agents@margiestravel.com,ops-leads@margiestravel.com	ticket 48211: new hire bao.nguyen@margiestravel.com needs to be on all-agents@margiestravel.com and ops-leads@margiestravel.com
distribution-group.add-members	partners-news@margiestravel.com	pls add felix.brandt@margiestravel.com to the partners-news@margiestravel.com DL, his manager asked for it
distribution-group.create		we're opening the Lisbon branch next month, can you create a distribution list called Lisbon Office with alias lisbon-office?
distribution-group.create		new DL: Group Travel Leads, groupleads@margiestravel.com, owner priya.raman@margiestravel.com, internal senders only
distribution-group.create		Marketing asked for a mail-enabled security group named Brochure Approvers so they can email and permission the same list, can you make one?
distribution-group.create		create a distro list for the loyalty programme team pls
distribution-group.edit	travel-advisors@margiestravel.com	can we make it so travel-advisors@margiestravel.com accepts mail from outside the company too? a partner airline needs to reach it
distribution-group.edit	Cruise Team	rename the Cruise Team DL to Cruise & River Team, Ingrid asked for it
distribution-group.edit	ops-leads@margiestravel.com	ops-leads@margiestravel.com should be hidden from the address book, and make Omar Haddad an owner of the group
distribution-group.edit	emea-sales@margiestravel.com	turn on moderation for the emea-sales@margiestravel.com distribution list with tamsin.reid@margiestravel.com as moderator - too many people are blasting it
distribution-group.grant-send-permissions	travel-advisors@margiestravel.com	Chloe Martin needs to be able to send as travel-advisors@margiestravel.com for the monthly newsletter
distribution-group.grant-send-permissions	all-agents@margiestravel.com,emea-sales@margiestravel.com	grant send on behalf on the all-agents@margiestravel.com and emea-sales@margiestravel.com DLs to jonas.weber@margiestravel.com
distribution-group.grant-send-permissions	Lisbon Office	the new branch manager, Marisol Vega, should be able to send on behalf of the Lisbon Office distribution group
distribution-group.grant-send-permissions	partners-news@margiestravel.com	ticket 48390 - give hamid@margiestravel.com send as permission on the partners-news@margiestravel.com group
distribution-group.remove	summer-promo-2025@margiestravel.com	the summer promo is over, please delete the summer-promo-2025@margiestravel.com distribution list
distribution-group.remove	ski-desk@margiestravel.com,alpine-sales@margiestravel.com	remove DLs ski-desk@margiestravel.com and alpine-sales@margiestravel.com, we merged those teams
distribution-group.remove	Brochure Approvers	can we get rid of the Brochure Approvers distribution group? nobody has sent to it in a year
distribution-group.remove	old-ops@margiestravel.com	delete distro old-ops@margiestravel.com
distribution-group.remove-delegation	travel-advisors@margiestravel.com	Chloe moved to finance, so take away her send as rights on the travel-advisors@margiestravel.com DL
distribution-group.remove-delegation	all-agents@margiestravel.com	remove send on behalf for jonas.weber@margiestravel.com from the all-agents@margiestravel.com DL
distribution-group.remove-delegation	partners-news@margiestravel.com	hamid@margiestravel.com shouldn't be able to send as the partners-news@margiestravel.com group anymore, please revoke it
distribution-group.remove-delegation	Lisbon Office	revoke both send as and send on behalf for Marisol Vega on the Lisbon Office distribution group
distribution-group.remove-members	emea-sales@margiestravel.com	Dylan Murphy left the sales team, please take him off emea-sales@margiestravel.com
distribution-group.remove-members	all-agents@margiestravel.com	remove paulina.k@margiestravel.com and oskar@margiestravel.com from all-agents@margiestravel.com
distribution-group.remove-members	Cruise Team	can you pull Mei Tanaka out of the Cruise Team list? she keeps getting mails meant for the cruise desk
distribution-group.remove-members	ops-leads@margiestravel.com	ticket 48502: drop the contractors from the ops-leads@margiestravel.com DL - nikhil.rao@margiestravel.com and talia.b@margiestravel.com
mail-contact.create	groups@blueyonderairlines.com	our group bookings rep at Blue Yonder is groups@blueyonderairlines.com, can we add them as a mail contact so agents can find them in the GAL?
mail-contact.create	j.moreau@alpineskihouse.com	create a mail contact for Julien Moreau, j.moreau@alpineskihouse.com
mail-contact.create	reservations@cohovineyard.com	add reservations@cohovineyard.com to the address book as an external contact, the wine tour team needs it
mail-contact.create		Sofia needs the new Porto hotel partner in the GAL as an external contact, can you set one up? address to follow
mail-contact.edit	j.moreau@alpineskihouse.com	Julien got promoted, update the title on the j.moreau@alpineskihouse.com contact to Head of Partnerships
mail-contact.edit	groups@blueyonderairlines.com	change the display name of mail contact groups@blueyonderairlines.com to Blue Yonder Group Desk
mail-contact.edit	sales@treyresearch.net	the external contact sales@treyresearch.net should point to partners@treyresearch.net now, they changed inboxes on their side
mail-contact.edit	reservations@cohovineyard.com	fix the phone number on the reservations@cohovineyard.com contact, it's +351 22 555 0187 now
mail-contact.remove	j.moreau@alpineskihouse.com	we ended the Alpine Ski House partnership, delete the contact j.moreau@alpineskihouse.com
mail-contact.remove	info@proseware.com,billing@proseware.com	remove mail contacts info@proseware.com and billing@proseware.com
mail-contact.remove	press@lucernepublishing.com	pls delete the external contact press@lucernepublishing.com from the GAL, agents keep emailing it by mistake
mail-contact.remove	Woodgrove Bank Payments	get rid of the Woodgrove Bank Payments mail contact
mail-user.create	lena.fischer@adatum.com	freelance tour planner Lena Fischer starts Monday - she needs to sign in to our tenant but keep getting mail at lena.fischer@adatum.com, so please create a mail user for her
mail-user.create	r.costa@humongousinsurance.com	new mail user pls for the insurance auditor, external address r.costa@humongousinsurance.com
mail-user.create		Procurement asked for a mail-enabled user for our contractor Piotr Zielinski, can you set that up?
mail-user.create	kai@graphicdesigninstitute.com	ticket 48633: mail user for design contractor kai@graphicdesigninstitute.com
mail-user.edit	lena.fischer.ext@margiestravel.com	Lena changed agencies, so update the external email on mail user lena.fischer.ext@margiestravel.com to lena@fischer-travelplan.de
mail-user.edit	Kai Lambert	change the display name of mail user Kai Lambert to Kai Lambert (GDI Contractor)
mail-user.edit	rcosta.ext@margiestravel.com	fix the last name on the rcosta.ext@margiestravel.com mail user, it's Costa-Lima not Costa
mail-user.edit	piotr.z.ext@margiestravel.com	piotr.z.ext@margiestravel.com (mail user) needs its external email address changed to piotr@zielinski-consult.pl, he switched providers
mail-user.remove	lena.fischer.ext@margiestravel.com	Lena's contract ended Friday, please delete the mail user lena.fischer.ext@margiestravel.com
mail-user.remove	rcosta.ext@margiestravel.com,piotr.z.ext@margiestravel.com	remove mail users rcosta.ext@margiestravel.com and piotr.z.ext@margiestravel.com, the audit is done
mail-user.remove	Kai Lambert	can you remove the mail-enabled user for Kai Lambert? the design project wrapped up
mail-user.remove	tourguide.temp@margiestravel.com	delete mail user tourguide.temp@margiestravel.com
mailbox.add-delegates	reservations@margiestravel.com	reservations@margiestravel.com needs a couple of delegates: give bianca.rossi@margiestravel.com and luis.f@margiestravel.com full access with automapping
mailbox.add-delegates	groupdesk@margiestravel.com,visas@margiestravel.com	add delegates to the groupdesk@margiestravel.com and visas@margiestravel.com mailboxes - Amara Okafor, full access and send as
mailbox.add-delegates	Siobhan Kelly	while Siobhan Kelly is on maternity leave her mailbox needs delegates: Noor and Kwame with full access + read permission
mailbox.add-delegates		can you set up delegates on the three regional booking mailboxes? full access for the team leads, no automapping
mailbox.add-users-as-delegates	refunds@margiestravel.com,claims@margiestravel.com	Hana Novak is covering refunds this quarter, she needs delegate access (full access) to refunds@margiestravel.com and claims@margiestravel.com
mailbox.add-users-as-delegates	concierge@margiestravel.com	make ravi.shah@margiestravel.com a delegate on concierge@margiestravel.com with full access and send as
mailbox.add-users-as-delegates	Elena Petrova	add user jasper.cole@margiestravel.com as a delegate to Elena Petrova's mailbox, full access, no automapping
mailbox.add-users-as-delegates	bookings@margiestravel.com,groupdesk@margiestravel.com,visas@margiestravel.com	ticket 48710: add the new team lead sofia.l@margiestravel.com as a delegate on bookings@margiestravel.com, groupdesk@margiestravel.com and visas@margiestravel.com (full access)
mailbox.assign-contacts-folder-delegate	omar.haddad@margiestravel.com	Omar's assistant needs to be able to edit his contacts, can you give farah.iqbal@margiestravel.com editor on omar.haddad@margiestravel.com's contacts folder?
mailbox.assign-contacts-folder-delegate	grete@margiestravel.com,anders.berg@margiestravel.com	share the contacts folders of grete@margiestravel.com and anders.berg@margiestravel.com with callum.fraser@margiestravel.com, reviewer only
mailbox.assign-contacts-folder-delegate	Ingrid Solberg	give Tomasz reviewer access to Ingrid Solberg's Contacts folder so he can look up her supplier contacts while she's away
mailbox.assign-contacts-folder-delegate	dvolkov@margiestravel.com	contacts folder delegate for dvolkov@margiestravel.com -> mateo@margiestravel.com as author
mailbox.configure-auto-reply	kwame@margiestravel.com	Kwame is off on sabbatical until March 2 and forgot his OOO - can you turn on an auto reply for kwame@margiestravel.com pointing people to the bookings team?
mailbox.configure-auto-reply	siobhan@margiestravel.com	schedule out of office for siobhan@margiestravel.com from 1 April to 30 September, external replies to everyone
mailbox.configure-auto-reply	Dylan Murphy,Chloe Martin	turn off the automatic replies on Dylan Murphy and Chloe Martin, they're back from the fam trip
mailbox.configure-auto-reply	careers@margiestravel.com	HR wants an auto-reply on careers@margiestravel.com saying applications are closed until January
mailbox.convert-to-shared	jonas.weber@margiestravel.com	Jonas left last week and his clients still email him, convert jonas.weber@margiestravel.com to a shared mailbox and free up the license
mailbox.convert-to-shared	paulina.k@margiestravel.com,oskar@margiestravel.com	convert paulina.k@margiestravel.com and oskar@margiestravel.com to shared mailboxes
mailbox.convert-to-shared	Talia Brenner	leavers process for Talia Brenner: turn her mailbox into a shared one so her team can keep using it
mailbox.convert-to-shared	felix.brandt@margiestravel.com	ticket 48802 - felix.brandt@margiestravel.com -> shared mailbox please, keep the licence for now
mailbox.copy-permissions-from	nikhil.rao@margiestravel.com	Nikhil is replacing Sofia as team lead, so nikhil.rao@margiestravel.com needs the same mailbox permissions copied from sofia.l@margiestravel.com
mailbox.copy-permissions-from	bao.nguyen@margiestravel.com,mateo@margiestravel.com	for bao.nguyen@margiestravel.com and mateo@margiestravel.com, copy mailbox permissions from rafael.ortega@margiestravel.com and replace what they have
mailbox.copy-permissions-from	Amara Okafor	can Amara Okafor get her mailbox access copied from Hamid Karimi? add to what she already has
mailbox.copy-permissions-from	jasper.cole@margiestravel.com	jasper.cole@margiestravel.com should get the mailbox permisions of keisha.brooks@margiestravel.com copied over to him
mailbox.copy-permissions-to	priya.raman@margiestravel.com	copy priya.raman@margiestravel.com's mailbox permissions to the two new coordinators, ravi.shah@margiestravel.com and hana.novak@margiestravel.com
mailbox.copy-permissions-to	Luis Fernandez	take Luis Fernandez's mailbox access and give the same to Marisol Vega, she's taking over his accounts
mailbox.copy-permissions-to	ingrid.s@margiestravel.com	mirror ingrid.s@margiestravel.com's mailbox permissions onto anders.berg@margiestravel.com, replacing his current ones
mailbox.copy-permissions-to	tamsin.reid@margiestravel.com	ticket 48911: copy all of tamsin.reid@margiestravel.com's mailbox rights over to callum.fraser@margiestravel.com
mailbox.create		new starter Yusuf Demir joins the Manchester office Monday and needs a mailbox - yusuf.demir@margiestravel.com
mailbox.create		create a user mailbox for Astrid Holm, alias astrid.holm, force password change at first login
mailbox.create		can we get a mailbox set up for the new travel consultant Reza Tehrani? HR ticket 48950
mailbox.create		mailbox for new hire Clara Dumont pls
mailbox.create-resource		facilities is opening a new meeting room on floor 4, can you create a room mailbox for Harbour Room, capacity 10?
mailbox.create-resource		set up an equipment mailbox for the company minivan so people can book it for airport runs
mailbox.create-resource		create room mailbox Lisbon Boardroom, auto accept, 12 seats
mailbox.create-resource		new resource mailbox (equipment) for the 360 camera kit, max booking length 3 days
mailbox.create-shared		we're launching a honeymoon packages line, can we make a shared mailbox honeymoons@margiestravel.com for the team?
mailbox.create-shared		new shared mailbox: Visa Support, visasupport@margiestravel.com, full access for Noor and Kwame
mailbox.create-shared		create a shared inbox called Supplier Invoices for accounts payable
mailbox.create-shared		the press team needs somewhere to handle media requests, could you set up a shared mailbox called Press Office?
mailbox.edit	hamid@margiestravel.com	hide hamid@margiestravel.com from the global address list, he's on extended leave
mailbox.edit	bianca.rossi@margiestravel.com	add bianca.r@margiestravel.com as an extra email address on bianca.rossi@margiestravel.com's mailbox
mailbox.edit	Callum Fraser	can we put a mailtip on Callum Fraser's mailbox saying he's only in the office Tue-Thu?
mailbox.edit	mei.tanaka@margiestravel.com	set custom attribute 3 to Tokyo on mei.tanaka@margiestravel.com's mailbox, the new transport rule needs it
mailbox.edit-equipment	minivan@margiestravel.com	the minivan@margiestravel.com equipment mailbox should auto-accept bookings but block double bookings
mailbox.edit-equipment	projector2@margiestravel.com	limit bookings of equipment projector2@margiestravel.com to 8 hours and only 30 days ahead
mailbox.edit-equipment	360 camera kit	make tamsin.reid@margiestravel.com the booking delegate for the 360 camera kit equipment mailbox so she approves requests
mailbox.edit-equipment	demo-laptop@margiestravel.com	demo-laptop@margiestravel.com (equipment): stop allowing recurring bookings, people are hogging it
mailbox.edit-room	harbourroom@margiestravel.com	harbourroom@margiestravel.com got more chairs, update the room capacity to 14
mailbox.edit-room	Lisbon Boardroom	the Lisbon Boardroom room mailbox keeps accepting clashes, please turn off conflicts
mailbox.edit-room	atlas-room@margiestravel.com	can we make it so the atlas-room@margiestravel.com meeting room can be booked up to 365 days ahead? the events team plans a year out
mailbox.edit-room	room-4b@margiestravel.com	set max meeting length on room mailbox room-4b@margiestravel.com to 4 hours
mailbox.edit-shared	bookings@margiestravel.com	add the address book@margiestravel.com to the bookings@margiestravel.com shared mailbox, customers keep misspelling it
mailbox.edit-shared	visas@margiestravel.com	change the display name of shared mailbox visas@margiestravel.com to Margie's Travel Visa Desk
mailbox.edit-shared	Press Office	legal asked us to apply the 7-year retention policy to the Press Office shared mailbox
mailbox.edit-shared	concierge@margiestravel.com	remove the old vip@margiestravel.com alias from the concierge@margiestravel.com shared mailbox
mailbox.edit-type	boardroom.old@margiestravel.com	boardroom.old@margiestravel.com was set up as a user mailbox by mistake, change its type to room
mailbox.edit-type	groupdesk@margiestravel.com	switch groupdesk@margiestravel.com back to a regular user mailbox, Omar will use it as his own
mailbox.edit-type	vanbooking@margiestravel.com	can we change the mailbox type of vanbooking@margiestravel.com to equipment?
mailbox.edit-type	Training Room	the Training Room mailbox is currently a regular user mailbox, it needs to be type Room so Outlook lists it as a room
mailbox.forward-to-recipient	rafael.ortega@margiestravel.com	Rafael is out for surgery for 6 weeks, forward rafael.ortega@margiestravel.com's mail to Bianca Rossi and keep a copy in his mailbox
mailbox.forward-to-recipient	dylan.murphy@margiestravel.com	redirect dylan.murphy@margiestravel.com's email to the Group Travel Leads DL from the address book
mailbox.forward-to-recipient	Tamsin Reid	can we make it so Tamsin Reid's incoming mail also goes to her manager Omar Haddad? keep a local copy
mailbox.forward-to-recipient	talia.b@margiestravel.com	set forwarding on talia.b@margiestravel.com to internal user Jasper Cole, no copy
mailbox.forward-to-smtp	anders.berg@margiestravel.com	Anders is working out of our partner's office for the season, forward anders.berg@margiestravel.com to anders.berg@alpineskihouse.com and keep a copy
mailbox.forward-to-smtp	grete@margiestravel.com	fwd grete@margiestravel.com to grete.lindqvist@outlook.com
mailbox.forward-to-smtp	refunds@margiestravel.com	set up SMTP forwarding on refunds@margiestravel.com to claims@blueyonderairlines.com
mailbox.forward-to-smtp	Noor Al-Sayed	Noor Al-Sayed is seconded to Woodgrove Bank for 3 months, forward her mail externally to n.alsayed@woodgrovebank.com, no local copy
mailbox.grant-manager-full-access	kwame@margiestravel.com	Kwame is off sick long-term, his manager needs full access to kwame@margiestravel.com to pick up his clients
mailbox.grant-manager-full-access	oskar@margiestravel.com,paulina.k@margiestravel.com	give the managers of oskar@margiestravel.com and paulina.k@margiestravel.com full access to their mailboxes
mailbox.grant-manager-full-access	Felix Brandt	Felix Brandt left, grant his line manager full access to his mailbox
mailbox.grant-manager-full-access	luis.f@margiestravel.com	ticket 49020: manager full access on luis.f@margiestravel.com, no automapping
mailbox.grant-send-on-behalf	omar.haddad@margiestravel.com	Omar's PA farah.iqbal@margiestravel.com needs to be able to send on behalf of omar.haddad@margiestravel.com
mailbox.grant-send-on-behalf	elena.petrova@margiestravel.com	grant send on behalf of elena.petrova@margiestravel.com to jasper.cole@margiestravel.com and mateo@margiestravel.com
mailbox.grant-send-on-behalf	Priya Raman	can Ravi send emails on behalf of Priya Raman? she's travelling and asked him to handle supplier replies
mailbox.grant-send-on-behalf	concierge@margiestravel.com	let hana.novak@margiestravel.com send on behalf of concierge@margiestravel.com
mailbox.manage-send-as	bookings@margiestravel.com	the new agents need to send as bookings@margiestravel.com so replies come from the team address - add send as for keisha.brooks@margiestravel.com and bao.nguyen@margiestravel.com
mailbox.manage-send-as	visas@margiestravel.com	remove send as for dvolkov@margiestravel.com on visas@margiestravel.com
mailbox.manage-send-as	Press Office	give Chloe Martin send-as on the Press Office mailbox
mailbox.manage-send-as	careers@margiestravel.com	HR asked: grant ingrid.s@margiestravel.com send as on careers@margiestravel.com and take it off siobhan@margiestravel.com
mailbox.manage-services	amara.okafor@margiestravel.com	security wants POP and IMAP disabled on amara.okafor@margiestravel.com, it's been hit by legacy auth attempts
mailbox.manage-services	mateo@margiestravel.com	turn off OWA for mateo@margiestravel.com
mailbox.manage-services	Bao Nguyen	Bao Nguyen needs to be able to sync mail on his phone again, ActiveSync was switched off on his mailbox - turn it back on pls
mailbox.manage-services	reservations@margiestravel.com	disable EWS and MAPI on reservations@margiestravel.com
mailbox.remove	tempbooking@margiestravel.com	the temp booking mailbox from the summer is no longer needed, delete tempbooking@margiestravel.com
mailbox.remove	clara.dumont@margiestravel.com,yusuf.demir@margiestravel.com	remove mailboxes clara.dumont@margiestravel.com and yusuf.demir@margiestravel.com, the hires fell through
mailbox.remove	Reza Tehrani	please delete Reza Tehrani's mailbox, he never started
mailbox.remove	testmbx02@margiestravel.com	delete mailbox testmbx02@margiestravel.com permanently
mailbox.remove-delegates	refunds@margiestravel.com	Hana is done covering refunds, remove her full access from refunds@margiestravel.com
mailbox.remove-delegates	Siobhan Kelly	Siobhan Kelly is back from leave, take Noor and Kwame off as delegates on her mailbox
mailbox.remove-delegates	bookings@margiestravel.com	clean up delegates on bookings@margiestravel.com: remove luis.f@margiestravel.com and dylan.murphy@margiestravel.com
mailbox.remove-delegates	elena.petrova@margiestravel.com	remove jasper.cole@margiestravel.com's full access and read permission on elena.petrova@margiestravel.com
mailbox.remove-user-access	dylan.murphy@margiestravel.com	Dylan moved to the Manchester branch, remove dylan.murphy@margiestravel.com's access to every mailbox he has rights on
mailbox.remove-user-access	Jonas Weber	offboarding Jonas Weber: strip all his permissions on other people's mailboxes, including send as
mailbox.remove-user-access	hamid@margiestravel.com	revoke all mailbox access hamid@margiestravel.com holds on shared and user mailboxes
mailbox.remove-user-access	talia.b@margiestravel.com	talia.b@margiestravel.com shouldn't have access to any mailbox other than her own anymore, can you clean that up?
mailbox.set-archive-name	priya.raman@margiestravel.com	rename the archive on priya.raman@margiestravel.com to Priya - Archive 2019-2024
mailbox.set-archive-name	Omar Haddad	Omar Haddad's archive just shows In-Place Archive, can it be named Omar Haddad Archive instead?
mailbox.set-archive-name	grete@margiestravel.com	set the archive name for grete@margiestravel.com to Grete Old Mail
mailbox.set-archive-name	bookings@margiestravel.com	the team finds the archive label confusing, name the bookings@margiestravel.com archive Bookings History
mailbox.manage-archive	callum.fraser@margiestravel.com	callum.fraser@margiestravel.com's mailbox is nearly full, can you enable his online archive?
mailbox.manage-archive	reservations@margiestravel.com,groupdesk@margiestravel.com	turn on auto-expanding archiving for reservations@margiestravel.com and groupdesk@margiestravel.com
mailbox.manage-archive	Marisol Vega	disable the archive mailbox for Marisol Vega, she's moving to a kiosk licence
mailbox.manage-archive	nikhil.rao@margiestravel.com	enable archive for nikhil.rao@margiestravel.com
mailbox.manage-litigation-hold	jonas.weber@margiestravel.com	legal is opening a case about the Alpine contract, put jonas.weber@margiestravel.com on litigation hold indefinitely
mailbox.manage-litigation-hold	felix.brandt@margiestravel.com	lit hold for felix.brandt@margiestravel.com, 10 years, comment HR matter 2026-14
mailbox.manage-litigation-hold	Tomasz Nowak	the dispute with the coach operator is settled, legal says we can release the litigation hold on Tomasz Nowak
mailbox.manage-litigation-hold	elena.petrova@margiestravel.com	compliance needs to make sure nothing in elena.petrova@margiestravel.com's mailbox can be purged, please enable litigation hold
mailbox.manage-quota	reservations@margiestravel.com	reservations@margiestravel.com keeps bouncing mail because it's full, raise its quota to 95GB send/receive with a warning at 90GB
mailbox.manage-quota	mei.tanaka@margiestravel.com	set mailbox quota for mei.tanaka@margiestravel.com: warn 45GB, prohibit send 48GB, prohibit send/recieve 50GB
mailbox.manage-quota	Ravi Shah,Hana Novak	bump the mailbox size limits for Ravi Shah and Hana Novak to the max
mailbox.manage-quota	sofia.l@margiestravel.com	Sofia can't send emails, says her mailbox is full - can you increase the prohibit send quota on sofia.l@margiestravel.com?
mailbox.set-audit	farah.iqbal@margiestravel.com	as part of the payment fraud investigation, enable mailbox auditing on farah.iqbal@margiestravel.com
mailbox.set-audit	refunds@margiestravel.com,claims@margiestravel.com	turn on audit logging for refunds@margiestravel.com and claims@margiestravel.com
mailbox.set-audit	Anders Berg	internal audit wants to see who accessed Anders Berg's mailbox, make sure mailbox auditing is enabled on it
mailbox.set-audit	testmbx01@margiestravel.com	disable mailbox auditing on testmbx01@margiestravel.com, it's a test box and spamming the logs
mailbox.set-regional-settings	tomasz.nowak@margiestravel.com	Tomasz prefers Polish, set the mailbox language on tomasz.nowak@margiestravel.com to pl-PL and localize the folder names
mailbox.set-regional-settings	leilani@margiestravel.com	leilani@margiestravel.com moved to the Honolulu office, change her mailbox time zone to Hawaiian Standard Time
mailbox.set-regional-settings	Bianca Rossi	set Bianca Rossi's mailbox regional settings to Italian, it-IT
mailbox.set-regional-settings	rafael.ortega@margiestravel.com	change the mailbox language to Portuguese (pt-PT) for rafael.ortega@margiestravel.com, date format dd/MM/yyyy
mobile-device.allow-quarantined		Leilani's new Samsung is sitting in quarantine and she flies to Fiji tomorrow, can you allow it?
mobile-device.allow-quarantined		approve the quarantined iPad for grete@margiestravel.com
mobile-device.allow-quarantined		ravi.shah@margiestravel.com's phone got quarantined after the factory reset, release it pls
mobile-device.allow-quarantined		can we make it so Mateo's quarantined Pixel is allowed to sync mail? he's been waiting since Monday
mobile-device.remove		bianca.rossi@margiestravel.com still has an old Galaxy S20 listed under her mailbox, remove that device
mobile-device.remove		remove the stale mobile device partnerships for callum.fraser@margiestravel.com, he's swapped phones
mobile-device.remove		Marisol handed back her work iPhone, please remove it from her mailbox's device list
mobile-device.remove		ticket 49155: delete the old ActiveSync device for Keisha Brooks
mobile-device.wipe		Amara left her phone in a taxi in Lisbon, please wipe it asap
mobile-device.wipe		remote wipe the company iPhone assigned to dvolkov@margiestravel.com, he's been terminated
mobile-device.wipe		account-only wipe for Siobhan Kelly's personal Android, she's leaving Friday
mobile-device.wipe		wipe felix.brandt@margiestravel.com's iPad and send the confirmation to it-security@margiestravel.com
none		morning all
none		thanks, that worked perfectly
none		how long does it usually take for a new shared mailbox to show up in Outlook?
none		ugh, Outlook keeps asking me for my password
none		is the Lisbon office closed tomorrow for the holiday?
none		what's the weather like in Porto this weekend?
none		can you order me a new laptop charger?
none		lol ok
none		never mind, Priya already sorted it
none		what can you do?
none		the printer on floor 3 is jammed again
none		book me a flight to Madrid for Thursday
none		why do some emails from the airline end up in junk?
none		I'll check with legal and get back to you
none		what's the difference between litigation hold and an archive?
none		sorry, wrong chat
`,
);
