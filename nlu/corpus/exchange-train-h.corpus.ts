import { corpusSet } from './corpus-set';

/** Exchange Online requests: cohovineyard.com, messy chat with typos and abbreviations, written as training data. */
export const EXCHANGE_TRAIN_H = corpusSet(
  'exchange-train-h',
  `action	targets	text
distribution-group.add-members	cellar-crew@cohovineyard.com	add tomas.reyes@cohovineyard.com to cellar-crew@cohovineyard.com pls
distribution-group.add-members	harvest-2026@cohovineyard.com	ticket 4471: nwe seasonal pickers need to be on harvest-2026@cohovineyard.com, add aiko.tanaka@cohovineyard.com and nils.berg@cohovineyard.com
distribution-group.add-members	wine-club@cohovineyard.com,tasting-room@cohovineyard.com	can u put grace.okafor@cohovineyard.com into the wine-club@cohovineyard.com and tasting-room@cohovineyard.com DLs
distribution-group.add-members	sales-west@cohovineyard.com	pls add memeber marcus.bell@cohovineyard.com to sales-west@cohovineyard.com dist list, he started monday
distribution-group.create		nwe dl for the bottling line team pls, name Bottling Line, alias bottling
distribution-group.create		could you create a distribution group called Harvest Volunteers with priya.nair@cohovineyard.com as owner
distribution-group.create		need a mail enabled security group "Finance Approvers", members chloe.dumont@cohovineyard.com and theo.parker@cohovineyard.com
distribution-group.create		make a new distrubution list for the east coast distributors asap
distribution-group.edit	wine-club@cohovineyard.com	wine-club@cohovineyard.com dl needs a better display name, make it Coho Wine Club Members
distribution-group.edit	all-staff@cohovineyard.com	someone outside spammed all-staff@cohovineyard.com again, require sender authentication on that group pls
distribution-group.edit	sales-west@cohovineyard.com	make lena.hofmann@cohovineyard.com teh owner of sales-west@cohovineyard.com dl and turn on moderation
distribution-group.edit	tasting-room@cohovineyard.com	hide tasting-room@cohovineyard.com from the adress book pls
distribution-group.grant-send-permissions	all-staff@cohovineyard.com	give hana.kim@cohovineyard.com send as on all-staff@cohovineyard.com, she sends the weekly newsletter
distribution-group.grant-send-permissions	wine-club@cohovineyard.com	kwame.asante@cohovineyard.com neds send on behalf rights for the wine-club@cohovineyard.com dl
distribution-group.grant-send-permissions	harvest-2026@cohovineyard.com,cellar-crew@cohovineyard.com	grant send-as for rafael.costa@cohovineyard.com on harvest-2026@cohovineyard.com and cellar-crew@cohovineyard.com
distribution-group.grant-send-permissions	sales-west@cohovineyard.com	ticket 5102 - let ines.moreau@cohovineyard.com send as the sales-west@cohovineyard.com distro group thx
distribution-group.remove	bottling-old@cohovineyard.com	delet the bottling-old@cohovineyard.com dl, its been dead for a year
distribution-group.remove	harvest-2024@cohovineyard.com,harvest-2025@cohovineyard.com	pls remove distribution groups harvest-2024@cohovineyard.com and harvest-2025@cohovineyard.com
distribution-group.remove	events-temp@cohovineyard.com	get rid of events-temp@cohovineyard.com distro list, the gala is over
distribution-group.remove	Napa Tour Group	cna you delete the Napa Tour Group distribution list
distribution-group.remove-delegation	all-staff@cohovineyard.com	remove hana.kim@cohovineyard.com's send as permission from all-staff@cohovineyard.com
distribution-group.remove-delegation	wine-club@cohovineyard.com	wine-club@cohovineyard.com: revoke send on behalf for kwame.asante@cohovineyard.com, he moved to ops
distribution-group.remove-delegation	sales-west@cohovineyard.com	take away everyones send-as rights on teh sales-west@cohovineyard.com dl pls
distribution-group.remove-delegation	cellar-crew@cohovineyard.com	rafael.costa@cohovineyard.com shouldnt be able to send on behalf of cellar-crew@cohovineyard.com anymore, remove it
distribution-group.remove-members	cellar-crew@cohovineyard.com	take tomas.reyes@cohovineyard.com off cellar-crew@cohovineyard.com
distribution-group.remove-members	harvest-2026@cohovineyard.com	harvest is done, remvoe aiko.tanaka@cohovineyard.com and nils.berg@cohovineyard.com from harvest-2026@cohovineyard.com
distribution-group.remove-members	all-staff@cohovineyard.com	ticket 4980: yusuf.demir@cohovineyard.com left, pull him out of the all-staff@cohovineyard.com distribution list
distribution-group.remove-members	tasting-room@cohovineyard.com	remvoe grace.okafor@cohovineyard.com from tasting-room@cohovineyard.com dl thx
mail-contact.create	orders@barrelworks.com	our cooperage supplier shoudl show up in outlook, make a mail contact for orders@barrelworks.com
mail-contact.create	j.whitfield@valleyfreight.com	create external contact Jonah Whitfield j.whitfield@valleyfreight.com, company Valley Freight
mail-contact.create	maria.santos@corkandcask.net	pls add maria.santos@corkandcask.net to the GAL as a contact so ppl can find her
mail-contact.create	bookings@sonomatours.org	nwe contact for bookings@sonomatours.org, display name Sonoma Tours Bookings
mail-contact.edit	j.whitfield@valleyfreight.com	jonah got promoted, set title Logistics Manager on mail contact j.whitfield@valleyfreight.com
mail-contact.edit	maria.santos@corkandcask.net	maria.santos@corkandcask.net changed her number, pls update the phone on her mail contact to 707-555-0143
mail-contact.edit	orders@barrelworks.com	change teh external email address of contact orders@barrelworks.com to sales@barrelworks.com
mail-contact.edit	Jonah Whitfield	the mail contact Jonah Whitfield has wrong compnay, should be Valley Freight Co
mail-contact.remove	bookings@sonomatours.org	we dropped sonoma tours, pls remove bookings@sonomatours.org from contacts
mail-contact.remove	maria.santos@corkandcask.net,old.rep@corkandcask.net	remvoe mail contacts maria.santos@corkandcask.net and old.rep@corkandcask.net
mail-contact.remove	info@glassbottleco.com	pls remove external contact info@glassbottleco.com from the address book
mail-contact.remove	Pete Arnaud	get rid of the mail contact for Pete Arnaud, he retired
mail-user.create	ben.okoro@terroirlabs.com	craete a mail user for consultant ben.okoro@terroirlabs.com, he needs a coho login
mail-user.create	sofia.r@vinedesign.co	new mail enabled user for contractor sofia.r@vinedesign.co pls
mail-user.create	audit.team@crowepartners.com	ticket 5230: set up a mail user for the external auditors, external address audit.team@crowepartners.com
mail-user.create	l.marchetti@agrifin.it	need a mail-user account for Luca Marchetti, external email l.marchetti@agrifin.it, login luca.m@cohovineyard.com
mail-user.edit	ben.okoro@cohovineyard.com	ben moved firms, point the mail user ben.okoro@cohovineyard.com at his new external addr ben@terroirlabs.com
mail-user.edit	sofia.r@cohovineyard.com	mail user sofia.r@cohovineyard.com shows as just 'sofia', pls set display name Sofia Ruiz (Vine Design)
mail-user.edit	auditors@cohovineyard.com	add teh alias audit2026@cohovineyard.com to the mail user auditors@cohovineyard.com
mail-user.edit	luca.m@cohovineyard.com	mail user luca.m@cohovineyard.com has the wrong last name, fix it to Marchetti pls
mail-user.remove	ben.okoro@cohovineyard.com	consultant contract ended, remove mail user ben.okoro@cohovineyard.com
mail-user.remove	auditors@cohovineyard.com	delet the mail enabled user auditors@cohovineyard.com, audit is done
mail-user.remove	sofia.r@cohovineyard.com,luca.m@cohovineyard.com	contractors gone, both mail-enabled accounts sofia.r@cohovineyard.com + luca.m@cohovineyard.com can be deleted asap
mail-user.remove	luca.m@cohovineyard.com	pls delte the mail-user luca.m@cohovineyard.com
mailbox.add-delegates	orders@cohovineyard.com	add delegates to teh orders@cohovineyard.com mailbox, full access and send as
mailbox.add-delegates	events@cohovineyard.com,reception@cohovineyard.com	set up delegates on events@cohovineyard.com and reception@cohovineyard.com pls
mailbox.add-delegates		need to assign delegates to a few mailboxes, read permission only, no automapping
mailbox.add-delegates	reception@cohovineyard.com	reception@cohovineyard.com mailbx needs some delegates added w/ full access, can you do that
mailbox.add-users-as-delegates	orders@cohovineyard.com	priya.nair@cohovineyard.com is covering orders now, add her as full access delegate on orders@cohovineyard.com
mailbox.add-users-as-delegates	events@cohovineyard.com,reception@cohovineyard.com	theo.parker@cohovineyard.com needs delegate access on events@cohovineyard.com & reception@cohovineyard.com, automapping off
mailbox.add-users-as-delegates	Oskar Lind	add chloe.dumont@cohovineyard.com as a delgate on Oskar Lind's mailbox w/ full access + send as
mailbox.add-users-as-delegates	wren.calloway@cohovineyard.com	ticket 4422: grant users dmitri.volkov@cohovineyard.com and bea.lindqvist@cohovineyard.com delegate access to wren.calloway@cohovineyard.com, read permissions
mailbox.assign-contacts-folder-delegate	oskar.lind@cohovineyard.com	sam.whitaker@cohovineyard.com has to maintain the grower list in oskar.lind@cohovineyard.com's contacts, delegate the contacts folder to him as editor
mailbox.assign-contacts-folder-delegate	marcus.bell@cohovineyard.com,lena.hofmann@cohovineyard.com	for marcus.bell@cohovineyard.com and lena.hofmann@cohovineyard.com, hana.kim@cohovineyard.com shoudl get read only (reviewer) on their Contacts
mailbox.assign-contacts-folder-delegate	wren.calloway@cohovineyard.com	wren.calloway@cohovineyard.com's assistant bea.lindqvist@cohovineyard.com needs access to her contacts pls
mailbox.assign-contacts-folder-delegate	Rafael Costa	let the sales coordinator see Rafael Costa's contacts folder, reviewer rights is fine
mailbox.configure-auto-reply	priya.nair@cohovineyard.com	priya.nair@cohovineyard.com is off dec 22 - jan 5, schedule hre auto reply: "on leave, contact orders@cohovineyard.com"
mailbox.configure-auto-reply	nils.berg@cohovineyard.com	nils.berg@cohovineyard.com is back from paternity leave but his ooo is still going, kill it pls
mailbox.configure-auto-reply	yusuf.demir@cohovineyard.com	yusuf.demir@cohovineyard.com left, put an auto reply on his mailbox saying to contact sales@cohovineyard.com, internal and external
mailbox.configure-auto-reply	Grace Okafor	plz enable automatic replies for Grace Okafor while shes on maternity leave, internal only
mailbox.convert-to-shared	yusuf.demir@cohovineyard.com	offboarding yusuf.demir@cohovineyard.com - mailbox to shared, then free up the licence
mailbox.convert-to-shared	dmitri.volkov@cohovineyard.com	last day for dmitri.volkov@cohovineyard.com is fri, pls turn his user mailbx into a shared one
mailbox.convert-to-shared	old.cellar@cohovineyard.com,harvestlead@cohovineyard.com	trun user mailboxes old.cellar@cohovineyard.com and harvestlead@cohovineyard.com into shared mailboxes
mailbox.convert-to-shared	Kwame Asante	ticket 5011 - convert Kwame Asante's mailbox to shared so his team can keep reading it
mailbox.copy-permissions-from	hana.kim@cohovineyard.com	hana.kim@cohovineyard.com needs the same mailbox permissions as lena.hofmann@cohovineyard.com, copy them from lena
mailbox.copy-permissions-from	theo.parker@cohovineyard.com,sam.whitaker@cohovineyard.com	for theo.parker@cohovineyard.com and sam.whitaker@cohovineyard.com copy mailbx permissions from marcus.bell@cohovineyard.com
mailbox.copy-permissions-from	aiko.tanaka@cohovineyard.com	new hire aiko.tanaka@cohovineyard.com, pls copy mailbox perms from priya.nair@cohovineyard.com onto her and replace whatever she has
mailbox.copy-permissions-from	nils.berg@cohovineyard.com	give nils.berg@cohovineyard.com the mailbox access that tomas.reyes@cohovineyard.com has, copy from tomas, add dont replace
mailbox.copy-permissions-to	lena.hofmann@cohovineyard.com	use lena.hofmann@cohovineyard.com as teh source and push her mailbox permissions to hana.kim@cohovineyard.com
mailbox.copy-permissions-to	marcus.bell@cohovineyard.com	whatever mailbox perms marcus.bell@cohovineyard.com has, copy them to theo.parker@cohovineyard.com and sam.whitaker@cohovineyard.com too
mailbox.copy-permissions-to	priya.nair@cohovineyard.com	take priya.nair@cohovineyard.com's mailbox permisions and copy them to the two new office admins
mailbox.copy-permissions-to	Tomas Reyes	mirror Tomas Reyes's mailbx permissions to nils.berg@cohovineyard.com, replace existing
mailbox.create		Elena Varga joins accounts on the 1st, can you make her a mailbox elena.varga@cohovineyard.com
mailbox.create		jordan pike (cellar team) needs a user mailbox, pls create
mailbox.create		ticket 5300: mailbx needed for new winemaker Ruth Adeyemi, e3 license, starts monday
mailbox.create		set up a mailbox for Felix Brandt w/ alias fbrandt and force password reset at first logon
mailbox.create-resource		the Barrel Room should be bookable in outlook, pls make a room mailbox for it, seats 20
mailbox.create-resource		we bought a second forklift, craete an equipment mailbox so the crew can reserve it
mailbox.create-resource		need a bookable resource mailbox for the tasting van, max 4 hour bookings
mailbox.create-resource		new room mailbox "Vineyard View Terrace" pls, auto accept and no conflicts
mailbox.create-shared		wholesale team watns a shared mailbox at wholesale@cohovineyard.com, can u create it
mailbox.create-shared		pls create a shared mailbox named Wine Club Support for the club members questions
mailbox.create-shared		create shared mailbox Press Enquiries w/ full access for grace.okafor@cohovineyard.com
mailbox.create-shared		ticket 5188 - new shared mailbx for the events team, address weddings@cohovineyard.com
mailbox.edit	theo.parker@cohovineyard.com	theo.parker@cohovineyard.com shouldnt show in the global address list anymore, pls hide his mailbox
mailbox.edit	lena.hofmann@cohovineyard.com	update the department on lena.hofmann@cohovineyard.com's mailbox to Hospitality and title to Tasting Room Lead
mailbox.edit	marcus.bell@cohovineyard.com	add smtp alias mbell@cohovineyard.com to marcus.bell@cohovineyard.com
mailbox.edit	Chloe Dumont	put a mailtip on Chloe Dumont's mailbox saying shes only in the office tue-thu
mailbox.edit-equipment	forklift1@cohovineyard.com	booking requests for forklift1@cohovineyard.com (equipment) just sit there, set it to auto-accept
mailbox.edit-equipment	tastingvan@cohovineyard.com	ppl book teh tastingvan@cohovineyard.com equipment mailbox for whole days, cap max duration at 6h
mailbox.edit-equipment	projector2@cohovineyard.com	projector2@cohovineyard.com equipment: make sam.whitaker@cohovineyard.com the resource delegate pls
mailbox.edit-equipment	forklift1@cohovineyard.com	dont allow conflicts on the forklift1@cohovineyard.com equipment mailbox, ppl keep double booking it
mailbox.edit-room	barrelroom@cohovineyard.com	we added chairs, update room mailbx barrelroom@cohovineyard.com capacity to 24 and let ppl book recurring mtgs
mailbox.edit-room	terrace@cohovineyard.com	weddings book way ahead, extend how far out the terrace@cohovineyard.com room can be booked to 365 days
mailbox.edit-room	boardroom@cohovineyard.com	rename the boardroom@cohovineyard.com room mailbox to Coho Boardroom (2nd floor)
mailbox.edit-room	terrace@cohovineyard.com	sett max meeting length on room terrace@cohovineyard.com to 8 hrs and add ines.moreau@cohovineyard.com as delegate
mailbox.edit-shared	orders@cohovineyard.com	orders@cohovineyard.com shared mbx should also receive wholesale-orders@cohovineyard.com, add it as an alias
mailbox.edit-shared	events@cohovineyard.com	rename events@cohovineyard.com (shared) so it shows as Coho Events & Weddings
mailbox.edit-shared	reception@cohovineyard.com	reception@cohovineyard.com sahred mailbox: set retention policy to 2 Year Delete
mailbox.edit-shared	wineclub@cohovineyard.com	pls remove the old alias club@cohovineyard.com from the wineclub@cohovineyard.com shared mailbx
mailbox.edit-type	reception@cohovineyard.com	reception@cohovineyard.com got set up as shared by mistake, it needs to be a normal user mailbox type
mailbox.edit-type	boardroom@cohovineyard.com	boardroom@cohovineyard.com was created as a user mailbx, flip its type to room
mailbox.edit-type	projector2@cohovineyard.com	projector2@cohovineyard.com should be an equipment mailbox not a room, pls change the type
mailbox.edit-type	tastingbar@cohovineyard.com	tastingbar@cohovineyard.com is a user mailbox but its really a space, change the type to room mailbox
mailbox.forward-to-recipient	yusuf.demir@cohovineyard.com	anything sent to yusuf.demir@cohovineyard.com shoudl go to Kwame Asante internally, leave a copy in yusuf's box
mailbox.forward-to-recipient	dmitri.volkov@cohovineyard.com	pls set forwarding on dmitri.volkov@cohovineyard.com to the internal recipient orders@cohovineyard.com
mailbox.forward-to-recipient	nils.berg@cohovineyard.com,aiko.tanaka@cohovineyard.com	set up forwarding for nils.berg@cohovineyard.com and aiko.tanaka@cohovineyard.com to Tomas Reyes internally, no local copy
mailbox.forward-to-recipient	Wren Calloway	wren is on sabbatical, fwd Wren Calloway's inbox to hre deputy bea.lindqvist@cohovineyard.com
mailbox.forward-to-smtp	oskar.lind@cohovineyard.com	oskar.lind@cohovineyard.com wants his mail sent on to oskar.lind@gmail.com while hes travelling, save local copy
mailbox.forward-to-smtp	chloe.dumont@cohovineyard.com	fwd chloe.dumont@cohovineyard.com to the smtp address chloe@dumontconsulting.fr
mailbox.forward-to-smtp	sales@cohovineyard.com	ticket 4907: fwd sales@cohovineyard.com to our broker at desk@napabrokers.com, dont keep local copy
mailbox.forward-to-smtp	rafael.costa@cohovineyard.com	pls forward rafael.costa@cohovineyard.com to his external address r.costa@outlook.com till he gets his laptop back
mailbox.grant-manager-full-access	dmitri.volkov@cohovineyard.com	whoever dmitri.volkov@cohovineyard.com reports to should get full access on his mailbox before he goes
mailbox.grant-manager-full-access	yusuf.demir@cohovineyard.com,old.cellar@cohovineyard.com	yusuf.demir@cohovineyard.com + old.cellar@cohovineyard.com: give each of their line managers full acces, automap on
mailbox.grant-manager-full-access	nils.berg@cohovineyard.com	give nils.berg@cohovineyard.com's manager full acess to his mailbox, no automapping
mailbox.grant-manager-full-access	Theo Parker	theo is out sick for a month, his manager needs full access to Theo Parker's mailbox asap
mailbox.grant-send-on-behalf	wren.calloway@cohovineyard.com	bea.lindqvist@cohovineyard.com sends invites for wren.calloway@cohovineyard.com, add hre to send on behalf on wren's mailbox
mailbox.grant-send-on-behalf	priya.nair@cohovineyard.com	ticket 4815: mailbox priya.nair@cohovineyard.com, grant send on behalf of to sam.whitaker@cohovineyard.com
mailbox.grant-send-on-behalf	oskar.lind@cohovineyard.com	grant send-on-behalf for oskar.lind@cohovineyard.com to chloe.dumont@cohovineyard.com and theo.parker@cohovineyard.com
mailbox.grant-send-on-behalf	Lena Hofmann	pls give hana.kim@cohovineyard.com send on behalf of Lena Hofmann, she handles her calender
mailbox.manage-archive	grace.okafor@cohovineyard.com	grace.okafor@cohovineyard.com needs an archive mailbox, pls enable it
mailbox.manage-archive	marcus.bell@cohovineyard.com,kwame.asante@cohovineyard.com	archives for marcus.bell@cohovineyard.com and kwame.asante@cohovineyard.com are nearly full, switch on auto-expanding
mailbox.manage-archive	old.cellar@cohovineyard.com	disabel the archive mailbox on old.cellar@cohovineyard.com
mailbox.manage-archive	Ines Moreau	Ines Moreau's mailbox is almost full, pls create an archive mailbox for her
mailbox.manage-litigation-hold	dmitri.volkov@cohovineyard.com	legal hold request: preserve dmitri.volkov@cohovineyard.com's mailbox under litigation hold, 2555 days
mailbox.manage-litigation-hold	yusuf.demir@cohovineyard.com	case is closed, disabel litigation hold for yusuf.demir@cohovineyard.com
mailbox.manage-litigation-hold	sales@cohovineyard.com,chloe.dumont@cohovineyard.com	ticket 5066: enable litigation hold on sales@cohovineyard.com and chloe.dumont@cohovineyard.com, indefinite, comment "distributor dispute"
mailbox.manage-litigation-hold	Marcus Bell	pls place Marcus Bell's mailbox on litgation hold, owner is legal@cohovineyard.com
mailbox.manage-quota	events@cohovineyard.com	events@cohovineyard.com is at 48gb, up teh send/receive quota to 95gb pls
mailbox.manage-quota	tomas.reyes@cohovineyard.com	set quotas on tomas.reyes@cohovineyard.com: warn at 85GB, prohibit send at 90GB
mailbox.manage-quota	orders@cohovineyard.com,reception@cohovineyard.com	set the issue warning quota on orders@cohovineyard.com and reception@cohovineyard.com to 45GB
mailbox.manage-quota	Priya Nair	cna u increase Priya Nair's mailbox size limit, shes getting mailbox full errors
mailbox.manage-send-as	orders@cohovineyard.com	theo.parker@cohovineyard.com has to reply as orders@cohovineyard.com, pls add him as a send as trustee
mailbox.manage-send-as	events@cohovineyard.com	events@cohovineyard.com - ines.moreau@cohovineyard.com shouldnt be able to send as it anymore, pull that
mailbox.manage-send-as	reception@cohovineyard.com	reception@cohovineyard.com: add send as for bea.lindqvist@cohovineyard.com and drop it for dmitri.volkov@cohovineyard.com
mailbox.manage-send-as	Oskar Lind	ticket 4950 pls grant send-as permission on Oskar Lind's mailbox to sam.whitaker@cohovineyard.com
mailbox.manage-services	aiko.tanaka@cohovineyard.com	disable legacy protocols pop3 + imap on aiko.tanaka@cohovineyard.com
mailbox.manage-services	theo.parker@cohovineyard.com	theo.parker@cohovineyard.com cant get into outlook on teh web, owa is disabled on his mailbox, pls enable
mailbox.manage-services	sales@cohovineyard.com	disable activesync and ews on sales@cohovineyard.com, security review flagged it
mailbox.manage-services	Hana Kim	enable IMAP for Hana Kim's mailbox, she uses thunderbird on the road
mailbox.remove	old.cellar@cohovineyard.com	old.cellar@cohovineyard.com mailbx isnt needed, delete it
mailbox.remove	harvestlead@cohovineyard.com,events-archive@cohovineyard.com	purge the mailboxes harvestlead@cohovineyard.com & events-archive@cohovineyard.com for good, no soft delete
mailbox.remove	dmitri.volkov@cohovineyard.com	ticket 5290: hr confirmed, pls delete dmitri.volkov@cohovineyard.com's mailbox
mailbox.remove	Jordan Pike	Jordan Pike never started, remvoe his mailbox pls
mailbox.remove-delegates	orders@cohovineyard.com	clean up orders@cohovineyard.com perms, yusuf.demir@cohovineyard.com and dmitri.volkov@cohovineyard.com are gone and still have access
mailbox.remove-delegates	events@cohovineyard.com	we're resetting access on events@cohovineyard.com, remove every delegate on that mailbox
mailbox.remove-delegates	wren.calloway@cohovineyard.com	remvoe bea.lindqvist@cohovineyard.com's full access from wren.calloway@cohovineyard.com's mailbox
mailbox.remove-delegates	Grace Okafor	take away chloe's read access on Grace Okafor's mailbox, she doesnt need it anymore
mailbox.remove-user-access	kwame.asante@cohovineyard.com	kwame.asante@cohovineyard.com transferred to the warehouse, pull whatever access he has to other ppl's mailboxes
mailbox.remove-user-access	rafael.costa@cohovineyard.com	rafael.costa@cohovineyard.com still has full acces + send as on a bunch of mailboxes, remove all of it
mailbox.remove-user-access	bea.lindqvist@cohovineyard.com	clean up bea.lindqvist@cohovineyard.com's delegate rights across all mailboxes incl send on behalf
mailbox.remove-user-access	Sam Whitaker	ticket 4999: Sam Whitaker is a contractor now, remove all the mailbox permissions he holds on other mailboxes
mailbox.set-archive-name	grace.okafor@cohovineyard.com	grace.okafor@cohovineyard.com watns her archive to show as "Grace O - pre 2025"
mailbox.set-archive-name	marcus.bell@cohovineyard.com	set archive name Marcus Bell Old Mail on marcus.bell@cohovineyard.com
mailbox.set-archive-name	events@cohovineyard.com	rename the archive mailbox of events@cohovineyard.com to Events Archive pls
mailbox.set-archive-name	Kwame Asante	sett the archive name for Kwame Asante to "Kwame Asante - Archive"
mailbox.set-audit	sales@cohovineyard.com,orders@cohovineyard.com	compliance wants audit logs on sales@cohovineyard.com and orders@cohovineyard.com, pls enable
mailbox.set-audit	lena.hofmann@cohovineyard.com	is auditing on for lena.hofmann@cohovineyard.com? if not switch it on
mailbox.set-audit	old.cellar@cohovineyard.com	disabel mailbox auditing on old.cellar@cohovineyard.com, no longer needed
mailbox.set-audit	Rafael Costa	security team wants auditing on for Rafael Costa's mailbox asap
mailbox.set-regional-settings	rafael.costa@cohovineyard.com	rafael.costa@cohovineyard.com prefers portuguese, set his mailbox locale to pt-BR
mailbox.set-regional-settings	ines.moreau@cohovineyard.com	ines.moreau@cohovineyard.com relocated to paris, hre calendar times are off, update mailbox timezone to Romance Standard Time
mailbox.set-regional-settings	aiko.tanaka@cohovineyard.com	aiko.tanaka@cohovineyard.com wants her mailbox in japanese w/ localized folder names pls
mailbox.set-regional-settings	Lena Hofmann	set date format dd.MM.yyyy and language de-DE on Lena Hofmann's mailbox
mobile-device.allow-quarantined		tomas.reyes@cohovineyard.com cant get mial on his new phone, exchange has it quarantined, pls allow
mobile-device.allow-quarantined		priya.nair@cohovineyard.com's iphone shows access pending/quarantined, approve it pls
mobile-device.allow-quarantined		ticket 5122: new ipad for chloe.dumont@cohovineyard.com is quarantined by activesync, pls allow it
mobile-device.allow-quarantined		pls release Oskar's android from quarentine, its a company phone
mobile-device.remove		lena.hofmann@cohovineyard.com traded in her iphone 12, remove that device from her mobile devices list
mobile-device.remove		marcus.bell@cohovineyard.com has 3 old activesync devices hanging around, remove the unused ones
mobile-device.remove		remvoe the old samsung device from kwame.asante@cohovineyard.com's mailbox sync, he got a new one
mobile-device.remove		pls remove Hana's retired pixel from exchange device list
mobile-device.wipe		grace.okafor@cohovineyard.com left her phone in an uber, factory wipe it asap
mobile-device.wipe		theo.parker@cohovineyard.com's personal android - do an account-only wipe, not teh whole phone
mobile-device.wipe		ticket 5277: stolen iphone belonging to nils.berg@cohovineyard.com, full factory wipe pls
mobile-device.wipe		wipe dmitri's company ipad before he returns it, send confirmation to it-ops@cohovineyard.com
none		thx that sorted it, ur a star
none		morning all
none		whats the weather like in sonoma today
none		outlook keeps crashing on my laptop ugh
none		is there a limit on how many ppl can be in a distribution list?
none		brb lunch
none		who approved teh harvest party budget?
none		can you order more toner for the front office printer
none		ok the fwd rule is working now, cheers
none		how do i find my mailbx size in outlook
none		sorry wrong chat lol
none		what time is the all hands tmrw
none		great, much appreciated
none		the wifi in the barrel room is down again
none		did u get my email from yesterday?
none		ok ill check w/ hr first and get back to u
`,
);
