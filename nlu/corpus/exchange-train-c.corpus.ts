import { corpusSet } from './corpus-set';

/** Exchange Online requests: alpineskihouse.com: display names, relayed asks, target first, written as training data. */
export const EXCHANGE_TRAIN_C = corpusSet(
  'exchange-train-c',
  `action	targets	text
distribution-group.add-members	Ski Instructors	add Priya Natarajan and Owen Price to the Ski Instructors DL
distribution-group.add-members	patrol-leads@alpineskihouse.com	patrol-leads@alpineskihouse.com: please add henrik.berg@alpineskihouse.com, he's the new shift lead
distribution-group.add-members	all-staff@alpineskihouse.com	HR ticket 4471 - new hire Lucia Ferreira starts Monday, pls put her in the all-staff@alpineskihouse.com distribution list
distribution-group.add-members	rentals-team@alpineskihouse.com,lift-ops@alpineskihouse.com	can you add marcus.bell@alpineskihouse.com to both the rentals-team@alpineskihouse.com and lift-ops@alpineskihouse.com distribution groups?
distribution-group.create		new distribution list pls: Snowmaking Crew, alias snowmaking, owner Tomas Lindqvist
distribution-group.create		Yuki Tanaka (events mgr) asked for a distro list for the winter festival volunteers, call it Winter Fest Volunteers
distribution-group.create		could you create a distribution group named Finance Approvers with Grace Okafor and Rafael Ortiz as members?
distribution-group.create		set up a new DL kitchen-staff@alpineskihouse.com, closed membership, internal senders only
distribution-group.edit	Lift Ops	rename the Lift Ops DL to Lift Operations & Grooming
distribution-group.edit	guest-services@alpineskihouse.com	guest-services@alpineskihouse.com: only accept mail from internal senders, and make Chloe Martin the DL owner
distribution-group.edit	marketing-dl@alpineskihouse.com	ticket 2291 from marketing: please add the alias promo@alpineskihouse.com to the marketing-dl@alpineskihouse.com distribution group
distribution-group.edit	Seasonal Staff	hide the Seasonal Staff distribution list from the GAL and turn on moderation with Sophie Laurent as moderator
distribution-group.grant-send-permissions	Guest Services	give Nadia Haddad send as on the Guest Services distribution list
distribution-group.grant-send-permissions	events-crew@alpineskihouse.com	events-crew@alpineskihouse.com DL: kwame.mensah@alpineskihouse.com needs send on behalf rights
distribution-group.grant-send-permissions	managers@alpineskihouse.com	request from Ben Carter: his assistant Tara Quinn should be able to send as the managers@alpineskihouse.com distribution group
distribution-group.grant-send-permissions	all-staff@alpineskihouse.com,seasonal-staff@alpineskihouse.com	grant Elena Petrova send-as on the all-staff@alpineskihouse.com and seasonal-staff@alpineskihouse.com DLs so she can send the HR bulletins
distribution-group.remove	2019 Ski Expo	delete the old 2019 Ski Expo DL, the event is long over
distribution-group.remove	summer-camp@alpineskihouse.com	pls remove distribution group summer-camp@alpineskihouse.com
distribution-group.remove	retail-shop@alpineskihouse.com,ticket-office@alpineskihouse.com	ticket 5120: decommission the distribution lists retail-shop@alpineskihouse.com and ticket-office@alpineskihouse.com
distribution-group.remove	Night Skiing Crew	the Night Skiing Crew distro list isn't needed anymore, get rid of it
distribution-group.remove-delegation	Ski Instructors	revoke Victor Almeida's send as on the Ski Instructors DL
distribution-group.remove-delegation	lift-ops@alpineskihouse.com	lift-ops@alpineskihouse.com: remove send on behalf for felix.moreau@alpineskihouse.com, he changed roles
distribution-group.remove-delegation	events-crew@alpineskihouse.com	HR says Zoe Brennan left the events team, take away both her send-as and send-on-behalf on the events-crew@alpineskihouse.com distribution list
distribution-group.remove-delegation	Marketing	strip the send on behalf permission oliver.grant@alpineskihouse.com has on the Marketing distribution group
distribution-group.remove-members	Patrol Leads	take Hannah Fischer off the Patrol Leads distribution list
distribution-group.remove-members	kitchen-staff@alpineskihouse.com	kitchen-staff@alpineskihouse.com: remove luis.romero@alpineskihouse.com and mei.lin@alpineskihouse.com from the DL
distribution-group.remove-members	all-staff@alpineskihouse.com	offboarding ticket 3307 - Daniel Kowalski's last day was friday, remove him from the all-staff@alpineskihouse.com DL
distribution-group.remove-members	ski instructors	pls drop Patrick Doyle from the ski instructors distro group, he's moved over to rentals
mail-contact.create	jorge.salas@proseware.com	add an external contact for our ski wax supplier Jorge Salas, jorge.salas@proseware.com
mail-contact.create	amelia.shaw@woodgrovebank.com	create a mail contact for the Woodgrove Bank rep Amelia Shaw (amelia.shaw@woodgrovebank.com) so she shows up in the GAL
mail-contact.create	bookings@margiestravel.com	pls add bookings@margiestravel.com to the address book as a mail contact, they send us tour groups
mail-contact.create	lena.vogel@cohovineyard.com	ticket 6012 from accounting: new vendor contact Lena Vogel, lena.vogel@cohovineyard.com, company Coho Vineyard
mail-contact.edit	Jorge Salas	update the phone number on the Jorge Salas mail contact to +1 303 555 0142
mail-contact.edit	amelia.shaw@woodgrovebank.com	change the external email address of contact amelia.shaw@woodgrovebank.com to amelia.shaw@woodgrove.com
mail-contact.edit	Lena Vogel	the Lena Vogel mail contact has the wrong company, should be Coho Winery
mail-contact.edit	tickets@treyresearch.net	tickets@treyresearch.net contact: set the display name to Trey Research Support
mail-contact.remove	Marco Bianchi	delete the external contact for Marco Bianchi, we don't work with his agency anymore
mail-contact.remove	sales@adventure-works.com,support@adventure-works.com	remove the mail contacts sales@adventure-works.com and support@adventure-works.com
mail-contact.remove	orders@lucernepublishing.com	purchasing asked us to delete the contact orders@lucernepublishing.com, vendor is gone
mail-contact.remove	Hugo Martin	pls delete the Hugo Martin mail contact, his contract with us ended
mail-user.create	ines.duarte@gmail.com	create a mail user for our new freelance photographer Ines Duarte, external address ines.duarte@gmail.com
mail-user.create	rhys.morgan@proseware.com	new mail-enabled user pls for the Proseware consultant rhys.morgan@proseware.com
mail-user.create	sven.olsen@treyresearch.net	HR ticket 7740: contractor Sven Olsen from Trey Research needs a mail user, his email is sven.olsen@treyresearch.net
mail-user.create	kate.lowe@woodgrovebank.com	set up a mail user account for the external auditor at kate.lowe@woodgrovebank.com
mail-user.edit	rhys.morgan@alpineskihouse.com	change the external email on mail user rhys.morgan@alpineskihouse.com to rhys@proseware.com
mail-user.edit	Ines Duarte	rename the mail user Ines Duarte to "Ines Duarte - Freelance"
mail-user.edit	sven.olsen@alpineskihouse.com	sven.olsen@alpineskihouse.com (mail user): add a secondary address sven@alpineskihouse.com
mail-user.edit	Kate Lowe	Kate Lowe's mail user still has her old Woodgrove address as external email, please switch it to kate.lowe@woodgrove.com
mail-user.remove	Rhys Morgan	remove the mail user for Rhys Morgan, the Proseware engagement has ended
mail-user.remove	sven.olsen@alpineskihouse.com	delete mail-enabled user sven.olsen@alpineskihouse.com
mail-user.remove	kate.lowe@alpineskihouse.com,ines.duarte@alpineskihouse.com	ticket 8105: remove the contractor mail users kate.lowe@alpineskihouse.com and ines.duarte@alpineskihouse.com
mail-user.remove	Pavel Novak	the mail user Pavel Novak is no longer needed, pls delete it
mailbox.add-delegates	frontdesk@alpineskihouse.com	frontdesk@alpineskihouse.com: add delegates with full access + send as, Chloe Martin and Rafael Ortiz
mailbox.add-delegates	Ben Carter,Yuki Tanaka	set up delegates on the Ben Carter and Yuki Tanaka mailboxes, read permission for their EA
mailbox.add-delegates	lostandfound@alpineskihouse.com,bookings@alpineskihouse.com	need delegates added to the lostandfound@alpineskihouse.com and bookings@alpineskihouse.com mailboxes
mailbox.add-delegates	Sophie Laurent	pls configure delegates for Sophie Laurent's mailbox, full access without automapping
mailbox.add-users-as-delegates	bookings@alpineskihouse.com	make Tara Quinn a delegate on the bookings@alpineskihouse.com mailbox with full access
mailbox.add-users-as-delegates	Ben Carter,Ingrid Solberg	add user kwame.mensah@alpineskihouse.com as a delegate to Ben Carter's and Ingrid Solberg's mailboxes, send as
mailbox.add-users-as-delegates	frontdesk@alpineskihouse.com	manager request: add user Felix Moreau as a delegate (full access + send on behalf) on the frontdesk@alpineskihouse.com mailbox
mailbox.add-users-as-delegates	careers@alpineskihouse.com	add users mei.lin@alpineskihouse.com and luis.romero@alpineskihouse.com as delegates to careers@alpineskihouse.com, full access with automapping
mailbox.assign-contacts-folder-delegate	Ben Carter	give Tara Quinn editor access to Ben Carter's contacts folder
mailbox.assign-contacts-folder-delegate	ingrid.solberg@alpineskihouse.com	share the contacts folder of ingrid.solberg@alpineskihouse.com with owen.price@alpineskihouse.com as reviewer
mailbox.assign-contacts-folder-delegate	Victor Almeida,Elena Petrova	exec assistant request: Nadia Haddad needs author rights on the Contacts folders of both Victor Almeida and Elena Petrova
mailbox.assign-contacts-folder-delegate	yuki.tanaka@alpineskihouse.com	yuki.tanaka@alpineskihouse.com: delegate her contacts folder to hannah.fischer@alpineskihouse.com with owner permission
mailbox.configure-auto-reply	Grace Okafor	set an out of office on Grace Okafor's mailbox from Dec 22 to Jan 2 pointing people to frontdesk@alpineskihouse.com
mailbox.configure-auto-reply	henrik.berg@alpineskihouse.com	turn off the auto reply for henrik.berg@alpineskihouse.com, he's back from leave
mailbox.configure-auto-reply	Lucia Ferreira	HR: Lucia Ferreira is on maternity leave from Monday, please schedule an automatic reply for her until April 30, external senders too
mailbox.configure-auto-reply	patrick.doyle@alpineskihouse.com,zoe.brennan@alpineskihouse.com	patrick.doyle@alpineskihouse.com and zoe.brennan@alpineskihouse.com have left, set an OOO on both saying to contact guest-services@alpineskihouse.com instead
mailbox.convert-to-shared	Marcus Bell	convert Marcus Bell's mailbox to shared and free up his license
mailbox.convert-to-shared	daniel.kowalski@alpineskihouse.com	offboarding ticket 9021: daniel.kowalski@alpineskihouse.com is gone, convert his mailbox to a shared mailbox
mailbox.convert-to-shared	owen.price@alpineskihouse.com,chloe.martin@alpineskihouse.com	owen.price@alpineskihouse.com and chloe.martin@alpineskihouse.com -> shared mailboxes pls, seasonal contracts ended, remove the licenses
mailbox.convert-to-shared	Sam Whitfield	HR asked that Sam Whitfield's user mailbox be turned into a shared mailbox now that he's left
mailbox.copy-permissions-from	Oliver Grant	Oliver Grant needs his mailbox permissions copied from Patrick Doyle
mailbox.copy-permissions-from	mei.lin@alpineskihouse.com,luis.romero@alpineskihouse.com	for the new hires mei.lin@alpineskihouse.com and luis.romero@alpineskihouse.com, copy the mailbox permissions from tomas.lindqvist@alpineskihouse.com (add, don't replace)
mailbox.copy-permissions-from	Aisha Rahman	ticket 4410: Aisha Rahman is taking over the reservations desk, give her the mailbox permissions from Hannah Fischer and replace whatever she has now
mailbox.copy-permissions-from	sophie.laurent@alpineskihouse.com	sophie.laurent@alpineskihouse.com: pull in the mailbox permissions from victor.almeida@alpineskihouse.com
mailbox.copy-permissions-to	Ingrid Solberg	copy Ingrid Solberg's mailbox permissions over to Kwame Mensah
mailbox.copy-permissions-to	rafael.ortiz@alpineskihouse.com	take the mailbox access rafael.ortiz@alpineskihouse.com has and copy it to nadia.haddad@alpineskihouse.com and ben.carter@alpineskihouse.com
mailbox.copy-permissions-to	Elena Petrova	manager request: copy Elena Petrova's mailbox permissions to her replacement felix.moreau@alpineskihouse.com, replacing what he has
mailbox.copy-permissions-to	yuki.tanaka@alpineskihouse.com	yuki.tanaka@alpineskihouse.com -> copy her mailbox perms to tara.quinn@alpineskihouse.com
mailbox.create		create a mailbox for the new ski school coordinator, Amara Nwosu, amara.nwosu@alpineskihouse.com
mailbox.create		HR onboarding ticket 1187: new user mailbox for Jakob Eriksen starting 1 Dec, alias jakob.eriksen
mailbox.create		new mailbox pls for Rosa Delgado in accounting, with an E3 license
mailbox.create		set up a user mailbox for the new lift mechanic Callum Reid and make him reset the password at first logon
mailbox.create-resource		create a room mailbox for the Summit Boardroom, capacity 16
mailbox.create-resource		we need an equipment mailbox for the second snowcat, call it Snowcat 02, auto-accept bookings
mailbox.create-resource		set up a resource mailbox for the demo ski fleet so instructors can book the skis
mailbox.create-resource		facilities ticket 3350: new meeting room "Gondola Room" in the base lodge, 8 seats, please create the room mailbox
mailbox.create-shared		spin up a shared mailbox for group bookings, groupbookings@alpineskihouse.com
mailbox.create-shared		need a new shared inbox called Lost and Found, full access for Chloe Martin and Owen Price
mailbox.create-shared		request from Yuki Tanaka: create a shared mailbox "Wedding Events" with send as for her team
mailbox.create-shared		create shared mailbox recruiting@alpineskihouse.com for the recruiting team
mailbox.edit	Henrik Berg	hide Henrik Berg from the global address list
mailbox.edit	grace.okafor@alpineskihouse.com	put a mailtip on grace.okafor@alpineskihouse.com: "Grace only checks email on weekdays"
mailbox.edit	Priya Natarajan	add the alias priya.n@alpineskihouse.com to Priya Natarajan's mailbox
mailbox.edit	tomas.lindqvist@alpineskihouse.com	tomas.lindqvist@alpineskihouse.com: set CustomAttribute3 on his mailbox to "Seasonal"
mailbox.edit-equipment	snowcat-02@alpineskihouse.com	equipment mailbox snowcat-02@alpineskihouse.com should auto-accept bookings
mailbox.edit-equipment	Demo Ski Fleet	limit bookings of the Demo Ski Fleet equipment mailbox to 8 hours and don't allow conflicts
mailbox.edit-equipment	van-01@alpineskihouse.com	add Callum Reid as resource delegate on the van-01@alpineskihouse.com equipment mailbox
mailbox.edit-equipment	projector-east@alpineskihouse.com	projector-east@alpineskihouse.com (equipment): booking window 60 days, no recurring bookings
mailbox.edit-room	Summit Boardroom	Summit Boardroom room mailbox: set capacity to 18 and allow recurring meetings
mailbox.edit-room	gondola-room@alpineskihouse.com	gondola-room@alpineskihouse.com: change the booking window on the room to 120 days
mailbox.edit-room	Basecamp	facilities ticket: make Rosa Delgado the delegate for the Basecamp meeting room so she approves bookings
mailbox.edit-room	lodge-conf@alpineskihouse.com	set the room lodge-conf@alpineskihouse.com to auto accept meeting requests, max duration 4 hours
mailbox.edit-shared	groupbookings@alpineskihouse.com	add the address groups@alpineskihouse.com to the groupbookings@alpineskihouse.com shared mailbox
mailbox.edit-shared	Lost and Found	change the display name of the Lost and Found shared mailbox to ASH Lost & Found
mailbox.edit-shared	frontdesk@alpineskihouse.com	frontdesk@alpineskihouse.com shared mailbox: apply the 2 Year Delete retention policy
mailbox.edit-shared	recruiting@alpineskihouse.com	recruiting@alpineskihouse.com (shared): remove the old alias jobs@alpineskihouse.com and switch the address book policy to Staff ABP
mailbox.edit-type	training-room@alpineskihouse.com	change the mailbox type of training-room@alpineskihouse.com from user to room
mailbox.edit-type	bookings@alpineskihouse.com	the bookings@alpineskihouse.com mailbox should be a regular user mailbox again, change its type
mailbox.edit-type	Rental Van 3	set the mailbox type for Rental Van 3 to equipment
mailbox.edit-type	Old Ski Shop	ticket 2770: the Old Ski Shop mailbox was created as a room by mistake, change its type to equipment
mailbox.forward-to-recipient	Marcus Bell	redirect Marcus Bell's emails to Ben Carter pls
mailbox.forward-to-recipient	daniel.kowalski@alpineskihouse.com	forward daniel.kowalski@alpineskihouse.com's mail to his manager Elena Petrova from the GAL, keep a copy
mailbox.forward-to-recipient	Sam Whitfield	HR: Sam Whitfield has left, forward his mailbox to internal recipient Nadia Haddad, no local copy
mailbox.forward-to-recipient	zoe.brennan@alpineskihouse.com,patrick.doyle@alpineskihouse.com	forward zoe.brennan@alpineskihouse.com and patrick.doyle@alpineskihouse.com to the Events Crew group from the address book
mailbox.forward-to-smtp	Ingrid Solberg	forward all of Ingrid Solberg's mail to ingrid.solberg@outlook.com while she's on sabbatical
mailbox.forward-to-smtp	jakob.eriksen@alpineskihouse.com	set external forwarding on jakob.eriksen@alpineskihouse.com to jakob@proseware.com and keep a local copy
mailbox.forward-to-smtp	Callum Reid	Callum Reid's mailbox: forward everything to the SMTP address callum.reid@gmail.com, no copy
mailbox.forward-to-smtp	felix.moreau@alpineskihouse.com	ticket 6634 - legal wants felix.moreau@alpineskihouse.com forwarded to external counsel at counsel@lucernepublishing.com
mailbox.grant-manager-full-access	Patrick Doyle	Patrick Doyle is leaving, give his manager full access to his mailbox
mailbox.grant-manager-full-access	hannah.fischer@alpineskihouse.com,luis.romero@alpineskihouse.com	grant the managers of hannah.fischer@alpineskihouse.com and luis.romero@alpineskihouse.com full access to their mailboxes
mailbox.grant-manager-full-access	Aisha Rahman	HR ticket 5567: Aisha Rahman is on extended leave, her line manager needs full access to her mailbox
mailbox.grant-manager-full-access	zoe.brennan@alpineskihouse.com	zoe.brennan@alpineskihouse.com: give her manager full mailbox access, with automapping
mailbox.grant-send-on-behalf	Ben Carter	let Tara Quinn send on behalf of Ben Carter
mailbox.grant-send-on-behalf	ingrid.solberg@alpineskihouse.com	ingrid.solberg@alpineskihouse.com's assistant owen.price@alpineskihouse.com needs send-on-behalf rights on her mailbox
mailbox.grant-send-on-behalf	Victor Almeida	manager request: Victor Almeida wants Grace Okafor to be able to send on behalf of him
mailbox.grant-send-on-behalf	yuki.tanaka@alpineskihouse.com	grant send on behalf on yuki.tanaka@alpineskihouse.com's mailbox to rosa.delgado@alpineskihouse.com
mailbox.manage-archive	Elena Petrova	turn on the online archive for Elena Petrova
mailbox.manage-archive	tomas.lindqvist@alpineskihouse.com,priya.natarajan@alpineskihouse.com	enable auto-expanding archiving for tomas.lindqvist@alpineskihouse.com and priya.natarajan@alpineskihouse.com
mailbox.manage-archive	Jakob Eriksen	disable the archive mailbox for Jakob Eriksen, it was enabled by mistake
mailbox.manage-archive	kwame.mensah@alpineskihouse.com	ticket 4102: please create an archive mailbox for kwame.mensah@alpineskihouse.com so he can move old mail out
mailbox.manage-litigation-hold	Sam Whitfield	put Sam Whitfield on litigation hold for 7 years
mailbox.manage-litigation-hold	rafael.ortiz@alpineskihouse.com	legal says lift the lit hold on rafael.ortiz@alpineskihouse.com
mailbox.manage-litigation-hold	marcus.bell@alpineskihouse.com	enable litigation hold on marcus.bell@alpineskihouse.com indefinitely, comment "Case 2026-14"
mailbox.manage-litigation-hold	Nadia Haddad	per Legal ticket 8890, Nadia Haddad's mailbox needs to go on litigation hold, hold owner legal@alpineskihouse.com
mailbox.manage-quota	Priya Natarajan	bump Priya Natarajan's mailbox quota to 100GB
mailbox.manage-quota	jakob.eriksen@alpineskihouse.com	jakob.eriksen@alpineskihouse.com keeps getting mailbox full warnings, set warning 45GB, prohibit send 48GB, prohibit send/receive 50GB
mailbox.manage-quota	reservations@alpineskihouse.com,frontdesk@alpineskihouse.com	raise the mailbox size limits on reservations@alpineskihouse.com and frontdesk@alpineskihouse.com to 90GB
mailbox.manage-quota	Ruth Adeyemi	Ruth Adeyemi hit her mailbox storage limit again, can we raise her quota?
mailbox.manage-send-as	reservations@alpineskihouse.com	give Owen Price send as on the reservations@alpineskihouse.com mailbox
mailbox.manage-send-as	frontdesk@alpineskihouse.com	remove send-as for callum.reid@alpineskihouse.com from the frontdesk@alpineskihouse.com mailbox
mailbox.manage-send-as	careers@alpineskihouse.com	careers@alpineskihouse.com: add send-as rights for Ruth Adeyemi and Aisha Rahman
mailbox.manage-send-as	Yuki Tanaka	manager asks that Chloe Martin be able to send as Yuki Tanaka
mailbox.manage-services	Rosa Delgado	disable POP and IMAP on Rosa Delgado's mailbox
mailbox.manage-services	sophie.laurent@alpineskihouse.com	turn OWA back on for sophie.laurent@alpineskihouse.com
mailbox.manage-services	henrik.berg@alpineskihouse.com	security ticket 7011: disable the ActiveSync and EWS protocols on henrik.berg@alpineskihouse.com's mailbox
mailbox.manage-services	Amara Nwosu	enable MAPI for Amara Nwosu, Outlook desktop won't connect
mailbox.remove	Derek Hollis	delete Derek Hollis's mailbox
mailbox.remove	temp1@alpineskihouse.com,temp2@alpineskihouse.com	remove the mailboxes temp1@alpineskihouse.com and temp2@alpineskihouse.com permanently
mailbox.remove	Liam Foster	offboarding ticket 9930: Liam Foster's data has been exported, you can remove his mailbox now
mailbox.remove	promo-2023@alpineskihouse.com	promo-2023@alpineskihouse.com: delete this mailbox, nobody has used it in a year
mailbox.remove-delegates	frontdesk@alpineskihouse.com	frontdesk@alpineskihouse.com has stale delegates, remove Chloe Martin and Rafael Ortiz
mailbox.remove-delegates	Ben Carter	strip the delegates off Ben Carter's mailbox, his old EA doesn't need full access anymore
mailbox.remove-delegates	reservations@alpineskihouse.com	remove owen.price@alpineskihouse.com's full access from the reservations@alpineskihouse.com mailbox
mailbox.remove-delegates	Sophie Laurent	HR ticket: on Sophie Laurent's mailbox, remove delegate Victor Almeida (full access and send on behalf)
mailbox.remove-user-access	Tomas Lindqvist	Tomas Lindqvist moved to the lift ops team, remove his access to all other mailboxes
mailbox.remove-user-access	kwame.mensah@alpineskihouse.com	revoke every mailbox permission kwame.mensah@alpineskihouse.com holds on other mailboxes, send as included
mailbox.remove-user-access	Liam Foster	security ticket 1402: Liam Foster's account was compromised, pull all of his delegate access to other people's mailboxes
mailbox.remove-user-access	felix.moreau@alpineskihouse.com	felix.moreau@alpineskihouse.com: remove all the permissions he has on other mailboxes, including send on behalf
mailbox.set-archive-name	Elena Petrova	call Elena Petrova's archive "Elena - Pre-2025"
mailbox.set-archive-name	tomas.lindqvist@alpineskihouse.com	change the archive name on tomas.lindqvist@alpineskihouse.com to Tomas Archive
mailbox.set-archive-name	priya.natarajan@alpineskihouse.com	rename the online archive for priya.natarajan@alpineskihouse.com to "Priya - Ski School History"
mailbox.set-archive-name	Kwame Mensah	Kwame Mensah wants his archive mailbox to be named "Kwame Old Mail"
mailbox.set-audit	Victor Almeida,Ingrid Solberg	turn on mailbox auditing for Victor Almeida and Ingrid Solberg
mailbox.set-audit	rafael.ortiz@alpineskihouse.com	make sure audit logging is enabled on rafael.ortiz@alpineskihouse.com's mailbox
mailbox.set-audit	qa-test@alpineskihouse.com	disable mailbox audit logging on qa-test@alpineskihouse.com, it's just a test box
mailbox.set-audit	Nadia Haddad	compliance ticket 2208: enable mailbox audit for Nadia Haddad
mailbox.set-regional-settings	Jakob Eriksen	change the language on Jakob Eriksen's mailbox to Norwegian (nb-NO)
mailbox.set-regional-settings	lucia.ferreira@alpineskihouse.com	set lucia.ferreira@alpineskihouse.com's mailbox time zone to W. Europe Standard Time and language to pt-PT
mailbox.set-regional-settings	Amara Nwosu	Amara Nwosu's Outlook folders are in French, set her mailbox language to en-GB and localize the folder names
mailbox.set-regional-settings	yuki.tanaka@alpineskihouse.com	yuki.tanaka@alpineskihouse.com: mailbox regional settings -> ja-JP, 24h time format
mobile-device.allow-quarantined		Rosa Delgado's new iPhone is stuck in Exchange quarantine, let it through
mobile-device.allow-quarantined		approve the quarantined mobile device for callum.reid@alpineskihouse.com
mobile-device.allow-quarantined		ticket 3021: Henrik Berg's Pixel got quarantined by ActiveSync, please allow it
mobile-device.allow-quarantined		allow the quarantined Android for amara.nwosu@alpineskihouse.com, device id androidc1234567
mobile-device.remove		remove Ruth Adeyemi's old Galaxy from Exchange
mobile-device.remove		delete the stale ActiveSync partnership for grace.okafor@alpineskihouse.com's old iPad
mobile-device.remove		clean up the old mobile device partnerships on tomas.lindqvist@alpineskihouse.com's mailbox, he replaced his phone
mobile-device.remove		HR ticket: Liam Foster left, remove his personal phone from mailbox sync (no wipe)
mobile-device.wipe		Owen Price lost his phone on the chairlift, wipe it
mobile-device.wipe		remote wipe sam.whitfield@alpineskihouse.com's company iPhone through Exchange ActiveSync
mobile-device.wipe		security ticket 4419: account-only wipe of Chloe Martin's Android
mobile-device.wipe		factory reset the lost iPad that syncs with kwame.mensah@alpineskihouse.com's mailbox
none		thanks, that sorted it
none		morning all
none		is the GAL sync running slow today or is it just me?
none		Outlook keeps asking me for my password, ugh
none		brb lunch
none		what's the difference between send as and send on behalf?
none		what's the weather like up at the summit today?
none		nice, the forwarding works now
none		how long do deleted mailboxes stay recoverable again?
none		ok never mind, Grace sorted it out herself
none		lol the snow cams are down again
none		who's on call this weekend?
none		thx for the help earlier with the DL
none		hold on, checking with the requester first
none		is there a limit on how many members a distribution list can have?
none		can you order more toner for the printer in the rental shop?
`,
);
