import { corpusSet } from './corpus-set';

/** Exchange Online requests: blueyonderairlines.com, managers about their own people and team inboxes, written as training data. */
export const EXCHANGE_TRAIN_Q = corpusSet(
  'exchange-train-q',
  `action	targets	text
distribution-group.add-members	ops-leads@blueyonderairlines.com	please add my two new shift supervisors, kofi.mensah@blueyonderairlines.com and lena.brandt@blueyonderairlines.com, to ops-leads@blueyonderairlines.com
distribution-group.add-members	crew-scheduling@blueyonderairlines.com	my team's list crew-scheduling@blueyonderairlines.com is missing tariq.aziz@blueyonderairlines.com, can you put him on it
distribution-group.add-members	pilots-a320@blueyonderairlines.com	ticket 4471: add first officers r.okafor@blueyonderairlines.com and m.sato@blueyonderairlines.com to the pilots-a320@blueyonderairlines.com distribution group
distribution-group.add-members	Cabin Crew Updates	I just hired hana.kowalski@blueyonderairlines.com onto my crew, pls add her to the Cabin Crew Updates DL
distribution-group.create		I manage the new cargo desk, could you create a distribution list for my team called Cargo Desk, alias cargo-desk
distribution-group.create		new DL for the ground handling leads in Denver, name GH Leads DEN, owner carla.vance@blueyonderairlines.com
distribution-group.create		can u make a distro list named Fleet Tech Bulletins with me (dmitri.volkov@blueyonderairlines.com) as owner, my engineers need it
distribution-group.create		ticket 5120 - create distribution group "Loyalty Partners Internal", allow external senders: no
distribution-group.edit	ramp-ops@blueyonderairlines.com	our team list ramp-ops@blueyonderairlines.com should only accept mail from people inside the company, please lock it down
distribution-group.edit	baggage-claims@blueyonderairlines.com	our team list baggage-claims@blueyonderairlines.com has a confusing name, rename it to Baggage Claims Team
distribution-group.edit	my-team-hub@blueyonderairlines.com	I'm the owner of my-team-hub@blueyonderairlines.com, please make priya.nair@blueyonderairlines.com a co-owner of the DL too
distribution-group.edit	revenue-mgmt@blueyonderairlines.com	hide revenue-mgmt@blueyonderairlines.com DL from the address book pls
distribution-group.grant-send-permissions	crew-scheduling@blueyonderairlines.com	my assistant jonas.weber@blueyonderairlines.com needs send as on my team's list crew-scheduling@blueyonderairlines.com
distribution-group.grant-send-permissions	station-managers@blueyonderairlines.com	let ama.owusu@blueyonderairlines.com send on behalf of the station-managers@blueyonderairlines.com distribution list
distribution-group.grant-send-permissions	safety-alerts@blueyonderairlines.com	I want my deputy elif.demir@blueyonderairlines.com to be able to send as safety-alerts@blueyonderairlines.com when I'm out
distribution-group.grant-send-permissions	ops-leads@blueyonderairlines.com	grant send-as on DL ops-leads@blueyonderairlines.com to rafael.costa@blueyonderairlines.com
distribution-group.remove	gate-agents-old@blueyonderairlines.com	delete the gate-agents-old@blueyonderairlines.com DL, my team moved to a Teams channel ages ago
distribution-group.remove	holiday-party-2025@blueyonderairlines.com	I set up holiday-party-2025@blueyonderairlines.com for my team's party, it's over now so please remove the distribution group
distribution-group.remove	Fleet Tech Bulletins	we don't need the Fleet Tech Bulletins distribution list anymore, get rid of it
distribution-group.remove	temp-ord-project@blueyonderairlines.com	ticket 5233: decommission DL temp-ord-project@blueyonderairlines.com
distribution-group.remove-delegation	crew-scheduling@blueyonderairlines.com	jonas.weber@blueyonderairlines.com isn't my assistant anymore, pull his send as on crew-scheduling@blueyonderairlines.com
distribution-group.remove-delegation	station-managers@blueyonderairlines.com	remove send on behalf for ama.owusu@blueyonderairlines.com on the station-managers@blueyonderairlines.com DL
distribution-group.remove-delegation	safety-alerts@blueyonderairlines.com	my deputy elif.demir@blueyonderairlines.com should no longer send as safety-alerts@blueyonderairlines.com, revoke it pls
distribution-group.remove-delegation	pilots-a320@blueyonderairlines.com	revoke all send permissions that noah.fischer@blueyonderairlines.com has on the pilots-a320@blueyonderairlines.com distribution group
distribution-group.remove-members	ops-leads@blueyonderairlines.com	kofi.mensah@blueyonderairlines.com left my team, take him off ops-leads@blueyonderairlines.com
distribution-group.remove-members	pilots-a320@blueyonderairlines.com	one of my first officers, m.sato@blueyonderairlines.com, transferred to the 787 fleet, remove her from pilots-a320@blueyonderairlines.com
distribution-group.remove-members	ramp-ops@blueyonderairlines.com	please drop the two contractors sven.olsen@blueyonderairlines.com and bea.marquez@blueyonderairlines.com from our team list ramp-ops@blueyonderairlines.com
distribution-group.remove-members	Cabin Crew Updates	take hana.kowalski@blueyonderairlines.com out of the Cabin Crew Updates distribution list
mail-contact.create	luis.ferreira@skyportcatering.com	I work with our caterer a lot, pls add luis.ferreira@skyportcatering.com as an external contact in the GAL
mail-contact.create	ops@wingtipfuel.com	create a mail contact for Wingtip Fuel dispatch, ops@wingtipfuel.com
mail-contact.create	j.obrien@alpineground.com	ticket 5301 - new contact for our handling agent Jack O'Brien j.obrien@alpineground.com
mail-contact.create	bookings@lakeviewhotels.com	my crew planners need bookings@lakeviewhotels.com in the address book as a contact
mail-contact.edit	luis.ferreira@skyportcatering.com	update the phone on contact luis.ferreira@skyportcatering.com to +1 303 555 0147
mail-contact.edit	ops@wingtipfuel.com	my team can't find the ops@wingtipfuel.com mail contact, change its display name to Wingtip Fuel Dispatch
mail-contact.edit	Jack O'Brien	the contact Jack O'Brien has a new company name, Alpine Ground Services Ltd, please update it
mail-contact.edit	bookings@lakeviewhotels.com	my crew planners asked me to rename the bookings@lakeviewhotels.com contact to Lakeview Hotels Crew Bookings
mail-contact.remove	j.obrien@alpineground.com	we no longer use Alpine Ground, delete contact j.obrien@alpineground.com
mail-contact.remove	ops@wingtipfuel.com,fuel-desk@wingtipfuel.com	remove mail contacts ops@wingtipfuel.com and fuel-desk@wingtipfuel.com
mail-contact.remove	bookings@lakeviewhotels.com	my planners stopped using that hotel, pls delete the bookings@lakeviewhotels.com contact
mail-contact.remove	Luis Ferreira	take the external contact Luis Ferreira out of the address book
mail-user.create	anika.roy@aerolytics.io	create a mail user for the consultant on my team, anika.roy@aerolytics.io
mail-user.create	t.lindqvist@nordicmro.com	new mail-enabled user pls for contractor t.lindqvist@nordicmro.com, display name Tomas Lindqvist
mail-user.create	grace.ito@proseware.com	ticket 5412: mail user for auditor grace.ito@proseware.com, 3 month engagement
mail-user.create	kwame.boateng@fabrikam.com	I've got a contractor starting Monday, kwame.boateng@fabrikam.com, please set him up as a mail user
mail-user.edit	anika.roy@blueyonderairlines.com	change the external address of mail user anika.roy@blueyonderairlines.com to anika@aerolytics.io
mail-user.edit	t.lindqvist@blueyonderairlines.com	my contractor t.lindqvist@blueyonderairlines.com got married, update the mail user's last name to Berg
mail-user.edit	auditor2@blueyonderairlines.com	I'm sponsoring the auditor2@blueyonderairlines.com mail user, please update its display name to Proseware Audit
mail-user.edit	kwame.boateng@blueyonderairlines.com	add the extra address kwame.b@blueyonderairlines.com to mail user kwame.boateng@blueyonderairlines.com
mail-user.remove	anika.roy@blueyonderairlines.com	my consultant anika.roy@blueyonderairlines.com finished her contract, delete the mail user
mail-user.remove	t.lindqvist@blueyonderairlines.com	remove mail-enabled user t.lindqvist@blueyonderairlines.com
mail-user.remove	auditor2@blueyonderairlines.com,auditor3@blueyonderairlines.com	the audit my team hosted is done, remove mail users auditor2@blueyonderairlines.com and auditor3@blueyonderairlines.com
mail-user.remove	Kwame Boateng	get rid of the Kwame Boateng mail user, contract ended
mailbox.add-delegates	ops-support@blueyonderairlines.com	I need to add some delegates to our support mailbox ops-support@blueyonderairlines.com, full access and send as
mailbox.add-delegates	crewroster@blueyonderairlines.com,crewpay@blueyonderairlines.com	set up delegates on the crewroster@blueyonderairlines.com and crewpay@blueyonderairlines.com mailboxes pls
mailbox.add-delegates	Lost Luggage	I look after the Lost Luggage shared mailbox and need some more delegates added to it
mailbox.add-delegates		my team has a few mailboxes that need new delegates added, full access, let's get that going
mailbox.add-users-as-delegates	ops-support@blueyonderairlines.com	add my new hires ines.garcia@blueyonderairlines.com and yusuf.kaya@blueyonderairlines.com as delegates on our support mailbox ops-support@blueyonderairlines.com
mailbox.add-users-as-delegates	dmitri.volkov@blueyonderairlines.com	make my assistant sara.lind@blueyonderairlines.com a delegate on my mailbox dmitri.volkov@blueyonderairlines.com with full access
mailbox.add-users-as-delegates	crewroster@blueyonderairlines.com,crewpay@blueyonderairlines.com	add user tariq.aziz@blueyonderairlines.com as a delegate to crewroster@blueyonderairlines.com and crewpay@blueyonderairlines.com
mailbox.add-users-as-delegates	groupsales@blueyonderairlines.com	ticket 5520: delegate access for olga.petrova@blueyonderairlines.com on groupsales@blueyonderairlines.com, full access + send as
mailbox.assign-contacts-folder-delegate	dmitri.volkov@blueyonderairlines.com	give my assistant sara.lind@blueyonderairlines.com editor rights on my contacts folder, I'm dmitri.volkov@blueyonderairlines.com
mailbox.assign-contacts-folder-delegate	carla.vance@blueyonderairlines.com	I'm carla.vance@blueyonderairlines.com, share my contacts folder with my assistant ama.owusu@blueyonderairlines.com as reviewer
mailbox.assign-contacts-folder-delegate	ops-support@blueyonderairlines.com	our support mailbox ops-support@blueyonderairlines.com has a contacts folder the whole team uses, give ines.garcia@blueyonderairlines.com author access to it
mailbox.assign-contacts-folder-delegate	Rafael Costa	let priya.nair@blueyonderairlines.com edit Rafael Costa's contacts
mailbox.configure-auto-reply	ops-support@blueyonderairlines.com	set an auto reply on our support mailbox ops-support@blueyonderairlines.com saying we're closed over the holidays until Jan 2
mailbox.configure-auto-reply	lena.brandt@blueyonderairlines.com	one of my supervisors, lena.brandt@blueyonderairlines.com, is on maternity leave from today, please turn on her out of office
mailbox.configure-auto-reply	noah.fischer@blueyonderairlines.com	my engineer noah.fischer@blueyonderairlines.com is back from leave, turn off his OOO on noah.fischer@blueyonderairlines.com
mailbox.configure-auto-reply	m.sato@blueyonderairlines.com	set up an automatic reply for m.sato@blueyonderairlines.com from 10 to 24 March, external senders too
mailbox.convert-to-shared	kofi.mensah@blueyonderairlines.com	kofi.mensah@blueyonderairlines.com has left my team, convert his mailbox to shared so we can keep reading it
mailbox.convert-to-shared	bea.marquez@blueyonderairlines.com	bea.marquez@blueyonderairlines.com resigned from my team last week, convert her to a shared mailbox and free up the license
mailbox.convert-to-shared	groupsales-old@blueyonderairlines.com	our old team inbox groupsales-old@blueyonderairlines.com is still a user mailbox, make it shared pls
mailbox.convert-to-shared	Sven Olsen	Sven Olsen's contract ended, turn his mailbox into a shared one
mailbox.copy-permissions-from	yusuf.kaya@blueyonderairlines.com	my new hire yusuf.kaya@blueyonderairlines.com should get the same mailbox access as ines.garcia@blueyonderairlines.com, copy it from her
mailbox.copy-permissions-from	lena.brandt@blueyonderairlines.com,tariq.aziz@blueyonderairlines.com	for lena.brandt@blueyonderairlines.com and tariq.aziz@blueyonderairlines.com, copy mailbox permissions from carla.vance@blueyonderairlines.com
mailbox.copy-permissions-from	sara.lind@blueyonderairlines.com	sara.lind@blueyonderairlines.com is my new assistant, give her the same mailbox permissions my old assistant jonas.weber@blueyonderairlines.com had
mailbox.copy-permissions-from	olga.petrova@blueyonderairlines.com	ticket 5609: olga.petrova@blueyonderairlines.com needs mailbox perms cloned from rafael.costa@blueyonderairlines.com
mailbox.copy-permissions-to	ines.garcia@blueyonderairlines.com	copy ines.garcia@blueyonderairlines.com's mailbox permissions to yusuf.kaya@blueyonderairlines.com, he's joining my team
mailbox.copy-permissions-to	carla.vance@blueyonderairlines.com	mirror carla.vance@blueyonderairlines.com's mailbox access onto lena.brandt@blueyonderairlines.com and tariq.aziz@blueyonderairlines.com
mailbox.copy-permissions-to	jonas.weber@blueyonderairlines.com	take the mailbox permissions jonas.weber@blueyonderairlines.com had as my assistant and copy them over to sara.lind@blueyonderairlines.com
mailbox.copy-permissions-to	rafael.costa@blueyonderairlines.com	replicate all mailbox permissions from rafael.costa@blueyonderairlines.com to olga.petrova@blueyonderairlines.com pls
mailbox.create		I have a new dispatcher starting Monday, Marta Silva, can you create her a mailbox, marta.silva@blueyonderairlines.com
mailbox.create		new user mailbox for Ben Adeyemi please
mailbox.create		ticket 5702 - create mailbox for new starter Chloe Park, chloe.park@blueyonderairlines.com, Denver station
mailbox.create		pls create a regular user mailbox for my new team lead hire, Ravi Menon
mailbox.create-resource		we need a room mailbox for the new briefing room B2, capacity 10
mailbox.create-resource		set up an equipment mailbox for my team's spare headset kit
mailbox.create-resource		create a resource mailbox for Crew Lounge Meeting Room, seats 6
mailbox.create-resource		ticket 5715: new equipment mailbox "Tug Simulator" for training bookings
mailbox.create-shared		my team needs a shared inbox for irregular ops, irops@blueyonderairlines.com please
mailbox.create-shared		create a shared mailbox called Charter Sales
mailbox.create-shared		can you spin up a shared mailbox for our new support line, name Cargo Support, address cargosupport@blueyonderairlines.com
mailbox.create-shared		ticket 5730 new shared mailbox accessibility@blueyonderairlines.com for the special assistance team
mailbox.edit	marta.silva@blueyonderairlines.com	hide my dispatcher marta.silva@blueyonderairlines.com from the GAL, she's on a secondment
mailbox.edit	ben.adeyemi@blueyonderairlines.com	my new guy goes by B, add an alias b.adeyemi@blueyonderairlines.com to ben.adeyemi@blueyonderairlines.com's mailbox
mailbox.edit	chloe.park@blueyonderairlines.com	set a mailtip on chloe.park@blueyonderairlines.com saying she's on night shifts and replies slowly
mailbox.edit	Ravi Menon	update Ravi Menon's mailbox display name to Ravi Menon (Ops Lead)
mailbox.edit-equipment	headsets@blueyonderairlines.com	our team's equipment mailbox headsets@blueyonderairlines.com should auto accept bookings
mailbox.edit-equipment	tugsim@blueyonderairlines.com	my trainees keep hogging tugsim@blueyonderairlines.com, limit the equipment bookings to 2 hours max
mailbox.edit-equipment	projector-den@blueyonderairlines.com	equipment mailbox projector-den@blueyonderairlines.com: don't allow conflicts, and make the booking window 60 days
mailbox.edit-equipment	Spare Headset Kit	make my team lead ines.garcia@blueyonderairlines.com the resource delegate for the Spare Headset Kit equipment mailbox
mailbox.edit-room	briefingb2@blueyonderairlines.com	set the capacity of room briefingb2@blueyonderairlines.com to 12, we added chairs
mailbox.edit-room	crewlounge@blueyonderairlines.com	crewlounge@blueyonderairlines.com meeting room: allow recurring meetings and 90 day booking window
mailbox.edit-room	boardroom@blueyonderairlines.com	add me, carla.vance@blueyonderairlines.com, as a booking delegate on the boardroom@blueyonderairlines.com room so I can approve requests
mailbox.edit-room	Hangar 3 Training Room	change the Hangar 3 Training Room so it auto-declines meetings longer than 4 hours
mailbox.edit-shared	irops@blueyonderairlines.com	add the alias disruptions@blueyonderairlines.com to our shared mailbox irops@blueyonderairlines.com
mailbox.edit-shared	cargosupport@blueyonderairlines.com	we rebranded our team, rename the shared mailbox cargosupport@blueyonderairlines.com to Cargo Customer Support
mailbox.edit-shared	ops-support@blueyonderairlines.com	apply the Ops 2 Year retention policy to our shared support mailbox ops-support@blueyonderairlines.com
mailbox.edit-shared	Charter Sales	update the display name of shared mailbox Charter Sales to Charter & Group Sales
mailbox.edit-type	groupsales@blueyonderairlines.com	switch groupsales@blueyonderairlines.com from shared back to a regular user mailbox
mailbox.edit-type	trainingcart@blueyonderairlines.com	change the mailbox type of trainingcart@blueyonderairlines.com to equipment, it's actually a projector cart not a room
mailbox.edit-type	sara.lind@blueyonderairlines.com	my assistant's mailbox sara.lind@blueyonderairlines.com got created as shared by mistake, change its type to user
mailbox.edit-type	simroom2@blueyonderairlines.com	convert simroom2@blueyonderairlines.com from an equipment mailbox to a room
mailbox.forward-to-recipient	kofi.mensah@blueyonderairlines.com	kofi.mensah@blueyonderairlines.com left my team, redirect his email to me, Carla Vance
mailbox.forward-to-recipient	noah.fischer@blueyonderairlines.com	forward noah.fischer@blueyonderairlines.com's mail to Elif Demir internally, keep a copy in his mailbox
mailbox.forward-to-recipient	lena.brandt@blueyonderairlines.com	while my supervisor lena.brandt@blueyonderairlines.com is on leave, forward her emails to tariq.aziz@blueyonderairlines.com
mailbox.forward-to-recipient	Olga Petrova	forward Olga Petrova's mailbox to Rafael Costa, no local copy
mailbox.forward-to-smtp	bea.marquez@blueyonderairlines.com	forward bea.marquez@blueyonderairlines.com's email to bea.marquez@outlook.com and keep a copy
mailbox.forward-to-smtp	sven.olsen@blueyonderairlines.com	set up external forwarding on sven.olsen@blueyonderairlines.com to sven@olsenconsulting.no
mailbox.forward-to-smtp	groupsales@blueyonderairlines.com	our team inbox groupsales@blueyonderairlines.com needs to forward to our agency partner at sales@skyhightravel.com
mailbox.forward-to-smtp	t.okoro@blueyonderairlines.com	ticket 5801: forward t.okoro@blueyonderairlines.com to external address tobi.okoro@gmail.com
mailbox.grant-manager-full-access	kofi.mensah@blueyonderairlines.com	I'm kofi.mensah@blueyonderairlines.com's manager, he's gone, please give me full access to his mailbox
mailbox.grant-manager-full-access	bea.marquez@blueyonderairlines.com,sven.olsen@blueyonderairlines.com	grant the managers of bea.marquez@blueyonderairlines.com and sven.olsen@blueyonderairlines.com full access to their mailboxes
mailbox.grant-manager-full-access	noah.fischer@blueyonderairlines.com	noah.fischer@blueyonderairlines.com is off sick long term, I'm his manager and need full access to his mailbox
mailbox.grant-manager-full-access	Marta Silva	give Marta Silva's line manager full access to her mailbox
mailbox.grant-send-on-behalf	dmitri.volkov@blueyonderairlines.com	let my assistant sara.lind@blueyonderairlines.com send on behalf of me, dmitri.volkov@blueyonderairlines.com
mailbox.grant-send-on-behalf	carla.vance@blueyonderairlines.com	grant ama.owusu@blueyonderairlines.com send on behalf rights on carla.vance@blueyonderairlines.com
mailbox.grant-send-on-behalf	ops-support@blueyonderairlines.com	my team lead ines.garcia@blueyonderairlines.com needs send on behalf on our support mailbox ops-support@blueyonderairlines.com
mailbox.grant-send-on-behalf	Priya Nair	Priya Nair's PA yusuf.kaya@blueyonderairlines.com should be able to send on her behalf
mailbox.manage-archive	dmitri.volkov@blueyonderairlines.com	my mailbox dmitri.volkov@blueyonderairlines.com is almost full, please turn on my online archive
mailbox.manage-archive	carla.vance@blueyonderairlines.com,lena.brandt@blueyonderairlines.com	enable archiving for my supervisors carla.vance@blueyonderairlines.com and lena.brandt@blueyonderairlines.com
mailbox.manage-archive	irops@blueyonderairlines.com	turn on auto-expanding archive for the irops@blueyonderairlines.com mailbox
mailbox.manage-archive	bea.marquez@blueyonderairlines.com	disable the online archive on bea.marquez@blueyonderairlines.com, my team already exported it
mailbox.manage-litigation-hold	kofi.mensah@blueyonderairlines.com	HR asked me to make sure kofi.mensah@blueyonderairlines.com's mailbox goes on litigation hold before anything is deleted
mailbox.manage-litigation-hold	sven.olsen@blueyonderairlines.com	put sven.olsen@blueyonderairlines.com on lit hold for 5 years
mailbox.manage-litigation-hold	t.okoro@blueyonderairlines.com	legal cleared it, remove the litigation hold on t.okoro@blueyonderairlines.com
mailbox.manage-litigation-hold	groupsales@blueyonderairlines.com	enable litigation hold on our team inbox groupsales@blueyonderairlines.com for 10 years, comment: charter dispute
mailbox.manage-quota	ops-support@blueyonderairlines.com	our support mailbox ops-support@blueyonderairlines.com keeps hitting the size limit, can you raise the quota to 100GB
mailbox.manage-quota	marta.silva@blueyonderairlines.com	my dispatcher marta.silva@blueyonderairlines.com gets too many warnings, set her issue warning quota to 45GB
mailbox.manage-quota	sara.lind@blueyonderairlines.com	my assistant sara.lind@blueyonderairlines.com can't send email, mailbox full, please increase her quota
mailbox.manage-quota	Ben Adeyemi	set Ben Adeyemi's prohibit send and receive limit to 50 GB
mailbox.manage-send-as	ops-support@blueyonderairlines.com	give my new hire yusuf.kaya@blueyonderairlines.com send as on our support mailbox ops-support@blueyonderairlines.com
mailbox.manage-send-as	irops@blueyonderairlines.com	remove send-as for noah.fischer@blueyonderairlines.com from the irops@blueyonderairlines.com mailbox
mailbox.manage-send-as	dmitri.volkov@blueyonderairlines.com	I want my assistant sara.lind@blueyonderairlines.com to send as me, my address is dmitri.volkov@blueyonderairlines.com
mailbox.manage-send-as	cargosupport@blueyonderairlines.com	ticket 5844 grant send as permission on cargosupport@blueyonderairlines.com to chloe.park@blueyonderairlines.com and ravi.menon@blueyonderairlines.com
mailbox.manage-services	marta.silva@blueyonderairlines.com	disable POP and IMAP on my dispatcher marta.silva@blueyonderairlines.com's mailbox
mailbox.manage-services	ben.adeyemi@blueyonderairlines.com	I need ActiveSync turned back on for my new starter ben.adeyemi@blueyonderairlines.com
mailbox.manage-services	ops-support@blueyonderairlines.com	switch off OWA for our support mailbox ops-support@blueyonderairlines.com, the team only uses Outlook desktop
mailbox.manage-services	Chloe Park	enable MAPI and EWS for Chloe Park's mailbox
mailbox.remove	kofi.mensah@blueyonderairlines.com	kofi.mensah@blueyonderairlines.com's data has been exported, delete his mailbox now
mailbox.remove	temp-hire1@blueyonderairlines.com,temp-hire2@blueyonderairlines.com	remove the mailboxes of temp-hire1@blueyonderairlines.com and temp-hire2@blueyonderairlines.com permanently
mailbox.remove	groupsales-old@blueyonderairlines.com	delete our old team mailbox groupsales-old@blueyonderairlines.com, nobody uses it
mailbox.remove	Sven Olsen	pls remove Sven Olsen's mailbox
mailbox.remove-delegates	ops-support@blueyonderairlines.com	our support mailbox ops-support@blueyonderairlines.com still has delegates who left my team, remove sven.olsen@blueyonderairlines.com and bea.marquez@blueyonderairlines.com
mailbox.remove-delegates	dmitri.volkov@blueyonderairlines.com	jonas.weber@blueyonderairlines.com is no longer my assistant, remove him as delegate on my mailbox dmitri.volkov@blueyonderairlines.com
mailbox.remove-delegates	crewroster@blueyonderairlines.com	clear out all delegates on our crew roster mailbox crewroster@blueyonderairlines.com, I'll re-add the right people
mailbox.remove-delegates	Lost Luggage	remove tariq.aziz@blueyonderairlines.com as a delegate from the Lost Luggage shared mailbox
mailbox.remove-user-access	jonas.weber@blueyonderairlines.com	jonas.weber@blueyonderairlines.com moved off my team, remove his access to all other mailboxes
mailbox.remove-user-access	noah.fischer@blueyonderairlines.com	my engineer noah.fischer@blueyonderairlines.com is leaving, revoke every mailbox permission he has on other people's mailboxes, send as too
mailbox.remove-user-access	bea.marquez@blueyonderairlines.com,sven.olsen@blueyonderairlines.com	strip all mailbox access held by bea.marquez@blueyonderairlines.com and sven.olsen@blueyonderairlines.com across the tenant
mailbox.remove-user-access	Tariq Aziz	Tariq Aziz changed roles, pull all his delegate rights on other mailboxes
mailbox.set-archive-name	dmitri.volkov@blueyonderairlines.com	name my archive "Dmitri - Archive", my mailbox is dmitri.volkov@blueyonderairlines.com
mailbox.set-archive-name	irops@blueyonderairlines.com	change the archive name for irops@blueyonderairlines.com to IROPS Archive 2025
mailbox.set-archive-name	carla.vance@blueyonderairlines.com	I'm carla.vance@blueyonderairlines.com, set my archive mailbox name to Carla Vance Old Mail
mailbox.set-archive-name	Lena Brandt	rename Lena Brandt's online archive to "Lena - Archive"
mailbox.set-audit	kofi.mensah@blueyonderairlines.com	please make sure mailbox auditing is on for kofi.mensah@blueyonderairlines.com, we're investigating something on my team
mailbox.set-audit	ops-support@blueyonderairlines.com,irops@blueyonderairlines.com	enable audit logging on our team mailboxes ops-support@blueyonderairlines.com and irops@blueyonderairlines.com
mailbox.set-audit	olga.petrova@blueyonderairlines.com	turn on mailbox audit for olga.petrova@blueyonderairlines.com, owner and delegate actions
mailbox.set-audit	Rafael Costa	enable auditing on Rafael Costa's mailbox pls
mailbox.set-regional-settings	ines.garcia@blueyonderairlines.com	my new hire ines.garcia@blueyonderairlines.com prefers Spanish, set her mailbox language to es-ES
mailbox.set-regional-settings	ops-support@blueyonderairlines.com	our support mailbox ops-support@blueyonderairlines.com shows the wrong time, set the time zone to Mountain Standard Time
mailbox.set-regional-settings	m.sato@blueyonderairlines.com	change m.sato@blueyonderairlines.com's mailbox language to Japanese and time zone to Tokyo Standard Time
mailbox.set-regional-settings	Lena Brandt	set Lena Brandt's mailbox locale to de-DE, date format dd.MM.yyyy
mobile-device.allow-quarantined		my assistant sara.lind@blueyonderairlines.com's new iPhone is stuck in quarantine, can you let it through
mobile-device.allow-quarantined		my new hire yusuf.kaya@blueyonderairlines.com has a phone in quarantine, approve it please
mobile-device.allow-quarantined		ines.garcia@blueyonderairlines.com's Android is blocked in quarantine, allow it pls
mobile-device.allow-quarantined		ticket 5901: release the quarantined phone for chloe.park@blueyonderairlines.com so she can sync mail
mobile-device.remove		remove my old Samsung from Exchange, I'm dmitri.volkov@blueyonderairlines.com
mobile-device.remove		delete the stale ActiveSync partnership for marta.silva@blueyonderairlines.com's old iPad
mobile-device.remove		one of my crew chiefs, tariq.aziz@blueyonderairlines.com, replaced his phone, please remove the old device from his mailbox
mobile-device.remove		clear the old mobile device entry for ben.adeyemi@blueyonderairlines.com
mobile-device.wipe		my agent lena.brandt@blueyonderairlines.com lost her work phone at the airport, wipe it
mobile-device.wipe		remote wipe sven.olsen@blueyonderairlines.com's iPhone, account data only
mobile-device.wipe		my supervisor carla.vance@blueyonderairlines.com's tablet got stolen, please do a full device wipe
mobile-device.wipe		ticket 5950 - wipe the mobile device of noah.fischer@blueyonderairlines.com, he left without returning it
none		morning all
none		thanks, that worked for my team
none		how long does it take for a new shared mailbox to show up in Outlook?
none		my inbox is so slow today, is Exchange having issues?
none		what's the weather like in Denver tomorrow
none		ok cool, cheers
none		can you book me a flight to Chicago next Tuesday
none		is there a way to see who has access to our support mailbox? just curious, no change needed
none		lol my team just discovered the meme channel
none		I'll check with my manager and get back to you
none		who's on call for IT this weekend?
none		never mind, sorted it myself
none		what's the difference between send as and send on behalf?
none		the printer on floor 3 is jammed again
none		how do I reset my own password?
none		brb, lunch
`,
);
