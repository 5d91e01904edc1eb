import { corpusSet } from './corpus-set';

/** Exchange Online requests: fabrikamresidences.com, every style, with close-call small talk, written as training data. */
export const EXCHANGE_TRAIN_R = corpusSet(
  'exchange-train-r',
  `action	targets	text
distribution-group.add-members	leasing-team@fabrikamresidences.com	add priya.nandakumar@fabrikamresidences.com to leasing-team@fabrikamresidences.com
distribution-group.add-members	maintenance-crew@fabrikamresidences.com	Hi, could you please add Tomas Eriksen and Kwame Asante to the maintenance-crew@fabrikamresidences.com distribution list? They start Monday.
distribution-group.add-members	board@fabrikamresidences.com	ticket 40211: new trustee leila.haddad@fabrikamresidences.com needs to be a member of board@fabrikamresidences.com
distribution-group.add-members	allstaff@fabrikamresidences.com	pls ad ollie.pritchard@fabrikamresidences.com to the allstaff@fabrikamresidences.com DL, he's not getting the newsleter
distribution-group.create		need a new DL: Block C Residents, alias block-c-residents
distribution-group.create		Could you create a distribution group called Property Managers with ingrid.solberg@fabrikamresidences.com as owner, please?
distribution-group.create		ticket 40388 - facilities wants a mailing list for the Harbour View building staff, call it Harbour View Staff
distribution-group.create		new-DistributionGroup for the fire wardens pls, name Fire Wardens, alias firewardens
distribution-group.edit	residents@fabrikamresidences.com	residents@fabrikamresidences.com should accept mail from external senders too, update the DL
distribution-group.edit	leasing-team@fabrikamresidences.com	Please rename the leasing-team@fabrikamresidences.com distribution list to Leasing & Lettings Team.
distribution-group.edit	board@fabrikamresidences.com	ticket 40502: make Nadia Farouk the owner of the board@fabrikamresidences.com DL instead of Marcus
distribution-group.edit	maintenance-crew@fabrikamresidences.com	chnage the display name on maintenance-crew@fabrikamresidences.com DL to Maintenance Crew (All Sites)
distribution-group.grant-send-permissions	residents@fabrikamresidences.com	give sofia.marchetti@fabrikamresidences.com send as on residents@fabrikamresidences.com DL
distribution-group.grant-send-permissions	allstaff@fabrikamresidences.com	Could you please let Rafael Quintero send on behalf of the allstaff@fabrikamresidences.com distribution group? He sends the weekly bulletin now.
distribution-group.grant-send-permissions	block-c-residents@fabrikamresidences.com	ticket 40617: hana.kowalczyk@fabrikamresidences.com should be able to send as block-c-residents@fabrikamresidences.com
distribution-group.grant-send-permissions	board@fabrikamresidences.com	grant sendas perms for yuki.tanabe@fabrikamresidences.com on the board@fabrikamresidences.com grp pls
distribution-group.remove	block-c-residents@fabrikamresidences.com	delete DL block-c-residents@fabrikamresidences.com
distribution-group.remove	harbourview-staff@fabrikamresidences.com	Please remove the harbourview-staff@fabrikamresidences.com distribution list, the building was sold last month.
distribution-group.remove	firewardens@fabrikamresidences.com	ticket 40733: decommission distribution group firewardens@fabrikamresidences.com, replaced by a Team
distribution-group.remove	oldleasing@fabrikamresidences.com	pls get rid of the oldleasing@fabrikamresidences.com distrbution list, nobody's used it in years
distribution-group.remove-delegation	residents@fabrikamresidences.com	remove sofia.marchetti@fabrikamresidences.com's send as on residents@fabrikamresidences.com DL
distribution-group.remove-delegation	allstaff@fabrikamresidences.com	Rafael Quintero no longer does the bulletin, could you please revoke his send on behalf rights on allstaff@fabrikamresidences.com?
distribution-group.remove-delegation	board@fabrikamresidences.com	ticket 40811: yuki.tanabe@fabrikamresidences.com left the board office, strip her send-as from the board@fabrikamresidences.com group
distribution-group.remove-delegation	leasing-team@fabrikamresidences.com	pull the SendAs trustee dev.raman@fabrikamresidences.com off leasing-team@fabrikamresidences.com DL
distribution-group.remove-members	allstaff@fabrikamresidences.com	remove gabriel.fontaine@fabrikamresidences.com from allstaff@fabrikamresidences.com
distribution-group.remove-members	maintenance-crew@fabrikamresidences.com	Could you please take Brennan Walsh and Kwame Asante off the maintenance-crew@fabrikamresidences.com list? They moved to the concierge team.
distribution-group.remove-members	board@fabrikamresidences.com	ticket 40920: oksana.petrenko@fabrikamresidences.com stepped down, drop her from the board@fabrikamresidences.com distribution group
distribution-group.remove-members	leasing-team@fabrikamresidences.com	tkae marcus.oyelaran@fabrikamresidences.com out of the leasing-team@fabrikamresidences.com DL pls
mail-contact.create	dispatch@oakridgeplumbing.com	new mail contact: Oakridge Plumbing Dispatch, dispatch@oakridgeplumbing.com
mail-contact.create	j.morrow@meridianlegal.co.uk	Could you please add our solicitor Jenna Morrow (j.morrow@meridianlegal.co.uk) to the address book as an external contact?
mail-contact.create	office@brightlineelectric.net	ticket 41004: create a GAL contact for our electrician, office@brightlineelectric.net
mail-contact.create	quotes@greenpeakroofing.com	pls make a mail contct for quotes@greenpeakroofing.com so the team can find them in outlook
mail-contact.edit	dispatch@oakridgeplumbing.com	update the phone number on contact dispatch@oakridgeplumbing.com to 0161 555 0192
mail-contact.edit	j.morrow@meridianlegal.co.uk	Could you please change the company on the mail contact j.morrow@meridianlegal.co.uk to Meridian Legal LLP?
mail-contact.edit	office@brightlineelectric.net	ticket 41077: hide the external contact office@brightlineelectric.net from the GAL
mail-contact.edit	quotes@greenpeakroofing.com	fix the display nmae on the quotes@greenpeakroofing.com contact, should be Greenpeak Roofing Quotes
mail-contact.remove	dispatch@oakridgeplumbing.com	delete contact dispatch@oakridgeplumbing.com
mail-contact.remove	office@brightlineelectric.net	We've stopped using Brightline, could you please remove the office@brightlineelectric.net mail contact?
mail-contact.remove	quotes@greenpeakroofing.com,sales@harlowlifts.com	ticket 41150: clean up external contacts quotes@greenpeakroofing.com and sales@harlowlifts.com from the address list
mail-contact.remove	old.agent@coastalrealty.com	pls remvoe the mail contact old.agent@coastalrealty.com, bounced for months
mail-user.create	pete.lindqvist@northstarfm.com	create mail user for contractor pete.lindqvist@northstarfm.com
mail-user.create	amara.obi@keystoneaudit.com	Could you please set up a mail-enabled user for our auditor Amara Obi, external address amara.obi@keystoneaudit.com?
mail-user.create	c.duarte@bluewaveit.io	ticket 41233: consultant needs a tenant identity but keeps their own mailbox, mail user with external email c.duarte@bluewaveit.io
mail-user.create	hvac@tempusclimate.com	new mailuser pls for the hvac contractor, forwading address hvac@tempusclimate.com
mail-user.edit	pete.lindqvist@fabrikamresidences.com	change the external email on mail user pete.lindqvist@fabrikamresidences.com to pete@northstarfm.com
mail-user.edit	amara.obi@fabrikamresidences.com	Could you please update the display name of the amara.obi@fabrikamresidences.com mail user to Amara Obi (Keystone Audit)?
mail-user.edit	c.duarte@fabrikamresidences.com	ticket 41290: mail user c.duarte@fabrikamresidences.com has a new title, set it to Senior IT Consultant
mail-user.edit	hvac.contractor@fabrikamresidences.com	set ExternalEmailAddress on the hvac.contractor@fabrikamresidences.com mailuser to service@tempusclimate.com
mail-user.remove	pete.lindqvist@fabrikamresidences.com	remove mail user pete.lindqvist@fabrikamresidences.com
mail-user.remove	amara.obi@fabrikamresidences.com	The audit is finished, could you please delete the mail user amara.obi@fabrikamresidences.com?
mail-user.remove	c.duarte@fabrikamresidences.com	ticket 41345: contract ended, decommission mail-enabled user c.duarte@fabrikamresidences.com
mail-user.remove	hvac.contractor@fabrikamresidences.com	pls delte the hvac.contractor@fabrikamresidences.com mail user, we switched vendors
mailbox.add-delegates	lettings@fabrikamresidences.com	add delegates to lettings@fabrikamresidences.com
mailbox.add-delegates	frontdesk@fabrikamresidences.com,maintenance@fabrikamresidences.com	Could you please set up delegates on the frontdesk@fabrikamresidences.com and maintenance@fabrikamresidences.com mailboxes? Full access and send as for the new concierge staff.
mailbox.add-delegates	accounts@fabrikamresidences.com	ticket 41402: accounts@fabrikamresidences.com needs three new delegates with full access, automapping off
mailbox.add-delegates	residents-help@fabrikamresidences.com	pls asign delegates on the residents-help@fabrikamresidences.com mailbox - full access + send on behalf
mailbox.add-users-as-delegates	lettings@fabrikamresidences.com	make dev.raman@fabrikamresidences.com a delegate on lettings@fabrikamresidences.com
mailbox.add-users-as-delegates	accounts@fabrikamresidences.com,maintenance@fabrikamresidences.com	Could you please add Ingrid Solberg as a delegate with full access to accounts@fabrikamresidences.com and maintenance@fabrikamresidences.com?
mailbox.add-users-as-delegates	frontdesk@fabrikamresidences.com	ticket 41466: new concierge hana.kowalczyk@fabrikamresidences.com should be a delegate of frontdesk@fabrikamresidences.com, full access and send as
mailbox.add-users-as-delegates	nadia.farouk@fabrikamresidences.com	add user gabriel.fontaine@fabrikamresidences.com as deleggate to nadia.farouk@fabrikamresidences.com, no automapping
mailbox.assign-contacts-folder-delegate	marcus.oyelaran@fabrikamresidences.com	give sofia.marchetti@fabrikamresidences.com editor on marcus.oyelaran@fabrikamresidences.com's contacts folder
mailbox.assign-contacts-folder-delegate	ingrid.solberg@fabrikamresidences.com	Could you please share Ingrid Solberg's contacts with her PA? Reviewer access on the contacts folder of ingrid.solberg@fabrikamresidences.com for Nadia Farouk.
mailbox.assign-contacts-folder-delegate	tomas.eriksen@fabrikamresidences.com,kwame.asante@fabrikamresidences.com	ticket 41520: leila.haddad@fabrikamresidences.com needs access to the Contacts folders of tomas.eriksen@fabrikamresidences.com and kwame.asante@fabrikamresidences.com
mailbox.assign-contacts-folder-delegate	priya.nandakumar@fabrikamresidences.com	set a contacts folder delegate on priya.nandakumar@fabrikamresidences.com: dev.raman@fabrikamresidences.com as author
mailbox.configure-auto-reply	leila.haddad@fabrikamresidences.com	ooo for leila.haddad@fabrikamresidences.com 14-28 Aug, back on the 29th
mailbox.configure-auto-reply	gabriel.fontaine@fabrikamresidences.com	Gabriel Fontaine is off sick and can't log in, could you please set an automatic reply on gabriel.fontaine@fabrikamresidences.com pointing people to frontdesk@fabrikamresidences.com?
mailbox.configure-auto-reply	oksana.petrenko@fabrikamresidences.com	ticket 41588: oksana.petrenko@fabrikamresidences.com is back, turn her out of office off
mailbox.configure-auto-reply	brennan.walsh@fabrikamresidences.com	set an autoreply on brennan.walsh@fabrikamresidences.com for external senders only, he's on paternty leave til March
mailbox.convert-to-shared	marcus.oyelaran@fabrikamresidences.com	convert marcus.oyelaran@fabrikamresidences.com to shared
mailbox.convert-to-shared	oksana.petrenko@fabrikamresidences.com	Oksana Petrenko left on Friday, could you please turn oksana.petrenko@fabrikamresidences.com into a shared mailbox so her team can still get into it?
mailbox.convert-to-shared	brennan.walsh@fabrikamresidences.com	ticket 41640 leaver: brennan.walsh@fabrikamresidences.com mailbox to shared, then we'll reclaim the license
mailbox.convert-to-shared	yuki.tanabe@fabrikamresidences.com	pls make yuki.tanabe@fabrikamresidences.com a shared mailbx, she's gone and we need to free up the E3
mailbox.copy-permissions-from	hana.kowalczyk@fabrikamresidences.com	hana.kowalczyk@fabrikamresidences.com needs the same mailbox permissions as gabriel.fontaine@fabrikamresidences.com, copy them from him
mailbox.copy-permissions-from	ollie.pritchard@fabrikamresidences.com,rafael.quintero@fabrikamresidences.com	Could you please copy the mailbox permissions from priya.nandakumar@fabrikamresidences.com onto ollie.pritchard@fabrikamresidences.com and rafael.quintero@fabrikamresidences.com? Both are new in lettings.
mailbox.copy-permissions-from	dev.raman@fabrikamresidences.com	ticket 41702: new starter dev.raman@fabrikamresidences.com - clone mailbox access from his predecessor tomas.eriksen@fabrikamresidences.com
mailbox.copy-permissions-from	nadia.farouk@fabrikamresidences.com	for nadia.farouk@fabrikamresidences.com, coppy mailbox perms from ingrid.solberg@fabrikamresidences.com pls
mailbox.copy-permissions-to	tomas.eriksen@fabrikamresidences.com	copy tomas.eriksen@fabrikamresidences.com's mailbox permissions to dev.raman@fabrikamresidences.com
mailbox.copy-permissions-to	leila.haddad@fabrikamresidences.com	Could you please replicate all of leila.haddad@fabrikamresidences.com's mailbox access to Sofia Marchetti and Yuki Tanabe? They're covering her portfolio.
mailbox.copy-permissions-to	kwame.asante@fabrikamresidences.com	ticket 41765: mirror the mailbox permissions kwame.asante@fabrikamresidences.com has over to brennan.walsh@fabrikamresidences.com
mailbox.copy-permissions-to	marcus.oyelaran@fabrikamresidences.com	take marcus.oyelaran@fabrikamresidences.com's mailbox perms and aply them to ollie.pritchard@fabrikamresidences.com too
mailbox.create		create a mailbox for new hire Teodora Vasic, teodora.vasic@fabrikamresidences.com
mailbox.create		Could you please set up a user mailbox for our new property manager, Callum Reid?
mailbox.create		ticket 41830: starter on 3 Nov, Ayesha Khan, needs an Exchange mailbox ayesha.khan@fabrikamresidences.com
mailbox.create		new usr mailbox pls - Jonas Albrecht, jonas.albrecht@fabrikamresidences.com
mailbox.create-resource		create a room mailbox for Harbour Conference Room, seats 10
mailbox.create-resource		Could you please set up an equipment mailbox for the new maintenance van so the crew can book it?
mailbox.create-resource		ticket 41905: facilities added a meeting room on level 2, please create a resource mailbox "Atrium Room" capacity 6
mailbox.create-resource		new equipmnet mailbox for the pressure washer pls, bookable by maintenance
mailbox.create-shared		new shared mailbox: Lettings Enquiries, lettings-enquiries@fabrikamresidences.com
mailbox.create-shared		Could you please create a shared mailbox for resident complaints? Something like complaints@fabrikamresidences.com.
mailbox.create-shared		ticket 41977: compliance needs a shared inbox named Fire Safety Reports
mailbox.create-shared		pls spin up a shard mailbox for the concierge desk at Harbour View
mailbox.edit	sofia.marchetti@fabrikamresidences.com	hide sofia.marchetti@fabrikamresidences.com from the address book
mailbox.edit	rafael.quintero@fabrikamresidences.com	Could you please add the alias rafa@fabrikamresidences.com to rafael.quintero@fabrikamresidences.com's mailbox?
mailbox.edit	kwame.asante@fabrikamresidences.com	ticket 42031: set a mailtip on kwame.asante@fabrikamresidences.com saying he's site-based and checks email twice a day
mailbox.edit	priya.nandakumar@fabrikamresidences.com	chnage the display name on priya.nandakumar@fabrikamresidences.com's mailbox to Priya Nandakumar-Reid
mailbox.edit-equipment	van01@fabrikamresidences.com	van01@fabrikamresidences.com equipment mailbox: auto accept bookings
mailbox.edit-equipment	projector2@fabrikamresidences.com	Could you please limit bookings of the projector2@fabrikamresidences.com equipment mailbox to a maximum of 3 hours?
mailbox.edit-equipment	washer01@fabrikamresidences.com	ticket 42096: equipment resource washer01@fabrikamresidences.com should only be bookable by the maintenance crew
mailbox.edit-equipment	van01@fabrikamresidences.com	stop van01@fabrikamresidences.com accepting conflicting bookings, its equipment not a room, double bookings keep happenning
mailbox.edit-room	conf-harbour@fabrikamresidences.com	set capacity on conf-harbour@fabrikamresidences.com room to 12
mailbox.edit-room	room-atrium@fabrikamresidences.com	Could you please allow recurring meetings in the room-atrium@fabrikamresidences.com meeting room and extend the booking window to 365 days?
mailbox.edit-room	conf-harbour@fabrikamresidences.com	ticket 42150: the conf-harbour@fabrikamresidences.com room mailbox should stop deleting the subject of meetings
mailbox.edit-room	boardroom@fabrikamresidences.com	make boardroom@fabrikamresidences.com room only acept bookings from the exec assistants
mailbox.edit-shared	lettings@fabrikamresidences.com	add the address rentals@fabrikamresidences.com to shared mailbox lettings@fabrikamresidences.com
mailbox.edit-shared	frontdesk@fabrikamresidences.com	Could you please change the display name of the frontdesk@fabrikamresidences.com shared mailbox to Concierge Front Desk?
mailbox.edit-shared	maintenance@fabrikamresidences.com	ticket 42214: shared inbox maintenance@fabrikamresidences.com should keep a copy of sent items when people send as it
mailbox.edit-shared	accounts@fabrikamresidences.com	hide the accounts@fabrikamresidences.com shared mailbx from the GAL pls
mailbox.edit-type	accounts@fabrikamresidences.com	change accounts@fabrikamresidences.com back to a regular mailbox
mailbox.edit-type	boardroom@fabrikamresidences.com	Could you please change the mailbox type of boardroom@fabrikamresidences.com from room to equipment? It's a bookable screen now.
mailbox.edit-type	van01@fabrikamresidences.com	ticket 42278: van01@fabrikamresidences.com was created as a user mailbox by mistake, set its type to equipment
mailbox.edit-type	frontdesk@fabrikamresidences.com	switch frontdesk@fabrikamresidences.com recipienttypedetails from shared to UserMailbox, concierge lead wants to sign in directly
mailbox.forward-to-recipient	brennan.walsh@fabrikamresidences.com	fwd brennan.walsh@fabrikamresidences.com to Kwame Asante
mailbox.forward-to-recipient	yuki.tanabe@fabrikamresidences.com	Could you please forward yuki.tanabe@fabrikamresidences.com's mail to her manager Ingrid Solberg while she's on leave? Keep a copy in Yuki's mailbox.
mailbox.forward-to-recipient	marcus.oyelaran@fabrikamresidences.com	ticket 42333: redirect everything arriving at marcus.oyelaran@fabrikamresidences.com to the lettings@fabrikamresidences.com shared mailbox, no local copy
mailbox.forward-to-recipient	tomas.eriksen@fabrikamresidences.com	set ForwardingAddress on tomas.eriksen@fabrikamresidences.com to internal user Dev Raman
mailbox.forward-to-smtp	rafael.quintero@fabrikamresidences.com	fwd rafael.quintero@fabrikamresidences.com to rafa.quintero@gmail.com
mailbox.forward-to-smtp	amelie.roux@fabrikamresidences.com	Could you please set up forwarding from amelie.roux@fabrikamresidences.com to her new address amelie@roux-consulting.fr and keep a copy?
mailbox.forward-to-smtp	kwame.asante@fabrikamresidences.com	ticket 42401: external forwarding for kwame.asante@fabrikamresidences.com to k.asante@northstarfm.com during the secondment
mailbox.forward-to-smtp	oksana.petrenko@fabrikamresidences.com	set ForwardingSmtpAddress on oksana.petrenko@fabrikamresidences.com to oksana.p@outlook.com, delivertomailboxandforward false
mailbox.grant-manager-full-access	oksana.petrenko@fabrikamresidences.com	give oksana.petrenko@fabrikamresidences.com's manager full access to her mailbox
mailbox.grant-manager-full-access	brennan.walsh@fabrikamresidences.com,yuki.tanabe@fabrikamresidences.com	Could you please grant the line managers of brennan.walsh@fabrikamresidences.com and yuki.tanabe@fabrikamresidences.com full access to their mailboxes? Both left last week.
mailbox.grant-manager-full-access	gabriel.fontaine@fabrikamresidences.com	ticket 42466: leaver gabriel.fontaine@fabrikamresidences.com - his manager should be able to open his mailbox
mailbox.grant-manager-full-access	marcus.oyelaran@fabrikamresidences.com	pls give fullaccess on marcus.oyelaran@fabrikamresidences.com to whoever his manger is
mailbox.grant-send-on-behalf	ingrid.solberg@fabrikamresidences.com	let nadia.farouk@fabrikamresidences.com send on behalf of ingrid.solberg@fabrikamresidences.com
mailbox.grant-send-on-behalf	leila.haddad@fabrikamresidences.com	Could you please give Sofia Marchetti send on behalf rights for leila.haddad@fabrikamresidences.com? She's handling Leila's correspondence.
mailbox.grant-send-on-behalf	marcus.oyelaran@fabrikamresidences.com	ticket 42530: add hana.kowalczyk@fabrikamresidences.com to GrantSendOnBehalfTo on marcus.oyelaran@fabrikamresidences.com
mailbox.grant-send-on-behalf	priya.nandakumar@fabrikamresidences.com	pls grant SOBO for ollie.pritchard@fabrikamresidences.com on priya.nandakumar@fabrikamresidences.com's mailbx
mailbox.manage-archive	hana.kowalczyk@fabrikamresidences.com	enable archive for hana.kowalczyk@fabrikamresidences.com
mailbox.manage-archive	tomas.eriksen@fabrikamresidences.com,leila.haddad@fabrikamresidences.com	Could you please turn on auto-expanding archiving for tomas.eriksen@fabrikamresidences.com and leila.haddad@fabrikamresidences.com?
mailbox.manage-archive	dev.raman@fabrikamresidences.com	ticket 42601: dev.raman@fabrikamresidences.com's mailbox is nearly full, he needs an online archive enabled
mailbox.manage-archive	rafael.quintero@fabrikamresidences.com	disable the in-place archive on rafael.quintero@fabrikamresidences.com, it was turned on by mistaek
mailbox.manage-litigation-hold	kwame.asante@fabrikamresidences.com	lit hold on kwame.asante@fabrikamresidences.com, 5 years
mailbox.manage-litigation-hold	sofia.marchetti@fabrikamresidences.com	Legal have asked us to place sofia.marchetti@fabrikamresidences.com on litigation hold for the tenancy dispute, could you please set that up?
mailbox.manage-litigation-hold	ollie.pritchard@fabrikamresidences.com	ticket 42677: case closed, remove the litigation hold from ollie.pritchard@fabrikamresidences.com
mailbox.manage-litigation-hold	gabriel.fontaine@fabrikamresidences.com,oksana.petrenko@fabrikamresidences.com	pls put gabriel.fontaine@fabrikamresidences.com and oksana.petrenko@fabrikamresidences.com on legal hold indefinately
mailbox.manage-quota	accounts@fabrikamresidences.com	bump accounts@fabrikamresidences.com quota to 100GB
mailbox.manage-quota	nadia.farouk@fabrikamresidences.com	Nadia Farouk keeps getting mailbox full warnings, could you please raise the issue warning and prohibit send limits on nadia.farouk@fabrikamresidences.com?
mailbox.manage-quota	lettings@fabrikamresidences.com	ticket 42745: set ProhibitSendReceiveQuota on lettings@fabrikamresidences.com to 50GB
mailbox.manage-quota	priya.nandakumar@fabrikamresidences.com	increse the mailbox size limit for priya.nandakumar@fabrikamresidences.com, she cant send anything
mailbox.manage-send-as	lettings@fabrikamresidences.com	give dev.raman@fabrikamresidences.com send as on lettings@fabrikamresidences.com
mailbox.manage-send-as	frontdesk@fabrikamresidences.com	Could you please remove Brennan Walsh's send as permission from the frontdesk@fabrikamresidences.com mailbox? He's moved on.
mailbox.manage-send-as	maintenance@fabrikamresidences.com	ticket 42810: kwame.asante@fabrikamresidences.com needs to send as maintenance@fabrikamresidences.com so replies come from the team address
mailbox.manage-send-as	ingrid.solberg@fabrikamresidences.com	add-recipientpermission sendas for nadia.farouk@fabrikamresidences.com on ingrid.solberg@fabrikamresidences.com pls
mailbox.manage-services	yuki.tanabe@fabrikamresidences.com	disable POP and IMAP on yuki.tanabe@fabrikamresidences.com
mailbox.manage-services	ollie.pritchard@fabrikamresidences.com	Could you please turn Outlook on the web back on for ollie.pritchard@fabrikamresidences.com? It was blocked during his probation.
mailbox.manage-services	maintenance@fabrikamresidences.com	ticket 42877: block ActiveSync on maintenance@fabrikamresidences.com, the crew should use the app only
mailbox.manage-services	tomas.eriksen@fabrikamresidences.com	pls enable MAPI and EWS for tomas.eriksen@fabrikamresidences.com, his new outlook wont connect
mailbox.remove	yuki.tanabe@fabrikamresidences.com	delete yuki.tanabe@fabrikamresidences.com's mailbox
mailbox.remove	amelie.roux@fabrikamresidences.com,brennan.walsh@fabrikamresidences.com	Retention period is over, could you please permanently remove the mailboxes of amelie.roux@fabrikamresidences.com and brennan.walsh@fabrikamresidences.com?
mailbox.remove	oldlettings@fabrikamresidences.com	ticket 42944: decommission the oldlettings@fabrikamresidences.com mailbox, no longer needed
mailbox.remove	test.mbx1@fabrikamresidences.com	get rid of the test.mbx1@fabrikamresidences.com mailbx pls, left over from the migraton
mailbox.remove-delegates	lettings@fabrikamresidences.com	remove delegates from lettings@fabrikamresidences.com
mailbox.remove-delegates	accounts@fabrikamresidences.com	Could you please take Ollie Pritchard and Rafael Quintero off as delegates on the accounts@fabrikamresidences.com mailbox?
mailbox.remove-delegates	frontdesk@fabrikamresidences.com	ticket 43012: audit found stale delegates on frontdesk@fabrikamresidences.com, please remove them all
mailbox.remove-delegates	nadia.farouk@fabrikamresidences.com	strip the delgates off nadia.farouk@fabrikamresidences.com, she wants nobody else in her mailbox
mailbox.remove-user-access	dev.raman@fabrikamresidences.com	remove dev.raman@fabrikamresidences.com's access to all other mailboxes
mailbox.remove-user-access	sofia.marchetti@fabrikamresidences.com	Sofia Marchetti has moved to the Dublin office, could you please revoke every mailbox permission sofia.marchetti@fabrikamresidences.com holds on other mailboxes?
mailbox.remove-user-access	hana.kowalczyk@fabrikamresidences.com	ticket 43077: offboarding - hana.kowalczyk@fabrikamresidences.com should lose full access, send as and send on behalf on every mailbox she's delegated to
mailbox.remove-user-access	leila.haddad@fabrikamresidences.com	pls pull all the mailbox acess leila.haddad@fabrikamresidences.com has to shared and user mailboxes
mailbox.set-archive-name	tomas.eriksen@fabrikamresidences.com	name tomas.eriksen@fabrikamresidences.com's archive "Tomas - Pre 2023"
mailbox.set-archive-name	leila.haddad@fabrikamresidences.com	Could you please rename the online archive on leila.haddad@fabrikamresidences.com to Leila Haddad Archive?
mailbox.set-archive-name	hana.kowalczyk@fabrikamresidences.com	ticket 43140: set ArchiveName on hana.kowalczyk@fabrikamresidences.com to "Concierge Archive"
mailbox.set-archive-name	dev.raman@fabrikamresidences.com	chnage the archive mailbox name for dev.raman@fabrikamresidences.com to Dev - Old Mail
mailbox.set-audit	ingrid.solberg@fabrikamresidences.com	enable mailbox auditing on ingrid.solberg@fabrikamresidences.com
mailbox.set-audit	accounts@fabrikamresidences.com,lettings@fabrikamresidences.com	Could you please make sure audit logging is switched on for the accounts@fabrikamresidences.com and lettings@fabrikamresidences.com mailboxes?
mailbox.set-audit	marcus.oyelaran@fabrikamresidences.com	ticket 43201: security wants AuditEnabled true on marcus.oyelaran@fabrikamresidences.com with owner actions logged
mailbox.set-audit	ollie.pritchard@fabrikamresidences.com	pls turn on mailbox audting for ollie.pritchard@fabrikamresidences.com
mailbox.set-regional-settings	gabriel.fontaine@fabrikamresidences.com	set gabriel.fontaine@fabrikamresidences.com's mailbox language to French (fr-FR)
mailbox.set-regional-settings	yuki.tanabe@fabrikamresidences.com	Could you please change the time zone on yuki.tanabe@fabrikamresidences.com's mailbox to Tokyo Standard Time? She's working from Japan now.
mailbox.set-regional-settings	oksana.petrenko@fabrikamresidences.com	ticket 43266: oksana.petrenko@fabrikamresidences.com wants Ukrainian locale and dd.MM.yyyy date format in OWA
mailbox.set-regional-settings	rafael.quintero@fabrikamresidences.com	fix the timezone + languge on rafael.quintero@fabrikamresidences.com, his calendar shows everything an hour off
mobile-device.allow-quarantined		allow leila.haddad@fabrikamresidences.com's quarantined iPhone
mobile-device.allow-quarantined		Could you please release Tomas Eriksen's new Android from quarantine? He can't get email on it.
mobile-device.allow-quarantined		ticket 43330: kwame.asante@fabrikamresidences.com's Samsung is quarantined by ActiveSync, please approve it
mobile-device.allow-quarantined		ollie.pritchard@fabrikamresidences.com's ipad stuck in quarentine, let it sync pls
mobile-device.remove		remove ingrid.solberg@fabrikamresidences.com's old iPhone partnership
mobile-device.remove		Could you please delete the old Pixel listed under rafael.quintero@fabrikamresidences.com's mobile devices? He returned it to IT.
mobile-device.remove		ticket 43401: clean up stale ActiveSync devices for sofia.marchetti@fabrikamresidences.com, not synced since 2023
mobile-device.remove		pls get rid of the dead phone entry on priya.nandakumar@fabrikamresidences.com, no wipe needed just remove it
mobile-device.wipe		wipe nadia.farouk@fabrikamresidences.com's phone, stolen
mobile-device.wipe		Marcus Oyelaran left his iPhone in a taxi, could you please remote wipe it as soon as possible?
mobile-device.wipe		ticket 43470: account-only wipe on hana.kowalczyk@fabrikamresidences.com's personal Android, she's leaving today
mobile-device.wipe		pls send a full wype to dev.raman@fabrikamresidences.com's lost ipad
none		how does send as differ from send on behalf?
none		what's the difference between converting to shared and just removing the mailbox, do we lose the data?
none		why is the lettings@fabrikamresidences.com mailbox still showing for people we removed yesterday? annoying
none		does litigation hold also cover the online archive or do I need to do that separately?
none		ticket 43512 is done, the OOO on brennan's mailbox is working now, thanks
none		the forwarding you set up last week keeps bouncing, honestly this is the third time
none		is wiping a phone the same as removing the device partnership?
none		how long does it take for a new DL to show up in the GAL?
none		can you explain what auto-expanding archiving actually does?
none		fyi the room mailbox changes went through fine, nothing else needed
none		who approved the quota change on accounts@fabrikamresidences.com? just curious
none		cheers, all sorted
none		why does outlook keep asking me for my password after the mailbox move
none		what's the lunch order for friday?
none		is there a report of which mailboxes have send-as granted? asking for audit prep, not changing anything
none		mailbox audit was already on by default I thought, was it not?
`,
);
