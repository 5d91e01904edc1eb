import { corpusSet } from './corpus-set';

/** Microsoft 365 identity requests: humongousinsurance.com: helpdesk shorthand, written as training data. */
export const IDENTITY_TRAIN_E = corpusSet(
  'identity-train-e',
  `action	targets	text
user.add-tags	mokafor@humongousinsurance.com,dkapoor@humongousinsurance.com	tag mokafor@humongousinsurance.com and dkapoor@humongousinsurance.com w/ pilot-copilot
user.add-tags	Lena Brandt	Could you add the tag "Claims-Pilot" to Lena Brandt? She's joining the new claims workflow trial.
user.add-tags	oskar.lindqvist@humongousinsurance.com	ticket 48213: add tags contractor + q3-audit to oskar.lindqvist@humongousinsurance.com
user.add-tags	fatima haddad	pls tag fatima haddad as vip
user.remove-tags	ravi.menon@humongousinsurance.com	remove the pilot-copilot tag from ravi.menon@humongousinsurance.com, pilot ended
user.remove-tags	chloe tremblay	untag chloe tremblay - drop 'contractor', she's fte now
user.remove-tags	Jonas Weber	Please take the VIP tag off Jonas Weber, he moved out of the exec team.
user.remove-tags	atanaka@humongousinsurance.com,gmbeki@humongousinsurance.com	rm tag q3-audit from atanaka@humongousinsurance.com and gmbeki@humongousinsurance.com
user.flush-tags	hdahl@humongousinsurance.com	clear all tags on hdahl@humongousinsurance.com
user.flush-tags	Sofia Castellanos	Can you wipe every Steward tag from Sofia Castellanos? We're redoing her categorisation from scratch.
user.flush-tags	niall.byrne@humongousinsurance.com,ydemir@humongousinsurance.com	flush tags for niall.byrne@humongousinsurance.com, ydemir@humongousinsurance.com
user.flush-tags	Hannah Kowalczyk	ticket 50117 - Hannah Kowalczyk shouldn't have any tags at all anymore, remove the lot
user.manage-tags	mferreira@humongousinsurance.com	swap tag pilot-wave1 for pilot-wave2 on mferreira@humongousinsurance.com
user.manage-tags	Ingrid Solberg	For Ingrid Solberg, add the 'emea-sales' tag and remove 'amer-sales' in one go please.
user.manage-tags	kasante@humongousinsurance.com	tags on kasante@humongousinsurance.com: +remote +field-adjuster -office-based
user.manage-tags	Beatriz Lobo,Tariq Saleem	Update the tags for Beatriz Lobo and Tariq Saleem: replace contractor with fte.
user.set-portal-attribute	elodie.marchand@humongousinsurance.com	set portal attr CostCenter=CC-4410 on elodie.marchand@humongousinsurance.com
user.set-portal-attribute	Pavel Novak	Could you set extensionAttribute7 to 'Underwriting' for Pavel Novak?
user.set-portal-attribute	rdelgado@humongousinsurance.com,lfitzgerald@humongousinsurance.com	ext attr 3 -> LEGACY for rdelgado@humongousinsurance.com and lfitzgerald@humongousinsurance.com
user.set-portal-attribute	Mei Lin Chow	ticket 51002: please clear the BadgeNumber portal attribute on Mei Lin Chow, it's stale
user.bulk-edit-properties		bulk update: set dept to Claims Operations for everyone in the attached csv
user.bulk-edit-properties		All 23 new adjusters on the Omaha onboarding list need office location 'Omaha - 2nd Floor' and company name Humongous Insurance. Can you update them all in one go?
user.bulk-edit-properties		mass edit job title -> Senior Underwriter for the 12 users in underwriting-promos.csv
user.bulk-edit-properties		Ticket 50733: the Leeds team moved offices, please change street address and postal code to 14 Wellington Place, LS1 4AP for every user in the uploaded list.
user.manage-password	zqureshi@humongousinsurance.com	reset pw for zqureshi@humongousinsurance.com, force change at next login
user.manage-password	Felix Hartmann	Felix Hartmann forgot his password, can you generate a temporary one and email it to his manager nadia.petrova@humongousinsurance.com?
user.manage-password	ogallagher@humongousinsurance.com,mokafor@humongousinsurance.com	ticket 49877: pwd reset for ogallagher@humongousinsurance.com + mokafor@humongousinsurance.com, random temp pw, must change on next sign in
user.manage-password	dev kapoor	new pw for dev kapoor pls, hes at the front desk waiting
user.revoke-sessions	lena.brandt@humongousinsurance.com	revoke sessions lena.brandt@humongousinsurance.com - lost laptop
user.revoke-sessions	Oskar Lindqvist	Please sign Oskar Lindqvist out of everything, his phone was stolen at the airport.
user.revoke-sessions	fhaddad@humongousinsurance.com,rmenon@humongousinsurance.com	kill all active sessions for fhaddad@humongousinsurance.com and rmenon@humongousinsurance.com
user.revoke-sessions	Chloe Tremblay	Ticket 50233 - invalidate the refresh tokens for Chloe Tremblay, we're seeing suspicious sign-ins from abroad.
user.reset-mfa	jweber@humongousinsurance.com	reset mfa jweber@humongousinsurance.com, new phone
user.reset-mfa	Aiko Tanaka	Aiko Tanaka got a new phone and can't get into Authenticator, can you make her register MFA again?
user.reset-mfa	gmbeki@humongousinsurance.com,hdahl@humongousinsurance.com	mfa reset for gmbeki@humongousinsurance.com + hdahl@humongousinsurance.com pls, both swapped devices
user.reset-mfa	Sofia Castellanos	Ticket 48890: Sofia Castellanos needs to re-register her MFA methods from scratch, please clear her existing ones.
user.set-sign-in-status	niall.byrne@humongousinsurance.com	block sign-in niall.byrne@humongousinsurance.com
user.set-sign-in-status	Yusuf Demir	Yusuf Demir shouldn't be able to sign in until HR finishes the investigation.
user.set-sign-in-status	hkowalczyk@humongousinsurance.com	unblock hkowalczyk@humongousinsurance.com, back from leave
user.set-sign-in-status	Mateo Ferreira,Ingrid Solberg	Please re-enable login for Mateo Ferreira and Ingrid Solberg, the sign-in block was a mistake.
user.manage-licenses	kwame.asante@humongousinsurance.com	assign e3 to kwame.asante@humongousinsurance.com
user.manage-licenses	Beatriz Lobo	Could you swap Beatriz Lobo from E3 to E5? Charge it to the Claims license pool.
user.manage-licenses	tsaleem@humongousinsurance.com	lic: remove visio plan 2 from tsaleem@humongousinsurance.com
user.manage-licenses	emarchand@humongousinsurance.com,pnovak@humongousinsurance.com	ticket 51220 - new hires emarchand@humongousinsurance.com and pnovak@humongousinsurance.com need m365 e3 + teams phone, usage location US
user.manage-service-plans	rosa.delgado@humongousinsurance.com	disable yammer in e3 for rosa.delgado@humongousinsurance.com
user.manage-service-plans	Liam Fitzgerald	Can you turn off Sway and Forms within Liam Fitzgerald's E5? Keep the rest of the license as it is.
user.manage-service-plans	mchow@humongousinsurance.com	enable all service plans on e5 for mchow@humongousinsurance.com
user.manage-service-plans	Arjun Pillai,Zara Qureshi	Ticket 49310: switch the Exchange Online (Plan 2) service plan back on in the E5 SKU for Arjun Pillai and Zara Qureshi, someone disabled it.
user.remove-all-licenses	fhartmann@humongousinsurance.com	strip all lic from fhartmann@humongousinsurance.com, leaver
user.remove-all-licenses	Nadia Petrova	Nadia Petrova left last Friday, please remove every license she has.
user.remove-all-licenses	owen.gallagher@humongousinsurance.com,dkapoor@humongousinsurance.com	remove all licenses owen.gallagher@humongousinsurance.com + dkapoor@humongousinsurance.com
user.remove-all-licenses	Marisol Okafor	Ticket 50561: Marisol Okafor is going on a 6-month sabbatical, free up all of her licenses.
user.remove-from-all-groups	lbrandt@humongousinsurance.com	remove lbrandt@humongousinsurance.com from all groups
user.remove-from-all-groups	Oskar Lindqvist	Oskar Lindqvist is leaving Friday - can you take him out of every group he's in, distribution lists included?
user.remove-from-all-groups	fatima.haddad@humongousinsurance.com	pull fatima.haddad@humongousinsurance.com out of all grps incl on-prem ones
user.remove-from-all-groups	Ravi Menon	Ticket 50890: Ravi Menon is moving to a contractor role, remove him from all of his groups except All Staff.
user.rejoin-groups	ctremblay@humongousinsurance.com	rejoin grps for ctremblay@humongousinsurance.com, offboarded by mistake
user.rejoin-groups	Jonas Weber	Jonas Weber is back from leave, please put him back into all the groups he was removed from.
user.rejoin-groups	aiko.tanaka@humongousinsurance.com	re-add aiko.tanaka@humongousinsurance.com to the groups she was pulled out of last wk
user.rejoin-groups	Grace Mbeki	Ticket 51333: Grace Mbeki was removed from all her groups last week by mistake, please put her back in the same groups.
user.manage-mfa	hdahl@humongousinsurance.com	enable per-user mfa for hdahl@humongousinsurance.com
user.manage-mfa	Sofia Castellanos,Niall Byrne	Please set per-user MFA to enforced for Sofia Castellanos and Niall Byrne.
user.manage-mfa	svc-scanner@humongousinsurance.com	disable per-user mfa on svc-scanner@humongousinsurance.com, moving it to CA
user.manage-mfa	ydemir@humongousinsurance.com	ticket 48125 - enforce mfa ydemir@humongousinsurance.com, default method authenticator push
user.clone	hkowalczyk@humongousinsurance.com	clone hkowalczyk@humongousinsurance.com for new hire Tom Reyes
user.clone	Mateo Ferreira	We've got a new claims adjuster starting Monday, Priti Shah - can you set her up as a copy of Mateo Ferreira? Same licenses and groups.
user.clone	ingrid.solberg@humongousinsurance.com	copy ingrid.solberg@humongousinsurance.com -> new acct jlarsen@humongousinsurance.com, same lic + grps
user.clone	Kwame Asante	Ticket 49003: please create Dana Whitfield's account by cloning Kwame Asante (same dept, manager and licenses).
user.create		new user: Carla Mendes, cmendes@humongousinsurance.com, dept Claims, e3
user.create		Please create an account for our new underwriter Victor Osei (victor.osei@humongousinsurance.com), manager Arjun Pillai, and email the temporary password to Arjun.
user.create		create acct for intern Sam Whitaker, title Summer Intern, no lic yet
user.create		Ticket 51402: new starter Leila Farouk in Actuarial, start date 1 Dec. She needs a new account with E5 and a temp password sent to her manager.
user.invite-guest	j.moreau@lexpartners.fr	invite guest j.moreau@lexpartners.fr
user.invite-guest	mark.ellison@crestviewadjusters.com	Can you invite mark.ellison@crestviewadjusters.com as a guest? He's the external loss adjuster on the Hartwell claim.
user.invite-guest	priya@northbeamconsulting.io	guest invite for priya@northbeamconsulting.io, custom msg 'welcome to the reinsurance project'
user.invite-guest	anders.holm@nordicre.no	Ticket 50712: please send a B2B guest invitation to anders.holm@nordicre.no with redirect to myapps.
user.password-never-expires	svc-printer@humongousinsurance.com	set pw never expires on svc-printer@humongousinsurance.com
user.password-never-expires	Beatriz Lobo	Please turn off password never expires for Beatriz Lobo, her password should expire normally again.
user.password-never-expires	svc-backup@humongousinsurance.com,svc-fax@humongousinsurance.com	pwd never expire = on for svc-backup@humongousinsurance.com and svc-fax@humongousinsurance.com
user.password-never-expires	kiosk-lobby@humongousinsurance.com	Ticket 49555: the kiosk account kiosk-lobby@humongousinsurance.com keeps prompting for a password change, set its password to never expire.
user.edit-properties	tsaleem@humongousinsurance.com	change job title for tsaleem@humongousinsurance.com to Claims Team Lead
user.edit-properties	Elodie Marchand	Could you update Elodie Marchand's mobile number to +44 7700 900123 and her office to London - Fenchurch St?
user.edit-properties	pnovak@humongousinsurance.com	set manager of pnovak@humongousinsurance.com = rosa.delgado@humongousinsurance.com
user.edit-properties	Liam Fitzgerald	ticket 51008 - Liam Fitzgerald moved to Fraud Investigations, update his department and employee ID to 77412
user.rename	mchow@humongousinsurance.com	rename mchow@humongousinsurance.com -> meilin.chow@humongousinsurance.com
user.rename	Zara Qureshi	Zara Qureshi got married and is now Zara Haddad-Qureshi - please update her surname, display name and UPN.
user.rename	a.pillai@humongousinsurance.com	upn change: a.pillai@humongousinsurance.com to arjun.pillai@humongousinsurance.com, keep old addr as alias
user.rename	Felix Hartmann	Ticket 50029: Felix Hartmann goes by Fee now, please rename him - first name and display name to Fee Hartmann.
user.remove	ogallagher@humongousinsurance.com	delete user ogallagher@humongousinsurance.com
user.remove	Nadia Petrova	Please delete Nadia Petrova's user account from Entra, her offboarding is complete.
user.remove	test.user1@humongousinsurance.com,test.user2@humongousinsurance.com	del accts test.user1@humongousinsurance.com, test.user2@humongousinsurance.com - old test accts
user.remove	Marisol Okafor	ticket 50400: Marisol Okafor has left the company, remove her user account
user.remove-guest	mark.ellison@crestviewadjusters.com	remove guest mark.ellison@crestviewadjusters.com
user.remove-guest	Anders Holm	The Hartwell claim is closed, please delete the guest account for Anders Holm.
user.remove-guest	priya@northbeamconsulting.io,tcarter@bluefinaudit.com	clean up guests: priya@northbeamconsulting.io, tcarter@bluefinaudit.com
user.remove-guest	Helen Price	Ticket 51100 - the external auditor Helen Price (guest) shouldn't be in our directory anymore, please remove her guest account.
user.restore	ogallagher@humongousinsurance.com	restore deleted user ogallagher@humongousinsurance.com
user.restore	Dev Kapoor	We deleted Dev Kapoor's account by mistake yesterday, can you bring it back from the recycle bin?
user.restore	lena.brandt@humongousinsurance.com	undelete lena.brandt@humongousinsurance.com pls, rehired
user.restore	Henrik Dahl	Ticket 49720: restore the deleted account of Henrik Dahl, he's returning as a contractor.
user.purge-deleted	test.user1@humongousinsurance.com	purge test.user1@humongousinsurance.com from recycle bin
user.purge-deleted	Oskar Lindqvist	Please permanently delete Oskar Lindqvist from the deleted users - legal confirmed there's no hold.
user.purge-deleted	tmp-migr01@humongousinsurance.com,tmp-migr02@humongousinsurance.com	hard delete deleted users tmp-migr01@humongousinsurance.com, tmp-migr02@humongousinsurance.com
user.purge-deleted	Yusuf Demir	Ticket 50844: Yusuf Demir's deleted account needs to be purged from the recycle bin so the UPN can be reused.
security-group.add-members	SG-Claims-Readers	add rmenon@humongousinsurance.com to sg SG-Claims-Readers
security-group.add-members	VPN-Users	Could you add Chloe Tremblay and Jonas Weber to the security group VPN-Users?
security-group.add-members	SG-Underwriting-RW,SG-SharePoint-UW	sg add: aiko.tanaka@humongousinsurance.com -> SG-Underwriting-RW, SG-SharePoint-UW
security-group.add-members	Actuarial-FileShare	Ticket 51450: Grace Mbeki needs access to the actuarial share, please put her in the Actuarial-FileShare security group.
security-group.remove-members	VPN-Users	remove hdahl@humongousinsurance.com from sg VPN-Users
security-group.remove-members	Finance-Approvers	Please take Sofia Castellanos out of the Finance-Approvers security group, she moved teams.
security-group.remove-members	SG-Claims-Readers	sg rm niall.byrne@humongousinsurance.com, ydemir@humongousinsurance.com from SG-Claims-Readers
security-group.remove-members	Prod-DB-Admins	Ticket 49911 - contractors shouldn't be in the Prod-DB-Admins security group anymore: remove Mateo Ferreira and Kwame Asante.
security-group.create		new sg SG-Fraud-Analytics, desc 'read access to fraud BI workspace'
security-group.create		Can you create a security group called Cyber-Response-Team with Pavel Novak as owner?
security-group.create		create security grp PrinterAccess-Leeds
security-group.create		Ticket 50305: we need a new security group 'Reinsurance-Portal-Users' for the portal SSO assignment, description 'Users allowed into the reinsurance portal'.
security-group.edit	VPN-Users	rename sg VPN-Users to VPN-Users-Legacy
security-group.edit	Finance-Approvers	Please update the description on the Finance-Approvers security group to 'Approvers for invoices over $10k'.
security-group.edit	SG-Claims-Readers	sg SG-Claims-Readers: change desc -> 'read-only claims data, reviewed quarterly'
security-group.edit	Actuarial-FileShare	Ticket 51176: the display name of the security group Actuarial-FileShare should be Actuarial-Share-RW now, please change it.
security-group.remove	SG-Temp-Migration	delete sg SG-Temp-Migration
security-group.remove	PrinterAccess-Leeds	The PrinterAccess-Leeds security group hasn't been used since the office closed, please delete it.
security-group.remove	Old-VPN-Pilot,SG-Test-2023	remove security groups Old-VPN-Pilot, SG-Test-2023
security-group.remove	Legacy-CRM-Users	Ticket 49444: decommission the Legacy-CRM-Users security group, the app is gone.
m365-group.add-members	claims-team@humongousinsurance.com	add emarchand@humongousinsurance.com to m365 grp claims-team@humongousinsurance.com
m365-group.add-members	Underwriting Leadership	Could you add Pavel Novak and Rosa Delgado to the Underwriting Leadership Microsoft 365 group?
m365-group.add-members	fraud-unit@humongousinsurance.com,siu-cases@humongousinsurance.com	m365 grp add lfitzgerald@humongousinsurance.com -> fraud-unit@humongousinsurance.com, siu-cases@humongousinsurance.com
m365-group.add-members	Catastrophe Response	Ticket 50618: new adjuster Mei Lin Chow should be a member of the Catastrophe Response group (the M365 one).
m365-group.remove-members	claims-team@humongousinsurance.com	remove apillai@humongousinsurance.com from m365 grp claims-team@humongousinsurance.com
m365-group.remove-members	Underwriting Leadership	Please remove Zara Qureshi from the Underwriting Leadership Microsoft 365 group.
m365-group.remove-members	Project Atlas	m365 rm members fhartmann@humongousinsurance.com, npetrova@humongousinsurance.com from Project Atlas
m365-group.remove-members	Catastrophe Response	Ticket 49188: Owen Gallagher transferred to Leeds, drop him from the Catastrophe Response M365 group.
m365-group.create		new m365 grp 'Claims Automation', private, owner mokafor@humongousinsurance.com
m365-group.create		Can you create a Microsoft 365 group for the Hartwell claim team? Call it Hartwell Claim 2026, private, with Dev Kapoor as owner.
m365-group.create		create m365 group reinsurance-renewals, public, no welcome email
m365-group.create		Ticket 51509: please set up a new Microsoft 365 group 'Broker Relations' with description 'Broker comms & planning' and hidden membership.
m365-group.edit	Project Atlas	m365 grp Project Atlas -> make it private
m365-group.edit	Catastrophe Response	Please change the description of the Catastrophe Response Microsoft 365 group to 'Coordination for CAT events and surge staffing'.
m365-group.edit	claims-team@humongousinsurance.com	edit m365 grp claims-team@humongousinsurance.com: allow external senders = yes
m365-group.edit	Underwriting Leadership	Ticket 50277: rename the Underwriting Leadership M365 group to UW Leadership Council and hide it from the address lists.
m365-group.remove	Project Atlas	delete m365 grp Project Atlas, project closed
m365-group.remove	Hartwell Claim 2026	Please remove the Microsoft 365 group Hartwell Claim 2026, the claim is settled and archived.
m365-group.remove	reinsurance-renewals@humongousinsurance.com,old-intranet-news@humongousinsurance.com	rm m365 groups reinsurance-renewals@humongousinsurance.com, old-intranet-news@humongousinsurance.com
m365-group.remove	Summer Picnic 2025	Ticket 49602: the Summer Picnic 2025 M365 group can go, please delete it.
m365-group.restore	Project Atlas	restore deleted m365 grp Project Atlas
m365-group.restore	Catastrophe Response	Someone deleted the Catastrophe Response Microsoft 365 group yesterday - can you bring it back along with its Team and site?
m365-group.restore	broker-relations@humongousinsurance.com	undelete m365 group broker-relations@humongousinsurance.com
m365-group.restore	Claims Automation	Ticket 50950: please recover the soft-deleted Microsoft 365 group Claims Automation, it was removed by mistake.
m365-group.manage-members	Claims Automation	make dkapoor@humongousinsurance.com owner of m365 grp Claims Automation
m365-group.manage-members	Underwriting Leadership	Please add Rosa Delgado as an owner of the Underwriting Leadership group and remove Pavel Novak as owner.
m365-group.manage-members	fraud-unit@humongousinsurance.com	m365 grp fraud-unit@humongousinsurance.com: owner lfitzgerald@humongousinsurance.com in, owner rmenon@humongousinsurance.com out
m365-group.manage-members	Broker Relations	Ticket 51260: the Broker Relations group needs Grace Mbeki as a second owner, and please subscribe Aiko Tanaka to its conversations.
app-registration.delete	Claims-Scraper-Dev	delete app reg 'Claims-Scraper-Dev'
app-registration.delete	HI Legacy Reporting Connector	Please delete the app registration called HI Legacy Reporting Connector, it's been replaced by the new one.
app-registration.delete	test-app-01,test-app-02	rm app registrations test-app-01, test-app-02
app-registration.delete		Ticket 50088: there's an unused app registration left over from the old Salesforce pilot, can you delete it?
none		thanks!
none		whats the weather in omaha today
none		morning all
none		is steward down? my last request never came back
none		lol that was fast, cheers
none		Who's on call for the helpdesk this weekend?
none		can u explain what a virtual tenant is
none		ugh vpn is slow again today
none		Remind me, what's the difference between a security group and a Microsoft 365 group?
none		nvm, ignore my last msg
none		ok
none		What time is the change advisory board meeting on Thursday?
none		brb lunch
none		Does anyone know if the Omaha office is closed on Friday?
none		good bot
none		The coffee machine on 3 is broken again, who do I tell?
`,
);
