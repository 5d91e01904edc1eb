import { corpusSet } from './corpus-set';

/** Microsoft 365 identity requests: wideworldimporters.com: context, indirect asks and display names, written as training data. */
export const IDENTITY_TRAIN_F = corpusSet(
  'identity-train-f',
  `action	targets	text
user.add-tags	lena.vogt@wideworldimporters.com,marco.ferri@wideworldimporters.com	tag lena.vogt@wideworldimporters.com and marco.ferri@wideworldimporters.com with Copilot-Pilot
user.add-tags	Priya Raman	Priya Raman is joining the Intune pilot per her manager, can we add the tag "Intune-Wave2" to her?
user.add-tags	dmitri.k@wideworldimporters.com	ticket 48213: please add the tag Contractor-2026 to dmitri.k@wideworldimporters.com so we can filter contractors in reports
user.add-tags	Tomás Herrera,Aiko Tanaka	Tomás Herrera and Aiko Tanaka need the EMEA-Sales tag added, ops wants them showing up in the regional view
user.remove-tags	j.okafor@wideworldimporters.com	remove the Copilot-Pilot tag from j.okafor@wideworldimporters.com, she dropped out of the pilot
user.remove-tags	Hannah Becker	Hannah Becker finished her secondment, can we take the "Loan-Finance" tag off her?
user.remove-tags	rsilva@wideworldimporters.com,kwame.b@wideworldimporters.com	untag rsilva@wideworldimporters.com and kwame.b@wideworldimporters.com: drop Wave1
user.remove-tags	olivia.park@wideworldimporters.com	pls remove tag VIP from olivia.park@wideworldimporters.com, HR says she's no longer on the exec team
user.flush-tags	sam.whitfield@wideworldimporters.com	clear all tags on sam.whitfield@wideworldimporters.com
user.flush-tags	Nadia Petrova	Nadia Petrova moved teams and none of her old tags apply anymore, can we wipe every tag she has?
user.flush-tags	b.nguyen@wideworldimporters.com,c.ortiz@wideworldimporters.com	ticket 50917: strip every Steward tag from b.nguyen@wideworldimporters.com and c.ortiz@wideworldimporters.com, we want to start them fresh
user.flush-tags	ali.hassan@wideworldimporters.com	remove all the tags from ali.hassan@wideworldimporters.com, every single one
user.manage-tags	felix.wagner@wideworldimporters.com	on felix.wagner@wideworldimporters.com swap the Wave1 tag for Wave2
user.manage-tags	Grace Liu	Grace Liu needs her tags fixed: add Finance-Pilot and remove Marketing-Pilot, she transfered last week
user.manage-tags	ivan.m@wideworldimporters.com,t.obrien@wideworldimporters.com	for ivan.m@wideworldimporters.com and t.obrien@wideworldimporters.com add tag Remote and remove tag Onsite-Seattle in one go
user.manage-tags	Rachel Adeyemi	retag Rachel Adeyemi: drop "Probation", add "Permanent" (HR confirmed her contract)
user.set-portal-attribute	m.costa@wideworldimporters.com	set the portal attribute CostCenter to 4410 for m.costa@wideworldimporters.com
user.set-portal-attribute	Kenji Watanabe	Finance asked us to update Kenji Watanabe's BillingCode portal attribute to WWI-NA-07
user.set-portal-attribute	p.novak@wideworldimporters.com,e.lindqvist@wideworldimporters.com	set extensionAttribute7 = "Warehouse" on p.novak@wideworldimporters.com and e.lindqvist@wideworldimporters.com
user.set-portal-attribute	derek.mills@wideworldimporters.com	derek.mills@wideworldimporters.com left the badge program, can we clear his BadgeTier portal attribute?
user.bulk-edit-properties		set department to "Logistics" and office to "Building 4" for all 12 users in the attached CSV
user.bulk-edit-properties		HR is restructuring sales: can we update the job title to "Account Manager" for jsmith@wideworldimporters.com, lpatel@wideworldimporters.com and ahmed.r@wideworldimporters.com in one go?
user.bulk-edit-properties		bulk edit: everyone on the Auckland team gets city Auckland, country New Zealand, usage location NZ
user.bulk-edit-properties		ticket 51200: the 30 new warehouse hires all need company name "Wide World Importers Logistics" and department Distribution, list is in the ticket
user.manage-password	erin.walsh@wideworldimporters.com	reset the password for erin.walsh@wideworldimporters.com and make her change it at next sign-in
user.manage-password	Luis Fernández	Luis Fernández is locked out and forgot his password, can you generate a temp one and email it to his manager rosa.diaz@wideworldimporters.com?
user.manage-password	kiosk01@wideworldimporters.com,kiosk02@wideworldimporters.com	set a new random password on kiosk01@wideworldimporters.com and kiosk02@wideworldimporters.com, no forced change at login
user.manage-password	Ben Carter	helpdesk ticket 49822: Ben Carter needs a password reset, require MFA before he can pick his own
user.revoke-sessions	f.moreau@wideworldimporters.com	revoke all sessions for f.moreau@wideworldimporters.com
user.revoke-sessions	Jacob Stein	Jacob Stein's laptop was stolen at the airport, sign him out of every active session right now
user.revoke-sessions	amy.chen@wideworldimporters.com,r.kowalski@wideworldimporters.com	security asked us to kill the refresh tokens for amy.chen@wideworldimporters.com and r.kowalski@wideworldimporters.com after the phishing click
user.revoke-sessions	Mateo Rossi	Mateo Rossi changed his password but he's still signed in on his old phone, can we force a sign out of all his sessions?
user.reset-mfa	s.brennan@wideworldimporters.com	reset mfa for s.brennan@wideworldimporters.com
user.reset-mfa	Fatima Zahra	Fatima Zahra got a new phone and the Authenticator didn't transfer, she needs to register MFA again
user.reset-mfa	h.ito@wideworldimporters.com,g.murphy@wideworldimporters.com	ticket 50133: clear the MFA methods on h.ito@wideworldimporters.com and g.murphy@wideworldimporters.com so they re-register at next login
user.reset-mfa	owen.price@wideworldimporters.com	can we make it so owen.price@wideworldimporters.com has to set up his MFA from scratch? he lost his hardware token
user.set-sign-in-status	k.dubois@wideworldimporters.com	block sign-in for k.dubois@wideworldimporters.com
user.set-sign-in-status	Victor Almeida	HR says Victor Almeida is suspended pending an investigation, he shouldn't be able to sign in until further notice
user.set-sign-in-status	lucy.hart@wideworldimporters.com	lucy.hart@wideworldimporters.com is back from maternity leave, pls unblock her account
user.set-sign-in-status	temp.scan1@wideworldimporters.com,temp.scan2@wideworldimporters.com	disable login on temp.scan1@wideworldimporters.com and temp.scan2@wideworldimporters.com, the stocktake project is over
user.manage-licenses	n.shah@wideworldimporters.com	assign an E3 license to n.shah@wideworldimporters.com
user.manage-licenses	Elena Popescu	Elena Popescu moved to a frontline role, her manager wants her E5 swapped for an F3 license
user.manage-licenses	j.reyes@wideworldimporters.com,a.kim@wideworldimporters.com	give j.reyes@wideworldimporters.com and a.kim@wideworldimporters.com Power BI Pro, charge it to the Finance license pool
user.manage-licenses	Thomas Brandt	ticket 50450: Thomas Brandt needs a Visio Plan 2 licence for the warehouse redesign project
user.manage-service-plans	c.white@wideworldimporters.com	disable the Yammer plan in c.white@wideworldimporters.com's E3
user.manage-service-plans	Sofia Marquez	Sofia Marquez's manager wants the Teams service plan turned off in her E5 but everything else in the license left on
user.manage-service-plans	r.gupta@wideworldimporters.com,l.svensson@wideworldimporters.com	enable all service plans on the E3 SKU for r.gupta@wideworldimporters.com and l.svensson@wideworldimporters.com
user.manage-service-plans	Noah Fischer	can we switch the Exchange Online plan back on inside Noah Fischer's Business Premium? it got disabled by mistake
user.remove-all-licenses	d.hale@wideworldimporters.com	remove all licenses from d.hale@wideworldimporters.com
user.remove-all-licenses	Marta Kowalczyk	Marta Kowalczyk left on Friday, strip every license she has so we get the seats back
user.remove-all-licenses	old.reception@wideworldimporters.com,old.shipping@wideworldimporters.com	unlicense old.reception@wideworldimporters.com and old.shipping@wideworldimporters.com completely, they're retired shared accounts
user.remove-all-licenses	Pieter de Vries	ticket 49007: Pieter de Vries is on unpaid leave for 6 months, HR asked that he hold no licenses at all in the meantime
user.remove-from-all-groups	g.santos@wideworldimporters.com	remove g.santos@wideworldimporters.com from all groups
user.remove-from-all-groups	Isabelle Laurent	Isabelle Laurent is leaving for a competitor, pull her out of every group she's in: security, M365, distribution, all of it
user.remove-from-all-groups	t.baker@wideworldimporters.com	offboarding ticket 51322: t.baker@wideworldimporters.com needs to be taken out of every group membership today
user.remove-from-all-groups	Yusuf Demir	can we clear all group memberships for Yusuf Demir? he's moving over to the subsidiary's tenant
user.rejoin-groups	a.lopez@wideworldimporters.com	put a.lopez@wideworldimporters.com back into the groups she was removed from
user.rejoin-groups	Chloe Martin	Chloe Martin withdrew her resignation, she needs to rejoin all the groups we pulled her out of on Monday
user.rejoin-groups	m.ahmed@wideworldimporters.com	ticket 50611: we ran remove-from-all-groups on m.ahmed@wideworldimporters.com by mistake, add him back to all the groups he was removed from
user.rejoin-groups	Daniel Okoro	Daniel Okoro is back from sabbatical, re-add him to the same groups he was in before we took him out
user.manage-mfa	w.chang@wideworldimporters.com	enforce per-user MFA on w.chang@wideworldimporters.com
user.manage-mfa	Laura Bianchi	Laura Bianchi is a new finance approver and audit wants per-user MFA enabled on her account
user.manage-mfa	svc.printer@wideworldimporters.com	turn off per-user MFA for svc.printer@wideworldimporters.com, the scanner can't do a second factor and it's excluded by CA anyway
user.manage-mfa	Arjun Mehta,Zoe Clarke	set per-user MFA to enforced for Arjun Mehta and Zoe Clarke and make SMS their default method
user.clone	k.jensen@wideworldimporters.com	clone k.jensen@wideworldimporters.com as l.moreno@wideworldimporters.com
user.clone	Rebecca Shaw	we've got a new buyer starting Monday, Sam Ortiz; set him up exactly like Rebecca Shaw (copy her licenses, groups and properties)
user.clone	p.wright@wideworldimporters.com	ticket 50721: create j.tan@wideworldimporters.com by copying p.wright@wideworldimporters.com
user.clone	Henrik Olsen	HR needs an account for the second warehouse supervisor, Ines Duarte. can we make a copy of Henrik Olsen's account for her?
user.create		create a new user Maya Ross, maya.ross@wideworldimporters.com, Sales dept, E3 license
user.create		HR onboarding ticket 51002: new starter Ethan Cole, job title Forklift Operator, dept Warehouse, manager Henrik Olsen, starts 1 Dec
user.create		can we get an account made for the new intern Jonas Weber? jonas.weber@wideworldimporters.com, no license yet
user.create		new user pls: Amara Nwosu, Accounts Payable Clerk, Auckland office, email the temp password to her manager
user.invite-guest	anna.berg@fabrikam.com	invite anna.berg@fabrikam.com as a guest
user.invite-guest	raj@tailspintoys.com	our auditors at Tailspin need access to the finance SharePoint, send a guest invite to raj@tailspintoys.com
user.invite-guest	m.dupont@northwindtraders.com	procurement asked: can we invite m.dupont@northwindtraders.com as an external user, with a note saying it's for the supplier portal?
user.invite-guest	kate.lewis@adatum.com	add a guest account for kate.lewis@adatum.com (consultant from Adatum) and cc me on the invitation
user.password-never-expires	svc.backup@wideworldimporters.com	set password never expires on svc.backup@wideworldimporters.com
user.password-never-expires	kiosk.lobby@wideworldimporters.com	the lobby kiosk account kiosk.lobby@wideworldimporters.com breaks every 90 days when the password expires, can we make it never expire?
user.password-never-expires	Gary Holt	Gary Holt's password was set to never expire by mistake, turn that off so he follows the normal expiry policy
user.password-never-expires	svc.scan@wideworldimporters.com,svc.edi@wideworldimporters.com	ticket 49911: svc.scan@wideworldimporters.com and svc.edi@wideworldimporters.com need non-expiring passwords, they're integration accounts
user.edit-properties	l.fraser@wideworldimporters.com	change the job title of l.fraser@wideworldimporters.com to Senior Buyer
user.edit-properties	Oscar Lindgren	Oscar Lindgren reports to Carla Mendes now, please update the manager on his profile
user.edit-properties	b.ahmed@wideworldimporters.com	update the mobile number for b.ahmed@wideworldimporters.com to +64 21 555 0192
user.edit-properties	Julia Novak	Julia Novak moved to the Melbourne office, can we update her office location and city to match?
user.rename	jess.taylor@wideworldimporters.com	rename jess.taylor@wideworldimporters.com to jess.morgan@wideworldimporters.com, she got married
user.rename	Alex Kim	Alex Kim goes by Alexandra now, HR asked us to change her first name, display name and sign-in name accordingly
user.rename	r.oconnor@wideworldimporters.com	change the UPN of r.oconnor@wideworldimporters.com to ryan.oconnor@wideworldimporters.com and keep the old address as an alias
user.rename	Mohammed Al-Sayed	ticket 51090: Mohammed Al-Sayed's surname is misspelled, it should be Al-Sayyed in his display name, last name and UPN
user.remove	d.ross@wideworldimporters.com	delete the user d.ross@wideworldimporters.com
user.remove	Kevin Doyle	Kevin Doyle's last day was in August and his mailbox is exported, go ahead and delete his account
user.remove	test.user1@wideworldimporters.com,test.user2@wideworldimporters.com	remove test.user1@wideworldimporters.com and test.user2@wideworldimporters.com from Entra, leftovers from the migration
user.remove	Sarah Quinn	offboarding ticket 50980: Sarah Quinn needs to be deleted from the directory, her manager approved
user.remove-guest	tom@litwareinc.com	remove the guest user tom@litwareinc.com
user.remove-guest	Pierre Garnier	the Northwind project has ended, remove the guest Pierre Garnier from our directory
user.remove-guest	j.wu@proseware.com,l.ng@proseware.com	delete guest accounts j.wu@proseware.com and l.ng@proseware.com, the Proseware contract expired
user.remove-guest	Carmen Ruiz	can we get rid of the external guest Carmen Ruiz (from Adatum)? she hasn't signed in for a year
user.restore	m.ivanova@wideworldimporters.com	restore deleted user m.ivanova@wideworldimporters.com
user.restore	Patrick Dunne	Patrick Dunne was deleted yesterday by mistake, he still works here! bring his account back from the recycle bin
user.restore	e.sato@wideworldimporters.com	ticket 51145: e.sato@wideworldimporters.com is coming back as a contractor, undelete her account so she keeps her mailbox
user.restore	Hugo Blanc	HR rehired Hugo Blanc, can we restore his deleted account instead of making a new one?
user.purge-deleted	x.temp@wideworldimporters.com	permanently delete x.temp@wideworldimporters.com from the recycle bin
user.purge-deleted	Brian Lyons	Brian Lyons' account is sitting in deleted users, legal confirmed there's no hold so purge it for good
user.purge-deleted	test.user3@wideworldimporters.com,test.user4@wideworldimporters.com	hard delete test.user3@wideworldimporters.com and test.user4@wideworldimporters.com from deleted users, we need those UPNs freed up
user.purge-deleted	Sandra Mwangi	can we remove Sandra Mwangi from the Entra recycle bin permanently? GDPR erasure request, ticket 50002
security-group.add-members	SG-Finance-Readers	add c.ortiz@wideworldimporters.com to the SG-Finance-Readers security group
security-group.add-members	VPN-Users	Nina Hoffmann needs VPN access, can you put her in the VPN-Users security group?
security-group.add-members	SEC-Warehouse-Scanners,SEC-WMS-Access	ticket 50515: add the new pickers e.cole@wideworldimporters.com and h.park@wideworldimporters.com to security groups SEC-Warehouse-Scanners and SEC-WMS-Access
security-group.add-members	Print-Admins	Carlos Vega has to manage the printers now, IT lead asked for him to be added to the Print-Admins security group
security-group.remove-members	SG-Payroll	remove j.reyes@wideworldimporters.com from the SG-Payroll security group
security-group.remove-members	VPN-Users	Owen Price no longer needs VPN, take him out of the VPN-Users security group
security-group.remove-members	SEC-Admins-Tier1	audit flagged two members of the SEC-Admins-Tier1 security group who shouldn't be there, Franck Moreau and Tom Baker, remove them
security-group.remove-members	Contractors-SG	the contractors finished up, can we pull d.lee@wideworldimporters.com and s.ali@wideworldimporters.com out of the Contractors-SG security group?
security-group.create		create a security group called SG-Customs-Brokers
security-group.create		Legal needs a security group for their new document system: SEC-Legal-DMS, description "Access to legal DMS", owner Rachel Adeyemi
security-group.create		ticket 50888: new security group SG-Auckland-Office please, with Amara Nwosu and Pieter de Vries as members
security-group.create		can we make a security group for the EDI project? name it EDI-Integration-Access
security-group.edit	SG-Customs-Brokers	rename the SG-Customs-Brokers security group to SG-Customs-Agents
security-group.edit	SEC-Legal-DMS	update the description on security group SEC-Legal-DMS to "Read/write access to iManage"
security-group.edit	VPN-Users	the VPN-Users security group needs a better description, networking wants "Users allowed on the Always On VPN"
security-group.edit	SG-Payroll	change the display name of security group SG-Payroll to SG-Payroll-NZ, the AU side is splitting off
security-group.remove	SG-Old-Fileshare	delete the SG-Old-Fileshare security group
security-group.remove	Citrix-Users,Citrix-Admins	we decommissioned Citrix, remove the Citrix-Users and Citrix-Admins security groups
security-group.remove	EDI-Integration-Access	ticket 51201: the EDI project got cancelled, security group EDI-Integration-Access can go
security-group.remove	SEC-Test-Temp	remove security group SEC-Test-Temp, it was only ever for testing
m365-group.add-members	Marketing Team	add l.fraser@wideworldimporters.com to the Marketing Team M365 group
m365-group.add-members	Project Atlas	Sofia Marquez is joining Project Atlas, can you add her as a member of the Project Atlas Microsoft 365 group?
m365-group.add-members	Sales-NZ,Sales-AU	add Arjun Mehta and Zoe Clarke as members of the M365 groups Sales-NZ and Sales-AU
m365-group.add-members	Warehouse Leads	ticket 50330: the new shift supervisors e.cole@wideworldimporters.com and h.olsen@wideworldimporters.com need to be in the Warehouse Leads Microsoft 365 group
m365-group.remove-members	Marketing Team	remove b.nguyen@wideworldimporters.com from the Marketing Team M365 group
m365-group.remove-members	Project Atlas	Mateo Rossi rolled off the project, please take him out of the Project Atlas Microsoft 365 group
m365-group.remove-members	Exec Leadership	HR says Victor Almeida shouldn't have access to Exec Leadership anymore, remove him from that M365 group
m365-group.remove-members	Social Club	kick g.murphy@wideworldimporters.com and t.obrien@wideworldimporters.com out of the Social Club m365 group, they asked to leave
m365-group.create		create a new Microsoft 365 group "Project Harbor", private, owner Grace Liu
m365-group.create		Procurement wants a Microsoft 365 group for supplier onboarding: name Supplier Onboarding, public, alias supplier-onboarding
m365-group.create		ticket 51320: new M365 group for the Christchurch branch please, members are the 8 staff listed in the ticket
m365-group.create		can we set up an m365 group called Quality Assurance with Laura Bianchi as owner and welcome emails turned off?
m365-group.edit	Project Harbor	make the Project Harbor M365 group public
m365-group.edit	Supplier Onboarding	the Supplier Onboarding Microsoft 365 group needs to accept mail from external senders, suppliers keep getting bounces
m365-group.edit	Marketing Team	change the description of the Marketing Team m365 group to "Brand, campaigns and events"
m365-group.edit	Social Club	ticket 50771: hide the Social Club Microsoft 365 group from the address lists, people keep emailing it by accident
m365-group.remove	Project Atlas	delete the Project Atlas M365 group, the project is closed
m365-group.remove	Christmas Party 2025	the Christmas Party 2025 Microsoft 365 group isn't needed anymore, can you remove it?
m365-group.remove	Temp-Migration,Test-Group-Jan	remove the M365 groups Temp-Migration and Test-Group-Jan
m365-group.remove	Old Intranet Team	ticket 49871: the Old Intranet Team m365 group can be deleted along with its team, comms signed off
m365-group.restore	Project Atlas	restore the deleted Project Atlas M365 group
m365-group.restore	Sales-AU	someone deleted the Sales-AU Microsoft 365 group this morning and the whole team lost their files, please bring it back
m365-group.restore	Finance Month End	undelete the Finance Month End m365 group, it was removed by mistake (ticket 50402)
m365-group.restore	HR Policies	can we recover the HR Policies Microsoft 365 group from the deleted groups? it was deleted last week and HR still needs it
m365-group.manage-members	Marketing Team	make olivia.park@wideworldimporters.com an owner of the Marketing Team M365 group
m365-group.manage-members	Project Harbor	Grace Liu is going on leave: add Kenji Watanabe as owner of the Project Harbor Microsoft 365 group and remove her as owner
m365-group.manage-members	Warehouse Leads	Henrik Olsen should be an owner of the Warehouse Leads M365 group, not just a member
m365-group.manage-members	Sales-NZ	on the Sales-NZ Microsoft 365 group, remove n.shah@wideworldimporters.com as owner and make Arjun Mehta a co-owner, she's changing roles
app-registration.delete	Legacy Payroll Connector	delete the app registration "Legacy Payroll Connector"
app-registration.delete	WWI-Test-App-02	ticket 50640: the WWI-Test-App-02 app reg is left over from a PoC, please remove it
app-registration.delete	ShipTrack Sync,ShipTrack Sync Dev	we switched carriers, can we delete the ShipTrack Sync and ShipTrack Sync Dev app registrations?
app-registration.delete	Tableau SSO old	security review flagged the app registration Tableau SSO old (expired secret, no owner), delete it
none		thanks, that worked
none		what's the weather like in Auckland tomorrow?
none		how many E3 licenses do we have left?
none		hi steward
none		this bot is so slow today
none		what's the difference between blocking sign-in and revoking sessions?
none		who approved the last password reset for Ben Carter?
none		can you remind me what time the change freeze starts on Friday?
none		never mind, ignore that
none		lol ok
none		good morning team, coffee's in the kitchen
none		is the M365 admin center down for anyone else?
none		does deleting a security group also delete it on-prem?
none		I'll finish the rest of the onboarding myself, cheers
none		what can you do?
none		ugh, the ticket queue is huge today
`,
);
