import { corpusSet } from './corpus-set';

/** Exchange Online requests: bellowscollege.com, end states and outcomes rather than feature names, written as training data. */
export const EXCHANGE_TRAIN_J = corpusSet(
  'exchange-train-j',
  `action	targets	text
distribution-group.add-members	faculty-senate@bellowscollege.com	priya.nandakumar@bellowscollege.com should be on the faculty-senate@bellowscollege.com list starting this term
distribution-group.add-members	alumni-news@bellowscollege.com,events-team@bellowscollege.com	tobias and marisol (tobias.lindqvist@bellowscollege.com, marisol.ortega@bellowscollege.com) need to get mail sent to alumni-news@bellowscollege.com and events-team@bellowscollege.com
distribution-group.add-members	it-oncall@bellowscollege.com	ticket 5521: new hire kwame.asante@bellowscollege.com must receive everything that goes to it-oncall@bellowscollege.com
distribution-group.add-members	Admissions Staff	can Lena Fischer be included in the Admissions Staff DL pls, she's not getting the weekly updates
distribution-group.create		we need a new mailing list for the robotics club advisors, robotics-advisors@bellowscollege.com, owned by owen.pritchard@bellowscollege.com
distribution-group.create		ticket 6013: there should be a distribution group called Graduate Office that anyone can email at gradoffice@bellowscollege.com
distribution-group.create		make a mail-enabled security group for the lab managers pls, alias lab-mgrs
distribution-group.create		new DL for the spring orientation volunteers, members sunita.rao@bellowscollege.com and connor.byrne@bellowscollege.com
distribution-group.edit	faculty-senate@bellowscollege.com	faculty-senate@bellowscollege.com should only accept mail from people inside the college
distribution-group.edit	events-team@bellowscollege.com	events-team@bellowscollege.com needs to be hidden from the address book, students keep finding it
distribution-group.edit	alumni-news@bellowscollege.com	the owner of alumni-news@bellowscollege.com should be beatriz.lima@bellowscollege.com now, and messages to it must be moderated by her
distribution-group.edit	Housing Updates	rename the Housing Updates distribution list to Residence Life Updates and give it the extra address reslife@bellowscollege.com
distribution-group.grant-send-permissions	admissions@bellowscollege.com	yuki.tanabe@bellowscollege.com should be able to send as admissions@bellowscollege.com (the DL)
distribution-group.grant-send-permissions	alumni-news@bellowscollege.com	grant omar.haddad@bellowscollege.com send on behalf on the alumni-news@bellowscollege.com distribution group
distribution-group.grant-send-permissions	faculty-senate@bellowscollege.com,events-team@bellowscollege.com	ticket 7002: emails from Ingrid Halvorsen need to go out as faculty-senate@bellowscollege.com and events-team@bellowscollege.com, send-as on both groups pls
distribution-group.grant-send-permissions	it-oncall@bellowscollege.com	when dmitri replies to tickets, recipients should see it came from the it-oncall@bellowscollege.com group, not from him personally. give dmitri.volkov@bellowscollege.com send as on that DL
distribution-group.remove	robotics-advisors@bellowscollege.com	robotics-advisors@bellowscollege.com shouldn't exist anymore, the club folded. delete the DL
distribution-group.remove	orientation-2025@bellowscollege.com,summer-camp@bellowscollege.com	pls delete the distribution groups orientation-2025@bellowscollege.com and summer-camp@bellowscollege.com
distribution-group.remove	Old Bursar List	the Old Bursar List distribution group needs to be gone from Exchange entirely
distribution-group.remove	chess-club@bellowscollege.com	ticket 4410 - retire the chess-club@bellowscollege.com distribution list
distribution-group.remove-delegation	admissions@bellowscollege.com	yuki.tanabe@bellowscollege.com must no longer be able to send as the admissions@bellowscollege.com DL
distribution-group.remove-delegation	alumni-news@bellowscollege.com	omar left comms, take away his send on behalf on alumni-news@bellowscollege.com distribution group (omar.haddad@bellowscollege.com)
distribution-group.remove-delegation	it-oncall@bellowscollege.com	nobody except the helpdesk leads should be sending from it-oncall@bellowscollege.com, revoke send as and send on behalf for dmitri.volkov@bellowscollege.com on that group
distribution-group.remove-delegation	Faculty Senate	pull Ingrid Halvorsen's send-as rights on the Faculty Senate distribution group, she's off the committee
distribution-group.remove-members	faculty-senate@bellowscollege.com	priya.nandakumar@bellowscollege.com shouldn't be getting faculty-senate@bellowscollege.com mail anymore, take her off the list
distribution-group.remove-members	events-team@bellowscollege.com	remove marisol.ortega@bellowscollege.com and connor.byrne@bellowscollege.com from the events-team@bellowscollege.com DL
distribution-group.remove-members	it-oncall@bellowscollege.com	ticket 5873: kwame.asante@bellowscollege.com moved to finance, he must not be a member of it-oncall@bellowscollege.com
distribution-group.remove-members	Admissions Staff	Lena Fischer needs to come off the Admissions Staff distribution group
mail-contact.create	r.mbeki@fourthcoffee.com	our catering vendor Ruth Mbeki (r.mbeki@fourthcoffee.com) should show up in the GAL as an external contact
mail-contact.create	grants@woodgrovebank.com	add a mail contact for grants@woodgrovebank.com so staff can pick it from the address book
mail-contact.create	j.whitfield@proseware.com	ticket 3390 - create contact Jonah Whitfield, j.whitfield@proseware.com, company Proseware, title Account Manager
mail-contact.create	editor@lucernepublishing.com	pls set up an external contact for the Lucerne Publishing editor, editor@lucernepublishing.com, hidden from the GAL
mail-contact.edit	r.mbeki@fourthcoffee.com	the contact r.mbeki@fourthcoffee.com should now point to ruth.mbeki@fourthcoffee.com, they changed address formats
mail-contact.edit	j.whitfield@proseware.com	Jonah's contact j.whitfield@proseware.com needs the title Regional Director and phone +1 425 555 0182
mail-contact.edit	grants@woodgrovebank.com	display name on the grants@woodgrovebank.com mail contact should read Woodgrove Bank Grants Desk
mail-contact.edit	Ruth Mbeki	update the Ruth Mbeki external contact: company is Fourth Coffee Catering now
mail-contact.remove	editor@lucernepublishing.com	the contact editor@lucernepublishing.com shouldn't be in our address book anymore, delete it
mail-contact.remove	grants@woodgrovebank.com,loans@woodgrovebank.com	remove mail contacts grants@woodgrovebank.com and loans@woodgrovebank.com, the partnership ended
mail-contact.remove	Jonah Whitfield	ticket 8120: delete the external contact Jonah Whitfield
mail-contact.remove	s.price@adatum.com	get rid of mail contact s.price@adatum.com pls
mail-user.create	helena.kowalski@adatum.com	visiting lecturer Helena Kowalski needs a bellowscollege login but her mail should keep going to helena.kowalski@adatum.com. mail user pls
mail-user.create	bgarner@proseware.com	ticket 9031 - create a mail user for auditor Ben Garner, external address bgarner@proseware.com, UPN ben.garner@bellowscollege.com
mail-user.create	liaison@fourthcoffee.com	new mail-enabled user for the Fourth Coffee liaison, liaison@fourthcoffee.com
mail-user.create	r.oyelaran@lucernepublishing.com	the contractor Remi Oyelaran should have an account in our tenant with email delivered externally to r.oyelaran@lucernepublishing.com
mail-user.edit	helena.kowalski@bellowscollege.com	mail user helena.kowalski@bellowscollege.com: her external address should be h.kowalski@adatum.com from now on
mail-user.edit	ben.garner@bellowscollege.com	update the display name on the ben.garner@bellowscollege.com mail user to Ben Garner (Proseware Audit)
mail-user.edit	Remi Oyelaran	the Remi Oyelaran mail user needs an extra proxy address remi.o@bellowscollege.com
mail-user.edit	fc-liaison@bellowscollege.com	the external email address on the fc-liaison@bellowscollege.com mail user should be liaison2@fourthcoffee.com now, pls update it
mail-user.remove	helena.kowalski@bellowscollege.com	helena's visiting term is over, the mail user helena.kowalski@bellowscollege.com should be deleted
mail-user.remove	ben.garner@bellowscollege.com,remi.o@bellowscollege.com	remove the mail users ben.garner@bellowscollege.com and remi.o@bellowscollege.com
mail-user.remove	fc-liaison@bellowscollege.com	ticket 4478: delete mail-enabled user fc-liaison@bellowscollege.com
mail-user.remove	Remi Oyelaran	Remi Oyelaran's mail user account must not exist after friday, pls remove
mailbox.add-delegates	registrar@bellowscollege.com	registrar@bellowscollege.com needs delegates: sunita.rao@bellowscollege.com and owen.pritchard@bellowscollege.com, full access and send as
mailbox.add-delegates	library-desk@bellowscollege.com,housing@bellowscollege.com	the library-desk@bellowscollege.com and housing@bellowscollege.com mailboxes should each have Mateo Rossi as a full access delegate
mailbox.add-delegates	president@bellowscollege.com	ticket 6620: add delegates to president@bellowscollege.com - chloe.martin@bellowscollege.com with full access, automapping off
mailbox.add-delegates	Fatima Zahra	Fatima Zahra's mailbox needs two delegates added, her new assistants Grant Okafor and Aiyana Redcloud, read and send as
mailbox.add-users-as-delegates	registrar@bellowscollege.com,admissions-inbox@bellowscollege.com	make user beatriz.lima@bellowscollege.com a delegate on registrar@bellowscollege.com and admissions-inbox@bellowscollege.com with full access
mailbox.add-users-as-delegates	housing@bellowscollege.com	users lena.fischer@bellowscollege.com and connor.byrne@bellowscollege.com should be delegates of housing@bellowscollege.com, full access + automap
mailbox.add-users-as-delegates	library-desk@bellowscollege.com	ticket 3315: new staffer yuki.tanabe@bellowscollege.com needs delegate access (full access) to library-desk@bellowscollege.com
mailbox.add-users-as-delegates	dean.arts@bellowscollege.com,dean.science@bellowscollege.com	add omar.haddad@bellowscollege.com as a delegate across these mailboxes: dean.arts@bellowscollege.com, dean.science@bellowscollege.com. send as too
mailbox.assign-contacts-folder-delegate	fatima.zahra@bellowscollege.com	grant.okafor@bellowscollege.com should be able to edit the contacts in fatima.zahra@bellowscollege.com's mailbox
mailbox.assign-contacts-folder-delegate	president@bellowscollege.com	chloe needs reviewer rights on the contacts folder of president@bellowscollege.com (chloe.martin@bellowscollege.com)
mailbox.assign-contacts-folder-delegate	dean.arts@bellowscollege.com,dean.science@bellowscollege.com	ticket 7719: Aiyana Redcloud must be able to manage the Contacts folders of dean.arts@bellowscollege.com and dean.science@bellowscollege.com, editor
mailbox.assign-contacts-folder-delegate	Rafael Souza	Rafael Souza wants his assistant to maintain his contacts folder - give hana.kim@bellowscollege.com editor on it
mailbox.configure-auto-reply	marisol.ortega@bellowscollege.com	marisol.ortega@bellowscollege.com is on sabbatical dec 15 - jan 20, people emailing her should get an automatic reply pointing them to the dept office
mailbox.configure-auto-reply	kwame.asante@bellowscollege.com	kwame.asante@bellowscollege.com is back from leave, senders shouldn't get his away message anymore
mailbox.configure-auto-reply	Ingrid Halvorsen	ticket 2288: Ingrid Halvorsen left abruptly, anyone who mails her should be told to contact hr@bellowscollege.com instead, internal and external
mailbox.configure-auto-reply	admissions-inbox@bellowscollege.com,registrar@bellowscollege.com	over the winter closure admissions-inbox@bellowscollege.com and registrar@bellowscollege.com need to automatically tell senders we reopen Jan 5
mailbox.convert-to-shared	dmitri.volkov@bellowscollege.com	dmitri.volkov@bellowscollege.com retired, his mailbox should become a shared one and the license freed up
mailbox.convert-to-shared	helpdesk-old@bellowscollege.com	helpdesk-old@bellowscollege.com is a user mailbox but several people work out of it, it should be shared
mailbox.convert-to-shared	Tobias Lindqvist,Sunita Rao	ticket 9904 - offboarding Tobias Lindqvist and Sunita Rao: keep their mail accessible as shared mailboxes, remove licenses
mailbox.convert-to-shared	events@bellowscollege.com	turn events@bellowscollege.com into a shared mailbox, it doesn't need its own license
mailbox.copy-permissions-from	hana.kim@bellowscollege.com	hana.kim@bellowscollege.com is replacing beatriz, she should end up with the same mailbox access that beatriz.lima@bellowscollege.com has
mailbox.copy-permissions-from	grant.okafor@bellowscollege.com,aiyana.redcloud@bellowscollege.com	for grant.okafor@bellowscollege.com and aiyana.redcloud@bellowscollege.com, copy mailbox permissions from chloe.martin@bellowscollege.com and add them to what they already have
mailbox.copy-permissions-from	Mateo Rossi	ticket 5120: Mateo Rossi needs whatever mailbox permissions Omar Haddad has, replace his current ones
mailbox.copy-permissions-from	owen.pritchard@bellowscollege.com	owen.pritchard@bellowscollege.com should mirror connor.byrne@bellowscollege.com's mailbox permissions, pull them from connor
mailbox.copy-permissions-to	chloe.martin@bellowscollege.com	take chloe.martin@bellowscollege.com's mailbox permissions and apply them to the two new EAs, grant.okafor@bellowscollege.com and aiyana.redcloud@bellowscollege.com
mailbox.copy-permissions-to	beatriz.lima@bellowscollege.com	copy beatriz.lima@bellowscollege.com's mailbox permissions over to hana.kim@bellowscollege.com
mailbox.copy-permissions-to	Connor Byrne	Connor Byrne's mailbox access should be duplicated onto Owen Pritchard and Lena Fischer, additive
mailbox.copy-permissions-to	omar.haddad@bellowscollege.com	ticket 6781 - push the mailbox permissions of omar.haddad@bellowscollege.com to mateo.rossi@bellowscollege.com, overwrite existing
mailbox.create		new starter Hana Kim, she needs a mailbox at hana.kim@bellowscollege.com
mailbox.create		ticket 1207: create a user mailbox for Rafael Souza, alias rsouza, force password reset at first login
mailbox.create		adjunct professor Ngozi Eze starts monday and must have a mailbox ready, ngozi.eze@bellowscollege.com with an E3
mailbox.create		pls set up a regular mailbox for Felix Baumann, also add the address f.baumann@bellowscollege.com
mailbox.create-resource		we need a bookable room mailbox for Lecture Hall C, capacity 120, auto accept
mailbox.create-resource		ticket 3348: create an equipment mailbox for the portable PA system so staff can reserve it
mailbox.create-resource		the new seminar room 310 should be bookable in Outlook, capacity 18, max 4 hour meetings
mailbox.create-resource		make a resource mailbox for campus van 04 (equipment), bookings up to 90 days ahead
mailbox.create-shared		there should be one shared inbox for the financial aid team, finaid@bellowscollege.com, with full access for sunita.rao@bellowscollege.com
mailbox.create-shared		ticket 2056: create shared mailbox Study Abroad Office, studyabroad@bellowscollege.com
mailbox.create-shared		new shared mailbox pls for IT security alerts, alias secalerts, send as for dmitri.volkov@bellowscollege.com
mailbox.create-shared		the writing center needs a team mailbox everybody there can read and send from, call it Writing Center
mailbox.edit	rafael.souza@bellowscollege.com	rafael.souza@bellowscollege.com's mailbox should show department Chemistry and office Science Hall 214
mailbox.edit	ngozi.eze@bellowscollege.com	ngozi.eze@bellowscollege.com needs the extra email address n.eze@bellowscollege.com on her mailbox
mailbox.edit	Felix Baumann	Felix Baumann shouldn't be visible in the global address list
mailbox.edit	hana.kim@bellowscollege.com	ticket 4409: hana.kim@bellowscollege.com's mailbox needs a mailtip saying she's part-time, mon-wed only
mailbox.edit-equipment	av-cart-2@bellowscollege.com	av-cart-2@bellowscollege.com should accept bookings automatically, no manual approval
mailbox.edit-equipment	van-03@bellowscollege.com	the equipment mailbox van-03@bellowscollege.com must not allow bookings longer than 8 hours or conflicting reservations
mailbox.edit-equipment	Portable PA System	Portable PA System equipment: owen.pritchard@bellowscollege.com should be the delegate who approves requests
mailbox.edit-equipment	camera-kit-1@bellowscollege.com	ticket 8854 - camera-kit-1@bellowscollege.com equipment booking window needs to be 30 days, no recurring bookings
mailbox.edit-room	lecture-hall-b@bellowscollege.com	lecture-hall-b@bellowscollege.com should show a capacity of 150 and auto accept meeting requests
mailbox.edit-room	seminar-204@bellowscollege.com	seminar-204@bellowscollege.com room mailbox: people need to be able to book it up to a year out
mailbox.edit-room	Boardroom North	the Boardroom North room must not take recurring meetings and bookings should go through chloe.martin@bellowscollege.com as delegate
mailbox.edit-room	seminar-310@bellowscollege.com	ticket 6602: meetings in room seminar-310@bellowscollege.com shouldn't exceed 3 hours, update the room settings
mailbox.edit-shared	finaid@bellowscollege.com	the finaid@bellowscollege.com shared mailbox should also receive mail sent to aid@bellowscollege.com
mailbox.edit-shared	studyabroad@bellowscollege.com	shared mailbox studyabroad@bellowscollege.com: add hana.kim@bellowscollege.com as a delegate and remove lena.fischer@bellowscollege.com
mailbox.edit-shared	Writing Center	the Writing Center shared mailbox's display name should be Writing & Tutoring Center
mailbox.edit-shared	secalerts@bellowscollege.com	ticket 7130 - secalerts@bellowscollege.com shared mailbox needs the 2-year retention policy applied
mailbox.edit-type	helpdesk-old@bellowscollege.com	helpdesk-old@bellowscollege.com should be a regular user mailbox again, not shared
mailbox.edit-type	media-room@bellowscollege.com	media-room@bellowscollege.com was created as a user mailbox by mistake, its type should be room
mailbox.edit-type	projector-5@bellowscollege.com	change the mailbox type of projector-5@bellowscollege.com to equipment
mailbox.edit-type	Conference Line	ticket 3091: Conference Line needs to be an equipment mailbox rather than a room mailbox, change the type
mailbox.forward-to-recipient	tobias.lindqvist@bellowscollege.com	everything sent to tobias.lindqvist@bellowscollege.com should land with his manager Sunita Rao while he's out, keep a copy in his box
mailbox.forward-to-recipient	dmitri.volkov@bellowscollege.com	dmitri.volkov@bellowscollege.com's incoming mail needs to go to the secalerts@bellowscollege.com shared mailbox, no local copy
mailbox.forward-to-recipient	Fatima Zahra	Fatima Zahra's email should get routed to Grant Okafor internally during her leave
mailbox.forward-to-recipient	kwame.asante@bellowscollege.com,lena.fischer@bellowscollege.com	ticket 2205: mail for kwame.asante@bellowscollege.com and lena.fischer@bellowscollege.com must be forwarded to Mateo Rossi in the GAL
mailbox.forward-to-smtp	ingrid.halvorsen@bellowscollege.com	ingrid.halvorsen@bellowscollege.com's mail should go on to her personal address ingrid.h@outlook.com after she leaves, keep copies here too
mailbox.forward-to-smtp	rafael.souza@bellowscollege.com	rafael.souza@bellowscollege.com is on a research secondment, his email needs to reach rsouza@proseware.com
mailbox.forward-to-smtp	Yuki Tanabe	ticket 5590 - Yuki Tanabe's inbox has to forward externally to yuki.tanabe@adatum.com, don't keep a local copy
mailbox.forward-to-smtp	owen.pritchard@bellowscollege.com,connor.byrne@bellowscollege.com	external forwarding pls: owen.pritchard@bellowscollege.com and connor.byrne@bellowscollege.com both to coaching@fourthcoffee.com
mailbox.grant-manager-full-access	tobias.lindqvist@bellowscollege.com	tobias.lindqvist@bellowscollege.com is on extended leave, whoever his manager is needs to be able to open his mailbox
mailbox.grant-manager-full-access	sunita.rao@bellowscollege.com,kwame.asante@bellowscollege.com	ticket 8801: the managers of sunita.rao@bellowscollege.com and kwame.asante@bellowscollege.com should get full access to their mailboxes
mailbox.grant-manager-full-access	Marisol Ortega	Marisol Ortega's line manager should have full access to her mailbox while she's on sabbatical, automapping on
mailbox.grant-manager-full-access	dmitri.volkov@bellowscollege.com	give dmitri.volkov@bellowscollege.com's manager full access to his mailbox
mailbox.grant-send-on-behalf	president@bellowscollege.com	chloe.martin@bellowscollege.com should be able to send on behalf of president@bellowscollege.com
mailbox.grant-send-on-behalf	fatima.zahra@bellowscollege.com	emails grant.okafor@bellowscollege.com sends for fatima.zahra@bellowscollege.com need to show "on behalf of" her
mailbox.grant-send-on-behalf	Rafael Souza	ticket 1932: let Hana Kim send on behalf of Rafael Souza
mailbox.grant-send-on-behalf	dean.science@bellowscollege.com	aiyana.redcloud@bellowscollege.com and omar.haddad@bellowscollege.com need send-on-behalf on dean.science@bellowscollege.com
mailbox.manage-archive	priya.nandakumar@bellowscollege.com	priya.nandakumar@bellowscollege.com's mailbox is almost full, she should have an online archive
mailbox.manage-archive	marisol.ortega@bellowscollege.com,owen.pritchard@bellowscollege.com	ticket 4021: archives for marisol.ortega@bellowscollege.com and owen.pritchard@bellowscollege.com need to be auto-expanding
mailbox.manage-archive	helpdesk-old@bellowscollege.com	helpdesk-old@bellowscollege.com shouldn't have an archive mailbox anymore, disable it
mailbox.manage-archive	Beatriz Lima	pls enable archiving for Beatriz Lima
mailbox.manage-litigation-hold	ingrid.halvorsen@bellowscollege.com	legal needs everything in ingrid.halvorsen@bellowscollege.com preserved, deleted items included, for 5 years
mailbox.manage-litigation-hold	tobias.lindqvist@bellowscollege.com	ticket 7740 - the investigation is closed, tobias.lindqvist@bellowscollege.com no longer needs to be on litigation hold
mailbox.manage-litigation-hold	Dmitri Volkov,Yuki Tanabe	counsel asked that Dmitri Volkov and Yuki Tanabe be placed on lit hold indefinitely, comment "case 2026-14"
mailbox.manage-litigation-hold	rafael.souza@bellowscollege.com	nothing in rafael.souza@bellowscollege.com's mailbox can be purged until the grant audit is over, put a hold on it
mailbox.manage-quota	chloe.martin@bellowscollege.com	chloe.martin@bellowscollege.com should get a warning at 45GB and be blocked from sending at 48GB
mailbox.manage-quota	president@bellowscollege.com	president@bellowscollege.com keeps hitting the size limit, its storage quota needs to go up to 100GB
mailbox.manage-quota	Omar Haddad,Mateo Rossi	ticket 3672: raise the mailbox size limits for Omar Haddad and Mateo Rossi, prohibit send/receive at 99GB
mailbox.manage-quota	library-desk@bellowscollege.com	library-desk@bellowscollege.com's warning quota is set too low, make it 40GB
mailbox.manage-send-as	finaid@bellowscollege.com	beatriz.lima@bellowscollege.com's replies should appear to come from finaid@bellowscollege.com itself, set send as
mailbox.manage-send-as	studyabroad@bellowscollege.com	lena.fischer@bellowscollege.com must not be able to send as studyabroad@bellowscollege.com anymore
mailbox.manage-send-as	registrar@bellowscollege.com	ticket 6190 - on registrar@bellowscollege.com add send as for connor.byrne@bellowscollege.com and remove it for tobias.lindqvist@bellowscollege.com
mailbox.manage-send-as	Writing Center	give Ngozi Eze send-as on the Writing Center mailbox
mailbox.manage-services	yuki.tanabe@bellowscollege.com	yuki.tanabe@bellowscollege.com shouldn't be able to connect with POP or IMAP anymore, security finding
mailbox.manage-services	felix.baumann@bellowscollege.com	felix.baumann@bellowscollege.com needs Outlook on the web access back, it got turned off
mailbox.manage-services	Grant Okafor	ticket 5047: Grant Okafor must not sync mail to phones, disable ActiveSync on his mailbox, leave OWA on
mailbox.manage-services	secalerts@bellowscollege.com	secalerts@bellowscollege.com should only work through MAPI, turn off EWS, POP and IMAP
mailbox.remove	ingrid.halvorsen@bellowscollege.com	ingrid.halvorsen@bellowscollege.com's mailbox should be deleted now that the retention period is over
mailbox.remove	events@bellowscollege.com,helpdesk-old@bellowscollege.com	ticket 9180: permanently delete the mailboxes events@bellowscollege.com and helpdesk-old@bellowscollege.com
mailbox.remove	Tobias Lindqvist	remove Tobias Lindqvist's mailbox pls, HR confirmed
mailbox.remove	test-mbx7@bellowscollege.com	test-mbx7@bellowscollege.com was just for testing, get rid of the mailbox
mailbox.remove-delegates	registrar@bellowscollege.com	owen.pritchard@bellowscollege.com no longer works in the registrar's office, registrar@bellowscollege.com shouldn't list him as a delegate
mailbox.remove-delegates	housing@bellowscollege.com	ticket 2740 - clean up housing@bellowscollege.com: remove delegates lena.fischer@bellowscollege.com and connor.byrne@bellowscollege.com
mailbox.remove-delegates	President Office	drop all the old delegates from the President Office mailbox except Chloe
mailbox.remove-delegates	library-desk@bellowscollege.com	take away mateo.rossi@bellowscollege.com's full access on library-desk@bellowscollege.com
mailbox.remove-user-access	beatriz.lima@bellowscollege.com	beatriz.lima@bellowscollege.com changed roles, she must not have access to any other mailboxes, send as included
mailbox.remove-user-access	connor.byrne@bellowscollege.com	ticket 6035: strip every mailbox permission connor.byrne@bellowscollege.com holds on other people's and shared mailboxes
mailbox.remove-user-access	Aiyana Redcloud	Aiyana Redcloud is leaving the dean's office, remove her access to dean.arts@bellowscollege.com and dean.science@bellowscollege.com
mailbox.remove-user-access	sunita.rao@bellowscollege.com	sunita.rao@bellowscollege.com should lose all her delegate rights on other mailboxes incl send on behalf
mailbox.set-archive-name	priya.nandakumar@bellowscollege.com	priya.nandakumar@bellowscollege.com's archive should be called "Priya - Research Archive"
mailbox.set-archive-name	owen.pritchard@bellowscollege.com	rename the archive on owen.pritchard@bellowscollege.com to Owen Pritchard Archive 2020-2025
mailbox.set-archive-name	Marisol Ortega	ticket 3515: Marisol Ortega's archive mailbox name needs to read Ortega Sabbatical Archive
mailbox.set-archive-name	beatriz.lima@bellowscollege.com	the online archive for beatriz.lima@bellowscollege.com shows a weird name in Outlook, set it to Beatriz Lima - Archive
mailbox.set-audit	finaid@bellowscollege.com,registrar@bellowscollege.com	compliance wants all access to finaid@bellowscollege.com and registrar@bellowscollege.com logged, turn on mailbox auditing
mailbox.set-audit	president@bellowscollege.com	ticket 7311: make sure mailbox audit logging is enabled on president@bellowscollege.com
mailbox.set-audit	test-mbx8@bellowscollege.com	test-mbx8@bellowscollege.com doesn't need mailbox auditing, switch it off
mailbox.set-audit	Dmitri Volkov	actions taken in Dmitri Volkov's mailbox need to be audited from now on
mailbox.set-regional-settings	ngozi.eze@bellowscollege.com	ngozi.eze@bellowscollege.com's mailbox should be in French with localized folder names
mailbox.set-regional-settings	felix.baumann@bellowscollege.com	felix.baumann@bellowscollege.com is working from Berlin, his mailbox time zone needs to be W. Europe Standard Time
mailbox.set-regional-settings	Rafael Souza	ticket 2419: Rafael Souza wants his Outlook language set to Portuguese (pt-BR) and 24h time format
mailbox.set-regional-settings	hana.kim@bellowscollege.com	set hana.kim@bellowscollege.com's mailbox language to Korean and time zone Korea Standard Time
mobile-device.allow-quarantined		priya.nandakumar@bellowscollege.com's new iPad is quarantined and can't get mail, it should be allowed
mobile-device.allow-quarantined		ticket 5510: Owen Pritchard's Pixel is stuck in ActiveSync quarantine, approve it
mobile-device.allow-quarantined		let the quarantined phone for kwame.asante@bellowscollege.com sync with Exchange, device id 3F9A1C7D22
mobile-device.allow-quarantined		Lena's android shows "access pending" in quarantine, she needs mail on it today (lena.fischer@bellowscollege.com)
mobile-device.remove		felix.baumann@bellowscollege.com's old Galaxy should no longer be syncing with his mailbox, remove the device
mobile-device.remove		ticket 6288 - delete the stale mobile device partnerships for yuki.tanabe@bellowscollege.com
mobile-device.remove		Marisol traded in her iPhone 12, take it off her mailbox's device list
mobile-device.remove		remove mobile device ID 8BC2E4110A from Exchange pls, it belongs to a former student worker
mobile-device.wipe		chloe.martin@bellowscollege.com's phone was stolen at the airport, it needs to be wiped remotely asap
mobile-device.wipe		ticket 8032: Dmitri left with his personal iPhone, wipe only the college account data from it
mobile-device.wipe		grant.okafor@bellowscollege.com lost his tablet on the train, factory reset it and notify security@bellowscollege.com
mobile-device.wipe		cancel the pending remote wipe on hana.kim@bellowscollege.com's phone, she found it
none		thanks, the forwarding works now
none		morning all
none		how long does it take for a new DL to show up in the address book?
none		ugh, Teams keeps logging me out
none		what time is the all-hands today?
none		can you order me a new monitor? mine flickers
none		is there a way to see who deleted a mailbox last week?
none		ok cool
none		lunch at 12:30?
none		the room booking system was down this morning, anyone else notice?
none		who's on call tonight for the helpdesk?
none		that shared mailbox thing from yesterday was a mess lol
none		never mind, I figured it out
none		what's the max mailbox size on an E3 license?
none		sorry, wrong chat
none		great work on the migration everybody
`,
);
