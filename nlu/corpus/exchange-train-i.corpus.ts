import { corpusSet } from './corpus-set';

/** Exchange Online requests: lamnahealthcare.com, relayed asks with reasons and questions, written as training data. */
export const EXCHANGE_TRAIN_I = corpusSet(
  'exchange-train-i',
  `action	targets	text
distribution-group.create		could you create a new distribution list called Night Shift Nurses? the ward manager wants one address for shift swaps
distribution-group.create		ticket 5521: HR is asking for a DL named Onboarding Coordinators, alias onboarding-coord, owner priya.nair@lamnahealthcare.com
distribution-group.create		is it possible to set up a distribution group for the Oncology Research team? they keep emailing people one by one
distribution-group.create		new dist list pls - Pharmacy Leads, owner kwame.asante@lamnahealthcare.com, because the pharmacy director asked for it
distribution-group.edit	cardiology-team@lamnahealthcare.com	can you change the display name of cardiology-team@lamnahealthcare.com to Cardiology Department? the dept head asked for it after the reorg
distribution-group.edit	it-alerts@lamnahealthcare.com	ticket 7730: it-alerts@lamnahealthcare.com is getting spam from outside, could we restrict the DL so only internal senders can post?
distribution-group.edit	night-shift@lamnahealthcare.com	could you make gideon.marsh@lamnahealthcare.com the owner of the night-shift@lamnahealthcare.com distribution group? his manager asked since the old owner left
distribution-group.edit	all-clinicians@lamnahealthcare.com	is it possible to hide all-clinicians@lamnahealthcare.com from the address book? compliance doesn't want it visible to everyone
distribution-group.remove	research-2023@lamnahealthcare.com	can you delete the research-2023@lamnahealthcare.com distribution list? the study ended and the PI confirmed nobody needs it
distribution-group.remove	temp-vaccine-clinic@lamnahealthcare.com	ticket 6104: please remove DL temp-vaccine-clinic@lamnahealthcare.com, the clinic closed last month
distribution-group.remove	westwing-staff@lamnahealthcare.com	could we get rid of the westwing-staff@lamnahealthcare.com distribution group? facilities says the west wing was merged into east
distribution-group.remove	old-billing-team@lamnahealthcare.com	delete distribution grp old-billing-team@lamnahealthcare.com pls, billing moved to a shared inbox
distribution-group.add-members	nursing-staff@lamnahealthcare.com	HR ticket 8812: new RN hana.kobayashi@lamnahealthcare.com starts Monday, can you add her to nursing-staff@lamnahealthcare.com?
distribution-group.add-members	cardiology-team@lamnahealthcare.com	could you add leon.duarte@lamnahealthcare.com and ada.okafor@lamnahealthcare.com to the cardiology-team@lamnahealthcare.com DL? their manager says they joined the team
distribution-group.add-members	night-shift@lamnahealthcare.com,it-alerts@lamnahealthcare.com	is it possible to put yusuf.demir@lamnahealthcare.com on both night-shift@lamnahealthcare.com and it-alerts@lamnahealthcare.com? he's covering on-call from next week
distribution-group.add-members	all-clinicians@lamnahealthcare.com	pls add Marisol Vega to all-clinicians@lamnahealthcare.com, she was missing the staff announcements
distribution-group.remove-members	nursing-staff@lamnahealthcare.com	HR says tomas.ekberg@lamnahealthcare.com transferred to admin, can you take him off nursing-staff@lamnahealthcare.com?
distribution-group.remove-members	cardiology-team@lamnahealthcare.com	could you remove felix.brandt@lamnahealthcare.com and carys.evans@lamnahealthcare.com from the cardiology-team@lamnahealthcare.com list? they rotated out
distribution-group.remove-members	it-alerts@lamnahealthcare.com	ticket 9021: remove omar.haddad@lamnahealthcare.com from it-alerts@lamnahealthcare.com, he's no longer on the infra team
distribution-group.remove-members	all-clinicians@lamnahealthcare.com	is it possible to drop the locum wren.callahan@lamnahealthcare.com from all-clinicians@lamnahealthcare.com? her contract ended friday
distribution-group.grant-send-permissions	all-clinicians@lamnahealthcare.com	can you give rhea.banerjee@lamnahealthcare.com send as on the all-clinicians@lamnahealthcare.com DL? she sends the weekly bulletin now
distribution-group.grant-send-permissions	nursing-staff@lamnahealthcare.com	ticket 4410: the nurse manager asks that ines.carvalho@lamnahealthcare.com be able to send on behalf of nursing-staff@lamnahealthcare.com
distribution-group.grant-send-permissions	it-alerts@lamnahealthcare.com	could we let the monitoring account noc@lamnahealthcare.com send as the it-alerts@lamnahealthcare.com distribution group? alerts currently bounce
distribution-group.grant-send-permissions	cardiology-team@lamnahealthcare.com	is it possible to grant Teodor Popescu send-on-behalf rights on cardiology-team@lamnahealthcare.com, his manager approved it
distribution-group.remove-delegation	all-clinicians@lamnahealthcare.com	rhea.banerjee@lamnahealthcare.com no longer does the bulletin, can you revoke her send as on all-clinicians@lamnahealthcare.com?
distribution-group.remove-delegation	nursing-staff@lamnahealthcare.com	ticket 4488: please remove send on behalf for ines.carvalho@lamnahealthcare.com on the nursing-staff@lamnahealthcare.com DL, she changed roles
distribution-group.remove-delegation	it-alerts@lamnahealthcare.com	could you take away the send-as permission noc@lamnahealthcare.com has on it-alerts@lamnahealthcare.com? that account is being decommissioned
distribution-group.remove-delegation	cardiology-team@lamnahealthcare.com	is it possible to strip all send as / send on behalf delegations from cardiology-team@lamnahealthcare.com? security review flagged it
mail-contact.create	j.whitfield@medsupplyco.com	could you add Jonah Whitfield from MedSupply, j.whitfield@medsupplyco.com, as an external contact? purchasing needs him in the GAL
mail-contact.create	referrals@carewellpartners.org	ticket 3390: please create a mail contact for referrals@carewellpartners.org so clinicians can find it in the address book
mail-contact.create	support@northgate-labs.com	can you add northgate labs support, support@northgate-labs.com, as a contact? the lab manager asked
mail-contact.create	a.moreau@brightpathbilling.com,k.li@brightpathbilling.com	is it possible to create external contacts for a.moreau@brightpathbilling.com and k.li@brightpathbilling.com? finance is onboarding the new billing vendor
mail-contact.edit	j.whitfield@medsupplyco.com	can you update the phone number on the j.whitfield@medsupplyco.com contact to +1 555 0134? he got a new direct line
mail-contact.edit	referrals@carewellpartners.org	ticket 3412: change the display name of contact referrals@carewellpartners.org to CareWell Referrals Desk
mail-contact.edit	support@northgate-labs.com	could we fix the company field on the support@northgate-labs.com mail contact? it should say Northgate Laboratories Inc
mail-contact.edit	k.li@brightpathbilling.com	is it possible to hide the k.li@brightpathbilling.com contact from the GAL? she only handles one account
mail-contact.remove	j.whitfield@medsupplyco.com	purchasing says we dropped MedSupply, can you delete the contact j.whitfield@medsupplyco.com?
mail-contact.remove	support@northgate-labs.com	ticket 3577: remove external contact support@northgate-labs.com, lab contract terminated
mail-contact.remove	a.moreau@brightpathbilling.com,k.li@brightpathbilling.com	could you remove the mail contacts a.moreau@brightpathbilling.com and k.li@brightpathbilling.com? finance switched vendors
mail-contact.remove	old-referrals@carewellpartners.org	is it possible to get rid of the stale contact old-referrals@carewellpartners.org, it keeps showing up in autocomplete
mail-user.create	d.osei@carewellpartners.org	HR ticket 2201: contractor Daniel Osei starts next week, can you create a mail user for him with external address d.osei@carewellpartners.org?
mail-user.create	m.santos@northgate-labs.com	could we set up a mail-enabled user for the visiting pathologist m.santos@northgate-labs.com? she needs a lamna identity but keeps her own mailbox
mail-user.create	r.kaur@brightpathbilling.com	is it possible to make a mail user for our billing consultant r.kaur@brightpathbilling.com, their manager in finance approved it
mail-user.create	t.grant@medsupplyco.com	new mail user pls for auditor t.grant@medsupplyco.com, compliance needs him on the audit DLs
mail-user.edit	d.osei@lamnahealthcare.com	can you change the external email on mail user d.osei@lamnahealthcare.com to daniel.osei@carewellpartners.org? his agency changed domains
mail-user.edit	m.santos@lamnahealthcare.com	ticket 2290: update the display name of mail user m.santos@lamnahealthcare.com to Dr. Maria Santos (Northgate)
mail-user.edit	r.kaur@lamnahealthcare.com	could we hide the mail user r.kaur@lamnahealthcare.com from the address list? finance only wants internal staff visible
mail-user.edit	t.grant@lamnahealthcare.com	is it possible to add an alias tgrant-audit@lamnahealthcare.com to the mail user t.grant@lamnahealthcare.com
mail-user.remove	d.osei@lamnahealthcare.com	HR says Daniel Osei's contract ended, can you remove the mail user d.osei@lamnahealthcare.com?
mail-user.remove	t.grant@lamnahealthcare.com	ticket 2315: the audit is done, please delete mail user t.grant@lamnahealthcare.com
mail-user.remove	m.santos@lamnahealthcare.com,r.kaur@lamnahealthcare.com	could you remove the mail-enabled users m.santos@lamnahealthcare.com and r.kaur@lamnahealthcare.com? both engagements wrapped up
mail-user.remove	locum-pool@lamnahealthcare.com	is it possible to delete the mail user locum-pool@lamnahealthcare.com, the agency arrangement was cancelled
mailbox.add-delegates	frontdesk@lamnahealthcare.com,billing@lamnahealthcare.com	can you add some delegates to frontdesk@lamnahealthcare.com and billing@lamnahealthcare.com? the practice manager will send the list of people
mailbox.add-delegates	pharmacy-orders@lamnahealthcare.com	ticket 6620: pharmacy-orders@lamnahealthcare.com needs delegates set up, full access and send as for the new pharmacy techs
mailbox.add-delegates		could we set up delegates on a few of the clinic shared mailboxes? the ops manager wants cover for the holiday period
mailbox.add-delegates	radiology-sched@lamnahealthcare.com	is it possible to configure delegates on radiology-sched@lamnahealthcare.com, the scheduling team is growing
mailbox.add-users-as-delegates	patientrecords@lamnahealthcare.com	HR ticket 5102: new records clerk nadia.rahman@lamnahealthcare.com needs to be a delegate on patientrecords@lamnahealthcare.com with full access
mailbox.add-users-as-delegates	frontdesk@lamnahealthcare.com,radiology-sched@lamnahealthcare.com	could you add leon.duarte@lamnahealthcare.com as a delegate to frontdesk@lamnahealthcare.com and radiology-sched@lamnahealthcare.com? he's covering reception
mailbox.add-users-as-delegates	billing@lamnahealthcare.com	can you make sunniva.lund@lamnahealthcare.com and felix.brandt@lamnahealthcare.com delegates on billing@lamnahealthcare.com, their manager approved full access + send as
mailbox.add-users-as-delegates	odile.fournier@lamnahealthcare.com	is it possible to add her EA carys.evans@lamnahealthcare.com as a delegate on odile.fournier@lamnahealthcare.com's mailbox? Odile is the new CMO
mailbox.grant-manager-full-access	tomas.ekberg@lamnahealthcare.com	HR: tomas.ekberg@lamnahealthcare.com left on friday, can his manager get full access to his mailbox for handover?
mailbox.grant-manager-full-access	wren.callahan@lamnahealthcare.com	ticket 7011: wren.callahan@lamnahealthcare.com is on long-term sick leave, please grant her manager full access to her mailbox
mailbox.grant-manager-full-access	omar.haddad@lamnahealthcare.com,bjorn.halvorsen@lamnahealthcare.com	could you give the managers of omar.haddad@lamnahealthcare.com and bjorn.halvorsen@lamnahealthcare.com full access to their mailboxes? both are leavers
mailbox.grant-manager-full-access	gideon.marsh@lamnahealthcare.com	is it possible for gideon.marsh@lamnahealthcare.com's line manager to have full mailbox access while he's on parental leave
mailbox.manage-services	yusuf.demir@lamnahealthcare.com	security ticket 8140: can you disable POP and IMAP on yusuf.demir@lamnahealthcare.com? legacy protocol sign-ins were flagged
mailbox.manage-services	hana.kobayashi@lamnahealthcare.com	could you turn on ActiveSync for hana.kobayashi@lamnahealthcare.com? her manager approved mobile email for on-call
mailbox.manage-services	ada.okafor@lamnahealthcare.com	is it possible to block OWA for ada.okafor@lamnahealthcare.com, she should only use Outlook on the clinic PCs
mailbox.manage-services	kwame.asante@lamnahealthcare.com,priya.nair@lamnahealthcare.com	turn MAPI back on for kwame.asante@lamnahealthcare.com and priya.nair@lamnahealthcare.com pls, desktop outlook won't connect
mailbox.copy-permissions-to	bjorn.halvorsen@lamnahealthcare.com	HR ticket 5300: bjorn.halvorsen@lamnahealthcare.com's replacement is nadia.rahman@lamnahealthcare.com, can you copy Bjorn's mailbox permissions over to her?
mailbox.copy-permissions-to	rhea.banerjee@lamnahealthcare.com	could you copy all of rhea.banerjee@lamnahealthcare.com's mailbox access to the two new coordinators, sunniva.lund@lamnahealthcare.com and teodor.popescu@lamnahealthcare.com?
mailbox.copy-permissions-to	ines.carvalho@lamnahealthcare.com	is it possible to mirror ines.carvalho@lamnahealthcare.com's mailbox permissions onto felix.brandt@lamnahealthcare.com, since he's taking over her caseload
mailbox.copy-permissions-to	marisol.vega@lamnahealthcare.com	clone marisol.vega@lamnahealthcare.com's mailbox perms to leon.duarte@lamnahealthcare.com pls, same role
mailbox.copy-permissions-from	carys.evans@lamnahealthcare.com	ticket 5340: carys.evans@lamnahealthcare.com is the new EA, can she get the same mailbox permissions as gideon.marsh@lamnahealthcare.com has?
mailbox.copy-permissions-from	omar.haddad@lamnahealthcare.com,ada.okafor@lamnahealthcare.com	could you give omar.haddad@lamnahealthcare.com and ada.okafor@lamnahealthcare.com mailbox permissions copied from kwame.asante@lamnahealthcare.com? their manager wants them set up identically
mailbox.copy-permissions-from	teodor.popescu@lamnahealthcare.com	is it possible for teodor.popescu@lamnahealthcare.com to inherit the mailbox permissions of priya.nair@lamnahealthcare.com, HR says he's backfilling her
mailbox.copy-permissions-from	hana.kobayashi@lamnahealthcare.com	hana.kobayashi@lamnahealthcare.com needs the mailbox perms copied from yusuf.demir@lamnahealthcare.com, same shift lead role
mailbox.remove-delegates	billing@lamnahealthcare.com	ticket 6701: felix.brandt@lamnahealthcare.com left billing, can you remove him as a delegate from billing@lamnahealthcare.com?
mailbox.remove-delegates	frontdesk@lamnahealthcare.com	could you clear out the old delegates on frontdesk@lamnahealthcare.com? the practice manager says half of them have left
mailbox.remove-delegates	odile.fournier@lamnahealthcare.com	is it possible to remove carys.evans@lamnahealthcare.com and gideon.marsh@lamnahealthcare.com as delegates on odile.fournier@lamnahealthcare.com's mailbox
mailbox.remove-delegates	pharmacy-orders@lamnahealthcare.com	strip delegates from pharmacy-orders@lamnahealthcare.com pls, audit found too many people with access
mailbox.remove-user-access	sunniva.lund@lamnahealthcare.com	HR: sunniva.lund@lamnahealthcare.com moved to the research division, can you remove her access to all the clinic mailboxes she had?
mailbox.remove-user-access	leon.duarte@lamnahealthcare.com	ticket 7120: leon.duarte@lamnahealthcare.com is leaving, please revoke every permission he has on other mailboxes including send as
mailbox.remove-user-access	felix.brandt@lamnahealthcare.com,marisol.vega@lamnahealthcare.com	could you pull all mailbox access that felix.brandt@lamnahealthcare.com and marisol.vega@lamnahealthcare.com hold on shared and user mailboxes? they're on suspension
mailbox.remove-user-access	nadia.rahman@lamnahealthcare.com	is it possible to wipe out nadia.rahman@lamnahealthcare.com's delegate rights on every mailbox she can open, her manager requested it
mailbox.set-regional-settings	ines.carvalho@lamnahealthcare.com	can you set ines.carvalho@lamnahealthcare.com's mailbox language to Portuguese (pt-PT)? she relocated to the Lisbon clinic
mailbox.set-regional-settings	bjorn.halvorsen@lamnahealthcare.com	ticket 4901: bjorn.halvorsen@lamnahealthcare.com's calendar shows the wrong times, please change his mailbox time zone to W. Europe Standard Time
mailbox.set-regional-settings	hana.kobayashi@lamnahealthcare.com	could we switch the date format and time zone on hana.kobayashi@lamnahealthcare.com's mailbox to Tokyo Standard Time, she's working from the Osaka office now
mailbox.set-regional-settings	frontdesk@lamnahealthcare.com	is it possible to change the regional settings of frontdesk@lamnahealthcare.com to en-GB, the folders show up in US english
mailbox.manage-quota	odile.fournier@lamnahealthcare.com	odile.fournier@lamnahealthcare.com's mailbox is almost full, can you raise her quota to 100GB? exec office asked
mailbox.manage-quota	patientrecords@lamnahealthcare.com	ticket 5580: patientrecords@lamnahealthcare.com can't receive anymore, please increase the prohibit send/receive limit
mailbox.manage-quota	kwame.asante@lamnahealthcare.com	could you set the issue warning quota on kwame.asante@lamnahealthcare.com to 45GB? he never notices until it's full
mailbox.manage-quota	priya.nair@lamnahealthcare.com	is it possible to bump the mailbox storage limit for priya.nair@lamnahealthcare.com, she keeps getting mailbox full errors
mailbox.create		HR ticket 2044: new starter Elena Marchetti, physiotherapist, starts 1 Dec - can you create her mailbox as elena.marchetti@lamnahealthcare.com?
mailbox.create		could you set up a user mailbox for Samuel Achterberg? his manager in radiology says he starts Monday
mailbox.create		is it possible to create mailboxes for the two new interns, Ruth Abebe and Kofi Mensah, before orientation?
mailbox.create		new user mailbox pls: Lidia Novak, lidia.novak@lamnahealthcare.com, ward clerk
mailbox.edit	ada.okafor@lamnahealthcare.com	can you hide ada.okafor@lamnahealthcare.com from the global address list? she's on a confidential secondment
mailbox.edit	gideon.marsh@lamnahealthcare.com	ticket 6233: please add the alias g.marsh@lamnahealthcare.com to gideon.marsh@lamnahealthcare.com's mailbox
mailbox.edit	marisol.vega@lamnahealthcare.com	could we change marisol.vega@lamnahealthcare.com's display name to Marisol Vega-Ruiz? HR updated her surname
mailbox.edit	omar.haddad@lamnahealthcare.com	is it possible to add a mailtip on omar.haddad@lamnahealthcare.com saying he only checks email between clinics
mailbox.create-shared		could you create a shared mailbox for Infection Control, infectioncontrol@lamnahealthcare.com? the IPC lead wants a team inbox
mailbox.create-shared		ticket 3018: the patient experience manager asks for a new shared inbox called Patient Feedback
mailbox.create-shared		is it possible to set up a shared mailbox for the new Maternity unit so midwives can share one inbox?
mailbox.create-shared		new shared mbx pls - Credentialing, credentialing@lamnahealthcare.com, medical staff office needs it
mailbox.edit-shared	billing@lamnahealthcare.com	can you rename the shared mailbox billing@lamnahealthcare.com to Lamna Patient Billing? finance rebranded
mailbox.edit-shared	patientrecords@lamnahealthcare.com	ticket 6340: add the alias medicalrecords@lamnahealthcare.com to the patientrecords@lamnahealthcare.com shared mailbox
mailbox.edit-shared	radiology-sched@lamnahealthcare.com	could we hide the radiology-sched@lamnahealthcare.com shared mailbox from the GAL? patients keep finding it
mailbox.edit-shared	frontdesk@lamnahealthcare.com	is it possible to make sent items from the frontdesk@lamnahealthcare.com shared mailbox save in the shared mailbox's sent folder?
mailbox.create-resource		facilities ticket 2810: can you create a room mailbox for Conference Room Harbor, capacity 20?
mailbox.create-resource		could you set up an equipment mailbox for the new portable ultrasound so the ward can book it?
mailbox.create-resource		is it possible to add a bookable room resource for Training Room B on the 3rd floor, seats 30
mailbox.create-resource		new resource mailbox pls for the bariatric wheelchair, physio wants to reserve it in outlook
mailbox.edit-equipment	ultrasound-cart2@lamnahealthcare.com	can you set ultrasound-cart2@lamnahealthcare.com to auto-accept bookings? the ward manager is tired of approving each one
mailbox.edit-equipment	portable-xray@lamnahealthcare.com	ticket 7402: limit bookings of the portable-xray@lamnahealthcare.com equipment mailbox to 2 hours max
mailbox.edit-equipment	portable-xray@lamnahealthcare.com	could we make felix.brandt@lamnahealthcare.com the booking delegate for the portable-xray@lamnahealthcare.com equipment?
mailbox.edit-equipment	ecg-machine3@lamnahealthcare.com	is it possible to stop the equipment resource ecg-machine3@lamnahealthcare.com from accepting recurring bookings, it's needed for emergencies
mailbox.edit-room	conf-harbor@lamnahealthcare.com	can you change the capacity on the room mailbox conf-harbor@lamnahealthcare.com to 24? facilities added chairs
mailbox.edit-room	exam-room4@lamnahealthcare.com	ticket 7455: exam-room4@lamnahealthcare.com should only be bookable up to 60 days out, please update the room
mailbox.edit-room	boardroom@lamnahealthcare.com	could you set boardroom@lamnahealthcare.com so only the exec assistants can book it? the CEO's office asked
mailbox.edit-room	conf-harbor@lamnahealthcare.com	is it possible to have the conf-harbor@lamnahealthcare.com meeting room decline conflicting meetings automatically
mailbox.convert-to-shared	tomas.ekberg@lamnahealthcare.com	HR offboarding ticket 9120: tomas.ekberg@lamnahealthcare.com has left, can you convert his mailbox to shared so the team keeps the history?
mailbox.convert-to-shared	wren.callahan@lamnahealthcare.com	could you turn wren.callahan@lamnahealthcare.com's mailbox into a shared mailbox and free up her license? her manager approved
mailbox.convert-to-shared	bjorn.halvorsen@lamnahealthcare.com,omar.haddad@lamnahealthcare.com	is it possible to convert bjorn.halvorsen@lamnahealthcare.com and omar.haddad@lamnahealthcare.com to shared mailboxes, both leavers this month
mailbox.convert-to-shared	intake@lamnahealthcare.com	intake@lamnahealthcare.com was set up as a user mailbox by mistake, convert it to shared pls
mailbox.remove	tomas.ekberg@lamnahealthcare.com	the 90 day retention is up for tomas.ekberg@lamnahealthcare.com, can you delete his mailbox? HR signed off
mailbox.remove	test-mbx01@lamnahealthcare.com	ticket 9200: please remove the mailbox test-mbx01@lamnahealthcare.com, it was only for the migration pilot
mailbox.remove	wren.callahan@lamnahealthcare.com,leon.duarte@lamnahealthcare.com	could you delete the mailboxes of wren.callahan@lamnahealthcare.com and leon.duarte@lamnahealthcare.com? legal confirmed no holds needed
mailbox.remove	flu-campaign@lamnahealthcare.com	is it possible to get rid of the flu-campaign@lamnahealthcare.com mailbox entirely, campaign is over
mailbox.grant-send-on-behalf	odile.fournier@lamnahealthcare.com	can you let carys.evans@lamnahealthcare.com send on behalf of odile.fournier@lamnahealthcare.com? she's Odile's new assistant
mailbox.grant-send-on-behalf	priya.nair@lamnahealthcare.com	ticket 4620: priya.nair@lamnahealthcare.com's manager asks that teodor.popescu@lamnahealthcare.com get send-on-behalf rights on her mailbox while she's on leave
mailbox.grant-send-on-behalf	gideon.marsh@lamnahealthcare.com,kwame.asante@lamnahealthcare.com	could we grant nadia.rahman@lamnahealthcare.com send on behalf for gideon.marsh@lamnahealthcare.com and kwame.asante@lamnahealthcare.com? she coordinates both their clinics
mailbox.grant-send-on-behalf	hana.kobayashi@lamnahealthcare.com	is it possible for Yusuf Demir to send emails on behalf of hana.kobayashi@lamnahealthcare.com, she's asked for it herself
mailbox.manage-send-as	billing@lamnahealthcare.com	could you give sunniva.lund@lamnahealthcare.com send as on billing@lamnahealthcare.com? replies to patients should come from billing, not her
mailbox.manage-send-as	frontdesk@lamnahealthcare.com	ticket 6810: remove send as for leon.duarte@lamnahealthcare.com on frontdesk@lamnahealthcare.com, he's left reception
mailbox.manage-send-as	patientrecords@lamnahealthcare.com	is it possible to grant ada.okafor@lamnahealthcare.com and omar.haddad@lamnahealthcare.com send-as permission on patientrecords@lamnahealthcare.com?
mailbox.manage-send-as	radiology-sched@lamnahealthcare.com	can Marisol Vega get send as rights on radiology-sched@lamnahealthcare.com, her manager approved
mailbox.edit-type	intake-old@lamnahealthcare.com	can you change intake-old@lamnahealthcare.com from shared back to a regular user mailbox? the nurse it belonged to is returning
mailbox.edit-type	ecg-machine3@lamnahealthcare.com	ticket 7520: ecg-machine3@lamnahealthcare.com was created as a room by mistake, please switch its mailbox type to equipment
mailbox.edit-type	training-b@lamnahealthcare.com	could we change the mailbox type of training-b@lamnahealthcare.com to room? it's showing as equipment in the room finder
mailbox.edit-type	grants@lamnahealthcare.com	is it possible to switch grants@lamnahealthcare.com from a room mailbox back to a regular user mailbox? someone set the wrong type
mailbox.assign-contacts-folder-delegate	odile.fournier@lamnahealthcare.com	can you give carys.evans@lamnahealthcare.com editor rights on odile.fournier@lamnahealthcare.com's contacts folder? she manages Odile's contacts
mailbox.assign-contacts-folder-delegate	kwame.asante@lamnahealthcare.com	ticket 4733: kwame.asante@lamnahealthcare.com wants nadia.rahman@lamnahealthcare.com to have reviewer access on his contacts folder
mailbox.assign-contacts-folder-delegate	gideon.marsh@lamnahealthcare.com,priya.nair@lamnahealthcare.com	could you share the contacts folders of gideon.marsh@lamnahealthcare.com and priya.nair@lamnahealthcare.com with teodor.popescu@lamnahealthcare.com as editor?
mailbox.assign-contacts-folder-delegate	rhea.banerjee@lamnahealthcare.com	is it possible for her assistant to get access to rhea.banerjee@lamnahealthcare.com's contacts folder only, not the inbox
mailbox.configure-auto-reply	hana.kobayashi@lamnahealthcare.com	HR ticket 3802: hana.kobayashi@lamnahealthcare.com is on maternity leave from Dec 1 to May 31, can you set an out of office pointing people to the ward inbox?
mailbox.configure-auto-reply	tomas.ekberg@lamnahealthcare.com	could you set an auto reply on tomas.ekberg@lamnahealthcare.com saying he's left Lamna and to contact his manager instead?
mailbox.configure-auto-reply	yusuf.demir@lamnahealthcare.com	is it possible to turn off yusuf.demir@lamnahealthcare.com's OOO? he's back but forgot to disable it
mailbox.configure-auto-reply	frontdesk@lamnahealthcare.com	set an automatic reply on frontdesk@lamnahealthcare.com for the holidays, clinic closed dec 24-26
mailbox.manage-archive	kwame.asante@lamnahealthcare.com	can you enable the online archive for kwame.asante@lamnahealthcare.com? his mailbox is at 48GB
mailbox.manage-archive	patientrecords@lamnahealthcare.com	ticket 5611: please turn on auto-expanding archiving for patientrecords@lamnahealthcare.com, the archive is almost full
mailbox.manage-archive	ines.carvalho@lamnahealthcare.com,felix.brandt@lamnahealthcare.com	could we get archive mailboxes enabled for ines.carvalho@lamnahealthcare.com and felix.brandt@lamnahealthcare.com, their manager asked
mailbox.manage-archive	test-mbx01@lamnahealthcare.com	is it possible to disable the archive on test-mbx01@lamnahealthcare.com before we clean it up
mailbox.set-archive-name	odile.fournier@lamnahealthcare.com	can you rename odile.fournier@lamnahealthcare.com's archive to "Odile - Pre-2025"? she finds In-Place Archive confusing
mailbox.set-archive-name	patientrecords@lamnahealthcare.com	ticket 5640: please set the archive name on patientrecords@lamnahealthcare.com to Patient Records Archive
mailbox.set-archive-name	rhea.banerjee@lamnahealthcare.com	could you change the display name of rhea.banerjee@lamnahealthcare.com's online archive to Rhea Old Mail?
mailbox.set-archive-name	kwame.asante@lamnahealthcare.com	is it possible to call kwame.asante@lamnahealthcare.com's archive folder Pharmacy Archive instead of the default
mailbox.manage-litigation-hold	leon.duarte@lamnahealthcare.com	legal ticket 9902: can you put leon.duarte@lamnahealthcare.com on litigation hold indefinitely? there's a pending claim
mailbox.manage-litigation-hold	bjorn.halvorsen@lamnahealthcare.com,omar.haddad@lamnahealthcare.com	could you place bjorn.halvorsen@lamnahealthcare.com and omar.haddad@lamnahealthcare.com on lit hold for 6 years, compliance requirement for clinicians
mailbox.manage-litigation-hold	marisol.vega@lamnahealthcare.com	is it possible to remove the litigation hold on marisol.vega@lamnahealthcare.com? legal says the case settled
mailbox.manage-litigation-hold	gideon.marsh@lamnahealthcare.com	the general counsel asked us to enable litigation hold on gideon.marsh@lamnahealthcare.com before he leaves
mailbox.set-audit	patientrecords@lamnahealthcare.com	compliance ticket 8450: can you make sure mailbox auditing is enabled on patientrecords@lamnahealthcare.com? HIPAA review next month
mailbox.set-audit	billing@lamnahealthcare.com,frontdesk@lamnahealthcare.com	could you turn on mailbox audit logging for billing@lamnahealthcare.com and frontdesk@lamnahealthcare.com, the privacy officer asked
mailbox.set-audit	odile.fournier@lamnahealthcare.com	is it possible to enable auditing on odile.fournier@lamnahealthcare.com's mailbox, including owner actions
mailbox.set-audit	ada.okafor@lamnahealthcare.com	enable mailbox audit on ada.okafor@lamnahealthcare.com pls, security is investigating suspicious access
mailbox.forward-to-smtp	tomas.ekberg@lamnahealthcare.com	HR ticket 9130: tomas.ekberg@lamnahealthcare.com is joining our partner clinic, can you forward his mail to t.ekberg@carewellpartners.org for 30 days?
mailbox.forward-to-smtp	m.santos@lamnahealthcare.com	could you forward everything from m.santos@lamnahealthcare.com to maria.santos@northgate-labs.com and keep a copy? she mostly works from the Northgate lab now
mailbox.forward-to-smtp	referrals-in@lamnahealthcare.com	is it possible to set up external forwarding on referrals-in@lamnahealthcare.com to intake@carewellpartners.org, per the referral agreement
mailbox.forward-to-smtp	kwame.asante@lamnahealthcare.com	fwd kwame.asante@lamnahealthcare.com to kwame.a@gmail.com while he's on sabbatical, his manager approved, keep local copy
mailbox.forward-to-recipient	wren.callahan@lamnahealthcare.com	HR: wren.callahan@lamnahealthcare.com has left, can you forward her email to her manager Gideon Marsh?
mailbox.forward-to-recipient	hana.kobayashi@lamnahealthcare.com	ticket 3810: while hana.kobayashi@lamnahealthcare.com is on leave please redirect her mail to the ward-b shared mailbox in the GAL
mailbox.forward-to-recipient	leon.duarte@lamnahealthcare.com	could we forward leon.duarte@lamnahealthcare.com's mail to Nadia Rahman internally, no copy kept in his mailbox?
mailbox.forward-to-recipient	priya.nair@lamnahealthcare.com	is it possible to send priya.nair@lamnahealthcare.com's incoming mail on to teodor.popescu@lamnahealthcare.com, he's covering her patients
mobile-device.remove		can you remove bjorn.halvorsen@lamnahealthcare.com's old Samsung from Exchange? he's got a new phone and the old one is still listed
mobile-device.remove		ticket 8020: please delete the stale ActiveSync partnership for ines.carvalho@lamnahealthcare.com's retired iPad
mobile-device.remove		could you clear the old mobile device entries for Rhea Banerjee, she's hit the device limit
mobile-device.remove		is it possible to remove the iPhone 11 from kwame.asante@lamnahealthcare.com's list of mobile devices, it was returned to IT
mobile-device.wipe		security ticket 8101: ada.okafor@lamnahealthcare.com left her phone in a taxi, can you wipe it? it has patient emails
mobile-device.wipe		could you remote wipe tomas.ekberg@lamnahealthcare.com's work phone, he left and hasn't returned it
mobile-device.wipe		is it possible to do an account-only wipe on yusuf.demir@lamnahealthcare.com's personal Android? he's leaving and keeps the phone
mobile-device.wipe		Gideon Marsh reported his iPhone stolen, wipe the device asap pls
mobile-device.allow-quarantined		can you release hana.kobayashi@lamnahealthcare.com's new iPhone from quarantine? she can't get email on the ward
mobile-device.allow-quarantined		ticket 8130: felix.brandt@lamnahealthcare.com's Pixel is stuck in quarantine, his manager approved it, please allow it
mobile-device.allow-quarantined		could we approve the quarantined tablet for Marisol Vega? it's a hospital-issued device
mobile-device.allow-quarantined		is it possible to let nadia.rahman@lamnahealthcare.com's quarantined phone sync, it's been blocked since yesterday
none		thanks, that fixed it
none		morning all
none		can you remind me what the difference between send as and send on behalf is?
none		is the cafeteria open late tonight?
none		outlook keeps freezing on my laptop, so annoying
none		is it possible that exchange online is having an outage right now?
none		cheers, ticket closed
none		could you tell me what the weather is like in Boston tomorrow?
none		ok I'll check with HR first and get back to you
none		who approved the last change freeze?
none		lol the printer on 2 is jammed again
none		how long does it usually take for a new mailbox to show up in the GAL?
none		never mind, Priya already sorted it
none		can we schedule a meeting about the migration next week?
none		great work on the licensing cleanup yesterday
none		hold on, my manager is calling me
`,
);
