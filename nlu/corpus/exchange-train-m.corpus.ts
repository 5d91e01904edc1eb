import { corpusSet } from './corpus-set';

/** Exchange Online requests: fourthcoffee.com, very short commands typed on a phone, written as training data. */
export const EXCHANGE_TRAIN_M = corpusSet(
  'exchange-train-m',
  `action	targets	text
distribution-group.add-members	ops-team@fourthcoffee.com	add priya.nair@fourthcoffee.com to ops-team@fourthcoffee.com
distribution-group.add-members	hr-all@fourthcoffee.com	ticket 4471: new hires tomas.berg@fourthcoffee.com and wei.chen@fourthcoffee.com need to be on the hr-all@fourthcoffee.com distribution list
distribution-group.add-members	emea-sales@fourthcoffee.com	put olu in emea-sales@fourthcoffee.com DL
distribution-group.add-members	newsletter@fourthcoffee.com,ops-team@fourthcoffee.com	pls add hana.kato@fourthcoffee.com to newsletter@fourthcoffee.com and ops-team@fourthcoffee.com, she started monday
distribution-group.create		new DL: Warehouse Leads
distribution-group.create		could you create a distribution group called Q3 Launch Crew, alias q3-launch, owned by marco.ricci@fourthcoffee.com?
distribution-group.create		make a mail-enabled security group for Finance Approvers
distribution-group.create		need a dist list for the Berlin office, internal senders only
distribution-group.edit	emea-sales@fourthcoffee.com	hide emea-sales@fourthcoffee.com from the GAL
distribution-group.edit	hr-all@fourthcoffee.com	change the owner of the hr-all@fourthcoffee.com distribution group to sofia.lind@fourthcoffee.com, raj left
distribution-group.edit	newsletter@fourthcoffee.com	turn on moderation for newsletter@fourthcoffee.com DL
distribution-group.edit	ops-team@fourthcoffee.com	rename ops-team@fourthcoffee.com to Operations Team pls and add alias ops@fourthcoffee.com to it
distribution-group.grant-send-permissions	hr-all@fourthcoffee.com	send as on hr-all@fourthcoffee.com for ellie.moss@fourthcoffee.com
distribution-group.grant-send-permissions	newsletter@fourthcoffee.com	Dev Khanna needs to send on behalf of the newsletter@fourthcoffee.com distribution group for the monthly update
distribution-group.grant-send-permissions	emea-sales@fourthcoffee.com,ops-team@fourthcoffee.com	grant greta.holm@fourthcoffee.com send-as on the DLs emea-sales@fourthcoffee.com and ops-team@fourthcoffee.com
distribution-group.grant-send-permissions	hr-all@fourthcoffee.com	let yusuf send as the hr-all@fourthcoffee.com list
distribution-group.remove	ops-team@fourthcoffee.com	delete DL ops-team@fourthcoffee.com
distribution-group.remove	emea-sales@fourthcoffee.com,newsletter@fourthcoffee.com	ticket 5012 - decommission the emea-sales@fourthcoffee.com and newsletter@fourthcoffee.com distribution groups, both unused since the reorg
distribution-group.remove	Q1 Launch Crew	remove the old Q1 Launch Crew distribution list, project closed
distribution-group.remove	hr-all@fourthcoffee.com	pls delete hr-all@fourthcoffee.com distribution grp
distribution-group.remove-delegation	newsletter@fourthcoffee.com	revoke lena.vogel@fourthcoffee.com send as on newsletter@fourthcoffee.com
distribution-group.remove-delegation	ops-team@fourthcoffee.com	sam.okafor@fourthcoffee.com moved departments, remove his send on behalf rights on the ops-team@fourthcoffee.com distribution list
distribution-group.remove-delegation	hr-all@fourthcoffee.com	hr-all@fourthcoffee.com DL: pull send-as and send on behalf from ines.costa@fourthcoffee.com
distribution-group.remove-delegation	emea-sales@fourthcoffee.com	kai shouldn't send as emea-sales@fourthcoffee.com anymore, remove it
distribution-group.remove-members	newsletter@fourthcoffee.com	remove kai.tanaka@fourthcoffee.com from newsletter@fourthcoffee.com
distribution-group.remove-members	hr-all@fourthcoffee.com	please take tomas.berg@fourthcoffee.com and wei.chen@fourthcoffee.com off the hr-all@fourthcoffee.com distribution list, they're contractors now
distribution-group.remove-members	ops-team@fourthcoffee.com	drop marco from ops-team@fourthcoffee.com DL
distribution-group.remove-members	emea-sales@fourthcoffee.com	ticket 4980: sofia.lind@fourthcoffee.com left sales, remove her from emea-sales@fourthcoffee.com group membership
mail-contact.create	nadia.farouk@proseware.com	add contact nadia.farouk@proseware.com
mail-contact.create	orders@wideworldimporters.com	can you create a mail contact for orders@wideworldimporters.com so it shows up in the address book?
mail-contact.create	p.moreau@lucernepublishing.com	new external contact Pierre Moreau, p.moreau@lucernepublishing.com, company Lucerne Publishing
mail-contact.create	ap@relecloud.com	mail contact for ap@relecloud.com pls
mail-contact.edit	nadia.farouk@proseware.com	update title on contact nadia.farouk@proseware.com to Head of Procurement
mail-contact.edit	orders@wideworldimporters.com	the mail contact orders@wideworldimporters.com should point to sales-orders@wideworldimporters.com now, please change its external address
mail-contact.edit	p.moreau@lucernepublishing.com	fix display name on contact p.moreau@lucernepublishing.com
mail-contact.edit	ap@relecloud.com	contact ap@relecloud.com: change company to Relecloud Inc and add phone +1 425 555 0142
mail-contact.remove	ap@relecloud.com	delete contact ap@relecloud.com
mail-contact.remove	nadia.farouk@proseware.com,p.moreau@lucernepublishing.com	please remove the mail contacts nadia.farouk@proseware.com and p.moreau@lucernepublishing.com, we no longer work with either vendor
mail-contact.remove	orders@wideworldimporters.com	remove external contact orders@wideworldimporters.com from GAL
mail-contact.remove	j.ito@margiestravel.com	ticket 5120: mail contact j.ito@margiestravel.com is a duplicate, delete it
mail-user.create	r.silva@adatum.com	mail user for r.silva@adatum.com
mail-user.create	chloe.brandt@proseware.com	please create a mail-enabled user for our auditor chloe.brandt@proseware.com, sign-in chloe.ext@fourthcoffee.com
mail-user.create	m.obi@relecloud.com	ticket 5203: contractor Musa Obi starts next week, set him up as a mail user with external address m.obi@relecloud.com
mail-user.create	tl@margiestravel.com	new mail user, external email tl@margiestravel.com
mail-user.edit	auditor.ext@fourthcoffee.com	change external address of mail user auditor.ext@fourthcoffee.com to chloe.b@proseware.com
mail-user.edit	vendor-liaison@fourthcoffee.com	update the display name on the vendor-liaison@fourthcoffee.com mail user to Adatum Liaison
mail-user.edit	vendor-liaison@fourthcoffee.com	add alias adatum@fourthcoffee.com to mail user vendor-liaison@fourthcoffee.com
mail-user.edit	auditor.ext@fourthcoffee.com	mail user auditor.ext@fourthcoffee.com: fix last name typo, it's Brandt not Brant
mail-user.remove	vendor-liaison@fourthcoffee.com	delete mail user vendor-liaison@fourthcoffee.com
mail-user.remove	auditor.ext@fourthcoffee.com	the audit is over, please remove the mail-enabled user auditor.ext@fourthcoffee.com
mail-user.remove	contractor.musa@fourthcoffee.com,tl.ext@fourthcoffee.com	remove mail users contractor.musa@fourthcoffee.com and tl.ext@fourthcoffee.com
mail-user.remove	auditor.ext@fourthcoffee.com	ticket 5311 - auditor.ext@fourthcoffee.com mail user no longer needed, pls remove
mailbox.add-delegates	helpdesk@fourthcoffee.com	add delegates to helpdesk@fourthcoffee.com
mailbox.add-delegates	invoices@fourthcoffee.com,reception@fourthcoffee.com	I need to set delegates on the invoices@fourthcoffee.com and reception@fourthcoffee.com mailboxes, full access for the AP team
mailbox.add-delegates		set up delegates on several mailboxes, full access and send as
mailbox.add-delegates	reception@fourthcoffee.com	reception@fourthcoffee.com mailbox: add delegates pls
mailbox.add-users-as-delegates	invoices@fourthcoffee.com	make raj.patel@fourthcoffee.com delegate on invoices@fourthcoffee.com
mailbox.add-users-as-delegates	helpdesk@fourthcoffee.com,reception@fourthcoffee.com	add user ellie.moss@fourthcoffee.com as a delegate with full access to helpdesk@fourthcoffee.com and reception@fourthcoffee.com
mailbox.add-users-as-delegates	invoices@fourthcoffee.com	ticket 4822: give user greta.holm@fourthcoffee.com full access + send as delegate rights on invoices@fourthcoffee.com
mailbox.add-users-as-delegates	reception@fourthcoffee.com	add dev.khanna@fourthcoffee.com as delegate to reception@fourthcoffee.com, no automapping
mailbox.assign-contacts-folder-delegate	marco.ricci@fourthcoffee.com	give sofia editor on marco.ricci@fourthcoffee.com contacts
mailbox.assign-contacts-folder-delegate	priya.nair@fourthcoffee.com	please share priya.nair@fourthcoffee.com's Contacts folder with her assistant lena.vogel@fourthcoffee.com as reviewer
mailbox.assign-contacts-folder-delegate	hana.kato@fourthcoffee.com,olu.adeyemi@fourthcoffee.com	delegate the contacts folders of hana.kato@fourthcoffee.com and olu.adeyemi@fourthcoffee.com to sam.okafor@fourthcoffee.com with author rights
mailbox.assign-contacts-folder-delegate	yusuf.demir@fourthcoffee.com	contacts folder access for ines on yusuf.demir@fourthcoffee.com, owner
mailbox.configure-auto-reply	raj.patel@fourthcoffee.com	turn on OOO for raj.patel@fourthcoffee.com
mailbox.configure-auto-reply	greta.holm@fourthcoffee.com	greta.holm@fourthcoffee.com is on parental leave from March 3 to June 30, please schedule an out of office saying to contact hr@fourthcoffee.com instead
mailbox.configure-auto-reply	wei.chen@fourthcoffee.com	disable auto reply on wei.chen@fourthcoffee.com
mailbox.configure-auto-reply	Tomas Berg	Tomas Berg forgot to set his out of office before flying out, can you set it for him for this week, internal and external
mailbox.convert-to-shared	yusuf.demir@fourthcoffee.com	convert yusuf.demir@fourthcoffee.com to shared
mailbox.convert-to-shared	lena.vogel@fourthcoffee.com	lena.vogel@fourthcoffee.com left last Friday, please convert her mailbox to a shared mailbox and remove the license
mailbox.convert-to-shared	kai.tanaka@fourthcoffee.com,sam.okafor@fourthcoffee.com	make kai.tanaka@fourthcoffee.com and sam.okafor@fourthcoffee.com shared mailboxes, offboarding ticket 5077
mailbox.convert-to-shared	Marco Ricci	convert Marco Ricci's mailbox to shared pls
mailbox.copy-permissions-from	wei.chen@fourthcoffee.com	copy mailbox perms from priya.nair@fourthcoffee.com to wei.chen@fourthcoffee.com
mailbox.copy-permissions-from	hana.kato@fourthcoffee.com	new starter hana.kato@fourthcoffee.com needs the same mailbox permissions as her predecessor olu.adeyemi@fourthcoffee.com, copy them from olu please
mailbox.copy-permissions-from	dev.khanna@fourthcoffee.com,ellie.moss@fourthcoffee.com	for dev.khanna@fourthcoffee.com and ellie.moss@fourthcoffee.com, copy mailbox access from greta.holm@fourthcoffee.com and replace what they have
mailbox.copy-permissions-from	sam.okafor@fourthcoffee.com	sam.okafor@fourthcoffee.com should get mailbox permissions copied from raj
mailbox.copy-permissions-to	tomas.berg@fourthcoffee.com	copy tomas.berg@fourthcoffee.com mailbox permissions to kai.tanaka@fourthcoffee.com
mailbox.copy-permissions-to	sofia.lind@fourthcoffee.com	please replicate sofia.lind@fourthcoffee.com's mailbox permissions onto ines.costa@fourthcoffee.com and yusuf.demir@fourthcoffee.com, they are taking over her work
mailbox.copy-permissions-to	marco.ricci@fourthcoffee.com	mirror marco.ricci@fourthcoffee.com's mailbox access to lena
mailbox.copy-permissions-to	greta.holm@fourthcoffee.com	ticket 4890: take the mailbox perms greta.holm@fourthcoffee.com has and copy them over to her backfill wei.chen@fourthcoffee.com, add not replace
mailbox.create		create mailbox for Nora Lindqvist
mailbox.create		new user mailbox for our new starter Felix Amara, felix.amara@fourthcoffee.com, he starts Monday
mailbox.create		pls set up a mailbox for Ravi Menon, ravi.menon@fourthcoffee.com, with an E3 license
mailbox.create		ticket 5140 - new hire Elena Petrova needs a user mailbox, alias epetrova
mailbox.create-resource		new room mailbox: Harbor View, 8 seats
mailbox.create-resource		could you create an equipment mailbox for the pool van so people can book it?
mailbox.create-resource		set up a room mailbox called Training Lab 2, capacity 24, auto accept
mailbox.create-resource		create equipment mailbox for portable projector
mailbox.create-shared		new shared mailbox careers@fourthcoffee.com
mailbox.create-shared		we need a shared inbox called Customer Returns, returns@fourthcoffee.com, with full access for priya and olu
mailbox.create-shared		create a shared mailbox for the events team
mailbox.create-shared		ticket 5188: please set up a shared mailbox named Vendor Onboarding, address vendors@fourthcoffee.com
mailbox.edit	sofia.lind@fourthcoffee.com	hide sofia.lind@fourthcoffee.com from GAL
mailbox.edit	raj.patel@fourthcoffee.com	please update raj.patel@fourthcoffee.com's mailbox, department is now Logistics and office is Building 4
mailbox.edit	ellie.moss@fourthcoffee.com	add smtp alias e.moss@fourthcoffee.com to ellie.moss@fourthcoffee.com's mailbox
mailbox.edit	Dev Khanna	set a mailtip on Dev Khanna's mailbox: on sabbatical until September, contact the team inbox
mailbox.edit-equipment	van2@fourthcoffee.com	van2@fourthcoffee.com equipment: auto accept bookings
mailbox.edit-equipment	projector1@fourthcoffee.com	please cap bookings on the projector1@fourthcoffee.com equipment mailbox at 2 hours and block conflicts
mailbox.edit-equipment	van2@fourthcoffee.com	change booking window for equipment mailbox van2@fourthcoffee.com to 60 days
mailbox.edit-equipment	projector1@fourthcoffee.com	make greta.holm@fourthcoffee.com the resource delegate for equipment projector1@fourthcoffee.com
mailbox.edit-room	conf-aurora@fourthcoffee.com	set conf-aurora@fourthcoffee.com room capacity to 10
mailbox.edit-room	room-b204@fourthcoffee.com	the room-b204@fourthcoffee.com meeting room keeps getting double booked, please stop allowing conflicts on it
mailbox.edit-room	conf-aurora@fourthcoffee.com	room mailbox conf-aurora@fourthcoffee.com: allow recurring meetings and extend the booking window to 365 days
mailbox.edit-room	room-b204@fourthcoffee.com	rename room-b204@fourthcoffee.com room to B204 Huddle
mailbox.edit-shared	helpdesk@fourthcoffee.com	add alias it-support@fourthcoffee.com to shared mailbox helpdesk@fourthcoffee.com
mailbox.edit-shared	invoices@fourthcoffee.com	please change the display name of the invoices@fourthcoffee.com shared mailbox to Fourth Coffee Accounts Payable
mailbox.edit-shared	reception@fourthcoffee.com	set retention policy on shared mbx reception@fourthcoffee.com to 1 Year Delete
mailbox.edit-shared	helpdesk@fourthcoffee.com	remove the old address support-old@fourthcoffee.com from the helpdesk@fourthcoffee.com shared mailbox
mailbox.edit-type	reception@fourthcoffee.com	change reception@fourthcoffee.com back to a regular mailbox
mailbox.edit-type	room-b204@fourthcoffee.com	room-b204@fourthcoffee.com was set up as a room by mistake, switch its mailbox type to equipment
mailbox.edit-type	van2@fourthcoffee.com	convert van2@fourthcoffee.com mailbox type to room
mailbox.edit-type	invoices@fourthcoffee.com	ticket 5230: invoices@fourthcoffee.com should be a user mailbox again, not shared, please change the type
mailbox.forward-to-recipient	olu.adeyemi@fourthcoffee.com	forward olu.adeyemi@fourthcoffee.com mail to Hana Kato
mailbox.forward-to-recipient	yusuf.demir@fourthcoffee.com	yusuf.demir@fourthcoffee.com is out for surgery, please redirect his email internally to Priya Nair and keep a copy in his mailbox
mailbox.forward-to-recipient	sam.okafor@fourthcoffee.com	fwd sam.okafor@fourthcoffee.com to the ops-team@fourthcoffee.com DL
mailbox.forward-to-recipient	kai.tanaka@fourthcoffee.com	set forwarding on kai.tanaka@fourthcoffee.com to his manager Tomas Berg from the GAL, no local copy
mailbox.forward-to-smtp	ines.costa@fourthcoffee.com	fwd ines.costa@fourthcoffee.com to ines.costa@gmail.com
mailbox.forward-to-smtp	wei.chen@fourthcoffee.com	please set up forwarding of all wei.chen@fourthcoffee.com email to her new address w.chen@proseware.com and keep a local copy
mailbox.forward-to-smtp	marco.ricci@fourthcoffee.com	forward marco.ricci@fourthcoffee.com external to marco@relecloud.com, no copy
mailbox.forward-to-smtp	ellie.moss@fourthcoffee.com,dev.khanna@fourthcoffee.com	ticket 5099: forward ellie.moss@fourthcoffee.com and dev.khanna@fourthcoffee.com to handover@adatum.com for the transition period
mailbox.grant-manager-full-access	lena.vogel@fourthcoffee.com	give lena.vogel@fourthcoffee.com's manager full access
mailbox.grant-manager-full-access	raj.patel@fourthcoffee.com	raj.patel@fourthcoffee.com has left the company, his line manager needs full access to his mailbox to pick up open threads
mailbox.grant-manager-full-access	tomas.berg@fourthcoffee.com,hana.kato@fourthcoffee.com	grant managers of tomas.berg@fourthcoffee.com and hana.kato@fourthcoffee.com full mailbox access
mailbox.grant-manager-full-access	Sofia Lind	Sofia Lind's boss needs full access to her mailbox pls
mailbox.grant-send-on-behalf	priya.nair@fourthcoffee.com	let olu send on behalf of priya.nair@fourthcoffee.com
mailbox.grant-send-on-behalf	greta.holm@fourthcoffee.com	greta.holm@fourthcoffee.com's new EA ines.costa@fourthcoffee.com needs send on behalf permission on her mailbox
mailbox.grant-send-on-behalf	helpdesk@fourthcoffee.com	grant send-on-behalf on helpdesk@fourthcoffee.com to sam.okafor@fourthcoffee.com and kai.tanaka@fourthcoffee.com
mailbox.grant-send-on-behalf	marco.ricci@fourthcoffee.com	SOB for wei.chen@fourthcoffee.com on marco.ricci@fourthcoffee.com mailbox
mailbox.manage-archive	olu.adeyemi@fourthcoffee.com	enable archive for olu.adeyemi@fourthcoffee.com
mailbox.manage-archive	hana.kato@fourthcoffee.com,yusuf.demir@fourthcoffee.com	please turn on online archiving for hana.kato@fourthcoffee.com and yusuf.demir@fourthcoffee.com, their mailboxes are almost full
mailbox.manage-archive	ines.costa@fourthcoffee.com	disable the archive mailbox on ines.costa@fourthcoffee.com
mailbox.manage-archive	raj.patel@fourthcoffee.com	turn on auto-expanding archive for raj.patel@fourthcoffee.com
mailbox.manage-litigation-hold	sam.okafor@fourthcoffee.com	lit hold on sam.okafor@fourthcoffee.com
mailbox.manage-litigation-hold	kai.tanaka@fourthcoffee.com	legal asked us to put kai.tanaka@fourthcoffee.com's mailbox on litigation hold for 5 years, case ref LG-2291
mailbox.manage-litigation-hold	dev.khanna@fourthcoffee.com	remove litigation hold from dev.khanna@fourthcoffee.com, case closed
mailbox.manage-litigation-hold	Ellie Moss	please enable litigation hold on Ellie Moss's mailbox indefinitely, owner is legal@fourthcoffee.com
mailbox.manage-quota	tomas.berg@fourthcoffee.com	raise tomas.berg@fourthcoffee.com quota to 100GB
mailbox.manage-quota	wei.chen@fourthcoffee.com	wei.chen@fourthcoffee.com can't send mail because her mailbox is full, please bump the warning to 95GB, prohibit send 98GB and send/receive 100GB
mailbox.manage-quota	helpdesk@fourthcoffee.com,invoices@fourthcoffee.com	set mailbox quotas on helpdesk@fourthcoffee.com and invoices@fourthcoffee.com to 49GB warn / 50GB send
mailbox.manage-quota	sofia.lind@fourthcoffee.com	increase mailbox size limit for sofia.lind@fourthcoffee.com
mailbox.manage-send-as	invoices@fourthcoffee.com	send as on invoices@fourthcoffee.com for raj.patel@fourthcoffee.com
mailbox.manage-send-as	reception@fourthcoffee.com	please remove ellie.moss@fourthcoffee.com's send-as permission from the reception@fourthcoffee.com mailbox, she changed teams
mailbox.manage-send-as	helpdesk@fourthcoffee.com	give greta and dev send as on helpdesk@fourthcoffee.com
mailbox.manage-send-as	priya.nair@fourthcoffee.com	ticket 5155: add send as for lena.vogel@fourthcoffee.com on priya.nair@fourthcoffee.com
mailbox.manage-services	hana.kato@fourthcoffee.com	disable IMAP for hana.kato@fourthcoffee.com
mailbox.manage-services	olu.adeyemi@fourthcoffee.com	security flagged legacy auth on olu.adeyemi@fourthcoffee.com, please turn off POP, IMAP and EWS on that mailbox
mailbox.manage-services	yusuf.demir@fourthcoffee.com	enable activesync for yusuf.demir@fourthcoffee.com again
mailbox.manage-services	Ines Costa	turn off OWA access for Ines Costa
mailbox.remove	kai.tanaka@fourthcoffee.com	delete kai.tanaka@fourthcoffee.com mailbox
mailbox.remove	sam.okafor@fourthcoffee.com,dev.khanna@fourthcoffee.com	retention period is over, please delete the mailboxes of sam.okafor@fourthcoffee.com and dev.khanna@fourthcoffee.com
mailbox.remove	tl.old@fourthcoffee.com	remove mailbox tl.old@fourthcoffee.com permanently
mailbox.remove	Raj Patel	ticket 5260: Raj Patel's mailbox can be deleted now, data was exported
mailbox.remove-delegates	invoices@fourthcoffee.com	remove delegate wei.chen@fourthcoffee.com from invoices@fourthcoffee.com
mailbox.remove-delegates	reception@fourthcoffee.com	the reception@fourthcoffee.com mailbox still has old delegates tomas.berg@fourthcoffee.com and hana.kato@fourthcoffee.com with full access, please strip them
mailbox.remove-delegates	helpdesk@fourthcoffee.com	clean up delegates on helpdesk@fourthcoffee.com, drop olu's full access
mailbox.remove-delegates	greta.holm@fourthcoffee.com	remove ines.costa@fourthcoffee.com as a delegate on greta.holm@fourthcoffee.com's mailbox
mailbox.remove-user-access	marco.ricci@fourthcoffee.com	remove all mailbox access marco.ricci@fourthcoffee.com has
mailbox.remove-user-access	lena.vogel@fourthcoffee.com	lena.vogel@fourthcoffee.com moved to the partner team, please revoke every permission she holds on other people's mailboxes, including send as
mailbox.remove-user-access	yusuf.demir@fourthcoffee.com	strip yusuf.demir@fourthcoffee.com's rights on all other mailboxes
mailbox.remove-user-access	priya.nair@fourthcoffee.com	ticket 5033: priya.nair@fourthcoffee.com should no longer have access to any shared or user mailboxes, remove it all
mailbox.set-archive-name	sofia.lind@fourthcoffee.com	rename sofia.lind@fourthcoffee.com archive to Sofia Old Mail
mailbox.set-archive-name	ellie.moss@fourthcoffee.com	please set the archive mailbox name for ellie.moss@fourthcoffee.com to "Ellie Moss - Archive 2025"
mailbox.set-archive-name	tomas.berg@fourthcoffee.com	archive name for tomas.berg@fourthcoffee.com: Tomas Archive
mailbox.set-archive-name	hana.kato@fourthcoffee.com	change the display name of hana.kato@fourthcoffee.com's online archive to Hana - Legacy
mailbox.set-audit	olu.adeyemi@fourthcoffee.com	enable mailbox audit for olu.adeyemi@fourthcoffee.com
mailbox.set-audit	invoices@fourthcoffee.com,helpdesk@fourthcoffee.com	compliance wants audit logging switched on for the invoices@fourthcoffee.com and helpdesk@fourthcoffee.com mailboxes
mailbox.set-audit	wei.chen@fourthcoffee.com	turn off mailbox auditing on wei.chen@fourthcoffee.com
mailbox.set-audit	Kai Tanaka	make sure Kai Tanaka's mailbox has audit logging on
mailbox.set-regional-settings	marco.ricci@fourthcoffee.com	set marco.ricci@fourthcoffee.com mailbox language to Italian
mailbox.set-regional-settings	hana.kato@fourthcoffee.com	hana.kato@fourthcoffee.com relocated to Tokyo, please change her mailbox time zone to Tokyo Standard Time and language to ja-JP
mailbox.set-regional-settings	greta.holm@fourthcoffee.com	greta.holm@fourthcoffee.com regional settings: de-DE, localize folder names
mailbox.set-regional-settings	ines.costa@fourthcoffee.com	change the date format on ines.costa@fourthcoffee.com's mailbox to dd/MM/yyyy
mobile-device.allow-quarantined		release tomas.berg@fourthcoffee.com's quarantined phone
mobile-device.allow-quarantined		sofia.lind@fourthcoffee.com got a new iPhone and it's sitting in ActiveSync quarantine, please allow it
mobile-device.allow-quarantined		allow quarantined device for raj.patel@fourthcoffee.com
mobile-device.allow-quarantined		ticket 5271: approve the quarantined Android for Greta Holm, DeviceId 3F9A22C1
mobile-device.remove		remove olu.adeyemi@fourthcoffee.com's old Pixel
mobile-device.remove		please delete the stale ActiveSync partnerships for hana.kato@fourthcoffee.com, she replaced both phones
mobile-device.remove		drop the old iPad from yusuf.demir@fourthcoffee.com's mobile devices
mobile-device.remove		remove mobile device for ellie.moss@fourthcoffee.com, it's not used anymore
mobile-device.wipe		wipe dev.khanna@fourthcoffee.com's phone, stolen
mobile-device.wipe		kai.tanaka@fourthcoffee.com left his work iPhone in a taxi, please remote wipe it to factory settings
mobile-device.wipe		account-only wipe on marco.ricci@fourthcoffee.com's Samsung
mobile-device.wipe		ticket 5290: full wipe of lena.vogel@fourthcoffee.com's lost device, notify security@fourthcoffee.com when done
none		thx!
none		morning all
none		is Exchange having an outage right now?
none		lol ok
none		who approves shared mailbox requests?
none		ugh my inbox is a mess
none		thanks, the DL works now
none		can you check the weather in Seattle
none		what's a mail user vs mail contact?
none		never mind, figured it out
none		ok
none		how long does mailbox conversion usually take?
none		sorry wrong chat
none		great job yesterday team
none		lunch at 12?
none		is the helpdesk open on saturday?
`,
);
