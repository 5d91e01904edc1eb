import { corpusSet } from './corpus-set';

/** Microsoft 365 identity requests: fineartschool.net: users, groups and app registrations in mixed styles, written as training data. */
export const IDENTITY_TRAIN_D = corpusSet(
  'identity-train-d',
  `action	targets	text
user.add-tags	mara.lindqvist@fineartschool.net	tag mara.lindqvist@fineartschool.net with pilot-copilot
user.add-tags	Tobias Renner, Keiko Aldana	Could you add the tags "gallery-ops" and "weekend-shift" to Tobias Renner and Keiko Aldana please?
user.add-tags	priya.nandakumar@fineartschool.net	ticket 4471: label priya.nandakumar@fineartschool.net with the tag "adjunct-2027" so she shows up in the adjunct view
user.add-tags	j.okafor@fineartschool.net	pls add tag summr-intake to j.okafor@fineartschool.net, it's for the summer school cohort
user.remove-tags	mara.lindqvist@fineartschool.net	remove the pilot-copilot tag from mara.lindqvist@fineartschool.net, the pilot's over
user.remove-tags	Keiko Aldana	Please take the "weekend-shift" tag off Keiko Aldana, she only works weekdays now.
user.remove-tags	d.ferreira@fineartschool.net, l.moreau@fineartschool.net	INC-20931 - untag d.ferreira@fineartschool.net and l.moreau@fineartschool.net (tag to remove: exhibit-crew)
user.remove-tags	erik.sand@fineartschool.net	erik.sand@fineartschool.net shouldn't carry the contractor tag anymore, he went full time
user.flush-tags	h.barros@fineartschool.net	clear all tags on h.barros@fineartschool.net
user.flush-tags	Ingrid Vasquez	Can you wipe every Steward tag from Ingrid Vasquez? We're starting her categorisation from scratch.
user.flush-tags	r.chowdhury@fineartschool.net, n.petrov@fineartschool.net	ticket 5120: strip all tags off r.chowdhury@fineartschool.net and n.petrov@fineartschool.net
user.flush-tags	oona.kettunen@fineartschool.net	oona.kettunen@fineartschool.net should end up with no tags at all, flush whatever she has
user.manage-tags	lena.voss@fineartschool.net	for lena.voss@fineartschool.net add tag "studio-b" and remove "studio-a"
user.manage-tags	Marco Bellini	Could you swap Marco Bellini's tags please? Drop intern-2026 and add staff-photography.
user.manage-tags	t.adeyemi@fineartschool.net	#3307 t.adeyemi@fineartschool.net moved from pilot-wave1 to pilot-wave2, update his tags accordingly (remove the old one, add the new one)
user.manage-tags	s.ito@fineartschool.net	retag s.ito@fineartschool.net: +mentor -new-hire
user.set-portal-attribute	f.dubois@fineartschool.net	set portal attribute CostCenter=ARTS-210 on f.dubois@fineartschool.net
user.set-portal-attribute	Amara Nwosu, Pieter de Wit	Could you set the "Campus" portal attribute to "Riverside" for Amara Nwosu and Pieter de Wit?
user.set-portal-attribute	k.yamamoto@fineartschool.net	ticket 6012: update portal attribute BadgeLevel to 3 for k.yamamoto@fineartschool.net
user.set-portal-attribute	g.hale@fineartschool.net	remove the portal attribute "TempProject" from g.hale@fineartschool.net, the project wrapped up
user.bulk-edit-properties		set department to "Foundation Studies" for every user in the attached CSV
user.bulk-edit-properties		Could you update the office location to "North Annex, Floor 2" for all twelve printmaking tutors on this list? They moved over the break.
user.bulk-edit-properties		REQ-7781: bulk change company name to "Fine Art School Trust" on all staff accounts
user.bulk-edit-properties		bulk edit pls: job title = "Visiting Lecturer" and employee type = "Contractor" for the 30 users in visiting.csv
user.manage-password	c.mbeki@fineartschool.net	reset password for c.mbeki@fineartschool.net
user.manage-password	Rosa Kaminski	Hi, could you set a temporary password for Rosa Kaminski and email it to her manager? She's locked out after the holidays.
user.manage-password	w.haddad@fineartschool.net	ticket 8824: new pw for w.haddad@fineartschool.net, force change at next login
user.manage-password	y.santos@fineartschool.net, b.lund@fineartschool.net	pasword reset pls - y.santos@fineartschool.net and b.lund@fineartschool.net, both forgot theirs over the weekend
user.revoke-sessions	a.kowalczyk@fineartschool.net	revoke sessions for a.kowalczyk@fineartschool.net
user.revoke-sessions	Dmitri Orlov	Please sign Dmitri Orlov out of all his sessions, he left his laptop unlocked in the life drawing studio.
user.revoke-sessions	m.oduya@fineartschool.net	SEC-118: kill all active sessions / refresh tokens for m.oduya@fineartschool.net asap
user.revoke-sessions	e.castillo@fineartschool.net, v.nair@fineartschool.net	force re-login everywhere for e.castillo@fineartschool.net and v.nair@fineartschool.net, we saw suspicious sign-ins from abroad
user.reset-mfa	p.lindgren@fineartschool.net	reset mfa for p.lindgren@fineartschool.net
user.reset-mfa	Hannah Brooks	Hi team, Hannah Brooks got a new phone and the authenticator didn't transfer. Could you reset her MFA so she can set it up again?
user.reset-mfa	z.farah@fineartschool.net	ticket 9003: make z.farah@fineartschool.net re-register his MFA methods
user.reset-mfa	tomasz.wozniak@fineartschool.net	clear the mfa registration for tomasz.wozniak@fineartschool.net, he needs to enrol again from scratch
user.set-sign-in-status	r.quinn@fineartschool.net	block sign-in for r.quinn@fineartschool.net
user.set-sign-in-status	Aiko Tanabe	Could you unblock Aiko Tanabe's account? She's back from sabbatical today.
user.set-sign-in-status	l.abara@fineartschool.net	ticket 1290: l.abara@fineartschool.net shouldn't be able to sign in until HR clears the investigation
user.set-sign-in-status	j.mercer@fineartschool.net, s.halvorsen@fineartschool.net	disable login for j.mercer@fineartschool.net and s.halvorsen@fineartschool.net, their contracts ended friday
user.manage-licenses	n.gallo@fineartschool.net	assign an E3 license to n.gallo@fineartschool.net
user.manage-licenses	Beatriz Lopes	Could you move Beatriz Lopes from Microsoft 365 E5 to E3? We're trimming licence costs.
user.manage-licenses	o.bergstrom@fineartschool.net, i.mensah@fineartschool.net	ticket 2245: give o.bergstrom@fineartschool.net and i.mensah@fineartschool.net a Visio Plan 2 license
user.manage-licenses	c.ferraro@fineartschool.net	take the Power BI Pro licence off c.ferraro@fineartschool.net, she never uses it
user.manage-service-plans	e.novak@fineartschool.net	disable the Viva Engage service plan in e.novak@fineartschool.net's E3
user.manage-service-plans	Luis Medina	Please turn on the Microsoft Bookings service plan within Luis Medina's Business Premium license.
user.manage-service-plans	u.akande@fineartschool.net	ticket 3381: enable all service plans of the A5 SKU for u.akande@fineartschool.net
user.manage-service-plans	f.rahimi@fineartschool.net, g.olsen@fineartschool.net	turn off the teams and sway plans for f.rahimi@fineartschool.net and g.olsen@fineartschool.net but keep the license itself
user.remove-all-licenses	k.doyle@fineartschool.net	remove all licenses from k.doyle@fineartschool.net
user.remove-all-licenses	Ama Owusu	Ama Owusu has left the school. Could you strip every license off her account?
user.remove-all-licenses	h.wagner@fineartschool.net, t.sorensen@fineartschool.net	ticket 4550: unlicense h.wagner@fineartschool.net and t.sorensen@fineartschool.net completely
user.remove-all-licenses	m.rossi@fineartschool.net	m.rossi@fineartschool.net should have zero licenses assigned, it's just an archive account now
user.remove-from-all-groups	d.kim@fineartschool.net	remove d.kim@fineartschool.net from all groups
user.remove-from-all-groups	Oskar Nyberg	Could you take Oskar Nyberg out of every group he's in? He's leaving the sculpture department next week.
user.remove-from-all-groups	a.haddad@fineartschool.net	ticket 5678: offboarding - strip every group membership for a.haddad@fineartschool.net (security, m365 and DLs)
user.remove-from-all-groups	p.rivera@fineartschool.net	p.rivera@fineartschool.net shouldnt be a member of any group anymore
user.rejoin-groups	x.liang@fineartschool.net	put x.liang@fineartschool.net back in the groups she was removed from
user.rejoin-groups	Jonas Eklund	Could you re-add Jonas Eklund to all the groups we pulled him out of last week? His leave got cancelled.
user.rejoin-groups	b.achebe@fineartschool.net	ticket 6102: give b.achebe@fineartschool.net back the group memberships that were stripped during offboarding
user.rejoin-groups	r.santos@fineartschool.net	rejoin groups for r.santos@fineartschool.net - we ran remove-from-all-groups on him by mistake
user.manage-mfa	v.castro@fineartschool.net	enable per-user mfa for v.castro@fineartschool.net
user.manage-mfa	Helena Strand, Kofi Asante	Please enforce MFA for Helena Strand and Kofi Asante, they both have admin rights.
user.manage-mfa	svc-kiosk@fineartschool.net	ticket 7210: disable per-user mfa for svc-kiosk@fineartschool.net, it's a shared kiosk account covered by conditional access
user.manage-mfa	l.ng@fineartschool.net	set the default mfa method for l.ng@fineartschool.net to authenticator push notification
user.clone	m.ortega@fineartschool.net	clone m.ortega@fineartschool.net for the new ceramics technician
user.clone	Sara Lindholm	Could you create an account for our new tutor Elif Demir by copying Sara Lindholm's account? Same groups and licenses please.
user.clone	j.baptiste@fineartschool.net	ticket 8302: new starter, copy the setup from j.baptiste@fineartschool.net -> new UPN a.reyes@fineartschool.net
user.clone	t.morgan@fineartschool.net	dup t.morgan@fineartschool.net's account for his replacement Ruth Adler, she starts on the 1st
user.create		create user nadia.haddad@fineartschool.net, display name Nadia Haddad, dept Illustration
user.create		Could you set up a new account for Felix Baumann? He starts Monday as gallery assistant and needs an E3 license.
user.create		ticket 9144: new hire - Grace Odhiambo, Admissions Officer, manager w.haddad@fineartschool.net, please create her account
user.create		new user pls: first name Ivo, last name Marek, job title model coordinator, no license yet
user.invite-guest	lucia.romano@studioromano.it	invite lucia.romano@studioromano.it as a guest
user.invite-guest	dfrost@tateconsult.co.uk	Could you invite our visiting critic Daniel Frost (dfrost@tateconsult.co.uk) as a guest so he can join the Teams crit sessions?
user.invite-guest	m.jensen@nordicprintworks.dk	ticket 1733: guest invite for m.jensen@nordicprintworks.dk, she's co-curating the spring show
user.invite-guest	kwame@accrafoundry.com.gh	send a guest invitation to kwame@accrafoundry.com.gh, the bronze casting partner
user.password-never-expires	svc-scanner@fineartschool.net	set password never expires on svc-scanner@fineartschool.net
user.password-never-expires	kiosk-lobby@fineartschool.net	Could you make the password for the kiosk account kiosk-lobby@fineartschool.net never expire? The expiry keeps breaking the lobby screen.
user.password-never-expires	r.hollis@fineartschool.net	ticket 2650: turn the password-never-expires flag OFF for r.hollis@fineartschool.net, it was set by mistake and her password should expire normally
user.password-never-expires	svc-backup@fineartschool.net, svc-print@fineartschool.net	svc-backup@fineartschool.net and svc-print@fineartschool.net passwords shouldnt ever expire
user.edit-properties	a.moretti@fineartschool.net	change job title for a.moretti@fineartschool.net to Head of Painting
user.edit-properties	Yusuf Karim	Could you update Yusuf Karim's mobile number to +44 7700 900123 and his office location to Room 214?
user.edit-properties	e.schultz@fineartschool.net	ticket 3490: set the manager of e.schultz@fineartschool.net to o.bergstrom@fineartschool.net
user.edit-properties	c.walsh@fineartschool.net	update dept on c.walsh@fineartschool.net -> Art History, she transfered this term
user.rename	j.whitfield@fineartschool.net	rename j.whitfield@fineartschool.net to j.okoro@fineartschool.net
user.rename	Amelia Grant	Amelia Grant got married and is now Amelia Hartley. Could you update her name and UPN please?
user.rename	s.park@fineartschool.net	ticket 4012: change the UPN of s.park@fineartschool.net to sooyeon.park@fineartschool.net and the display name to Sooyeon Park
user.rename	Katherin Doyle	fix the spelling of Katherin Doyle's name, should be Kathryn Doyle (first name, display name and upn)
user.remove	f.adams@fineartschool.net	delete user f.adams@fineartschool.net
user.remove	Pavel Horak, Leah Bishop	Could you delete the accounts for Pavel Horak and Leah Bishop? They both finished their contracts in June.
user.remove	h.ito@fineartschool.net	ticket 5331: offboarding complete, delete h.ito@fineartschool.net from Entra
user.remove	test.student3@fineartschool.net	old test account test.student3@fineartschool.net needs to go, pls delete it
user.remove-guest	anna.berg@gallerynord.se	remove guest anna.berg@gallerynord.se
user.remove-guest	Tom Reilly	Please delete the guest account for our former framing supplier Tom Reilly, the contract has ended.
user.remove-guest	j.kahn@kahnarchitects.com, p.volkov@volkovdesign.ru	ticket 6455: clean up the guest users j.kahn@kahnarchitects.com and p.volkov@volkovdesign.ru
user.remove-guest	mwangi@nairobiartfair.org	the external guest mwangi@nairobiartfair.org shouldn't be in our directory anymore, the art fair is over
user.restore	g.fontaine@fineartschool.net	restore deleted user g.fontaine@fineartschool.net
user.restore	Marisol Vega	We deleted Marisol Vega's account by mistake yesterday. Could you bring it back from the recycle bin?
user.restore	b.okeke@fineartschool.net	ticket 7003: undelete b.okeke@fineartschool.net, she's returning as an adjunct
user.restore	k.lam@fineartschool.net	recover k.lam@fineartschool.net from deleted users pls, deleted him too early
user.purge-deleted	e.hughes@fineartschool.net	permanently delete e.hughes@fineartschool.net from the recycle bin
user.purge-deleted	Rafael Soto	Could you purge Rafael Soto's deleted account for good? We need to reuse his UPN.
user.purge-deleted	d.moss@fineartschool.net, l.tan@fineartschool.net	ticket 8120: hard delete d.moss@fineartschool.net and l.tan@fineartschool.net from deleted users (GDPR erasure request)
user.purge-deleted	old.kiosk@fineartschool.net	old.kiosk@fineartschool.net is sitting in the recyclebin, it should be gone for good
security-group.add-members	SG-Darkroom-Access	add n.ahmed@fineartschool.net to security group SG-Darkroom-Access
security-group.add-members	Print Lab Badge Access	Could you add Sofia Marin and Jakob Hahn to the "Print Lab Badge Access" security group?
security-group.add-members	sg-kiln-room, sg-glaze-store	ticket 9321: put r.baker@fineartschool.net into the security groups sg-kiln-room and sg-glaze-store, new ceramics tech
security-group.add-members	sg-vpn-staff	the sg-vpn-staff security group needs b.lund@fineartschool.net as a member, she works remotely on fridays
security-group.remove-members	SG-Darkroom-Access	remove o.clarke@fineartschool.net from security group SG-Darkroom-Access
security-group.remove-members	Finance Approvers	Please take Irene Castells out of the "Finance Approvers" security group, she moved to admissions.
security-group.remove-members	sg-archive-readers	ticket 1402: drop the summer interns u.hart@fineartschool.net and c.lowe@fineartschool.net from security group sg-archive-readers
security-group.remove-members	sg-vpn-staff	j.mercer@fineartschool.net shouldnt be in the sg-vpn-staff security group anymore
security-group.create		create security group SG-Foundry-Access
security-group.create		Could you create a new security group called "Exam Board Reviewers" with Peter Lowe as owner?
security-group.create		ticket 2578: new sec group for the 3D printing lab, name sg-3dprint-users, description "access to 3D printer queue"
security-group.create		need a new security grp for conditional access testing, call it sg-ca-pilot-exclude
security-group.edit	sg-kiln-room	rename security group sg-kiln-room to sg-kiln-and-glaze
security-group.edit	Finance Approvers	Could you update the description of the "Finance Approvers" security group to "Approves purchase orders over 5k"?
security-group.edit	SG-Old-Library	ticket 3699: change the display name of security group SG-Old-Library to SG-Library-Annex
security-group.edit	sg-archive-readers	the description on security group sg-archive-readers is outdated, set it to "read access to the student archive share"
security-group.remove	sg-2019-degree-show	delete security group sg-2019-degree-show
security-group.remove	Temp Renovation Contractors	Could you remove the "Temp Renovation Contractors" security group? The building works finished last month.
security-group.remove	SG-Legacy-Wifi, SG-Legacy-Print	ticket 4800: delete the security groups SG-Legacy-Wifi and SG-Legacy-Print
security-group.remove	sg-ca-pilot-exclude	security group sg-ca-pilot-exclude isn't needed anymore, please get rid of it
m365-group.create		create m365 group "Spring Exhibition 2027"
m365-group.create		Could you set up a new Microsoft 365 group for the MA Painting cohort? Private, with Helen Acosta as owner.
m365-group.create		ticket 5902: new M365 group Alumni Relations, alias alumni-relations, public
m365-group.create		new office 365 group pls - "Residency Program Team", owners a.moretti@fineartschool.net and lena.voss@fineartschool.net
m365-group.edit	Spring Exhibition 2027	make the m365 group "Spring Exhibition 2027" private
m365-group.edit	Alumni Relations	Could you change the description of the Alumni Relations Microsoft 365 group to "Events and outreach for graduates"?
m365-group.edit	Admissions Enquiries	ticket 6230: allow external senders to email the M365 group Admissions Enquiries
m365-group.edit	Staff Social	hide the "Staff Social" office 365 group from the address book, people keep emailing it by accident
m365-group.remove	Degree Show 2024	delete m365 group "Degree Show 2024"
m365-group.remove	Old Website Project	Could you remove the Microsoft 365 group "Old Website Project"? It has been dead for a year.
m365-group.remove	Erasmus 2023, Erasmus 2024	ticket 7344: delete the M365 groups Erasmus 2023 and Erasmus 2024
m365-group.remove	Test Team Lucas	the "Test Team Lucas" microsoft 365 group shouldn't exist anymore, please delete it
m365-group.restore	Degree Show 2024	restore deleted m365 group "Degree Show 2024"
m365-group.restore	Printmaking Studio	Someone deleted the "Printmaking Studio" Microsoft 365 group this morning. Could you bring it back along with its files and team?
m365-group.restore	Summer School Tutors	ticket 8450: undelete the M365 group Summer School Tutors
m365-group.restore	life-drawing-club	recover the office 365 group life-drawing-club from deleted groups pls, it was removed by mistake
m365-group.add-members	Spring Exhibition 2027	add k.yamamoto@fineartschool.net to the M365 group Spring Exhibition 2027
m365-group.add-members	Residency Program Team	Could you add Tobias Renner, Lena Voss and Clara Jin to the "Residency Program Team" Microsoft 365 group?
m365-group.add-members	Admissions Enquiries, Open Day Crew	ticket 9505: add r.baker@fineartschool.net to the m365 groups Admissions Enquiries and Open Day Crew
m365-group.add-members	MA Painting 2027	the new MA students need to be members of the MA Painting 2027 office 365 group: e.kovac@fineartschool.net, t.balogun@fineartschool.net
m365-group.remove-members	Staff Social	remove f.dubois@fineartschool.net from M365 group Staff Social
m365-group.remove-members	Spring Exhibition 2027	Could you take Marco Bellini out of the "Spring Exhibition 2027" Microsoft 365 group? He is no longer on the committee.
m365-group.remove-members	Open Day Crew	ticket 1610: remove 2 leavers from m365 group Open Day Crew: s.ito@fineartschool.net, h.barros@fineartschool.net
m365-group.remove-members	Alumni Relations	g.hale@fineartschool.net shouldn't be a member of the Alumni Relations m365 group anymore
m365-group.manage-members	MA Painting 2027	make a.moretti@fineartschool.net an owner of the M365 group MA Painting 2027
m365-group.manage-members	Exam Board	Could you remove Peter Lowe as owner of the "Exam Board" Microsoft 365 group and make Helena Strand an owner instead?
m365-group.manage-members	Residency Program Team	ticket 2777: add o.bergstrom@fineartschool.net as an owner of the m365 group Residency Program Team and subscribe them to the group emails
m365-group.manage-members	Admissions Enquiries	manage owners on the Admissions Enquiries m365 group: add w.haddad@fineartschool.net as owner, remove c.mbeki@fineartschool.net as owner
app-registration.delete	Gallery Booking Prototype	delete app registration "Gallery Booking Prototype"
app-registration.delete	print-quota-sync	Could you delete the old print-quota-sync app registration? The script has been replaced.
app-registration.delete	MoodleConnector-Test, LibCal-Legacy	ticket 3888: delete the unused app registrations MoodleConnector-Test and LibCal-Legacy
app-registration.delete		please get rid of the app registration someone created yesterday for testing, it's the only one from that day
none		thanks, that worked!
none		what's the weather like in Bristol tomorrow?
none		how long does a deleted user stay in the recycle bin?
none		hi steward
none		who approved the license change for Rosa Kaminski yesterday?
none		ugh, the admin portal is so slow today
none		can you tell me what you can do?
none		never mind, ignore my last message
none		good morning! coffee first, then tickets
none		is there a limit on how many users I can select in one go?
none		lol the degree show posters came out great
none		what's the difference between blocking sign-in and revoking sessions?
none		ok cheers
none		why does the E5 count on the dashboard look off?
none		remind me what time the staff meeting is
none		sorry, wrong chat
`,
);
