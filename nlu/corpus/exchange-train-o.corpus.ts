import { corpusSet } from './corpus-set';

/** Exchange Online requests: firstupconsultants.com, the situation first and the ask after it, written as training data. */
export const EXCHANGE_TRAIN_O = corpusSet(
  'exchange-train-o',
  `action	targets	text
distribution-group.add-members	audit-team@firstupconsultants.com	Priya Nair just joined the audit practice. Please add priya.nair@firstupconsultants.com to audit-team@firstupconsultants.com.
distribution-group.add-members	consult-leads@firstupconsultants.com	new engagement leads starting monday, can you put tomasz.wolski@firstupconsultants.com and hana.oda@firstupconsultants.com on consult-leads@firstupconsultants.com
distribution-group.add-members	Denver Office	ticket 4471: user moved to Denver, add rafael.costa@firstupconsultants.com to the Denver Office DL
distribution-group.add-members	events@firstupconsultants.com	shes helping with the offsite so add greta.lind@firstupconsultants.com to the events@firstupconsultants.com distribution list pls
distribution-group.create		we're kicking off a tax advisory practice. Need a new distribution list called Tax Advisory, alias tax-advisory, owner omar.haddad@firstupconsultants.com
distribution-group.create		for the new client onboarding workflow can u create a DL named Client Onboarding
distribution-group.create		ticket 5120: HR wants a distribution group for all people managers, call it People Managers, owned by ines.moreau@firstupconsultants.com
distribution-group.create		partners keep cc'ing each other one by one, please set up a distribution group partners-all@firstupconsultants.com
distribution-group.edit	bd-pipeline@firstupconsultants.com	the business dev team rebranded. Please rename bd-pipeline@firstupconsultants.com to Growth Pipeline
distribution-group.edit	alerts@firstupconsultants.com	we're getting spam through it, so set alerts@firstupconsultants.com to only accept mail from internal senders
distribution-group.edit	projects-emea@firstupconsultants.com	Nadia took over the EMEA projects list, change the owner of projects-emea@firstupconsultants.com DL to nadia.petrov@firstupconsultants.com
distribution-group.edit	social-club@firstupconsultants.com	social-club@firstupconsultants.com shows up in the GAL and confuses clients, hide the DL from the address list
distribution-group.grant-send-permissions	clients-news@firstupconsultants.com	Leona sends the monthly client newsletter now. Give leona.brandt@firstupconsultants.com send as on the clients-news@firstupconsultants.com DL
distribution-group.grant-send-permissions	recruiting@firstupconsultants.com	so replies look like they come from the team, grant kwame.asante@firstupconsultants.com send on behalf on recruiting@firstupconsultants.com distribution group
distribution-group.grant-send-permissions	all-staff@firstupconsultants.com	ticket 6633 - comms intern needs to send announcements as all-staff@firstupconsultants.com, add send-as rights for jonah.fields@firstupconsultants.com on that DL
distribution-group.grant-send-permissions	helpdesk-notify@firstupconsultants.com	grant sendas on the helpdesk-notify@firstupconsultants.com group to svc-ticketing@firstupconsultants.com
distribution-group.remove	project-zephyr@firstupconsultants.com	Project Zephyr wrapped up last quarter. please delete the project-zephyr@firstupconsultants.com distribution list
distribution-group.remove	interns-2024@firstupconsultants.com	the internship program ended, remove DL interns-2024@firstupconsultants.com
distribution-group.remove	Old Boston Office	we closed the office in boston, can you get rid of the Old Boston Office distribution group
distribution-group.remove	test-dl@firstupconsultants.com,temp-list@firstupconsultants.com	cleanup: delete the DLs test-dl@firstupconsultants.com and temp-list@firstupconsultants.com, both unused
distribution-group.remove-delegation	clients-news@firstupconsultants.com	Leona moved to finance and shouldn't send the newsletter anymore. Remove leona.brandt@firstupconsultants.com's send as on clients-news@firstupconsultants.com
distribution-group.remove-delegation	all-staff@firstupconsultants.com	intern contract is over, revoke jonah.fields@firstupconsultants.com send-as permission for the all-staff@firstupconsultants.com DL
distribution-group.remove-delegation	recruiting@firstupconsultants.com	ticket 7002: pull kwame.asante@firstupconsultants.com's send on behalf rights from the recruiting@firstupconsultants.com distribution group
distribution-group.remove-delegation	partners-all@firstupconsultants.com	security review flagged it, so strip all send as / send on behalf delegations on partners-all@firstupconsultants.com
distribution-group.remove-members	consult-leads@firstupconsultants.com	Tomasz stepped down as a lead. Take tomasz.wolski@firstupconsultants.com off consult-leads@firstupconsultants.com
distribution-group.remove-members	Denver Office	rafael moved back to HQ, remove rafael.costa@firstupconsultants.com from the Denver Office DL
distribution-group.remove-members	events@firstupconsultants.com	offsite is done so pls remove greta.lind@firstupconsultants.com and paulo.reis@firstupconsultants.com from events@firstupconsultants.com distribution list
distribution-group.remove-members	audit-team@firstupconsultants.com	ticket 3390 leaver cleanup: drop priya.nair@firstupconsultants.com from the audit-team@firstupconsultants.com group membership
mail-contact.create	m.okafor@brightlane.io	we're working with Brightlane on the rollout. Please add an external contact for Michael Okafor, m.okafor@brightlane.io
mail-contact.create	invoices@harborfreight-logistics.com	so finance can pick it from the address book, create a mail contact for invoices@harborfreight-logistics.com
mail-contact.create	sofia.lund@nordvik.se	new vendor contact: Sofia Lund, sofia.lund@nordvik.se, pls add her to the GAL
mail-contact.create	legal@crestmoor-law.com	ticket 5581 - our outside counsel needs to be in the GAL, create contact legal@crestmoor-law.com
mail-contact.edit	m.okafor@brightlane.io	Michael got promoted. Update the title on contact m.okafor@brightlane.io to Director of Delivery
mail-contact.edit	sofia.lund@nordvik.se	nordvik renamed themselves, change company on the sofia.lund@nordvik.se mail contact to Nordvik Group AB
mail-contact.edit	legal@crestmoor-law.com	the display name looks wrong in the GAL, change external contact legal@crestmoor-law.com to show as Crestmoor Legal
mail-contact.edit	ap@tidewater-supply.com	vendor's phone number changed, update it on the ap@tidewater-supply.com contact to +1 503 555 0142
mail-contact.remove	invoices@harborfreight-logistics.com	we ended the contract with Harbor Freight. remove the contact invoices@harborfreight-logistics.com
mail-contact.remove	d.kraus@altmann-partners.de	Dieter left Altmann, delete external contact d.kraus@altmann-partners.de from the GAL
mail-contact.remove	sales@quillpoint.co,info@quillpoint.co	no more business with quillpoint, pls delete mail contacts sales@quillpoint.co and info@quillpoint.co
mail-contact.remove	Jorge Medina	ticket 6120: Jorge Medina from the old printing vendor is still in the address book, remove that mail contact
mail-user.create	elena.sato@brightlane.io	Elena is contracting for us for 6 months and needs to be in the GAL. create a mail user for elena.sato@brightlane.io
mail-user.create	raj.menon@corvid-analytics.com	for the data project, set up a mail-enabled user for our consultant raj.menon@corvid-analytics.com
mail-user.create	b.ferreira@outpost-studio.com	ticket 4820 new contractor Bruno Ferreira, external address b.ferreira@outpost-studio.com, needs a mail user pls
mail-user.create	temp.audit@kestrelcpa.com	external auditors start next week. mail user pls for temp.audit@kestrelcpa.com
mail-user.edit	elena.contractor@firstupconsultants.com	Elena's agency changed her email. Update the external address on mail user elena.contractor@firstupconsultants.com to elena.sato@brightlane-global.io
mail-user.edit	raj.ext@firstupconsultants.com	contract extended, change the display name of mail user raj.ext@firstupconsultants.com to Raj Menon (Corvid)
mail-user.edit	auditor1@firstupconsultants.com	ticket 5902: mail user auditor1@firstupconsultants.com should be hidden from the address list, please update it
mail-user.edit	bruno.ext@firstupconsultants.com	bruno now goes by his agency address, set external email on the bruno.ext@firstupconsultants.com mail user to bruno@outpost.studio
mail-user.remove	raj.ext@firstupconsultants.com	the Corvid engagement finished on friday. pls remove the mail user raj.ext@firstupconsultants.com
mail-user.remove	auditor1@firstupconsultants.com,auditor2@firstupconsultants.com	audit's done so delete mail users auditor1@firstupconsultants.com and auditor2@firstupconsultants.com
mail-user.remove	bruno.ext@firstupconsultants.com	contract ended early, get rid of bruno.ext@firstupconsultants.com mail-enabled user
mail-user.remove	Elena Sato	ticket 7311: contractor offboarding, delete the mail user for Elena Sato
mailbox.add-delegates	bookings@firstupconsultants.com	the front desk is short staffed, so bookings@firstupconsultants.com needs more delegates: add hana.oda@firstupconsultants.com and liam.keane@firstupconsultants.com with full access
mailbox.add-delegates	ceo-office@firstupconsultants.com,board@firstupconsultants.com	new EA starting, can you add delegates to ceo-office@firstupconsultants.com and board@firstupconsultants.com mailboxes, marta.silva@firstupconsultants.com full access + send as
mailbox.add-delegates	support@firstupconsultants.com	ticket 3311: support@firstupconsultants.com needs more delegates for the holiday rush, add ben.okoro@firstupconsultants.com, yuki.tanaka@firstupconsultants.com and ana.ruiz@firstupconsultants.com
mailbox.add-delegates	invoices@firstupconsultants.com	since AP is taking over invoices, add the AP folks as delegates to the invoices@firstupconsultants.com mailbox
mailbox.add-users-as-delegates	bookings@firstupconsultants.com	liam is covering reception now. Make liam.keane@firstupconsultants.com a delegate on bookings@firstupconsultants.com with full access and send as
mailbox.add-users-as-delegates	omar.haddad@firstupconsultants.com	omar's on sick leave for a month, so make ines.moreau@firstupconsultants.com a delegate on omar.haddad@firstupconsultants.com mailbox
mailbox.add-users-as-delegates	support@firstupconsultants.com,sales@firstupconsultants.com	ticket 4012 - new team lead yuki.tanaka@firstupconsultants.com needs to be a delegate on support@firstupconsultants.com and sales@firstupconsultants.com, full access
mailbox.add-users-as-delegates	Nadia Petrov	kwame is nadia's new assistant. give kwame.asante@firstupconsultants.com delegate access (full access + send on behalf) to Nadia Petrov's mailbox
mailbox.assign-contacts-folder-delegate	omar.haddad@firstupconsultants.com	Omar's assistant maintains his client list. Give marta.silva@firstupconsultants.com editor rights on omar.haddad@firstupconsultants.com's contacts folder
mailbox.assign-contacts-folder-delegate	ceo@firstupconsultants.com	so she can look up numbers for him, grant liam.keane@firstupconsultants.com reviewer access to the contacts folder in ceo@firstupconsultants.com
mailbox.assign-contacts-folder-delegate	sales@firstupconsultants.com	ticket 5567: ben.okoro@firstupconsultants.com needs to edit contacts in the sales@firstupconsultants.com mailbox, make him a contacts folder delegate
mailbox.assign-contacts-folder-delegate	Greta Lind	greta's on leave and paulo maintains her vendor contacts, give paulo.reis@firstupconsultants.com author access to Greta Lind's contacts
mailbox.configure-auto-reply	hana.oda@firstupconsultants.com	Hana is on maternity leave from March 3 to August 29. Please set an out of office on hana.oda@firstupconsultants.com pointing people to yuki.tanaka@firstupconsultants.com
mailbox.configure-auto-reply	paulo.reis@firstupconsultants.com	paulo left the firm, set an auto reply on paulo.reis@firstupconsultants.com saying to contact support@firstupconsultants.com instead
mailbox.configure-auto-reply	tomasz.wolski@firstupconsultants.com	he forgot to turn it on before his flight. set OOO for tomasz.wolski@firstupconsultants.com until the 14th, internal and external
mailbox.configure-auto-reply	support@firstupconsultants.com	ticket 6201 - office closed over the holidays, turn on automatic replies for support@firstupconsultants.com from Dec 24 through Jan 2
mailbox.convert-to-shared	paulo.reis@firstupconsultants.com	Paulo's last day was friday and the team still needs his mail. Convert paulo.reis@firstupconsultants.com to a shared mailbox and free up the license
mailbox.convert-to-shared	greta.lind@firstupconsultants.com	leaver ticket 7719: turn greta.lind@firstupconsultants.com's mailbox into a shared one
mailbox.convert-to-shared	Dieter Brandt	we want to keep Dieter Brandt's mailbox without paying for a license, convert it to shared pls
mailbox.convert-to-shared	old.sales@firstupconsultants.com,old.hr@firstupconsultants.com	license cleanup: convert old.sales@firstupconsultants.com and old.hr@firstupconsultants.com to shared mailboxes
mailbox.copy-permissions-from	sam.whitley@firstupconsultants.com	Sam is replacing Omar as practice lead. sam.whitley@firstupconsultants.com needs the same mailbox access, copy permissions from omar.haddad@firstupconsultants.com
mailbox.copy-permissions-from	noor.khalil@firstupconsultants.com	new EA starts tomorrow. for noor.khalil@firstupconsultants.com, copy all mailbox permissions from marta.silva@firstupconsultants.com
mailbox.copy-permissions-from	ben.okoro@firstupconsultants.com,ana.ruiz@firstupconsultants.com	ticket 4488: ben.okoro@firstupconsultants.com and ana.ruiz@firstupconsultants.com join support, copy their mailbox perms from yuki.tanaka@firstupconsultants.com
mailbox.copy-permissions-from	Liam Keane	Liam Keane is taking over reception, he should get the mailbox permissions copied from hana.oda@firstupconsultants.com
mailbox.copy-permissions-to	marta.silva@firstupconsultants.com	Noor is shadowing Marta this month. Copy marta.silva@firstupconsultants.com's mailbox permissions over to noor.khalil@firstupconsultants.com
mailbox.copy-permissions-to	yuki.tanaka@firstupconsultants.com	to save time, mirror yuki.tanaka@firstupconsultants.com's mailbox access onto ben.okoro@firstupconsultants.com and ana.ruiz@firstupconsultants.com
mailbox.copy-permissions-to	omar.haddad@firstupconsultants.com	ticket 5003 - take omar.haddad@firstupconsultants.com's mailbox permissions and apply them to sam.whitley@firstupconsultants.com
mailbox.copy-permissions-to	Hana Oda	whatever mailbox access Hana Oda has, copy it over to liam.keane@firstupconsultants.com pls
mailbox.create		We have a new analyst starting Monday. Please create a mailbox for Carla Mendes, carla.mendes@firstupconsultants.com
mailbox.create		new hire ticket 3801: user mailbox needed for Theo Lambert
mailbox.create		since the service desk hire got approved, can you set up a mailbox for Aisha Bello
mailbox.create		new starter in consulting, Felix Brandt. create his exchange mailbox felix.brandt@firstupconsultants.com pls
mailbox.create-resource		We just finished the 4th floor fitout. Please create a room mailbox for Harbor Room, capacity 10
mailbox.create-resource		so people can book the new demo laptop, set up an equipment mailbox called Demo Laptop 2
mailbox.create-resource		ticket 6610: new room mailbox for the Denver training room, 24 seats
mailbox.create-resource		we bought a pool car, need a bookable resource mailbox for it, Pool Car - Tesla
mailbox.create-shared		Clients keep emailing individuals about invoices. Please set up a shared mailbox billing@firstupconsultants.com
mailbox.create-shared		for the new careers page we need a shared inbox called Careers, careers@firstupconsultants.com
mailbox.create-shared		ticket 4725 - create shared mailbox for the ESG practice, esg@firstupconsultants.com
mailbox.create-shared		the events team wants one inbox they all work out of, spin up a shared mailbox named Events Desk
mailbox.edit	felix.brandt@firstupconsultants.com	Felix changed departments. Update the department on felix.brandt@firstupconsultants.com to Strategy and his title to Senior Consultant
mailbox.edit	carla.mendes@firstupconsultants.com	carla got married, change the display name on carla.mendes@firstupconsultants.com to Carla Mendes-Ortiz
mailbox.edit	svc-scanner@firstupconsultants.com	nobody should be picking it in Outlook, hide svc-scanner@firstupconsultants.com from the GAL
mailbox.edit	theo.lambert@firstupconsultants.com	ticket 5230: add smtp alias tlambert@firstupconsultants.com to theo.lambert@firstupconsultants.com's mailbox
mailbox.edit-equipment	demo-laptop2@firstupconsultants.com	People keep double booking it. Make equipment mailbox demo-laptop2@firstupconsultants.com auto-decline conflicts
mailbox.edit-equipment	poolcar@firstupconsultants.com	so the car isn't booked for a week at a time, limit bookings on poolcar@firstupconsultants.com equipment mailbox to 8 hours max
mailbox.edit-equipment	projector-3@firstupconsultants.com	ticket 6902: projector-3@firstupconsultants.com should auto accept bookings, please update the equipment settings
mailbox.edit-equipment	Camera Kit A	facilities wants approvals now, set nadia.petrov@firstupconsultants.com as delegate approver on the Camera Kit A equipment mailbox
mailbox.edit-room	harbor-room@firstupconsultants.com	they added more chairs. Update the capacity on harbor-room@firstupconsultants.com to 14
mailbox.edit-room	boardroom@firstupconsultants.com	execs complained about recurring holds, disable recurring meetings on the boardroom@firstupconsultants.com room mailbox
mailbox.edit-room	training-den@firstupconsultants.com	ticket 7120 - training-den@firstupconsultants.com room should only accept bookings up to 90 days ahead
mailbox.edit-room	Quiet Room 2	the Quiet Room 2 room mailbox keeps showing the organizer as subject, pls fix the room settings so subject is kept
mailbox.edit-shared	billing@firstupconsultants.com	Finance wants a friendlier name. Rename the billing@firstupconsultants.com shared mailbox to Billing & Invoices
mailbox.edit-shared	careers@firstupconsultants.com	HR also advertises jobs@firstupconsultants.com, add it as an alias to the careers@firstupconsultants.com shared mailbox
mailbox.edit-shared	esg@firstupconsultants.com	ticket 5519: shared mailbox esg@firstupconsultants.com should be hidden from the address book for now
mailbox.edit-shared	support@firstupconsultants.com	so sent items land in the shared mailbox, turn on copy sent items for send as on shared mailbox support@firstupconsultants.com
mailbox.edit-type	boardroom-old@firstupconsultants.com	That mailbox was set up as a user by mistake. Change boardroom-old@firstupconsultants.com into a room mailbox
mailbox.edit-type	projector1@firstupconsultants.com	projector1@firstupconsultants.com is a regular mailbox, change its type to equipment so it can be booked
mailbox.edit-type	reception@firstupconsultants.com	ticket 6022 - reception@firstupconsultants.com was made shared by accident, switch it back to a user mailbox
mailbox.edit-type	van-booking@firstupconsultants.com	convert van-booking@firstupconsultants.com from a user mailbox to an equipment mailbox
mailbox.forward-to-recipient	paulo.reis@firstupconsultants.com	Paulo left and clients still email him. Forward paulo.reis@firstupconsultants.com's mail to Sam Whitley internally
mailbox.forward-to-recipient	hana.oda@firstupconsultants.com	while she's on leave, redirect hana.oda@firstupconsultants.com's email to yuki.tanaka@firstupconsultants.com and keep a copy in her mailbox
mailbox.forward-to-recipient	old.hr@firstupconsultants.com	ticket 3920: forward old.hr@firstupconsultants.com to the HR Team mailbox in the GAL
mailbox.forward-to-recipient	Dieter Brandt	fwd Dieter Brandt's mail to Ines Moreau pls
mailbox.forward-to-smtp	felix.brandt@firstupconsultants.com	Felix is seconded to a client and can only read their mail. Forward felix.brandt@firstupconsultants.com to felix.brandt@kestrelcpa.com, keep a copy
mailbox.forward-to-smtp	greta.lind@firstupconsultants.com	approved by legal: set external forwarding on greta.lind@firstupconsultants.com to greta.lind@gmail.com for 2 weeks
mailbox.forward-to-smtp	press@firstupconsultants.com	ticket 6407 - our PR agency handles press now, forward press@firstupconsultants.com to inbox@redkite-pr.com
mailbox.forward-to-smtp	carla.mendes@firstupconsultants.com	fwd carla.mendes@firstupconsultants.com to cmendes@outlook.com, no local copy
mailbox.grant-manager-full-access	paulo.reis@firstupconsultants.com	Paulo left on friday. His manager needs full access to paulo.reis@firstupconsultants.com's mailbox
mailbox.grant-manager-full-access	greta.lind@firstupconsultants.com	greta is out long term, give her manager full access to greta.lind@firstupconsultants.com
mailbox.grant-manager-full-access	theo.lambert@firstupconsultants.com,aisha.bello@firstupconsultants.com	ticket 8011 leavers: grant the line managers of theo.lambert@firstupconsultants.com and aisha.bello@firstupconsultants.com full access to their mailboxes
mailbox.grant-manager-full-access	Dieter Brandt	so clients aren't left hanging, Dieter Brandt's manager should get full mailbox access
mailbox.grant-send-on-behalf	omar.haddad@firstupconsultants.com	Marta handles Omar's scheduling. Let marta.silva@firstupconsultants.com send on behalf of omar.haddad@firstupconsultants.com
mailbox.grant-send-on-behalf	ceo@firstupconsultants.com	new EA needs it, grant noor.khalil@firstupconsultants.com send on behalf rights to ceo@firstupconsultants.com
mailbox.grant-send-on-behalf	nadia.petrov@firstupconsultants.com	ticket 3377: give kwame.asante@firstupconsultants.com send-on-behalf for nadia.petrov@firstupconsultants.com
mailbox.grant-send-on-behalf	Sam Whitley	so invites go out properly, allow liam.keane@firstupconsultants.com to send on behalf of Sam Whitley
mailbox.manage-archive	omar.haddad@firstupconsultants.com	Omar's mailbox is almost full. Please enable the online archive for omar.haddad@firstupconsultants.com
mailbox.manage-archive	svc-scanner@firstupconsultants.com	service accounts don't need it, disable the archive on svc-scanner@firstupconsultants.com
mailbox.manage-archive	ines.moreau@firstupconsultants.com,sam.whitley@firstupconsultants.com	ticket 4901 - turn on archiving for ines.moreau@firstupconsultants.com and sam.whitley@firstupconsultants.com
mailbox.manage-archive	nadia.petrov@firstupconsultants.com	her archive is full too, enable auto-expanding archive on nadia.petrov@firstupconsultants.com
mailbox.manage-litigation-hold	dieter.brandt@firstupconsultants.com	Legal has opened a dispute with a former client. Put dieter.brandt@firstupconsultants.com on litigation hold indefinitely
mailbox.manage-litigation-hold	felix.brandt@firstupconsultants.com,carla.mendes@firstupconsultants.com	per counsel, enable lit hold on felix.brandt@firstupconsultants.com and carla.mendes@firstupconsultants.com for 5 years
mailbox.manage-litigation-hold	paulo.reis@firstupconsultants.com	ticket 7440: case settled, remove the litigation hold from paulo.reis@firstupconsultants.com
mailbox.manage-litigation-hold	Greta Lind	before we convert it, place Greta Lind's mailbox on litigation hold pls
mailbox.manage-quota	ines.moreau@firstupconsultants.com	Ines keeps getting mailbox full warnings. Raise the quota on ines.moreau@firstupconsultants.com to 100GB
mailbox.manage-quota	support@firstupconsultants.com	support@firstupconsultants.com is nearly at the limit, bump its storage limits up
mailbox.manage-quota	theo.lambert@firstupconsultants.com	ticket 2290 - set issue warning at 45GB and prohibit send at 49GB for theo.lambert@firstupconsultants.com
mailbox.manage-quota	Omar Haddad	Omar Haddad can't send anything, mailbox is full. increase his quota pls
mailbox.manage-send-as	billing@firstupconsultants.com	Aisha now sends invoices to clients. Give aisha.bello@firstupconsultants.com send as on billing@firstupconsultants.com
mailbox.manage-send-as	careers@firstupconsultants.com	she moved out of HR, remove ana.ruiz@firstupconsultants.com's send-as permission on careers@firstupconsultants.com
mailbox.manage-send-as	esg@firstupconsultants.com	ticket 5678: grant sendas on the esg@firstupconsultants.com mailbox to felix.brandt@firstupconsultants.com and carla.mendes@firstupconsultants.com
mailbox.manage-send-as	ceo@firstupconsultants.com	so she can reply as the CEO, noor.khalil@firstupconsultants.com needs send as rights on ceo@firstupconsultants.com
mailbox.manage-services	svc-scanner@firstupconsultants.com	The scanner only needs SMTP. Disable OWA, ActiveSync, POP and IMAP on svc-scanner@firstupconsultants.com
mailbox.manage-services	felix.brandt@firstupconsultants.com	his client's mail app needs it, enable IMAP for felix.brandt@firstupconsultants.com
mailbox.manage-services	paulo.reis@firstupconsultants.com	ticket 7720 leaver: turn off OWA and mobile access (activesync) for paulo.reis@firstupconsultants.com
mailbox.manage-services	Aisha Bello	security wants legacy protocols gone, disable POP and IMAP on Aisha Bello's mailbox
mailbox.remove	old.hr@firstupconsultants.com	Everything was migrated to the new HR mailbox. Delete the old.hr@firstupconsultants.com mailbox
mailbox.remove	test.user1@firstupconsultants.com,test.user2@firstupconsultants.com	cleanup after the pilot: remove mailboxes test.user1@firstupconsultants.com and test.user2@firstupconsultants.com
mailbox.remove	dieter.brandt@firstupconsultants.com	ticket 8120 - retention period is over, please delete dieter.brandt@firstupconsultants.com's mailbox
mailbox.remove	Aisha Bello	the offer was withdrawn so remove Aisha Bello's mailbox
mailbox.remove-delegates	bookings@firstupconsultants.com	Liam went back to consulting. Remove him from the delegates on bookings@firstupconsultants.com, he's liam.keane@firstupconsultants.com
mailbox.remove-delegates	omar.haddad@firstupconsultants.com	omar is back from leave, take ines.moreau@firstupconsultants.com's delegate access off omar.haddad@firstupconsultants.com
mailbox.remove-delegates	support@firstupconsultants.com	ticket 6803: support@firstupconsultants.com has stale delegates, please clear out ben.okoro@firstupconsultants.com and ana.ruiz@firstupconsultants.com
mailbox.remove-delegates	ceo-office@firstupconsultants.com	audit found too many people with access, remove the old delegates from ceo-office@firstupconsultants.com
mailbox.remove-user-access	ana.ruiz@firstupconsultants.com	Ana moved from support to HR. Remove ana.ruiz@firstupconsultants.com's access to all the other mailboxes she had
mailbox.remove-user-access	marta.silva@firstupconsultants.com	marta's no longer an EA, revoke every mailbox permission marta.silva@firstupconsultants.com holds on other mailboxes, send as too
mailbox.remove-user-access	theo.lambert@firstupconsultants.com	ticket 8015 leaver: strip theo.lambert@firstupconsultants.com of all access to shared and other users' mailboxes
mailbox.remove-user-access	Ben Okoro	Ben Okoro changed teams, pull all his delegated mailbox rights
mailbox.set-archive-name	omar.haddad@firstupconsultants.com	Omar finds the default name confusing. Rename omar.haddad@firstupconsultants.com's archive to Omar - Archive
mailbox.set-archive-name	support@firstupconsultants.com	set the archive name on support@firstupconsultants.com to "Support History"
mailbox.set-archive-name	ines.moreau@firstupconsultants.com	ticket 5022: ines.moreau@firstupconsultants.com wants her online archive called Ines Old Mail
mailbox.set-archive-name	Nadia Petrov	to match the naming standard, change the archive name for Nadia Petrov to Archive - Nadia Petrov
mailbox.set-audit	ceo@firstupconsultants.com	The auditors need a trail of access to the CEO's mail. Turn on mailbox auditing for ceo@firstupconsultants.com
mailbox.set-audit	billing@firstupconsultants.com,invoices@firstupconsultants.com	for SOX, enable audit logging on billing@firstupconsultants.com and invoices@firstupconsultants.com
mailbox.set-audit	svc-scanner@firstupconsultants.com	ticket 6650 - disable mailbox audit on svc-scanner@firstupconsultants.com, it's flooding the logs
mailbox.set-audit	Sam Whitley	since he handles client funds, enable mailbox auditing on Sam Whitley's mailbox
mailbox.set-regional-settings	rafael.costa@firstupconsultants.com	Rafael moved to the Lisbon office. Set rafael.costa@firstupconsultants.com's mailbox language to Portuguese and time zone to GMT Standard Time
mailbox.set-regional-settings	yuki.tanaka@firstupconsultants.com	her calendar shows the wrong times, change the time zone on yuki.tanaka@firstupconsultants.com to Tokyo Standard Time
mailbox.set-regional-settings	ines.moreau@firstupconsultants.com	ticket 3450: ines.moreau@firstupconsultants.com wants OWA in French (fr-FR)
mailbox.set-regional-settings	Tomasz Wolski	tomasz relocated to warsaw, update regional settings for Tomasz Wolski to Polish, Central European time
mobile-device.allow-quarantined		Felix got a new phone and it's stuck in quarantine. Please allow felix.brandt@firstupconsultants.com's device
mobile-device.allow-quarantined		ticket 4402: approve the quarantined iPad for carla.mendes@firstupconsultants.com
mobile-device.allow-quarantined		she verified it's her Pixel, so release yuki.tanaka@firstupconsultants.com's quarantined phone
mobile-device.allow-quarantined		new phone can't sync mail, it's in quarantine. let theo.lambert@firstupconsultants.com's device through
mobile-device.remove		Omar upgraded and doesn't use the old one. Remove omar.haddad@firstupconsultants.com's old iPhone from Exchange
mobile-device.remove		ticket 5330: delete the stale ActiveSync partnership for ines.moreau@firstupconsultants.com's Galaxy
mobile-device.remove		she's hit the device limit, clear out the old mobile devices for nadia.petrov@firstupconsultants.com
mobile-device.remove		remove the retired iPad from sam.whitley@firstupconsultants.com's device list
mobile-device.wipe		Ben left his phone in a taxi last night. Wipe ben.okoro@firstupconsultants.com's phone asap
mobile-device.wipe		ticket 8802 stolen laptop and phone: remote wipe aisha.bello@firstupconsultants.com's iPhone
mobile-device.wipe		since paulo left with the company phone, do a full wipe of paulo.reis@firstupconsultants.com's mobile device
mobile-device.wipe		greta's android was lost abroad, wipe just the account data on greta.lind@firstupconsultants.com's device
none		thanks, that worked perfectly
none		what's the weather in Denver tomorrow?
none		how long does it usually take for a new mailbox to show up in the GAL?
none		is exchange online down right now? outlook keeps disconnecting
none		ugh, third password ticket today
none		can you book me a flight to Lisbon next week
none		morning! anyone else seeing slow Teams today?
none		what's the difference between a shared mailbox and a distribution list?
none		never mind, I sorted it myself
none		who approved the change window for saturday?
none		lol ok
none		can you order pizza for the team lunch
none		where do I find the license report in the admin center?
none		the printer on floor 3 is jammed again
none		remind me what our mailbox retention policy is?
none		good bot
`,
);
