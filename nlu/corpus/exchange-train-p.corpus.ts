import { corpusSet } from './corpus-set';

/** Exchange Online requests: southridgevideo.com, helpdesk ticket summaries in the third person, written as training data. */
export const EXCHANGE_TRAIN_P = corpusSet(
  'exchange-train-p',
  `action	targets	text
distribution-group.add-members	colorists@southridgevideo.com	add hana.ishikawa@southridgevideo.com and bram.vos@southridgevideo.com to the colorists@southridgevideo.com DL
distribution-group.add-members	all-editors@southridgevideo.com	Ticket 5120: User Tobias Lind reports he is not receiving the all-editors@southridgevideo.com emails, please add tobias.lind@southridgevideo.com to that distribution list
distribution-group.add-members	producers-dl@southridgevideo.com,freelance-crew@southridgevideo.com	Requester: Noor Haddad (HR). Ask: new hire yara.saleh@southridgevideo.com should be a member of producers-dl@southridgevideo.com and freelance-crew@southridgevideo.com
distribution-group.add-members	Render Alerts	pls put caleb.dunmore@southridgevideo.com on the Render Alerts distribution group, he's on night shift now
distribution-group.create		Requester: Marcus Holloway. Ask: create a new distribution list "Documentary Unit" with alias doc-unit, Marcus as owner
distribution-group.create		can u make a DL called festival-submissions for the festival team, internal senders only
distribution-group.create		Ticket 5133: User Delia Fontaine asks for a mail-enabled security group named Edit Bay Access, owner delia.fontaine@southridgevideo.com
distribution-group.create		we need a new distribution group for the Sound Dept, alias sound-dept@southridgevideo.com, members to follow
distribution-group.edit	freelance-crew@southridgevideo.com	allow external senders on freelance-crew@southridgevideo.com, our freelancers keep getting NDRs
distribution-group.edit	colorists@southridgevideo.com	Ticket 5141: User Hana Ishikawa reports the colorists@southridgevideo.com display name is outdated, please rename it to Color & Finishing
distribution-group.edit	producers-dl@southridgevideo.com	Requester: Gideon Park. Ask: hide producers-dl@southridgevideo.com from the global address list and make Gideon the owner of the group
distribution-group.edit	renders-alerts@southridgevideo.com	add the alias renderfarm@southridgevideo.com as a secondary smtp address on the renders-alerts@southridgevideo.com DL
distribution-group.grant-send-permissions	all-editors@southridgevideo.com	give lucia.ferraro@southridgevideo.com send as on the all-editors@southridgevideo.com distribution list
distribution-group.grant-send-permissions	producers-dl@southridgevideo.com	Ticket 5150: User Owen Brackett needs to send on behalf of producers-dl@southridgevideo.com for the weekly schedule emails, please grant it
distribution-group.grant-send-permissions	colorists@southridgevideo.com,freelance-crew@southridgevideo.com	Requester: Kofi Mensah. Ask: grant kofi.mensah@southridgevideo.com Send As permission on colorists@southridgevideo.com and freelance-crew@southridgevideo.com
distribution-group.grant-send-permissions	Festival Submissions	Tamsin needs to be able to send as the Festival Submissions DL, can you set that up
distribution-group.remove	festival-2025@southridgevideo.com	delete the festival-2025@southridgevideo.com distribution list, the event is over
distribution-group.remove	oldprojects@southridgevideo.com,tempcrew@southridgevideo.com	Ticket 5162: Requester Elspeth Grant asks that the unused DLs oldprojects@southridgevideo.com and tempcrew@southridgevideo.com be deleted
distribution-group.remove	Render Alerts	Requester: Bram Vos. Ask: please remove the Render Alerts distribution group entirely, the farm now posts to Teams
distribution-group.remove	vfx-leads@southridgevideo.com	get rid of distribution group vfx-leads@southridgevideo.com pls, nobody's used it since 2023
distribution-group.remove-delegation	all-editors@southridgevideo.com	revoke lucia.ferraro@southridgevideo.com's send as on the all-editors@southridgevideo.com DL
distribution-group.remove-delegation	producers-dl@southridgevideo.com	Ticket 5170: User Owen Brackett has left the scheduling role, please remove his send on behalf rights on producers-dl@southridgevideo.com
distribution-group.remove-delegation	freelance-crew@southridgevideo.com	Requester: Kofi Mensah. Ask: strip both send-as and send-on-behalf for dario.pellegrini@southridgevideo.com from the freelance-crew@southridgevideo.com distribution group
distribution-group.remove-delegation	Colorists	the Colorists DL: take away Noor's send on behalf permission, she moved to HR
distribution-group.remove-members	colorists@southridgevideo.com	remove bram.vos@southridgevideo.com from the colorists@southridgevideo.com list, he transferred to Amsterdam
distribution-group.remove-members	all-editors@southridgevideo.com	Ticket 5181: User Imogen Sato reports she is still getting all-editors@southridgevideo.com mail after leaving editorial, please take imogen.sato@southridgevideo.com off the DL
distribution-group.remove-members	freelance-crew@southridgevideo.com	Requester: Wren Abernathy. Ask: remove the contractors jo.kline@southridgevideo.com and sam.ortiz@southridgevideo.com from freelance-crew@southridgevideo.com, contracts ended Friday
distribution-group.remove-members	Sound Dept	take caleb off the Sound Dept distribution group
mail-contact.create	pete.warner@bluefinpost.com	add Pete Warner from Bluefin Post as an external contact, pete.warner@bluefinpost.com
mail-contact.create	bookings@harborlightstudios.net	Ticket 5190: Requester Marcus Holloway asks for a mail contact for bookings@harborlightstudios.net so it shows up in the GAL
mail-contact.create	ines@vantagefx.io,ravi@vantagefx.io	Requester: Delia Fontaine. Ask: create GAL contacts for our VFX vendor leads ines@vantagefx.io and ravi@vantagefx.io
mail-contact.create	mixdesk@meridiansound.co.uk	new mail contact pls: Meridian Sound Mix Desk, mixdesk@meridiansound.co.uk
mail-contact.edit	pete.warner@bluefinpost.com	update the phone number on the contact pete.warner@bluefinpost.com to +1 503 555 0142
mail-contact.edit	bookings@harborlightstudios.net	Ticket 5201: User Gideon Park reports the Harbor Light contact bookings@harborlightstudios.net shows the wrong company name, please change it to Harbor Light Studios LLC
mail-contact.edit	ravi@vantagefx.io	Requester: Delia Fontaine. Ask: change the external address on mail contact ravi@vantagefx.io to ravi.k@vantagefx.io, display name stays the same
mail-contact.edit	mixdesk@meridiansound.co.uk	hide the mixdesk@meridiansound.co.uk contact from the address list for now
mail-contact.remove	ines@vantagefx.io	delete the mail contact ines@vantagefx.io, she left Vantage
mail-contact.remove	pete.warner@bluefinpost.com,accounts@bluefinpost.com	Ticket 5210: Requester Elspeth Grant asks to remove the external contacts pete.warner@bluefinpost.com and accounts@bluefinpost.com, we no longer work with Bluefin
mail-contact.remove	bookings@harborlightstudios.net	Requester: Marcus Holloway. Ask: remove the contact bookings@harborlightstudios.net from the GAL
mail-contact.remove	Meridian Sound Mix Desk	get rid of the Meridian Sound Mix Desk contact pls
mail-user.create	ana.quiroga@bluefinpost.com	create a mail user for our freelance editor ana.quiroga@bluefinpost.com so she gets a southridgevideo login
mail-user.create	leo.brandt@vantagefx.io	Ticket 5222: Requester Wren Abernathy asks for a mail-enabled user for contractor leo.brandt@vantagefx.io, display name Leo Brandt (Vantage)
mail-user.create	mira.holt@meridiansound.co.uk	Requester: Caleb Dunmore. Ask: set up a mail user for the sound consultant, external address mira.holt@meridiansound.co.uk
mail-user.create	jonah.pike@harborlightstudios.net	new mail user pls for jonah.pike@harborlightstudios.net, he'll be onsite 3 months
mail-user.edit	ana.quiroga@southridgevideo.com	change the external email address of mail user ana.quiroga@southridgevideo.com to ana@quirogaedit.com
mail-user.edit	leo.brandt@southridgevideo.com	Ticket 5230: User Wren Abernathy reports the mail user leo.brandt@southridgevideo.com has the wrong display name, please update it to Leo Brandt - VFX Contractor
mail-user.edit	mira.holt@southridgevideo.com	Requester: Caleb Dunmore. Ask: update the company and department fields on the mail user mira.holt@southridgevideo.com (Meridian Sound / Post Audio)
mail-user.edit	jonah.pike@southridgevideo.com	mail user jonah.pike@southridgevideo.com: add the alias jpike@southridgevideo.com pls
mail-user.remove	ana.quiroga@southridgevideo.com	remove the mail user ana.quiroga@southridgevideo.com, her contract ended
mail-user.remove	leo.brandt@southridgevideo.com,mira.holt@southridgevideo.com	Ticket 5241: Requester Wren Abernathy asks to delete the mail-enabled users leo.brandt@southridgevideo.com and mira.holt@southridgevideo.com, both contractors offboarded
mail-user.remove	jonah.pike@southridgevideo.com	Requester: Marcus Holloway. Ask: delete mail user jonah.pike@southridgevideo.com
mail-user.remove	Leo Brandt	pls get rid of the mail user for Leo Brandt, vantage project wrapped
mailbox.add-delegates	postprod@southridgevideo.com	postprod@southridgevideo.com needs delegates: full access for the three assistant editors, automapping on
mailbox.add-delegates	clientservices@southridgevideo.com,bookings@southridgevideo.com	Ticket 5250: Requester Gideon Park asks to add delegates to the clientservices@southridgevideo.com and bookings@southridgevideo.com mailboxes with full access and send as
mailbox.add-delegates		Requester: Noor Haddad. Ask: set up delegates on several department mailboxes, read permission plus send on behalf
mailbox.add-delegates	edits@southridgevideo.com	add delegates to the edits@southridgevideo.com mailbox pls, full access without automapping
mailbox.add-users-as-delegates	postprod@southridgevideo.com	make hana.ishikawa@southridgevideo.com a delegate on postprod@southridgevideo.com with full access
mailbox.add-users-as-delegates	bookings@southridgevideo.com,clientservices@southridgevideo.com	Ticket 5262: User Dario Pellegrini needs full access and send as on bookings@southridgevideo.com and clientservices@southridgevideo.com, please add him as a delegate to both
mailbox.add-users-as-delegates	edits@southridgevideo.com	Requester: Marcus Holloway. Ask: add users tobias.lind@southridgevideo.com and imogen.sato@southridgevideo.com as delegates to edits@southridgevideo.com with read permission
mailbox.add-users-as-delegates	Priya Natarajan	add owen.brackett@southridgevideo.com as a delegate on Priya Natarajan's mailbox, full access + send on behalf
mailbox.assign-contacts-folder-delegate	priya.natarajan@southridgevideo.com	give owen.brackett@southridgevideo.com editor rights on priya.natarajan@southridgevideo.com's contacts folder
mailbox.assign-contacts-folder-delegate	marcus.holloway@southridgevideo.com	Ticket 5270: User Marcus Holloway asks that his assistant yara.saleh@southridgevideo.com be given reviewer access to the contacts folder of marcus.holloway@southridgevideo.com
mailbox.assign-contacts-folder-delegate	gideon.park@southridgevideo.com,delia.fontaine@southridgevideo.com	Requester: Noor Haddad. Ask: share the Contacts folders of gideon.park@southridgevideo.com and delia.fontaine@southridgevideo.com with noor.haddad@southridgevideo.com as editor
mailbox.assign-contacts-folder-delegate	Elspeth Grant	let tamsin.reyes@southridgevideo.com manage Elspeth Grant's contacts, editor on the contacts folder
mailbox.configure-auto-reply	kofi.mensah@southridgevideo.com	set an out of office on kofi.mensah@southridgevideo.com: "On location until 12 Dec, contact postprod@southridgevideo.com"
mailbox.configure-auto-reply	lucia.ferraro@southridgevideo.com	Ticket 5281: User Lucia Ferraro is on parental leave from Monday and forgot to set her OOO, please configure an automatic reply on lucia.ferraro@southridgevideo.com for internal and external senders
mailbox.configure-auto-reply	rafael.okafor@southridgevideo.com	Requester: Elspeth Grant (HR). Ask: rafael.okafor@southridgevideo.com has left the company, set an auto-reply pointing people to clientservices@southridgevideo.com
mailbox.configure-auto-reply	Bram Vos	turn off the auto reply on Bram Vos's mailbox, he's back
mailbox.convert-to-shared	rafael.okafor@southridgevideo.com	convert rafael.okafor@southridgevideo.com to a shared mailbox so we can free up the license
mailbox.convert-to-shared	wren.abernathy@southridgevideo.com	Ticket 5290: Requester Elspeth Grant reports Wren Abernathy left last week, please convert wren.abernathy@southridgevideo.com to shared before the license is removed
mailbox.convert-to-shared	jo.kline@southridgevideo.com,sam.ortiz@southridgevideo.com	Requester: Kofi Mensah. Ask: turn the mailboxes of jo.kline@southridgevideo.com and sam.ortiz@southridgevideo.com into shared mailboxes, contractors are gone
mailbox.convert-to-shared	fatima zahir	fatima zahir's mailbox -> shared pls, her manager still needs to read it
mailbox.copy-permissions-from	tobias.lind@southridgevideo.com	tobias.lind@southridgevideo.com is replacing imogen, copy the mailbox permissions from imogen.sato@southridgevideo.com onto him
mailbox.copy-permissions-from	yara.saleh@southridgevideo.com,caleb.dunmore@southridgevideo.com	Ticket 5301: Requester Noor Haddad asks that yara.saleh@southridgevideo.com and caleb.dunmore@southridgevideo.com get the same mailbox permissions as hana.ishikawa@southridgevideo.com, copy them from her
mailbox.copy-permissions-from	dario.pellegrini@southridgevideo.com	Requester: Gideon Park. Ask: for dario.pellegrini@southridgevideo.com, copy mailbox permissions from owen.brackett@southridgevideo.com and replace whatever he has now
mailbox.copy-permissions-from	Lucia Ferraro	Lucia Ferraro should have whatever mailbox access Fatima had, pull the permissions from fatima.zahir@southridgevideo.com
mailbox.copy-permissions-to	imogen.sato@southridgevideo.com	copy imogen.sato@southridgevideo.com's mailbox permissions to tobias.lind@southridgevideo.com
mailbox.copy-permissions-to	owen.brackett@southridgevideo.com	Ticket 5312: Requester Gideon Park asks to mirror the mailbox permissions of owen.brackett@southridgevideo.com over to dario.pellegrini@southridgevideo.com and kofi.mensah@southridgevideo.com, add to existing
mailbox.copy-permissions-to	hana.ishikawa@southridgevideo.com	Requester: Noor Haddad. Ask: take hana.ishikawa@southridgevideo.com's mailbox access and copy it to the two new colorists, yara.saleh@southridgevideo.com and caleb.dunmore@southridgevideo.com
mailbox.copy-permissions-to	Fatima Zahir	clone Fatima Zahir's mailbox permissions onto lucia.ferraro@southridgevideo.com
mailbox.create		create a mailbox for the new producer, Selma Varga, selma.varga@southridgevideo.com
mailbox.create		Ticket 5320: Requester Elspeth Grant asks for a new user mailbox for incoming editor Felix Adeyemi starting 1 Dec
mailbox.create		Requester: Marcus Holloway. Ask: new mailbox for the intern Ruby Castellano, alias ruby.castellano
mailbox.create		need a user mailbox set up for our new DIT, name Hugo Lindqvist, pls
mailbox.create-resource		create a room mailbox for the new grading suite, Grading Suite 2, capacity 6
mailbox.create-resource		Ticket 5331: Requester Bram Vos asks for an equipment mailbox for the RED Komodo camera kit so crews can book it
mailbox.create-resource		Requester: Caleb Dunmore. Ask: set up a bookable resource mailbox for the Foley Stage room
mailbox.create-resource		new equipment mailbox pls: DJI Ronin gimbal, auto-accept
mailbox.create-shared		create a shared mailbox called Festival Entries, festivalentries@southridgevideo.com
mailbox.create-shared		Ticket 5340: Requester Delia Fontaine asks for a new shared mailbox for client review links, name Client Review
mailbox.create-shared		Requester: Gideon Park. Ask: set up a shared inbox for licensing requests, address licensing@southridgevideo.com
mailbox.create-shared		need a new shared mailbox for the archive team pls, "Media Archive"
mailbox.edit	tamsin.reyes@southridgevideo.com	update the office and phone number on tamsin.reyes@southridgevideo.com's mailbox, she moved to the Portland office
mailbox.edit	kofi.mensah@southridgevideo.com	Ticket 5350: User Kofi Mensah reports his mailtip is outdated, please change the mailtip on kofi.mensah@southridgevideo.com to "Shooting in Lisbon, slow replies"
mailbox.edit	dario.pellegrini@southridgevideo.com	Requester: Gideon Park. Ask: add the alias dario.p@southridgevideo.com as an extra email address on dario.pellegrini@southridgevideo.com's mailbox
mailbox.edit	yara saleh	yara saleh's mailbox: change the display name to Yara Saleh-Haddad and the department to Color
mailbox.edit-equipment	komodo-kit@southridgevideo.com	komodo-kit@southridgevideo.com equipment mailbox should auto-accept bookings up to 5 days long
mailbox.edit-equipment	ronin-gimbal@southridgevideo.com	Ticket 5361: User Bram Vos reports the ronin-gimbal@southridgevideo.com equipment mailbox allows conflicting bookings, please turn off conflicts on it
mailbox.edit-equipment	dronekit@southridgevideo.com	Requester: Caleb Dunmore. Ask: for the equipment mailbox dronekit@southridgevideo.com, only allow bookings 60 days ahead and set caleb.dunmore@southridgevideo.com as delegate approver
mailbox.edit-equipment	Lighting Truck	change the Lighting Truck equipment mailbox to allow recurring bookings
mailbox.edit-room	screeningroom@southridgevideo.com	set screeningroom@southridgevideo.com capacity to 20 and allow recurring meetings
mailbox.edit-room	gradingsuite2@southridgevideo.com	Ticket 5370: User Hana Ishikawa reports gradingsuite2@southridgevideo.com accepts meetings outside business hours, please restrict the room to working hours only
mailbox.edit-room	studio-b@southridgevideo.com	Requester: Marcus Holloway. Ask: extend the booking window on the studio-b@southridgevideo.com meeting room to 365 days and max duration 10 hours
mailbox.edit-room	Foley Stage	Foley Stage room mailbox: keep the subject of meetings instead of the organizer name pls
mailbox.edit-shared	postprod@southridgevideo.com	add a second email address post@southridgevideo.com to the postprod@southridgevideo.com shared mailbox
mailbox.edit-shared	clientservices@southridgevideo.com	Ticket 5381: Requester Gideon Park asks to rename the clientservices@southridgevideo.com shared mailbox display name to Client Services & Delivery
mailbox.edit-shared	licensing@southridgevideo.com	Requester: Elspeth Grant. Ask: apply the 3-year retention policy to the licensing@southridgevideo.com shared mailbox
mailbox.edit-shared	Media Archive	update the address book policy on the Media Archive shared mailbox to the Internal ABP
mailbox.edit-type	bookings@southridgevideo.com	switch bookings@southridgevideo.com from shared back to a regular user mailbox
mailbox.edit-type	studio-c@southridgevideo.com	Ticket 5390: User Marcus Holloway reports studio-c@southridgevideo.com was created as a normal mailbox by mistake, please change its type to room
mailbox.edit-type	vanbooking@southridgevideo.com	Requester: Bram Vos. Ask: change the mailbox type of vanbooking@southridgevideo.com to equipment
mailbox.edit-type	Grading Suite 1	change Grading Suite 1 mailbox type from room to shared
mailbox.forward-to-recipient	rafael.okafor@southridgevideo.com	forward rafael.okafor@southridgevideo.com's mail to Elspeth Grant in the GAL, keep a copy
mailbox.forward-to-recipient	wren.abernathy@southridgevideo.com	Ticket 5402: Requester Kofi Mensah asks that all mail to wren.abernathy@southridgevideo.com be forwarded to the clientservices@southridgevideo.com shared mailbox, no local copy
mailbox.forward-to-recipient	jo.kline@southridgevideo.com,sam.ortiz@southridgevideo.com	Requester: Noor Haddad. Ask: forward mail for jo.kline@southridgevideo.com and sam.ortiz@southridgevideo.com to their manager Kofi Mensah
mailbox.forward-to-recipient	Fatima Zahir	fwd Fatima Zahir's email to Lucia Ferraro pls
mailbox.forward-to-smtp	ana.quiroga@southridgevideo.com	forward ana.quiroga@southridgevideo.com to ana@quirogaedit.com and keep a local copy
mailbox.forward-to-smtp	tobias.lind@southridgevideo.com	Ticket 5411: User Tobias Lind is on a shoot in Iceland without laptop access, please forward tobias.lind@southridgevideo.com's mail externally to tlind.shoots@gmail.com
mailbox.forward-to-smtp	pressdesk@southridgevideo.com	Requester: Delia Fontaine. Ask: set external SMTP forwarding on pressdesk@southridgevideo.com to press@harborlightstudios.net
mailbox.forward-to-smtp	hugo lindqvist	fwd hugo lindqvist's mailbox to hugo.l@proton.me until his laptop arrives
mailbox.grant-manager-full-access	rafael.okafor@southridgevideo.com	rafael.okafor@southridgevideo.com left, give his manager full access to his mailbox
mailbox.grant-manager-full-access	wren.abernathy@southridgevideo.com	Ticket 5420: Requester Elspeth Grant asks that the line manager of wren.abernathy@southridgevideo.com be granted full mailbox access for handover
mailbox.grant-manager-full-access	jo.kline@southridgevideo.com,sam.ortiz@southridgevideo.com	Requester: Kofi Mensah. Ask: grant the managers of jo.kline@southridgevideo.com and sam.ortiz@southridgevideo.com full access to those mailboxes
mailbox.grant-manager-full-access	Fatima Zahir	pls give Fatima Zahir's manager full access to her mailbox, she's on long term sick leave
mailbox.grant-send-on-behalf	marcus.holloway@southridgevideo.com	let yara.saleh@southridgevideo.com send on behalf of marcus.holloway@southridgevideo.com
mailbox.grant-send-on-behalf	gideon.park@southridgevideo.com	Ticket 5431: User Gideon Park asks that his EA owen.brackett@southridgevideo.com be granted send on behalf rights on gideon.park@southridgevideo.com
mailbox.grant-send-on-behalf	delia.fontaine@southridgevideo.com	Requester: Delia Fontaine. Ask: give tamsin.reyes@southridgevideo.com Send on Behalf permission for delia.fontaine@southridgevideo.com while she's travelling
mailbox.grant-send-on-behalf	Priya Natarajan	grant send on behalf on Priya Natarajan's mailbox to her coordinator noor.haddad@southridgevideo.com
mailbox.manage-archive	priya.natarajan@southridgevideo.com	enable the online archive for priya.natarajan@southridgevideo.com, she's at 95% quota
mailbox.manage-archive	marcus.holloway@southridgevideo.com,delia.fontaine@southridgevideo.com	Ticket 5440: Requester Elspeth Grant asks to enable archive mailboxes for marcus.holloway@southridgevideo.com and delia.fontaine@southridgevideo.com
mailbox.manage-archive	sam.ortiz@southridgevideo.com	Requester: Kofi Mensah. Ask: disable the archive on sam.ortiz@southridgevideo.com, it was turned on by mistake
mailbox.manage-archive	Gideon Park	turn on archiving for Gideon Park's mailbox pls
mailbox.manage-litigation-hold	rafael.okafor@southridgevideo.com	put rafael.okafor@southridgevideo.com on litigation hold, legal request
mailbox.manage-litigation-hold	tamsin.reyes@southridgevideo.com,owen.brackett@southridgevideo.com	Ticket 5451: Requester Legal (Elspeth Grant) asks that tamsin.reyes@southridgevideo.com and owen.brackett@southridgevideo.com be placed on litigation hold for 7 years due to the licensing dispute
mailbox.manage-litigation-hold	dario.pellegrini@southridgevideo.com	Requester: Elspeth Grant. Ask: the case is closed, remove the litigation hold from dario.pellegrini@southridgevideo.com
mailbox.manage-litigation-hold	Kofi Mensah	enable lit hold on Kofi Mensah's mailbox, duration unlimited
mailbox.manage-quota	priya.natarajan@southridgevideo.com	bump priya.natarajan@southridgevideo.com's mailbox quota, warning at 95GB and prohibit send at 98GB
mailbox.manage-quota	postprod@southridgevideo.com	Ticket 5460: User Hana Ishikawa reports postprod@southridgevideo.com keeps hitting the size limit, please raise the send/receive quota on it
mailbox.manage-quota	lucia.ferraro@southridgevideo.com,bram.vos@southridgevideo.com	Requester: Marcus Holloway. Ask: set the issue warning quota to 45 GB on lucia.ferraro@southridgevideo.com and bram.vos@southridgevideo.com
mailbox.manage-quota	Tobias Lind	can u increase Tobias Lind's mailbox storage limits, he's getting the mailbox full warning
mailbox.manage-send-as	postprod@southridgevideo.com	give tobias.lind@southridgevideo.com send as on the postprod@southridgevideo.com mailbox
mailbox.manage-send-as	clientservices@southridgevideo.com	Ticket 5471: User Dario Pellegrini moved to finance, please remove his send-as permission on clientservices@southridgevideo.com
mailbox.manage-send-as	licensing@southridgevideo.com	Requester: Gideon Park. Ask: grant Send As on licensing@southridgevideo.com to gideon.park@southridgevideo.com and delia.fontaine@southridgevideo.com
mailbox.manage-send-as	Media Archive	remove send as for Hugo from the Media Archive mailbox
mailbox.manage-services	caleb.dunmore@southridgevideo.com	disable POP and IMAP on caleb.dunmore@southridgevideo.com
mailbox.manage-services	jo.kline@southridgevideo.com	Ticket 5480: Requester Kofi Mensah asks that ActiveSync and OWA be turned off for jo.kline@southridgevideo.com until the investigation is done
mailbox.manage-services	imogen.sato@southridgevideo.com	Requester: Imogen Sato. Ask: please re-enable EWS on imogen.sato@southridgevideo.com, her plugin for Frame.io stopped working
mailbox.manage-services	Hugo Lindqvist	turn on MAPI for Hugo Lindqvist's mailbox, outlook desktop won't connect
mailbox.remove	rafael.okafor@southridgevideo.com	delete the mailbox rafael.okafor@southridgevideo.com, retention period is over
mailbox.remove	jo.kline@southridgevideo.com,sam.ortiz@southridgevideo.com	Ticket 5490: Requester Kofi Mensah asks that the mailboxes of jo.kline@southridgevideo.com and sam.ortiz@southridgevideo.com be removed, data already exported
mailbox.remove	festivalentries@southridgevideo.com	Requester: Delia Fontaine. Ask: delete the festivalentries@southridgevideo.com mailbox, we're using a form now
mailbox.remove	Ruby Castellano	remove Ruby Castellano's mailbox, internship ended and manager confirmed
mailbox.remove-delegates	edits@southridgevideo.com	edits@southridgevideo.com has stale delegates, remove tobias.lind@southridgevideo.com and imogen.sato@southridgevideo.com
mailbox.remove-delegates	bookings@southridgevideo.com	Ticket 5501: Requester Gideon Park asks to clear out all delegate access on the bookings@southridgevideo.com mailbox
mailbox.remove-delegates	priya.natarajan@southridgevideo.com	Requester: Priya Natarajan. Ask: remove owen.brackett@southridgevideo.com's full access to priya.natarajan@southridgevideo.com, he changed teams
mailbox.remove-delegates	Client Review	strip the delegates off the Client Review shared mailbox pls
mailbox.remove-user-access	dario.pellegrini@southridgevideo.com	dario.pellegrini@southridgevideo.com moved to finance, remove his access to all the other mailboxes he has rights on
mailbox.remove-user-access	owen.brackett@southridgevideo.com	Ticket 5511: Requester Gideon Park asks that every mailbox permission owen.brackett@southridgevideo.com holds on other mailboxes be revoked, send as included
mailbox.remove-user-access	hana.ishikawa@southridgevideo.com	Requester: Elspeth Grant (HR). Ask: hana.ishikawa@southridgevideo.com is on suspension, remove all her delegate rights across other people's mailboxes
mailbox.remove-user-access	Tamsin Reyes	revoke Tamsin Reyes's access to all other mailboxes, she's leaving Friday
mailbox.set-archive-name	priya.natarajan@southridgevideo.com	set the archive name on priya.natarajan@southridgevideo.com to "Priya - Archive 2019-2025"
mailbox.set-archive-name	marcus.holloway@southridgevideo.com	Ticket 5520: User Marcus Holloway asks that the archive mailbox on marcus.holloway@southridgevideo.com be renamed to Marcus Holloway Archive
mailbox.set-archive-name	delia.fontaine@southridgevideo.com	Requester: Delia Fontaine. Ask: change the archive name on delia.fontaine@southridgevideo.com to "Delia Old Projects"
mailbox.set-archive-name	Gideon Park	rename Gideon Park's online archive to "GP Archive"
mailbox.set-audit	rafael.okafor@southridgevideo.com	enable mailbox audit logging on rafael.okafor@southridgevideo.com
mailbox.set-audit	owen.brackett@southridgevideo.com,tamsin.reyes@southridgevideo.com	Ticket 5531: Requester Security (Wren Abernathy) asks that mailbox auditing be turned on for owen.brackett@southridgevideo.com and tamsin.reyes@southridgevideo.com
mailbox.set-audit	clientservices@southridgevideo.com	Requester: Elspeth Grant. Ask: turn off mailbox audit on clientservices@southridgevideo.com, it was enabled for a one-off review
mailbox.set-audit	Kofi Mensah	switch on auditing for Kofi Mensah's mailbox pls
mailbox.set-regional-settings	bram.vos@southridgevideo.com	set bram.vos@southridgevideo.com's mailbox language to Dutch and time zone to W. Europe Standard Time
mailbox.set-regional-settings	hana.ishikawa@southridgevideo.com	Ticket 5540: User Hana Ishikawa reports her Outlook shows US date format, please change the regional settings on hana.ishikawa@southridgevideo.com to Japanese, Tokyo time zone
mailbox.set-regional-settings	lucia.ferraro@southridgevideo.com	Requester: Lucia Ferraro. Ask: change the time zone on lucia.ferraro@southridgevideo.com to Central European and date format to dd/MM/yyyy
mailbox.set-regional-settings	kofi mensah	kofi mensah's mailbox timezone is wrong, set it to GMT Standard Time
mobile-device.allow-quarantined		allow the quarantined iPad for delia.fontaine@southridgevideo.com
mobile-device.allow-quarantined		Ticket 5551: User Tobias Lind reports his new Pixel is stuck in quarantine and can't sync mail, please release it
mobile-device.allow-quarantined		Requester: Noor Haddad. Ask: approve the quarantined ActiveSync device for yara.saleh@southridgevideo.com
mobile-device.allow-quarantined		caleb's phone is blocked as quarantined, let it through pls
mobile-device.remove		remove the old Galaxy S10 partnership from marcus.holloway@southridgevideo.com's devices
mobile-device.remove		Ticket 5560: User Imogen Sato reports she has 4 stale phones listed in Exchange, please delete the old device partnerships for imogen.sato@southridgevideo.com
mobile-device.remove		Requester: Bram Vos. Ask: delete the retired iPhone 11 from Bram's mobile devices list
mobile-device.remove		clean up the stale activesync device on hana.ishikawa@southridgevideo.com
mobile-device.wipe		wipe owen.brackett@southridgevideo.com's phone, it was stolen at the airport
mobile-device.wipe		Ticket 5571: User Lucia Ferraro reports she lost her work iPhone in a taxi, please remote wipe the device
mobile-device.wipe		Requester: Security. Ask: account-only wipe of tamsin.reyes@southridgevideo.com's Android, she's leaving today
mobile-device.wipe		remote wipe jo.kline@southridgevideo.com's tablet asap, contractor never returned it
none		thanks, that worked
none		Ticket 5580: User Priya Natarajan asks why Outlook is so slow today, no specific change requested
none		what's the weather like in Portland tomorrow
none		how many licenses do we have left?
none		ugh exchange is being painfully slow again
none		Requester: Marcus Holloway. Ask: can someone book a courier for the hard drives to Bluefin Post
none		who approved the new render nodes purchase?
none		good morning steward
none		Ticket 5591: User Delia Fontaine reports the coffee machine on floor 2 is broken, please forward to facilities
none		is there a way to see message trace in the admin center? just curious
none		never mind, I sorted it myself
none		Requester: Owen Brackett. Ask: reserve a parking space for the client visit on Thursday
none		lol the drone footage from yesterday is amazing
none		what's the difference between a shared mailbox and a DL?
none		can you order me a new monitor for the grading suite
none		Ticket 5602: User Caleb Dunmore says thanks for the help earlier, ticket can be closed
`,
);
