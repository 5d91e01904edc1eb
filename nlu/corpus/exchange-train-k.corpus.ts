import { corpusSet } from './corpus-set';

/** Exchange Online requests: relecloud.com, admin center and PowerShell wording, written as training data. */
export const EXCHANGE_TRAIN_K = corpusSet(
  'exchange-train-k',
  `action	targets	text
distribution-group.add-members	sales-emea@relecloud.com	add priya.nair@relecloud.com and tomas.kral@relecloud.com to the sales-emea@relecloud.com DL
distribution-group.add-members	eng-leads@relecloud.com	Add-DistributionGroupMember -Identity eng-leads@relecloud.com -Member hana.sato@relecloud.com pls, she's the new platform lead
distribution-group.add-members	all-staff@relecloud.com	ticket 40712: new starter Kwame Asante isn't getting company announcements, pls add kwame.asante@relecloud.com to all-staff@relecloud.com
distribution-group.add-members	board-updates@relecloud.com,finance-leads@relecloud.com	in EAC > Recipients > Groups, add omar.haddad@relecloud.com as a member of board-updates@relecloud.com and finance-leads@relecloud.com
distribution-group.create		create a distribution list named Product Marketing, alias prodmktg, owners greta.lind@relecloud.com
distribution-group.create		New-DistributionGroup -Name "Warehouse Shift Leads" -Type Security -MemberJoinRestriction Closed, please run that for me
distribution-group.create		we need a new mailing list for the Lisbon office so we can email everyone there at once
distribution-group.create		Add a group > Distribution: name Vendor Onboarding, primary SMTP vendor-onboarding@relecloud.com, require approval to join
distribution-group.edit	eng-leads@relecloud.com	set -RequireSenderAuthenticationEnabled $false on eng-leads@relecloud.com so our partners can email it
distribution-group.edit	all-staff@relecloud.com	turn on moderation for all-staff@relecloud.com, moderator lucia.ferro@relecloud.com
distribution-group.edit	sales-emea@relecloud.com	can you rename the sales-emea@relecloud.com list to Sales Europe & Middle East? the old name confuses people
distribution-group.edit	board-updates@relecloud.com	board-updates@relecloud.com: tick Hide this group from the global address list and make ravi.menon@relecloud.com an owner
distribution-group.grant-send-permissions	all-staff@relecloud.com	give chloe.dubois@relecloud.com Send As on the all-staff@relecloud.com distribution group, she sends the weekly newsletter
distribution-group.grant-send-permissions	sales-emea@relecloud.com	Set-DistributionGroup sales-emea@relecloud.com -GrantSendOnBehalfTo noah.park@relecloud.com
distribution-group.grant-send-permissions	eng-leads@relecloud.com,board-updates@relecloud.com	ines needs to be able to send as eng-leads@relecloud.com and board-updates@relecloud.com, can u sort the permissions
distribution-group.grant-send-permissions	hr-announce@relecloud.com	ticket 40788: HR wants emails to show 'Yuki Mori on behalf of HR Announcements', grant yuki.mori@relecloud.com send on behalf on hr-announce@relecloud.com
distribution-group.remove	project-falcon@relecloud.com	project falcon wrapped up, delete project-falcon@relecloud.com
distribution-group.remove	oldsite-staff@relecloud.com,temp-events@relecloud.com	Remove-DistributionGroup for oldsite-staff@relecloud.com and temp-events@relecloud.com, both are empty
distribution-group.remove	sales-apac-legacy@relecloud.com	pls delete the dist list sales-apac-legacy@relecloud.com, it was replaced by the new APAC group
distribution-group.remove	Summer Interns 2025	In EAC > Groups > Distribution list, select Summer Interns 2025 and delete the group
distribution-group.remove-delegation	all-staff@relecloud.com	chloe.dubois@relecloud.com moved to sales, take away her send as on all-staff@relecloud.com
distribution-group.remove-delegation	sales-emea@relecloud.com	Remove-RecipientPermission sales-emea@relecloud.com -Trustee noah.park@relecloud.com -AccessRights SendAs
distribution-group.remove-delegation	hr-announce@relecloud.com	clear the GrantSendOnBehalfTo list on hr-announce@relecloud.com, nobody should be sending on behalf of that group anymore
distribution-group.remove-delegation	eng-leads@relecloud.com	ines shouldnt be able to send from the eng-leads@relecloud.com DL anymore, pls revoke that
distribution-group.remove-members	sales-emea@relecloud.com	take tomas.kral@relecloud.com out of sales-emea@relecloud.com, he moved to the US team
distribution-group.remove-members	all-staff@relecloud.com	Remove-DistributionGroupMember -Identity all-staff@relecloud.com -Member benedikt.a@relecloud.com (leaver)
distribution-group.remove-members	eng-leads@relecloud.com	Hana and Marcus are no longer team leads, pls remove them from the eng-leads@relecloud.com group
distribution-group.remove-members	finance-leads@relecloud.com	finance-leads@relecloud.com > Members: remove sofia.berg@relecloud.com and elena.vasquez@relecloud.com
mail-contact.create	j.mbeki@proseware.com	add a mail contact for our Proseware account manager Jabu Mbeki, j.mbeki@proseware.com
mail-contact.create	orders@alpineskihouse.com	New-MailContact -Name "Alpine Ski House Orders" -ExternalEmailAddress orders@alpineskihouse.com
mail-contact.create	lena.fischer@woodgrovebank.com	can we get lena.fischer@woodgrovebank.com into the address book? she's our new bank contact and people keep asking for her email
mail-contact.create	support@lucernepublishing.com	EAC > Contacts > Add a mail contact: display name Lucerne Support, external email support@lucernepublishing.com, company Lucerne Publishing
mail-contact.edit	j.mbeki@proseware.com	Set-Contact j.mbeki@proseware.com -Title "Senior Account Director"
mail-contact.edit	Alpine Ski House Orders	Set-MailContact "Alpine Ski House Orders" -ExternalEmailAddress purchasing@alpineskihouse.com, they changed their ordering address
mail-contact.edit	lena.fischer@woodgrovebank.com	lena.fischer@woodgrovebank.com got married, pls change the last name on her contact to Weber
mail-contact.edit	support@lucernepublishing.com	add helpdesk@lucernepublishing.com as an extra email address on the support@lucernepublishing.com mail contact
mail-contact.remove	p.osei@graphicdesigninstitute.com	delete the contact p.osei@graphicdesigninstitute.com, that agency contract ended
mail-contact.remove	orders@alpineskihouse.com,billing@alpineskihouse.com	Remove-MailContact orders@alpineskihouse.com and billing@alpineskihouse.com
mail-contact.remove	lucas.meyer@adatum.com	ticket 40802: Lucas from Adatum left his company, pls remove lucas.meyer@adatum.com from our GAL contacts
mail-contact.remove	Proseware Legal	in Recipients > Contacts select Proseware Legal and remove it
mail-user.create	arjun.rao@adatum.com	create a mail user for the Adatum contractor Arjun Rao, external address arjun.rao@adatum.com
mail-user.create	m.santos@proseware.com	New-MailUser -Name "Mateo Santos" -ExternalEmailAddress m.santos@proseware.com -MicrosoftOnlineServicesID mateo.santos@relecloud.com
mail-user.create	kate.olsen@lucernepublishing.com	freelancer kate.olsen@lucernepublishing.com needs a login in our tenant but keeps her own mailbox, can u set her up as a mail-enabled user
mail-user.create	tariq@woodgrovebank.com	EAC > Recipients > Contacts > Add a mail user for tariq@woodgrovebank.com, display name Tariq Aziz (Woodgrove)
mail-user.edit	arjun.rao@relecloud.com	Set-MailUser arjun.rao@relecloud.com -ExternalEmailAddress arjun.rao@adatum-consulting.com
mail-user.edit	mateo.santos@relecloud.com	Set-MailUser mateo.santos@relecloud.com -DisplayName "Mateo Santos (Proseware)"
mail-user.edit	kate.olsen@relecloud.com	kate.olsen@relecloud.com is a mail user, pls add the alias k.olsen@relecloud.com to her email addresses
mail-user.edit	tariq.aziz@relecloud.com	update the first/last name on mail user tariq.aziz@relecloud.com, it's Tariq Al-Aziz now
mail-user.remove	arjun.rao@relecloud.com	Adatum engagement is over, delete the mail user arjun.rao@relecloud.com
mail-user.remove	mateo.santos@relecloud.com,kate.olsen@relecloud.com	Remove-MailUser mateo.santos@relecloud.com and kate.olsen@relecloud.com
mail-user.remove	tariq.aziz@relecloud.com	pls get rid of the tariq.aziz@relecloud.com mail-enabled user, contractor left
mail-user.remove	Woodgrove Liaison	remove the Woodgrove Liaison mail user from Recipients > Contacts
mailbox.add-delegates	reception@relecloud.com	reception@relecloud.com needs delegates: give FullAccess to noah.park@relecloud.com and sofia.berg@relecloud.com, AutoMapping on
mailbox.add-delegates	accounts-payable@relecloud.com,expenses@relecloud.com	add delegates to the accounts-payable@relecloud.com and expenses@relecloud.com mailboxes, full access and send as
mailbox.add-delegates	ceo-office@relecloud.com	Mailbox delegation on ceo-office@relecloud.com: add the two EAs as Read and manage (Full Access) and Send on behalf
mailbox.add-delegates		i need to add delegates to a few mailboxes in bulk, full access without automapping
mailbox.add-users-as-delegates	helpdesk@relecloud.com	make marcus.obi@relecloud.com a delegate on helpdesk@relecloud.com with full access
mailbox.add-users-as-delegates	reception@relecloud.com,hr-inbox@relecloud.com	user ines.costa@relecloud.com: grant her FullAccess + SendAs on reception@relecloud.com and hr-inbox@relecloud.com, -AutoMapping $false
mailbox.add-users-as-delegates	accounts-payable@relecloud.com	new AP clerk farah.qureshi@relecloud.com should be added as a delegate to accounts-payable@relecloud.com
mailbox.add-users-as-delegates	ceo-office@relecloud.com,board-secretary@relecloud.com	select user ravi.menon@relecloud.com and add him as delegate (full access, send on behalf) to ceo-office@relecloud.com and board-secretary@relecloud.com
mailbox.assign-contacts-folder-delegate	omar.haddad@relecloud.com	give greta.lind@relecloud.com Editor on omar.haddad@relecloud.com's Contacts folder
mailbox.assign-contacts-folder-delegate	ravi.menon@relecloud.com	Add-MailboxFolderPermission ravi.menon@relecloud.com:\\Contacts -User ines.costa@relecloud.com -AccessRights Reviewer
mailbox.assign-contacts-folder-delegate	priya.nair@relecloud.com,hana.sato@relecloud.com	the assistant needs to see the contacts of priya.nair@relecloud.com and hana.sato@relecloud.com, read only is fine
mailbox.assign-contacts-folder-delegate	kwame.asante@relecloud.com	ticket 40831: Kwame wants his EA to be able to manage his contacts, delegate kwame.asante@relecloud.com's Contacts folder to chloe.dubois@relecloud.com as editor
mailbox.configure-auto-reply	sofia.berg@relecloud.com	set an out of office on sofia.berg@relecloud.com from 2 Mar to 13 Mar, internal msg: on parental leave, contact noah.park@relecloud.com
mailbox.configure-auto-reply	tomas.kral@relecloud.com	Set-MailboxAutoReplyConfiguration tomas.kral@relecloud.com -AutoReplyState Scheduled -StartTime 2026-12-21 -EndTime 2027-01-04 -ExternalAudience Known
mailbox.configure-auto-reply	elena.vasquez@relecloud.com	elena.vasquez@relecloud.com is back from leave but her autoreply is still going, pls turn it off
mailbox.configure-auto-reply	benedikt.a@relecloud.com	benedikt left today, put an automatic reply on benedikt.a@relecloud.com telling people to email sales@relecloud.com instead
mailbox.convert-to-shared	benedikt.a@relecloud.com	convert benedikt.a@relecloud.com to a shared mailbox and remove the E3 license
mailbox.convert-to-shared	lucia.ferro@relecloud.com,ivan.petrov@relecloud.com	Set-Mailbox -Type Shared for lucia.ferro@relecloud.com and ivan.petrov@relecloud.com, both leavers from last week
mailbox.convert-to-shared	Yusuf Demir	Yusuf Demir's last day was friday, can u turn his mailbox into a shared one so the team can still get to it
mailbox.convert-to-shared	events@relecloud.com	events@relecloud.com is a licensed user mailbox that 5 people log into, EAC > Others > Convert to shared mailbox pls
mailbox.copy-permissions-from	noah.park@relecloud.com	noah.park@relecloud.com is taking over from Sofia, copy the mailbox permissions from sofia.berg@relecloud.com onto him
mailbox.copy-permissions-from	farah.qureshi@relecloud.com,ben.achebe@relecloud.com	for farah.qureshi@relecloud.com and ben.achebe@relecloud.com copy mailbox permissions (FullAccess, SendAs, SendOnBehalf) from omar.haddad@relecloud.com, mode Add so existing rights stay
mailbox.copy-permissions-from	yuki.mori@relecloud.com	give yuki.mori@relecloud.com the same mailbox access that greta.lind@relecloud.com has, replace her existing perms
mailbox.copy-permissions-from	Chloe Dubois	ticket 40855: Chloe Dubois needs all the mailbox permissions copied from her predecessor Yusuf Demir
mailbox.copy-permissions-to	sofia.berg@relecloud.com	copy sofia.berg@relecloud.com's mailbox permissions to noah.park@relecloud.com
mailbox.copy-permissions-to	omar.haddad@relecloud.com	take all the mailbox perms omar.haddad@relecloud.com has (FullAccess, SendAs, SendOnBehalf) and copy them to the two new analysts ben.achebe@relecloud.com and farah.qureshi@relecloud.com
mailbox.copy-permissions-to	greta.lind@relecloud.com	clone greta.lind@relecloud.com's mailbox permissions (FullAccess + SendAs) over to yuki.mori@relecloud.com, mode Replace
mailbox.copy-permissions-to	Ravi Menon	pls duplicate Ravi Menon's mailbox access onto his backup Marcus Obi while Ravi is on sabbatical
mailbox.create		create a mailbox for new hire Aisha Bello, aisha.bello@relecloud.com, license E3
mailbox.create		New-Mailbox -Name "Jonas Weber" -MicrosoftOnlineServicesID jonas.weber@relecloud.com -ResetPasswordOnNextLogon $true
mailbox.create		we have a new accountant starting monday, Mei Tanaka, she'll need a mailbox
mailbox.create		EAC > Recipients > Mailboxes > Add a user mailbox: first name Pedro, last name Alves, alias pedro.alves, CustomAttribute1 Finance
mailbox.create-resource		create a room mailbox for Orion conference room, 3rd floor, capacity 10
mailbox.create-resource		New-Mailbox -Name "Pool Car 2" -Equipment, then -AutomateProcessing AutoAccept and -MaximumDurationInMinutes 480
mailbox.create-resource		we just got a new portable projector, can it have its own bookable calendar like the other equipment?
mailbox.create-resource		Add resource > Room: Huddle 5B, alias huddle-5b, booking window 90 days, no recurring meetings
mailbox.create-shared		create a shared mailbox for the legal team, legal-intake@relecloud.com
mailbox.create-shared		New-Mailbox -Shared -Name "Customer Success" -PrimarySmtpAddress success@relecloud.com, FullAccess for noah.park@relecloud.com
mailbox.create-shared		the recruiting folks want one common inbox they can all read, called Careers, can you set that up
mailbox.create-shared		Add a shared mailbox: display name Facilities Requests, alias facilities, retention policy Default MRM Policy
mailbox.edit	greta.lind@relecloud.com	Set-Mailbox greta.lind@relecloud.com -HiddenFromAddressListsEnabled $true, she's on long-term leave
mailbox.edit	ivan.petrov@relecloud.com	Set-Mailbox ivan.petrov@relecloud.com -CustomAttribute3 "CostCenter-4410" and update his department to Logistics
mailbox.edit	Priya Nair	Priya Nair's mailbox needs her new office phone 555 0134 and title Head of Data
mailbox.edit	marcus.obi@relecloud.com	add a MailTip on marcus.obi@relecloud.com: responses may be delayed, I'm travelling until the 30th
mailbox.edit-equipment	van01@relecloud.com	Set-CalendarProcessing van01@relecloud.com -AutomateProcessing AutoAccept -AllowConflicts $false
mailbox.edit-equipment	projector-2@relecloud.com	-BookingWindowInDays 30 on the projector-2@relecloud.com equipment mailbox pls
mailbox.edit-equipment	van01@relecloud.com	make ben.achebe@relecloud.com the resource delegate for the van01@relecloud.com equipment mailbox so he approves bookings
mailbox.edit-equipment	Camera Kit A	equipment mailbox Camera Kit A: limit bookings to max 2 days, block recurring bookings
mailbox.edit-room	conf-orion@relecloud.com	set ResourceCapacity on room conf-orion@relecloud.com to 16 now that they've added chairs
mailbox.edit-room	room-4b@relecloud.com	Set-CalendarProcessing room-4b@relecloud.com -BookingWindowInDays 365 -AllowRecurringMeetings $true
mailbox.edit-room	Boardroom North	Boardroom North room mailbox keeps accepting double bookings, pls stop it allowing conflicts
mailbox.edit-room	huddle-5b@relecloud.com	room huddle-5b@relecloud.com: max meeting length 60 min and rename it Huddle 5B (4 seats)
mailbox.edit-shared	helpdesk@relecloud.com	helpdesk@relecloud.com shared mailbox > Email addresses: add smtp:servicedesk@relecloud.com
mailbox.edit-shared	accounts-payable@relecloud.com	Set-Mailbox accounts-payable@relecloud.com -RetentionPolicy "Finance 7yr", it's a shared mailbox
mailbox.edit-shared	hr-inbox@relecloud.com	rename the shared mailbox hr-inbox@relecloud.com to People Team Inbox
mailbox.edit-shared	reception@relecloud.com	on shared mailbox reception@relecloud.com remove the old front-desk@relecloud.com alias and change the address book policy to ABP-Staff
mailbox.edit-type	training-room@relecloud.com	training-room@relecloud.com was created as a user mailbox by mistake, change its type to room
mailbox.edit-type	van02@relecloud.com	Set-Mailbox van02@relecloud.com -Type Equipment
mailbox.edit-type	events@relecloud.com	convert events@relecloud.com from shared back to a regular user mailbox, Yara is taking it over personally
mailbox.edit-type	studio-b@relecloud.com	change mailbox type on studio-b@relecloud.com from room to equipment, it's a recording kit not a room
mailbox.forward-to-recipient	ivan.petrov@relecloud.com	forward ivan.petrov@relecloud.com's mail to his manager Greta Lind, keep a copy in his mailbox
mailbox.forward-to-recipient	yusuf.demir@relecloud.com	Set-Mailbox yusuf.demir@relecloud.com -ForwardingAddress chloe.dubois@relecloud.com -DeliverToMailboxAndForward $false
mailbox.forward-to-recipient	lucia.ferro@relecloud.com	lucia.ferro@relecloud.com is on leave, pls send her incoming mail to Ravi Menon internally
mailbox.forward-to-recipient	sofia.berg@relecloud.com,elena.vasquez@relecloud.com	Manage mail flow settings > Email forwarding: forward sofia.berg@relecloud.com and elena.vasquez@relecloud.com to the helpdesk@relecloud.com mailbox
mailbox.forward-to-smtp	tomas.kral@relecloud.com	forward tomas.kral@relecloud.com to t.kral@proseware.com, he's seconded there for 3 months
mailbox.forward-to-smtp	benedikt.a@relecloud.com	Set-Mailbox benedikt.a@relecloud.com -ForwardingSmtpAddress benedikt.private@outlook.com -DeliverToMailboxAndForward $true
mailbox.forward-to-smtp	hana.sato@relecloud.com	can hana.sato@relecloud.com's emails also go to her external address hana@satoconsulting.jp? she's working from there
mailbox.forward-to-smtp	kwame.asante@relecloud.com,yuki.mori@relecloud.com	ticket 40877: set ForwardingSmtpAddress to audit-team@adatum.com for kwame.asante@relecloud.com and yuki.mori@relecloud.com during the audit
mailbox.grant-manager-full-access	yusuf.demir@relecloud.com	yusuf.demir@relecloud.com left, grant his manager Full Access (Read and manage) to the mailbox
mailbox.grant-manager-full-access	ivan.petrov@relecloud.com,lucia.ferro@relecloud.com	give the managers of ivan.petrov@relecloud.com and lucia.ferro@relecloud.com FullAccess on those mailboxes, AutoMapping $true
mailbox.grant-manager-full-access	Benedikt Albers	Benedikt Albers's boss needs to get into his mailbox to pick up customer threads
mailbox.grant-manager-full-access	farah.qureshi@relecloud.com	ticket 40890: line manager of farah.qureshi@relecloud.com needs full mailbox access while she's on medical leave, no automapping
mailbox.grant-send-on-behalf	omar.haddad@relecloud.com	let chloe.dubois@relecloud.com send on behalf of omar.haddad@relecloud.com
mailbox.grant-send-on-behalf	ravi.menon@relecloud.com	Set-Mailbox ravi.menon@relecloud.com -GrantSendOnBehalfTo @{Add="marcus.obi@relecloud.com"}
mailbox.grant-send-on-behalf	Priya Nair	Priya Nair wants her assistant to send meeting invites and emails on her behalf, can u set that up
mailbox.grant-send-on-behalf	reception@relecloud.com	reception@relecloud.com > Mailbox delegation > Send on behalf: add noah.park@relecloud.com and sofia.berg@relecloud.com
mailbox.manage-archive	ivan.petrov@relecloud.com	enable the online archive for ivan.petrov@relecloud.com
mailbox.manage-archive	priya.nair@relecloud.com,omar.haddad@relecloud.com	Enable-Mailbox -AutoExpandingArchive for priya.nair@relecloud.com and omar.haddad@relecloud.com
mailbox.manage-archive	elena.vasquez@relecloud.com	elena.vasquez@relecloud.com's mailbox is almost full, pls turn on archiving for her so old mail can move off
mailbox.manage-archive	temp-scanner@relecloud.com	Disable-Mailbox temp-scanner@relecloud.com -Archive, it shouldn't have one
mailbox.manage-litigation-hold	ben.achebe@relecloud.com	EAC > Mailboxes > Others > Litigation hold: enable for ben.achebe@relecloud.com, note LIT-2291
mailbox.manage-litigation-hold	yusuf.demir@relecloud.com	Set-Mailbox yusuf.demir@relecloud.com -LitigationHoldEnabled $true -LitigationHoldDuration 2555 -RetentionComment "HR dispute"
mailbox.manage-litigation-hold	greta.lind@relecloud.com	legal closed the matter, remove the litigation hold from greta.lind@relecloud.com
mailbox.manage-litigation-hold	Marcus Obi	ticket 40903: counsel asked us to preserve everything in Marcus Obi's mailbox incl. deleted items, indefinitely
mailbox.manage-quota	hana.sato@relecloud.com	raise hana.sato@relecloud.com's mailbox quota to 100GB
mailbox.manage-quota	accounts-payable@relecloud.com	Set-Mailbox accounts-payable@relecloud.com -IssueWarningQuota 45GB -ProhibitSendQuota 48GB -ProhibitSendReceiveQuota 50GB
mailbox.manage-quota	Kwame Asante	Kwame Asante can't send, says his mailbox is full, can we up his storage limit
mailbox.manage-quota	tomas.kral@relecloud.com,ines.costa@relecloud.com	lower the warning quota for tomas.kral@relecloud.com and ines.costa@relecloud.com to 20GB, they're on a smaller plan
mailbox.manage-send-as	helpdesk@relecloud.com	give yuki.mori@relecloud.com send as on helpdesk@relecloud.com
mailbox.manage-send-as	hr-inbox@relecloud.com	Add-RecipientPermission hr-inbox@relecloud.com -Trustee ines.costa@relecloud.com -AccessRights SendAs
mailbox.manage-send-as	accounts-payable@relecloud.com	farah.qureshi@relecloud.com should no longer be able to send as accounts-payable@relecloud.com, pls remove it
mailbox.manage-send-as	Careers	the Careers mailbox: add send as for the two recruiters and remove it from Yusuf
mailbox.manage-services	ivan.petrov@relecloud.com	disable IMAP and POP on ivan.petrov@relecloud.com
mailbox.manage-services	temp-scanner@relecloud.com	Set-CASMailbox temp-scanner@relecloud.com -OWAEnabled $false -ActiveSyncEnabled $false -EwsEnabled $false
mailbox.manage-services	chloe.dubois@relecloud.com	chloe.dubois@relecloud.com can't log into outlook on the web, looks like OWA got switched off, pls enable it
mailbox.manage-services	Ravi Menon	Manage email apps settings for Ravi Menon: turn MAPI back on, leave ActiveSync off
mailbox.remove	yusuf.demir@relecloud.com	delete the mailbox yusuf.demir@relecloud.com, retention period is over
mailbox.remove	temp-scanner@relecloud.com,test-kiosk@relecloud.com	Remove-Mailbox temp-scanner@relecloud.com and test-kiosk@relecloud.com -PermanentlyDelete
mailbox.remove	oldhelpdesk@relecloud.com	pls remove the oldhelpdesk@relecloud.com mailbox, everything moved to the new one
mailbox.remove	Lucia Ferro	ticket 40915: offboarding complete for Lucia Ferro, delete her mailbox
mailbox.remove-delegates	ceo-office@relecloud.com	remove marcus.obi@relecloud.com's full access from ceo-office@relecloud.com
mailbox.remove-delegates	reception@relecloud.com	Remove-MailboxPermission reception@relecloud.com -User sofia.berg@relecloud.com -AccessRights FullAccess
mailbox.remove-delegates	hr-inbox@relecloud.com	hr-inbox@relecloud.com has way too many people with access, strip all the delegates except the HR team
mailbox.remove-delegates	Omar Haddad	ticket 40921: audit found 3 old delegates on Omar Haddad's mailbox, pls remove them
mailbox.remove-user-access	marcus.obi@relecloud.com	marcus.obi@relecloud.com changed roles, remove his access to every other mailbox
mailbox.remove-user-access	ben.achebe@relecloud.com	strip all FullAccess, SendAs and SendOnBehalf that ben.achebe@relecloud.com has on other mailboxes
mailbox.remove-user-access	Ines Costa	Ines Costa is leaving HR, revoke her permissions on all the mailboxes she can get into, incl send as
mailbox.remove-user-access	ivan.petrov@relecloud.com	offboarding: remove user access for ivan.petrov@relecloud.com on every mailbox, include Send As and Send on behalf
mailbox.set-archive-name	priya.nair@relecloud.com	set the archive name for priya.nair@relecloud.com to Priya - Archive
mailbox.set-archive-name	omar.haddad@relecloud.com	Set-Mailbox omar.haddad@relecloud.com -ArchiveName "Omar Haddad Online Archive"
mailbox.set-archive-name	Hana Sato	Hana Sato wants her archive folder in Outlook to be called Old Projects instead of In-Place Archive
mailbox.set-archive-name	elena.vasquez@relecloud.com	rename the archive on elena.vasquez@relecloud.com to Elena 2020-2025
mailbox.set-audit	ceo-office@relecloud.com	enable mailbox auditing on ceo-office@relecloud.com
mailbox.set-audit	priya.nair@relecloud.com,ravi.menon@relecloud.com	Set-Mailbox -AuditEnabled $true for priya.nair@relecloud.com and ravi.menon@relecloud.com
mailbox.set-audit	test-kiosk@relecloud.com	Set-Mailbox test-kiosk@relecloud.com -AuditEnabled $false, it's just noise
mailbox.set-audit	accounts-payable@relecloud.com	security wants to see who opens accounts-payable@relecloud.com, can we switch on mailbox audit for it
mailbox.set-regional-settings	tomas.kral@relecloud.com	change tomas.kral@relecloud.com's mailbox language to Czech (cs-CZ) and localize the folder names
mailbox.set-regional-settings	hana.sato@relecloud.com	Set-MailboxRegionalConfiguration hana.sato@relecloud.com -TimeZone "Tokyo Standard Time" -DateFormat yyyy/MM/dd
mailbox.set-regional-settings	Lucia Ferro	Lucia Ferro's Outlook shows everything in English, she wants Italian
mailbox.set-regional-settings	ines.costa@relecloud.com	ines.costa@relecloud.com moved to Lisbon, set her mailbox -TimeZone "GMT Standard Time" and -TimeFormat HH:mm
mobile-device.allow-quarantined		noah.park@relecloud.com's new iPhone is quarantined, pls allow it
mobile-device.allow-quarantined		greta.lind@relecloud.com has a device sitting in quarantine (DeviceId ApplF4K29XQ1), allow it so ActiveSync can connect
mobile-device.allow-quarantined		Ravi's phone says access blocked pending admin approval, can you approve it
mobile-device.allow-quarantined		EAC > Mobile > Quarantined devices: allow the Samsung for kwame.asante@relecloud.com
mobile-device.remove		remove the old Pixel from sofia.berg@relecloud.com's mobile devices list
mobile-device.remove		Remove-MobileDevice for the stale ActiveSync partnerships on omar.haddad@relecloud.com, the ones not synced since 2024
mobile-device.remove		Chloe replaced her phone, pls delete the old one from exchange so it stops showing up
mobile-device.remove		Get-MobileDevice -Mailbox ivan.petrov@relecloud.com shows the returned iPad, Remove-MobileDevice that partnership
mobile-device.wipe		ben.achebe@relecloud.com's phone was stolen in the airport, wipe it now
mobile-device.wipe		Clear-MobileDevice on yusuf.demir@relecloud.com's iPhone -AccountOnly, it's his personal phone
mobile-device.wipe		Hana left her work tablet in a taxi, factory reset it remotely please
mobile-device.wipe		ticket 40930: remote wipe the device of lucia.ferro@relecloud.com and send the confirmation to security@relecloud.com
none		morning all
none		thx, that worked perfectly
none		is the Exchange admin center down for anyone else?
none		what does the AutoMapping setting actually do?
none		ugh, another all-hands at 4pm
none		how long does a mailbox stay recoverable after it's deleted?
none		can you order me a new monitor
none		lol no worries
none		what's the weather like in Lisbon this week
none		ok cool, I'll check with the user and get back to you
none		who approved that change yesterday?
none		is there a way to see which mailboxes are over 90% full?
none		lunch?
none		sorry wrong chat
none		Outlook keeps asking me for my password, so annoying
none		good catch, thanks for flagging
`,
);
