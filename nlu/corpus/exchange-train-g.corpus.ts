import { corpusSet } from './corpus-set';

/** Exchange Online requests: litware.com, mixed styles and several targets at once, written as training data. */
export const EXCHANGE_TRAIN_G = corpusSet(
  'exchange-train-g',
  `action	targets	text
distribution-group.add-members	emea-sales@litware.com	add tberg@litware.com to emea-sales@litware.com pls
distribution-group.add-members	all-staff@litware.com,product-updates@litware.com	new hire Kwame Mensah needs to be on all-staff@litware.com and product-updates@litware.com, can you add him to both DLs?
distribution-group.add-members	Warehouse Crew	ticket 4471: please add Lukas Novak and Ines Moreau as members of the Warehouse Crew distribution list
distribution-group.add-members	dev-leads@litware.com,emea-sales@litware.com,all-staff@litware.com	put priya.nair@litware.com in the dev-leads@litware.com, emea-sales@litware.com and all-staff@litware.com distro lists
distribution-group.create		create a new distribution list "APAC Partners", alias apac-partners, owner yara.haddad@litware.com
distribution-group.create		hi, could you set up a DL for the facilities team? they want facilities@litware.com as the address
distribution-group.create		ticket 5102 - new mail-enabled security group needed for Finance Approvers, internal senders only
distribution-group.create		can u make a new distrbution group called Board Updates, owner gareth.owens@litware.com
distribution-group.edit	product-updates@litware.com	change the display name of product-updates@litware.com to Litware Product News
distribution-group.edit	emea-sales@litware.com,dev-leads@litware.com	allow external senders to mail emea-sales@litware.com and dev-leads@litware.com, partners keep getting bounced
distribution-group.edit	all-staff@litware.com	make Hannah Becker an owner of the all-staff@litware.com distribution group
distribution-group.edit	Warehouse Crew	hide the Warehouse Crew DL from the global address list
distribution-group.grant-send-permissions	reception-team@litware.com	give keiko@litware.com send as on the reception-team@litware.com DL
distribution-group.grant-send-permissions	all-staff@litware.com,product-updates@litware.com	Sofia Lindqvist from comms needs send on behalf rights for the all-staff@litware.com and product-updates@litware.com DLs
distribution-group.grant-send-permissions	emea-sales@litware.com	ticket 3390: grant send-as permission on the emea-sales@litware.com distribution group to rafael.ortega@litware.com and dev.patel@litware.com
distribution-group.grant-send-permissions	dev-leads@litware.com,Warehouse Crew	let noah.fischer@litware.com send as the dev-leads@litware.com list and the Warehouse Crew group too
distribution-group.remove	board-2019@litware.com	delete the board-2019@litware.com distribution group, the project ended years ago
distribution-group.remove	apac-partners@litware.com,old-marketing@litware.com	pls remove the DLs apac-partners@litware.com and old-marketing@litware.com
distribution-group.remove	Summer Interns 2025	get rid of the Summer Interns 2025 distribution list
distribution-group.remove	temp-events@litware.com,holiday-party@litware.com,ski-trip@litware.com	clean up time: delete distribution groups temp-events@litware.com, holiday-party@litware.com and ski-trip@litware.com
distribution-group.remove-delegation	all-staff@litware.com,product-updates@litware.com	revoke send as for sofia@litware.com on the all-staff@litware.com and product-updates@litware.com DLs
distribution-group.remove-delegation	emea-sales@litware.com,dev-leads@litware.com	Rafael left sales, strip his send on behalf permission from emea-sales@litware.com and dev-leads@litware.com
distribution-group.remove-delegation	product-updates@litware.com	ticket 2288 - remove all send-as delegations on the product-updates@litware.com distribution list
distribution-group.remove-delegation	reception-team@litware.com	keiko@litware.com shouldn't be able to send as reception-team@litware.com anymore, pls remove that permisson on the DL
distribution-group.remove-members	dev-leads@litware.com	take noah.fischer@litware.com out of dev-leads@litware.com
distribution-group.remove-members	all-staff@litware.com,emea-sales@litware.com	Bram de Vries has left, remove him from the all-staff@litware.com and emea-sales@litware.com distribution lists
distribution-group.remove-members	Warehouse Crew	remove Lukas Novak from the Warehouse Crew DL please
distribution-group.remove-members	product-updates@litware.com,dev-leads@litware.com,all-staff@litware.com	drop aiko.mori@litware.com from product-updates@litware.com, dev-leads@litware.com and all-staff@litware.com
mail-contact.create	j.harper@adatum.com	add a mail contact for Julia Harper at Adatum, j.harper@adatum.com
mail-contact.create	orders@proseware.com,support@proseware.com	create external contacts for orders@proseware.com and support@proseware.com so they show up in the GAL
mail-contact.create	m.ferreira@woodgrovebank.com	ticket 6013: our new banker Mateus Ferreira (m.ferreira@woodgrovebank.com) should be a contact in the address book
mail-contact.create	events@alpineskihouse.com,bookings@margiestravel.com	pls make mail contacts for events@alpineskihouse.com and bookings@margiestravel.com
mail-contact.edit	j.harper@adatum.com,k.osei@adatum.com	update the job title on contacts j.harper@adatum.com and k.osei@adatum.com to Procurement Lead
mail-contact.edit	orders@proseware.com,support@proseware.com	change the company field to Proseware Inc on the orders@proseware.com and support@proseware.com contacts
mail-contact.edit	m.ferreira@woodgrovebank.com	the mail contact m.ferreira@woodgrovebank.com changed his address, set the external email to mateus.ferreira@woodgrovebank.com
mail-contact.edit	events@alpineskihouse.com	contact events@alpineskihouse.com: change display name to Alpine Ski House Events
mail-contact.remove	bookings@margiestravel.com	delete contact bookings@margiestravel.com, we dont use that agency anymore
mail-contact.remove	old.rep@treyresearch.net,sales@treyresearch.net	remove the mail contacts old.rep@treyresearch.net and sales@treyresearch.net
mail-contact.remove	Carlos Mendes	pls delete the external contact Carlos Mendes from the address book
mail-contact.remove	info@lucernepublishing.com,rights@lucernepublishing.com,j.harper@adatum.com	delete these mail contacts: info@lucernepublishing.com, rights@lucernepublishing.com, j.harper@adatum.com
mail-user.create	ana.ruiz@proseware.com	create a mail user for contractor Ana Ruiz, external address ana.ruiz@proseware.com
mail-user.create	t.okafor@treyresearch.net,l.brandt@treyresearch.net	two Trey Research consultants are starting, set up mail users for t.okafor@treyresearch.net and l.brandt@treyresearch.net
mail-user.create	omar.said@coho-winery.com	ticket 7120 - need a mail-enabled user for freelancer Omar Said, omar.said@coho-winery.com
mail-user.create	p.lambert@lucernepublishing.com	can you create a mail user for p.lambert@lucernepublishing.com? she's an auditor, needs a litware login but no mailbox
mail-user.edit	ext-ana@litware.com	change the external email address of mail user ext-ana@litware.com to ana.ruiz@adatum.com
mail-user.edit	ext-okafor@litware.com,ext-brandt@litware.com	update the department to Research on mail users ext-okafor@litware.com and ext-brandt@litware.com
mail-user.edit	Omar Said	the mail user Omar Said needs his display name changed to Omar Said (Contractor)
mail-user.edit	ext-lambert@litware.com	mail user ext-lambert@litware.com: set office to Berlin and phone to +49 30 5550 1234
mail-user.remove	ext-ana@litware.com	remove mail user ext-ana@litware.com, contract ended
mail-user.remove	ext-okafor@litware.com,ext-brandt@litware.com	delete the mail-enabled users ext-okafor@litware.com and ext-brandt@litware.com
mail-user.remove	Omar Said	ticket 8834: Omar Said's mail user can be deleted now
mail-user.remove	ext-lambert@litware.com,ext-kim@litware.com,ext-jonas@litware.com	pls delete mail users ext-lambert@litware.com, ext-kim@litware.com and ext-jonas@litware.com, the audit is over
mailbox.add-delegates	helpdesk@litware.com	add delegates to helpdesk@litware.com: marta@litware.com and dev.patel@litware.com, full access
mailbox.add-delegates	reception@litware.com,hr-inbox@litware.com	set up delegates on the reception@litware.com and hr-inbox@litware.com mailboxes pls, full access and send as
mailbox.add-delegates	Gareth Owens	Gareth Owens' mailbox needs a couple of delegates added, his EA and the deputy director
mailbox.add-delegates	accounts-payable@litware.com	ticket 9021: accounts-payable@litware.com mailbox - add delegates leila.farouk@litware.com and chen.wei@litware.com with full access
mailbox.add-users-as-delegates	helpdesk@litware.com	make chen.wei@litware.com a delegate on helpdesk@litware.com with full access
mailbox.add-users-as-delegates	reception@litware.com,accounts-payable@litware.com	add user aiko.mori@litware.com as delegate to reception@litware.com and accounts-payable@litware.com
mailbox.add-users-as-delegates	hr-inbox@litware.com	Fatima Zahra is covering HR next month, give her delegate access (full access + send as) to hr-inbox@litware.com
mailbox.add-users-as-delegates	priya.nair@litware.com,gareth.owens@litware.com,hannah.becker@litware.com	add marta@litware.com as a delegate on priya.nair@litware.com, gareth.owens@litware.com and hannah.becker@litware.com
mailbox.assign-contacts-folder-delegate	gareth.owens@litware.com	give leila.farouk@litware.com editor rights on gareth.owens@litware.com's contacts folder
mailbox.assign-contacts-folder-delegate	priya.nair@litware.com,tberg@litware.com	share the Contacts folder of priya.nair@litware.com and tberg@litware.com with hannah.becker@litware.com, reviewer only
mailbox.assign-contacts-folder-delegate	Hannah Becker	Hannah Becker's assistant manages her contacts, please delegate her contacts folder to ines.moreau@litware.com
mailbox.assign-contacts-folder-delegate	kwame@litware.com,yara.haddad@litware.com,dev.patel@litware.com	contacts folder delegate for kwame@litware.com, yara.haddad@litware.com and dev.patel@litware.com -> sales-ops@litware.com as author
mailbox.configure-auto-reply	tberg@litware.com	set an out of office on tberg@litware.com from 22 Dec to 5 Jan, message "Back in January"
mailbox.configure-auto-reply	rafael.ortega@litware.com,sofia@litware.com	turn off the automatic replies for rafael.ortega@litware.com and sofia@litware.com, they're back
mailbox.configure-auto-reply	Bram de Vries	Bram de Vries left last friday, pls put an auto reply on his mailbox pointing people to sales@litware.com
mailbox.configure-auto-reply	keiko@litware.com,chen.wei@litware.com,aiko.mori@litware.com	schedule OOO for keiko@litware.com, chen.wei@litware.com and aiko.mori@litware.com during the offsite next week
mailbox.convert-to-shared	bram@litware.com	convert bram@litware.com to a shared mailbox and free up the license
mailbox.convert-to-shared	old-support@litware.com,projects@litware.com	old-support@litware.com and projects@litware.com are user mailboxes but should be shared, pls convert both
mailbox.convert-to-shared	Marta Kowalska	ticket 1187 Marta Kowalska offboarding - turn her mailbox into a shared mailbox so the team can read it
mailbox.convert-to-shared	lukas@litware.com,bram@litware.com	can u conver lukas@litware.com and bram@litware.com to shared mailboxes? they're both gone
mailbox.copy-permissions-from	noah.fischer@litware.com	noah.fischer@litware.com needs mailbox perms copied from gareth.owens@litware.com, he's taking over
mailbox.copy-permissions-from	ines.moreau@litware.com,kwame@litware.com	for new starters ines.moreau@litware.com and kwame@litware.com, copy the mailbox permissions from marta@litware.com and replace whatever they have
mailbox.copy-permissions-from	Yara Haddad	Yara Haddad needs the same mailbox access as Dev Patel, copy the permissions from him pls
mailbox.copy-permissions-from	lukas.novak@litware.com,aiko.mori@litware.com,chen.wei@litware.com	ticket 2045: copy mailbox permissions from priya.nair@litware.com for lukas.novak@litware.com, aiko.mori@litware.com and chen.wei@litware.com
mailbox.copy-permissions-to	gareth.owens@litware.com	copy gareth.owens@litware.com's mailbox permissions to noah.fischer@litware.com
mailbox.copy-permissions-to	Dev Patel	take Dev Patel's mailbox access and mirror it onto yara.haddad@litware.com and ines.moreau@litware.com
mailbox.copy-permissions-to	marta@litware.com,priya.nair@litware.com	copy the mailbox permissions of marta@litware.com and priya.nair@litware.com over to kwame@litware.com, replace existing
mailbox.copy-permissions-to	sofia@litware.com	ticket 3310 - sofia@litware.com's mailbox perms need to be copied to her replacement hannah.becker@litware.com
mailbox.create		create a mailbox for new starter Oskar Lind, oskar.lind@litware.com
mailbox.create		hi! could you set up a user mailbox for Rosa Delgado? she starts Monday in Finance
mailbox.create		ticket 7781: new user mailbox needed - Samir Khan, samir.khan@litware.com, Sales dept
mailbox.create		new mbx pls for our intern Ella Ng
mailbox.create-resource		create a room mailbox for Conference Room Orion, seats 10
mailbox.create-resource		we got a new company van, can you set up an equipment mailbox for it so people can book it
mailbox.create-resource		ticket 6650 - new resource mailbox: Training Room 2B, room type, capacity 24
mailbox.create-resource		set up an equipment mailbox "Loaner Laptop 5" pls
mailbox.create-shared		create a shared mailbox called Partnerships, partnerships@litware.com
mailbox.create-shared		can you spin up a shared inbox for the recruiting team? address careers@litware.com
mailbox.create-shared		ticket 5520 new shared mbx: Legal Intake
mailbox.create-shared		we need a new shared mailbox invoices@litware.com for the AP team
mailbox.edit	tberg@litware.com,intern1@litware.com	hide tberg@litware.com and intern1@litware.com from the address book
mailbox.edit	priya.nair@litware.com,keiko@litware.com	update the office location to Dublin for priya.nair@litware.com and keiko@litware.com
mailbox.edit	Rafael Ortega	add the alias rafa@litware.com to Rafael Ortega's mailbox
mailbox.edit	hannah.becker@litware.com,noah.fischer@litware.com,sofia@litware.com	change the department to Customer Success on the hannah.becker@litware.com, noah.fischer@litware.com and sofia@litware.com mailboxes
mailbox.edit-equipment	van-02@litware.com	set van-02@litware.com (equipment) to automatically accept meeting requests and decline conflicts
mailbox.edit-equipment	projector-3@litware.com,van-02@litware.com	limit bookings for the equipment mailboxes projector-3@litware.com and van-02@litware.com to 8 hours
mailbox.edit-equipment	Loaner Laptop 5,Loaner Laptop 6	the Loaner Laptop 5 and Loaner Laptop 6 equipment mailboxes should only allow bookings 30 days ahead
mailbox.edit-equipment	camera-kit@litware.com	ticket 4402: bookings of the camera-kit@litware.com equipment resource should need approval from marta@litware.com
mailbox.edit-room	conf-orion@litware.com,room-4b@litware.com	set the capacity of room mailboxes conf-orion@litware.com and room-4b@litware.com to 12
mailbox.edit-room	room-4b@litware.com,room-4c@litware.com	allow recurring meetings in room-4b@litware.com and room-4c@litware.com, and extend the booking window to 365 days
mailbox.edit-room	Training Room 2B	Training Room 2B room mailbox: max meeting duration 4 hours pls
mailbox.edit-room	boardroom@litware.com	ticket 1299 - the boardroom@litware.com room should decline bookings outside working hours
mailbox.edit-shared	helpdesk@litware.com	rename shared mailbox helpdesk@litware.com to Litware IT Helpdesk
mailbox.edit-shared	careers@litware.com,partnerships@litware.com	hide the shared mailboxes careers@litware.com and partnerships@litware.com from the GAL
mailbox.edit-shared	reception@litware.com	shared mailbox reception@litware.com - add the alias frontdesk@litware.com
mailbox.edit-shared	Legal Intake	change the retention policy on the Legal Intake shared mailbox to 7 Year Delete
mailbox.edit-type	conf-orion@litware.com	conf-orion@litware.com was created as a user mailbox by mistake, change it to a room mailbox
mailbox.edit-type	projects@litware.com	switch projects@litware.com back to a regular mailbox
mailbox.edit-type	van-02@litware.com,van-03@litware.com	change the mailbox type of van-02@litware.com and van-03@litware.com to equipment
mailbox.edit-type	Camera Kit A	Camera Kit A should be an equipment mailbox not a room, pls change the type
mailbox.forward-to-recipient	bram@litware.com	forward bram@litware.com's mail to his manager Gareth Owens
mailbox.forward-to-recipient	lukas@litware.com,marta@litware.com	redirect email for lukas@litware.com and marta@litware.com to Hannah Becker, keep a copy in their mailboxes
mailbox.forward-to-recipient	Sofia Lindqvist	Sofia Lindqvist is on maternity leave, forward her emails to Noah Fischer internally
mailbox.forward-to-recipient	old-support@litware.com	forward everything from old-support@litware.com to the helpdesk@litware.com shared mailbox, no local copy
mailbox.forward-to-smtp	tberg@litware.com	forward tberg@litware.com to tomas.berg@outlook.com and keep a copy
mailbox.forward-to-smtp	rafael.ortega@litware.com,dev.patel@litware.com	set external forwarding on rafael.ortega@litware.com and dev.patel@litware.com to intake@treyresearch.net
mailbox.forward-to-smtp	Kwame Mensah	Kwame Mensah's mail needs to go to his new address kwame@adatum.com, set up SMTP forwarding
mailbox.forward-to-smtp	yara.haddad@litware.com	ticket 6621: fwd yara.haddad@litware.com's inbox to y.haddad@proseware.com during the secondment
mailbox.grant-manager-full-access	lukas@litware.com	lukas@litware.com left, give his manager full access to his mailbox
mailbox.grant-manager-full-access	bram@litware.com,marta@litware.com	grant the managers of bram@litware.com and marta@litware.com full access to their mailboxes
mailbox.grant-manager-full-access	Chen Wei	Chen Wei is out on extended sick leave, her manager needs full mailbox access
mailbox.grant-manager-full-access	keiko@litware.com,aiko.mori@litware.com,samir.khan@litware.com	ticket 8120 - managers need full access on keiko@litware.com, aiko.mori@litware.com, samir.khan@litware.com (leavers)
mailbox.grant-send-on-behalf	gareth.owens@litware.com	let leila.farouk@litware.com send on behalf of gareth.owens@litware.com
mailbox.grant-send-on-behalf	priya.nair@litware.com,hannah.becker@litware.com	give the EA ines.moreau@litware.com send-on-behalf for priya.nair@litware.com and hannah.becker@litware.com
mailbox.grant-send-on-behalf	Noah Fischer	Noah Fischer wants his assistant to send emails on his behalf, can you grant that
mailbox.grant-send-on-behalf	helpdesk@litware.com,reception@litware.com	grant send on behalf permission on helpdesk@litware.com and reception@litware.com to kwame@litware.com
mailbox.manage-archive	keiko@litware.com	enable the online archive for keiko@litware.com
mailbox.manage-archive	rafael.ortega@litware.com,chen.wei@litware.com	rafael.ortega@litware.com and chen.wei@litware.com need archive mailboxes, turn on archiving for both
mailbox.manage-archive	Bram de Vries	disable the archive mailbox for Bram de Vries
mailbox.manage-archive	tberg@litware.com,dev.patel@litware.com,sofia@litware.com	ticket 3377: auto-expanding archive on for tberg@litware.com, dev.patel@litware.com, sofia@litware.com
mailbox.manage-litigation-hold	bram@litware.com	place bram@litware.com on litigation hold indefinitely
mailbox.manage-litigation-hold	rafael.ortega@litware.com,dev.patel@litware.com	legal needs a lit hold on rafael.ortega@litware.com and dev.patel@litware.com for 5 years, case ref LW-221
mailbox.manage-litigation-hold	Marta Kowalska	remove the litigation hold from Marta Kowalska's mailbox, the case is closed
mailbox.manage-litigation-hold	samir.khan@litware.com,keiko@litware.com,lukas@litware.com	ticket 9910 enable litigation hold: samir.khan@litware.com, keiko@litware.com, lukas@litware.com
mailbox.manage-quota	priya.nair@litware.com	increase priya.nair@litware.com's mailbox quota to 100 GB
mailbox.manage-quota	helpdesk@litware.com,reception@litware.com	set issue warning at 45GB and prohibit send at 49GB on helpdesk@litware.com and reception@litware.com
mailbox.manage-quota	Gareth Owens	Gareth Owens keeps getting "mailbox full" warnings, can you raise his storage limit
mailbox.manage-quota	noah.fischer@litware.com,gareth.owens@litware.com	ticket 2214: bump the prohibit send/receive quota for noah.fischer@litware.com and gareth.owens@litware.com to 99GB
mailbox.manage-send-as	partnerships@litware.com,invoices@litware.com	give hannah.becker@litware.com send as on partnerships@litware.com and invoices@litware.com
mailbox.manage-send-as	careers@litware.com,hr-inbox@litware.com	fatima@litware.com needs Send As on the careers@litware.com and hr-inbox@litware.com mailboxes
mailbox.manage-send-as	Priya Nair	remove send as for marta@litware.com from Priya Nair's mailbox
mailbox.manage-send-as	accounts-payable@litware.com	ticket 5561 - revoke samir.khan@litware.com's send-as on accounts-payable@litware.com
mailbox.manage-services	samir.khan@litware.com	disable ActiveSync for samir.khan@litware.com
mailbox.manage-services	kiosk1@litware.com,kiosk2@litware.com	turn off POP, IMAP and EWS on kiosk1@litware.com and kiosk2@litware.com
mailbox.manage-services	Ella Ng	re-enable OWA for Ella Ng pls
mailbox.manage-services	oskar.lind@litware.com,rosa.delgado@litware.com,samir.khan@litware.com	ticket 4003: enable IMAP for oskar.lind@litware.com, rosa.delgado@litware.com and samir.khan@litware.com, they use a legacy mail client
mailbox.remove	bram@litware.com	pls remove the mailbox for bram@litware.com, we're done with it
mailbox.remove	intern1@litware.com,intern2@litware.com	remove mailboxes intern1@litware.com and intern2@litware.com, the internship is over
mailbox.remove	Lukas Novak	ticket 7002: permanently delete Lukas Novak's mailbox, retention period has passed
mailbox.remove	test-mbx@litware.com,test-mbx2@litware.com	get rid of the test-mbx@litware.com and test-mbx2@litware.com mailboxes
mailbox.remove-delegates	helpdesk@litware.com	remove chen.wei@litware.com as a delegate from helpdesk@litware.com
mailbox.remove-delegates	reception@litware.com,hr-inbox@litware.com	clear out all the delegates on reception@litware.com and hr-inbox@litware.com
mailbox.remove-delegates	Gareth Owens	Gareth Owens' mailbox still has his old EA as a delegate, remove her
mailbox.remove-delegates	accounts-payable@litware.com	ticket 1450: revoke delegate access to accounts-payable@litware.com for leila.farouk@litware.com and rosa.delgado@litware.com
mailbox.remove-user-access	chen.wei@litware.com	chen.wei@litware.com changed departments, pull all her access to other mailboxes
mailbox.remove-user-access	marta@litware.com,lukas@litware.com	remove every mailbox permission marta@litware.com and lukas@litware.com have on other mailboxes, including send as
mailbox.remove-user-access	Dev Patel	Dev Patel shouldn't have access to any shared or user mailboxes anymore, strip all of it
mailbox.remove-user-access	samir.khan@litware.com	ticket 3888 - samir.khan@litware.com: revoke his full access and send as on all mailboxes he can reach
mailbox.set-archive-name	keiko@litware.com	rename keiko@litware.com's archive to "Keiko - Archive"
mailbox.set-archive-name	tberg@litware.com,dev.patel@litware.com	set the archive name for tberg@litware.com and dev.patel@litware.com to "Personal Archive"
mailbox.set-archive-name	Priya Nair	Priya Nair's online archive should be called Priya Nair 2019-2024
mailbox.set-archive-name	sofia@litware.com,marta@litware.com	change the archive name on sofia@litware.com and marta@litware.com to "Old Mail"
mailbox.set-audit	gareth.owens@litware.com	enable mailbox audit logging on gareth.owens@litware.com
mailbox.set-audit	accounts-payable@litware.com,hr-inbox@litware.com	turn on auditing for the accounts-payable@litware.com and hr-inbox@litware.com mailboxes, compliance asked
mailbox.set-audit	Leila Farouk	disable mailbox auditing for Leila Farouk
mailbox.set-audit	priya.nair@litware.com,hannah.becker@litware.com,noah.fischer@litware.com	ticket 6200: audit logging on for priya.nair@litware.com, hannah.becker@litware.com and noah.fischer@litware.com pls
mailbox.set-regional-settings	ines.moreau@litware.com	change ines.moreau@litware.com's mailbox language to French (fr-FR)
mailbox.set-regional-settings	keiko@litware.com,aiko.mori@litware.com	set the time zone to Tokyo Standard Time and language ja-JP for keiko@litware.com and aiko.mori@litware.com
mailbox.set-regional-settings	Lukas Novak	Lukas Novak wants his Outlook in Czech, pls update the regional settings on his mailbox
mailbox.set-regional-settings	rafael.ortega@litware.com	ticket 2777 rafael.ortega@litware.com moved to Madrid, set the mailbox timezone to Romance Standard Time
mobile-device.allow-quarantined		samir.khan@litware.com's new Pixel is quarantined, please allow it
mobile-device.allow-quarantined		ticket 5891: approve the quarantined iPad for Hannah Becker
mobile-device.allow-quarantined		let Dev's phone through, it's been stuck in quarantine since yesterday
mobile-device.allow-quarantined		release the quarantined ActiveSync device for oskar.lind@litware.com
mobile-device.remove		remove the old Galaxy S10 partnership from rosa.delgado@litware.com's mailbox
mobile-device.remove		tomas has a stale iPhone 8 listed under his mobile devices, delete it pls
mobile-device.remove		ticket 1170 - clear out the inactive mobile devices for keiko@litware.com and chen.wei@litware.com
mobile-device.remove		delete the ActiveSync device partnership for Ella Ng's old tablet
mobile-device.wipe		Priya left her phone in a taxi, remote wipe it asap
mobile-device.wipe		wipe samir.khan@litware.com's iPhone, it was stolen
mobile-device.wipe		ticket 9003: full factory wipe on the mobile device for bram@litware.com before it's returned
mobile-device.wipe		can u do an account-only wipe of Hannah Becker's android
none		thx, all sorted
none		morning all
none		is the Exchange admin center down for anyone else?
none		what's the weather like in Seattle today
none		lol ok
none		how long does it take for a new DL to show up in the GAL?
none		ugh outlook crashed again
none		can you book me a flight to Denver next Tuesday
none		who is on call this weekend?
none		never mind, I figured it out
none		great job on that migration yesterday
none		what's the max size of an archive mailbox?
none		I'll be out tomorrow, dentist appointment
none		can someone order pizza for the team lunch
none		the printer on floor 3 is jammed again
none		ok cool, thanks for the help
`,
);
