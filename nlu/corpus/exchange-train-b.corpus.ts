import { corpusSet } from './corpus-set';

/** Exchange Online requests: treyresearch.net: terse commands and jargon, written as training data. */
export const EXCHANGE_TRAIN_B = corpusSet(
  'exchange-train-b',
  `action	targets	text
distribution-group.add-members	lab-managers@treyresearch.net	lab-managers@treyresearch.net DL - pls include hokafor@treyresearch.net as a member
distribution-group.add-members	research-leads@treyresearch.net	ticket 4471: Rahul Mehta and Grace Kim joined the research leads group, they need adding to research-leads@treyresearch.net (DL)
distribution-group.add-members	allstaff@treyresearch.net	wzhang@treyresearch.net + aobi@treyresearch.net -> allstaff@treyresearch.net DL membership, new hires
distribution-group.add-members	UK Office	Tomasz relocated to London, can he be on the UK Office DL as well?
distribution-group.create		need a DL called Grant Applications (grant-apps@treyresearch.net), pnatarajan@treyresearch.net as owner
distribution-group.create		Could you create a mail-enabled security group named Lab Safety Officers with Owen Gallagher and Leila Haddad in it?
distribution-group.create		Basel site needs its own distro list: basel-site, closed membership, owner hokafor
distribution-group.create		ticket 5530 - DL biostat-team doesn't exist yet, make it; internal senders only + hidden from GAL
distribution-group.edit	it-alerts@treyresearch.net	display name for the it-alerts@treyresearch.net DL should read "IT Monitoring Alerts"
distribution-group.edit	board-pack@treyresearch.net	board-pack@treyresearch.net should be moderated by nwhitfield@treyresearch.net before anything goes out
distribution-group.edit	Research Leads	vpetrov@treyresearch.net to be added as owner of the Research Leads DL
distribution-group.edit	allstaff@treyresearch.net	external senders are getting NDRs from DL allstaff@treyresearch.net, switch off the require sender auth setting
distribution-group.grant-send-permissions	comms-announce@treyresearch.net	cmartin@treyresearch.net needs to send as comms-announce@treyresearch.net (it's a DL)
distribution-group.grant-send-permissions	board-pack@treyresearch.net	Nora Whitfield sends the monthly packs, grant her SOB on the board-pack@treyresearch.net distribution list
distribution-group.grant-send-permissions	research-leads@treyresearch.net,lab-managers@treyresearch.net	SA for rmehta@treyresearch.net on research-leads@treyresearch.net and lab-managers@treyresearch.net DLs
distribution-group.grant-send-permissions	allstaff@treyresearch.net	ticket 6012: allstaff@treyresearch.net DL - reception@treyresearch.net needs send-on-behalf rights
distribution-group.remove-delegation	comms-announce@treyresearch.net	cmartin@treyresearch.net no longer handles comms, pull her SA from the comms-announce@treyresearch.net DL
distribution-group.remove-delegation	lab-managers@treyresearch.net	Owen Gallagher changed roles; please drop his send on behalf permission on the lab-managers@treyresearch.net distribution group.
distribution-group.remove-delegation	research-leads@treyresearch.net	research-leads@treyresearch.net: rmehta@treyresearch.net shouldn't have send as on this DL anymore
distribution-group.remove-delegation	board-pack@treyresearch.net	SOB on board-pack@treyresearch.net for nwhitfield@treyresearch.net can go, she's handed the packs over
distribution-group.remove	proj-helix@treyresearch.net	project helix closed in march, the proj-helix@treyresearch.net DL can be deleted
distribution-group.remove	summer-interns-2025@treyresearch.net,uk-office-old@treyresearch.net	Please delete both summer-interns-2025@treyresearch.net and uk-office-old@treyresearch.net, they're obsolete distribution groups.
distribution-group.remove	Biotech Updates	kill the Biotech Updates distro list, nobody's posted to it in a year
distribution-group.remove	it-alerts-legacy@treyresearch.net	ticket 7180: decommission DL it-alerts-legacy@treyresearch.net
distribution-group.remove-members	lab-managers@treyresearch.net	gsantos@treyresearch.net out of lab-managers@treyresearch.net DL pls
distribution-group.remove-members	allstaff@treyresearch.net	Sofia Russo and Jonas Becker both left friday - pull them out of allstaff@treyresearch.net
distribution-group.remove-members	research-leads@treyresearch.net	tbrandt@treyresearch.net shouldn't be a member of the research-leads@treyresearch.net DL any more
distribution-group.remove-members	board-pack@treyresearch.net	membership cleanup on DL board-pack@treyresearch.net: ext.auditor@treyresearch.net goes
mail-contact.create	miguel.alvarez@harborpointlegal.com	Miguel Alvarez from Harbor Point Legal should be in our GAL as a contact - miguel.alvarez@harborpointlegal.com
mail-contact.create	accounts@bluefinlogistics.com	mail contact needed for accounts@bluefinlogistics.com, our freight partner's AP team
mail-contact.create	p.hale@kestrelaudit.co.uk	ticket 3302: our new auditor p.hale@kestrelaudit.co.uk needs a mail contact, company Kestrel Audit LLP, title Audit Manager
mail-contact.create	s.dubois@mapleridge-consulting.ca	s.dubois@mapleridge-consulting.ca -> new mail contact, but keep it hidden from address lists
mail-contact.edit	miguel.alvarez@harborpointlegal.com	Miguel got promoted, set the title on contact miguel.alvarez@harborpointlegal.com to Senior Counsel
mail-contact.edit	p.hale@kestrelaudit.co.uk	p.hale@kestrelaudit.co.uk mail contact: phone is now +44 20 7946 0321
mail-contact.edit	accounts@bluefinlogistics.com	the contact accounts@bluefinlogistics.com should have the display name Bluefin Logistics - AP
mail-contact.edit	s.dubois@mapleridge-consulting.ca	s.dubois@mapleridge-consulting.ca mail contact has a new external SMTP: sdubois@mapleridge.ca, pls update
mail-contact.remove	orders@oakfieldsupply.com	orders@oakfieldsupply.com contact isn't needed anymore, delete it from Exchange
mail-contact.remove	j.ng@harborpointlegal.com,billing@bluefinlogistics.com	contracts with Harbor Point and Bluefin ended - remove mail contacts j.ng@harborpointlegal.com and billing@bluefinlogistics.com
mail-contact.remove	r.kaur@kestrelaudit.co.uk	ticket 8891 - r.kaur@kestrelaudit.co.uk is no longer our auditor, delete her contact
mail-contact.remove	d.voss@proton.me	duplicate mail contact d.voss@proton.me, pls delete
mail-user.create	l.moreau@vantagebio.fr	contractor starting monday needs a MEU, external address l.moreau@vantagebio.fr
mail-user.create	ravi.iyer@quantumleaf.io	Ravi Iyer (consultant) - set him up as a mail-enabled user with external email ravi.iyer@quantumleaf.io
mail-user.create	h.berg@nordlabs.se	ticket 2290: MEU for the temp statistician pls, mail goes to h.berg@nordlabs.se
mail-user.create	k.osei@ug-research.edu.gh	Could you create a mail user for our visiting researcher? Her external email is k.osei@ug-research.edu.gh.
mail-user.edit	lmoreau@treyresearch.net	MEU lmoreau@treyresearch.net: external SMTP should now be l.moreau@vantage-bio.eu
mail-user.edit	riyer@treyresearch.net	display name on mail user riyer@treyresearch.net -> Ravi Iyer (QuantumLeaf)
mail-user.edit	hberg@treyresearch.net	MEU hberg@treyresearch.net should also have the proxy address henrik.berg@treyresearch.net
mail-user.edit	ext.auditor@treyresearch.net	ext.auditor@treyresearch.net mail user: set first name Paula, last name Hale
mail-user.remove	lmoreau@treyresearch.net	contract's over for lmoreau@treyresearch.net, delete the MEU
mail-user.remove	riyer@treyresearch.net,hberg@treyresearch.net	riyer@treyresearch.net and hberg@treyresearch.net MEUs can both be deleted
mail-user.remove	ext.auditor@treyresearch.net	ticket 9034: the external auditor mail user ext.auditor@treyresearch.net can be deleted now
mail-user.remove	kosei@treyresearch.net	kosei@treyresearch.net's visit ended last week, get rid of that mail-enabled user
mailbox.add-delegates	grants@treyresearch.net,ops@treyresearch.net	grants@treyresearch.net and ops@treyresearch.net mbxs: delegates to add, FA + SA
mailbox.add-delegates		bulk delegate job on the finance shared mbxs, FA with automapping off
mailbox.add-delegates	accountspayable@treyresearch.net	For the accountspayable@treyresearch.net mailbox, please add delegates bferreira@treyresearch.net and lbianchi@treyresearch.net with full access.
mailbox.add-delegates	hr-inbox@treyresearch.net	hr-inbox@treyresearch.net needs delegates added - FA and read permission for the HR team
mailbox.add-users-as-delegates	ops@treyresearch.net	fbenali@treyresearch.net -> delegate on ops@treyresearch.net, FA
mailbox.add-users-as-delegates	grants@treyresearch.net,hr-inbox@treyresearch.net	set kmensah@treyresearch.net up as a delegate on grants@treyresearch.net and hr-inbox@treyresearch.net with full access and send as
mailbox.add-users-as-delegates	accountspayable@treyresearch.net	ticket 4120: Ivy Chen should be a delegate on accountspayable@treyresearch.net (FA, automapping on)
mailbox.add-users-as-delegates	reception@treyresearch.net	users hlaurent@treyresearch.net and cvidal@treyresearch.net should be delegates on reception@treyresearch.net with FA + read permission
mailbox.assign-contacts-folder-delegate	rdelgado@treyresearch.net	kwatanabe@treyresearch.net needs editor rights on the Contacts folder in rdelgado@treyresearch.net's mbx
mailbox.assign-contacts-folder-delegate	Marcus Lindqvist	Marcus Lindqvist's EA should get reviewer on his Contacts folder
mailbox.assign-contacts-folder-delegate	ytanaka@treyresearch.net,epopescu@treyresearch.net	contacts folder delegate pls: mbxs ytanaka@treyresearch.net and epopescu@treyresearch.net, delegate zcampbell@treyresearch.net, author rights
mailbox.assign-contacts-folder-delegate	pnatarajan@treyresearch.net	aobi@treyresearch.net should be able to edit the contacts folder in pnatarajan@treyresearch.net's mbx, she looks after her address book
mailbox.configure-auto-reply	tkowal@treyresearch.net	OOO on tkowal@treyresearch.net 22 Dec - 5 Jan pls, msg: back in January, for urgent stuff call the lab
mailbox.configure-auto-reply	Grace Kim	Grace Kim is back from leave, her OOO can be switched off
mailbox.configure-auto-reply	dmurphy@treyresearch.net,sadeyemi@treyresearch.net	ticket 3817: auto-reply for dmurphy@treyresearch.net and sadeyemi@treyresearch.net, internal only, both on parental leave till March
mailbox.configure-auto-reply	lhaddad@treyresearch.net	lhaddad@treyresearch.net has left, put an OOO on her mbx telling external senders to contact HR instead
mailbox.convert-to-shared	jbecker@treyresearch.net	jbecker@treyresearch.net -> shared mbx, then pull the E3
mailbox.convert-to-shared	Sofia Russo	Sofia Russo left on Friday, her mailbox should become a shared mailbox so the team can keep reading it
mailbox.convert-to-shared	apetrova@treyresearch.net,gsantos@treyresearch.net	ticket 6654: leaver mbxs apetrova@treyresearch.net, gsantos@treyresearch.net -> shared mbx, keep licences for now
mailbox.convert-to-shared	pmoreno@treyresearch.net	pmoreno@treyresearch.net is gone, turn her mbx into a shared one so we can free up the license
mailbox.copy-permissions-from	gkim@treyresearch.net	gkim@treyresearch.net is taking over from rmehta@treyresearch.net, give her the same mbx permissions he has
mailbox.copy-permissions-from	aobi@treyresearch.net,wzhang@treyresearch.net	new starters aobi@treyresearch.net and wzhang@treyresearch.net: copy the mailbox perms from ichen@treyresearch.net onto them, add don't replace
mailbox.copy-permissions-from	Hugo Laurent	Hugo Laurent should end up with exactly the same mailbox access as Carmen Vidal, replace whatever he has now
mailbox.copy-permissions-from	epopescu@treyresearch.net	ticket 7702: copy FA/SA/SOB onto epopescu@treyresearch.net from her predecessor lnovak@treyresearch.net
mailbox.copy-permissions-to	bferreira@treyresearch.net	bferreira@treyresearch.net's mbx permissions -> replicate to kmensah@treyresearch.net
mailbox.copy-permissions-to	Rosa Delgado	Rosa Delgado has two backfills (tbrandt@treyresearch.net, fwagner@treyresearch.net), duplicate her mailbox access onto both
mailbox.copy-permissions-to	dmurphy@treyresearch.net	take all the FA/SA/SOB that dmurphy@treyresearch.net has and copy it to sadeyemi@treyresearch.net, replace mode
mailbox.copy-permissions-to	arahman@treyresearch.net	push arahman@treyresearch.net's mbx perms out to hlaurent@treyresearch.net and ichen@treyresearch.net
mailbox.create		Tobias Reinholt starts monday, he needs a mbx: treinholt@treyresearch.net, E3
mailbox.create		user mbx for Amelie Fournier pls, alias afournier, usual E3 licence
mailbox.create		ticket 1187: incoming postdoc Jakub Zielinski needs a mailbox created, force pw reset on first logon
mailbox.create		Can you set up a regular user mailbox for our new lab tech, Naledi Khumalo?
mailbox.create-shared		grants office wants a shared mbx, grants-office@treyresearch.net
mailbox.create-shared		Clinical Trials Enquiries - make it a shared mailbox, FA for the trials team
mailbox.create-shared		create shared mbx media@treyresearch.net with display name Trey Research Media Office
mailbox.create-shared		ticket 2045 - new shared mbx "Lab Bookings", alias labbookings, SA for rdelgado@treyresearch.net
mailbox.create-resource		the Fjord conference room (seats 10) has no room mbx yet, please create one
mailbox.create-resource		new confocal microscope needs an equipment mbx, auto-accept, max 4h bookings
mailbox.create-resource		we need a resource mailbox for pool van 3 so ppl can book it
mailbox.create-resource		ticket 3390: new room mbx Lab B Boardroom, room-labb@treyresearch.net, booking window 90 days
mailbox.edit	tbrandt@treyresearch.net	tbrandt@treyresearch.net shouldn't show in the address book anymore, set HiddenFromAddressLists on his mbx
mailbox.edit	Kenji Watanabe	Kenji Watanabe's mbx needs a mailtip: On sabbatical until June, expect delays
mailbox.edit	pnatarajan@treyresearch.net	add smtp alias p.natarajan@treyresearch.net to pnatarajan@treyresearch.net's mbx
mailbox.edit	fwagner@treyresearch.net	fwagner@treyresearch.net's mailbox should show department Bioinformatics and title Senior Analyst
mailbox.edit-equipment	microscope-b@treyresearch.net	microscope-b@treyresearch.net (equipment mbx) - bookings should be accepted automatically
mailbox.edit-equipment	van-02@treyresearch.net	van-02@treyresearch.net equipment mailbox: cap bookings at 8h and block recurring ones
mailbox.edit-equipment	projector-west@treyresearch.net	make lnovak@treyresearch.net the booking delegate for the projector-west@treyresearch.net equipment mailbox
mailbox.edit-equipment	Centrifuge 2	ticket 5561: the Centrifuge 2 equipment mbx should not allow conflicts, and booking window 30 days
mailbox.edit-room	room-3b@treyresearch.net	room-3b@treyresearch.net now seats 8, update the capacity and let people book recurring meetings
mailbox.edit-room	conf-fjord@treyresearch.net	conf-fjord@treyresearch.net room should be bookable up to 365 days ahead
mailbox.edit-room	boardroom@treyresearch.net	room mbx boardroom@treyresearch.net should only accept meetings up to 2 hrs, it's getting hogged
mailbox.edit-room	room-labb@treyresearch.net	add hokafor@treyresearch.net as resource delegate on room mailbox room-labb@treyresearch.net
mailbox.edit-shared	grants@treyresearch.net	funding@treyresearch.net should also deliver to the grants@treyresearch.net shared mbx, add it as an address
mailbox.edit-shared	ops@treyresearch.net	shared mbx ops@treyresearch.net - rename display name to Trey Operations Desk
mailbox.edit-shared	hr-inbox@treyresearch.net	hr-inbox@treyresearch.net (shared mbx) should have the HR 7yr retention policy applied
mailbox.edit-shared	reception@treyresearch.net	ticket 6120: remove the old alias frontdesk@treyresearch.net from shared mbx reception@treyresearch.net
mailbox.edit-type	ops-old@treyresearch.net	ops-old@treyresearch.net needs to go back to being a regular user mbx
mailbox.edit-type	room-3c@treyresearch.net	room-3c@treyresearch.net is a bookable freezer now, set its mbx type to equipment
mailbox.edit-type	conf-helsinki@treyresearch.net	conf-helsinki@treyresearch.net is a room, not a user - fix the mbx type
mailbox.edit-type	scope-a@treyresearch.net	ticket 4780: scope-a@treyresearch.net was created as a user mbx by mistake, its type should be equipment
mailbox.forward-to-recipient	ytanaka@treyresearch.net	ytanaka@treyresearch.net's mail should land with Felix Wagner while she's out, internal fwd via address book
mailbox.forward-to-recipient	Declan Murphy	Declan Murphy's mail -> his manager Nora Whitfield (GAL recipient), keep a copy in his mbx
mailbox.forward-to-recipient	gsantos@treyresearch.net	ticket 5402: mbx forwarding for gsantos@treyresearch.net to internal recipient Laura Bianchi, no local copy
mailbox.forward-to-recipient	epopescu@treyresearch.net,zcampbell@treyresearch.net	epopescu@treyresearch.net and zcampbell@treyresearch.net should both forward to the Lab Bookings shared mbx (address book entry)
mailbox.forward-to-smtp	kwatanabe@treyresearch.net	fwd kwatanabe@treyresearch.net to kenji.w@yahoo.co.jp, keep copy
mailbox.forward-to-smtp	bferreira@treyresearch.net	SMTP fwd on bferreira@treyresearch.net to bruno@ferreira-lab.pt pls
mailbox.forward-to-smtp	grants@treyresearch.net	ticket 6230: everything hitting grants@treyresearch.net needs to go to external address intake@wellspring-foundation.org as well, deliver to mbx and forward
mailbox.forward-to-smtp	arahman@treyresearch.net	arahman@treyresearch.net's mail should go to aisha.rahman@outlook.com while she's on secondment, no local copy
mailbox.grant-manager-full-access	vpetrov@treyresearch.net	vpetrov@treyresearch.net's last day is friday - FA on his mbx for his manager
mailbox.grant-manager-full-access	lbianchi@treyresearch.net,hlaurent@treyresearch.net	lbianchi@treyresearch.net and hlaurent@treyresearch.net: give each of their managers full access to the mailbox
mailbox.grant-manager-full-access	Samuel Adeyemi	ticket 8120: Samuel Adeyemi's manager should have full access to his mailbox, automapping on
mailbox.grant-manager-full-access	cmartin@treyresearch.net	cmartin@treyresearch.net is off sick, her line manager needs FA on her mbx
mailbox.grant-send-on-behalf	rmehta@treyresearch.net	ichen@treyresearch.net should be able to send on behalf of rmehta@treyresearch.net
mailbox.grant-send-on-behalf	Marcus Lindqvist	Marcus Lindqvist's PA kmensah@treyresearch.net needs SOB on his mailbox
mailbox.grant-send-on-behalf	tkowal@treyresearch.net	SOB on tkowal@treyresearch.net's mbx for fwagner@treyresearch.net pls
mailbox.grant-send-on-behalf	pnatarajan@treyresearch.net	ticket 3001: pnatarajan@treyresearch.net mbx - add aobi@treyresearch.net and gkim@treyresearch.net to GrantSendOnBehalfTo
mailbox.manage-archive	rdelgado@treyresearch.net	rdelgado@treyresearch.net needs an online archive, pls enable
mailbox.manage-archive	ytanaka@treyresearch.net,mlin@treyresearch.net	ytanaka@treyresearch.net and mlin@treyresearch.net are near the 100GB archive limit, switch on auto-expanding
mailbox.manage-archive	ops-old@treyresearch.net	disable the archive mbx on ops-old@treyresearch.net
mailbox.manage-archive	Thomas Brandt	Thomas Brandt's mailbox should have an archive, he's at 48GB in his primary
mailbox.set-archive-name	rdelgado@treyresearch.net	rdelgado@treyresearch.net's archive mbx name should be "Rosa - Pre 2024"
mailbox.set-archive-name	mlin@treyresearch.net	archive for mlin@treyresearch.net -> rename to Mei Lin Archive
mailbox.set-archive-name	Jonas Becker	ticket 7001: rename the online archive for Jonas Becker to "Becker Lab Notebook Mail"
mailbox.set-archive-name	gkim@treyresearch.net	the archive on gkim@treyresearch.net should be named Grace Kim - Old Mail
mailbox.manage-litigation-hold	tkowal@treyresearch.net	legal case 2026-14: tkowal@treyresearch.net mbx on lit hold, 7 yrs
mailbox.manage-litigation-hold	Victor Petrov	Legal has cleared Victor Petrov, release the lit hold on his mbx
mailbox.manage-litigation-hold	sadeyemi@treyresearch.net	ticket 8803: enable lit hold on sadeyemi@treyresearch.net, indefinite, owner Legal
mailbox.manage-litigation-hold	bferreira@treyresearch.net	bferreira@treyresearch.net should be on litigation hold until the patent dispute is settled, 2555 days
mailbox.manage-quota	arahman@treyresearch.net	arahman@treyresearch.net is out of space, mbx quota to 99GB pls
mailbox.manage-quota	Ingrid Solberg	Ingrid Solberg's mbx: prohibit send 95GB, warning 90GB - she's maxed out again
mailbox.manage-quota	ops@treyresearch.net,grants@treyresearch.net	set quotas on ops@treyresearch.net and grants@treyresearch.net: warn 45GB, prohibit send 48GB, prohibit send/receive 50GB
mailbox.manage-quota	zcampbell@treyresearch.net	mbx quota for zcampbell@treyresearch.net is too low, should be 100GB across the board
mailbox.manage-send-as	reception@treyresearch.net	gsantos@treyresearch.net needs SA on the reception@treyresearch.net mbx
mailbox.manage-send-as	grants@treyresearch.net	tbrandt@treyresearch.net shouldn't be able to send as grants@treyresearch.net anymore, pull the SA
mailbox.manage-send-as	press@treyresearch.net	ticket 5109: press@treyresearch.net mbx - add send as for cmartin@treyresearch.net and poneill@treyresearch.net
mailbox.manage-send-as	accountspayable@treyresearch.net	Laura Bianchi should be able to send as accountspayable@treyresearch.net, that's the only permission she needs
mailbox.manage-services	lnovak@treyresearch.net	lnovak@treyresearch.net: POP + IMAP off
mailbox.manage-services	ext.temp01@treyresearch.net	disable EAS and OWA for ext.temp01@treyresearch.net, outlook desktop only
mailbox.manage-services	Hannah Okafor	Hannah Okafor can't get into OWA, it's disabled on her mbx - re-enable it
mailbox.manage-services	mlin@treyresearch.net	ticket 2207: mlin@treyresearch.net should have MAPI and EWS enabled again, her Outlook can't connect
mailbox.remove	jbecker@treyresearch.net	jbecker@treyresearch.net's mbx can be deleted now
mailbox.remove	apetrova@treyresearch.net,pmoreno@treyresearch.net	apetrova@treyresearch.net + pmoreno@treyresearch.net: permanently delete both mailboxes
mailbox.remove	steward-test01@treyresearch.net	ticket 9120 - the test mbx steward-test01@treyresearch.net can be deleted
mailbox.remove	Owen Gallagher	HR confirmed the 90 days are up for Owen Gallagher, go ahead and remove his mailbox
mailbox.remove-delegates	ops@treyresearch.net	clean up delegates on ops@treyresearch.net: kmensah@treyresearch.net and fbenali@treyresearch.net shouldn't be there
mailbox.remove-delegates	grants@treyresearch.net	grants@treyresearch.net shared mbx - every delegate on it should be removed
mailbox.remove-delegates	accountspayable@treyresearch.net	remove ichen@treyresearch.net's FA on the accountspayable@treyresearch.net mailbox
mailbox.remove-delegates	Rahul Mehta	ticket 4402: Rahul Mehta's mailbox - take away the full access and read permission that hlaurent@treyresearch.net has on it
mailbox.remove-user-access	kmensah@treyresearch.net	kmensah@treyresearch.net changed departments, whatever access he has on other people's mbxs should be removed
mailbox.remove-user-access	Carmen Vidal	Carmen Vidal: pull all her permissions on other mailboxes incl. SA and SOB
mailbox.remove-user-access	fbenali@treyresearch.net	ticket 7310: offboarding fbenali@treyresearch.net - strip her FA/SA/SOB from every mailbox she has access to
mailbox.remove-user-access	hlaurent@treyresearch.net	hlaurent@treyresearch.net should no longer have access to any mailbox other than his own
mailbox.set-audit	vpetrov@treyresearch.net,tkowal@treyresearch.net	vpetrov@treyresearch.net, tkowal@treyresearch.net - mbx auditing on pls
mailbox.set-audit	accountspayable@treyresearch.net	accountspayable@treyresearch.net mbx needs audit logging enabled, finance compliance
mailbox.set-audit	steward-test01@treyresearch.net	ticket 6640: disable mailbox audit on steward-test01@treyresearch.net, it's just a test account
mailbox.set-audit	Patrick O'Neill	Patrick O'Neill's mailbox should be audited, security asked for it after the phishing incident
mailbox.set-regional-settings	hlaurent@treyresearch.net	hlaurent@treyresearch.net wants his mbx in French, fr-FR
mailbox.set-regional-settings	ytanaka@treyresearch.net	ytanaka@treyresearch.net relocated to Tokyo, mbx time zone should be Tokyo Standard Time
mailbox.set-regional-settings	Jakub Zielinski	ticket 3120: Jakub Zielinski's mailbox should be in Polish, pl-PL, with the default folder names localized
mailbox.set-regional-settings	cvidal@treyresearch.net	regional settings for cvidal@treyresearch.net: es-ES, dd/MM/yyyy, 24h time
mobile-device.allow-quarantined		gkim@treyresearch.net's new phone is in EAS quarantine, pls allow it
mobile-device.allow-quarantined		Tobias Reinholt's new Pixel got quarantined by ActiveSync, allow it for his mbx
mobile-device.allow-quarantined		ticket 5012: allow the quarantined iPad for rdelgado@treyresearch.net
mobile-device.allow-quarantined		arahman@treyresearch.net cant sync mail on her new Galaxy, it's sitting in quarantine - release it pls
mobile-device.remove		pnatarajan@treyresearch.net traded in her iPhone 12, remove it from her EAS device list
mobile-device.remove		stale EAS partnership on lbianchi@treyresearch.net's mbx (old Android) - delete it
mobile-device.remove		ticket 6677: remove all mobile device partnerships for jbecker@treyresearch.net, he's gone, no wipe needed
mobile-device.remove		Yuki replaced her phone, drop the old device from her mbx's device list
mobile-device.wipe		tkowal@treyresearch.net left his phone on the train, we need to wipe the device
mobile-device.wipe		sadeyemi@treyresearch.net's Android - account-only wipe pls, it's his personal phone
mobile-device.wipe		ticket 8010: full factory wipe on the iPhone registered to Victor Petrov, it was stolen in Berlin
mobile-device.wipe		kick off a device wipe for zcampbell@treyresearch.net's old iPad and email the confirmation to security@treyresearch.net
none		cheers, all sorted now
none		hey team, happy monday
none		what's the weather like in Cambridge today?
none		quick q: does SOB show 'on behalf of' in the recipient's Outlook?
none		OWA keeps logging me out every 10 min, so annoying
none		brb lunch
none		can you book me a table at the thai place for 12:30?
none		lol the OOO message from the CFO is hilarious
none		ok cool, ty
none		who's on call this weekend?
none		the printer on level 2 is jammed again
none		never mind, figured it out myself
none		does anyone know when the Exchange maintenance window is?
none		great job on the migration last night team
none		how long does a lit hold keep stuff by default?
none		ugh, another all-staff DL reply-all storm this morning
`,
);
