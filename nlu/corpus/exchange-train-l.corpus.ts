import { corpusSet } from './corpus-set';

/** Exchange Online requests: graphicdesigninstitute.com, polite longer sentences and display names, written as training data. */
export const EXCHANGE_TRAIN_L = corpusSet(
  'exchange-train-l',
  `action	targets	text
distribution-group.create		Could you please create a new distribution list called Typography Faculty, with the alias typography-faculty and Henrik Dahl as the owner?
distribution-group.create		Hi, we're launching a student ambassador programme next term, so would you set up a distribution group named Student Ambassadors for us?
distribution-group.create		ticket 5521: please create a DL called Degree Show 2027 so the exhibitions team can email all the exhibitors at once
distribution-group.create		new distro list pls - Print Lab Technicians, owner marcus.obi@graphicdesigninstitute.com
distribution-group.edit	faculty-all@graphicdesigninstitute.com	Could you please rename the faculty-all@graphicdesigninstitute.com distribution list to All Teaching Staff? The old name confuses the new hires.
distribution-group.edit	Exhibitions Team	Hi there, would you update the Exhibitions Team distribution group so that it accepts messages from external senders as well? Our gallery partners need to reach it.
distribution-group.edit	typography-dept@graphicdesigninstitute.com	please add Clara Fontaine as a second owner on the typography-dept@graphicdesigninstitute.com DL settings
distribution-group.edit	Student Ambassadors	When you have a moment, could you hide the Student Ambassadors distribution list from the global address list? It should only be used by staff who know the address.
distribution-group.remove	degreeshow2025@graphicdesigninstitute.com	The 2025 degree show is long finished, so could you please delete the degreeshow2025@graphicdesigninstitute.com distribution list?
distribution-group.remove	Evening Classes Tutors	Hi, we stopped running evening classes last year. Would you mind removing the Evening Classes Tutors distribution group entirely?
distribution-group.remove	open-day-volunteers@graphicdesigninstitute.com	ticket 5610 - remove DL open-day-volunteers@graphicdesigninstitute.com, no longer used
distribution-group.remove	Photography Club	pls get rid of the Photography Club distribution list, the club has disbanded
distribution-group.remove-members	faculty-all@graphicdesigninstitute.com	Yuki Tanaka has left the institute, so could you please take her off the faculty-all@graphicdesigninstitute.com distribution list?
distribution-group.remove-members	Exhibitions Team	Hello, could you remove Dmitri Volkov and Beatriz Lima from the Exhibitions Team distribution group? They've moved over to admissions.
distribution-group.remove-members	printlab-techs@graphicdesigninstitute.com	remove jonah.pike@graphicdesigninstitute.com from the printlab-techs@graphicdesigninstitute.com DL pls
distribution-group.remove-members	Typography Faculty	Would you kindly remove Olu Adeyemi from the Typography Faculty distribution list now that his visiting term has ended?
distribution-group.add-members	faculty-all@graphicdesigninstitute.com	We've got two new lecturers starting Monday. Could you please add saoirse.kelly@graphicdesigninstitute.com and kwame.asante@graphicdesigninstitute.com to the faculty-all@graphicdesigninstitute.com distribution list?
distribution-group.add-members	Exhibitions Team	Hi, would you be able to add Fenella Brooks to the Exhibitions Team distribution group? She's helping curate the spring show.
distribution-group.add-members	typography-dept@graphicdesigninstitute.com	add rohan.mehta@graphicdesigninstitute.com to typography-dept@graphicdesigninstitute.com pls
distribution-group.add-members	Student Ambassadors	Could you please put Ines Carvalho, Marcus Obi and Leila Haddad into the Student Ambassadors distribution list? Thanks a lot.
distribution-group.grant-send-permissions	admissions-news@graphicdesigninstitute.com	Could you please give priya.natarajan@graphicdesigninstitute.com send-as permission on the admissions-news@graphicdesigninstitute.com distribution list so she can send the weekly bulletin from it?
distribution-group.grant-send-permissions	Exhibitions Team	Hi, Clara Fontaine needs to be able to send on behalf of the Exhibitions Team distribution group for the gallery invitations. Would you set that up, please?
distribution-group.grant-send-permissions	faculty-all@graphicdesigninstitute.com	grant henrik.dahl@graphicdesigninstitute.com send as on the faculty-all@graphicdesigninstitute.com DL
distribution-group.grant-send-permissions	Degree Show 2027	Would you kindly allow Tomasz Wieczorek to send as the Degree Show 2027 distribution list? He's coordinating the exhibitor mailouts.
distribution-group.remove-delegation	admissions-news@graphicdesigninstitute.com	Priya has handed over the bulletin, so please remove her send-as permission from the admissions-news@graphicdesigninstitute.com distribution list.
distribution-group.remove-delegation	Exhibitions Team	Hello, could you revoke Clara Fontaine's send on behalf rights on the Exhibitions Team distribution group? The gallery season is over.
distribution-group.remove-delegation	faculty-all@graphicdesigninstitute.com	faculty-all@graphicdesigninstitute.com DL: remove send as for henrik.dahl@graphicdesigninstitute.com pls
distribution-group.remove-delegation	Degree Show 2027	ticket 5702 - Tomasz Wieczorek no longer coordinates mailouts, please take away his send-as delegation on the Degree Show 2027 distribution list
mailbox.forward-to-smtp	leila.haddad@graphicdesigninstitute.com	Leila is working from our partner studio for a month, so could you please forward all mail from leila.haddad@graphicdesigninstitute.com to leila@northlightstudio.co.uk while keeping a copy in her mailbox?
mailbox.forward-to-smtp	Marcus Obi	Hi, would you set up external forwarding on Marcus Obi's mailbox to his personal address marcus.obi@outlook.com during his sabbatical, please?
mailbox.forward-to-smtp	dmitri.volkov@graphicdesigninstitute.com	fwd dmitri.volkov@graphicdesigninstitute.com to dvolkov@inkwellsupply.com, no local copy
mailbox.forward-to-smtp	Beatriz Lima	Could you please forward Beatriz Lima's email to bea.lima@orbitprint.co.uk until the end of the month? She's on secondment there.
mailbox.forward-to-recipient	yuki.tanaka@graphicdesigninstitute.com	Yuki has left the institute, so could you please forward yuki.tanaka@graphicdesigninstitute.com's mail to Henrik Dahl so nothing from students gets lost?
mailbox.forward-to-recipient	Saoirse Kelly	Hi, Saoirse Kelly is on maternity leave from Friday. Would you redirect her mailbox to Kwame Asante internally, keeping a copy in her inbox?
mailbox.forward-to-recipient	olu.adeyemi@graphicdesigninstitute.com	forward olu.adeyemi@graphicdesigninstitute.com's email to Fenella Brooks pls
mailbox.forward-to-recipient	Jonah Pike	Could you please set Jonah Pike's mailbox to forward everything to the printlab@graphicdesigninstitute.com shared mailbox while he's away on the residency?
mailbox.add-users-as-delegates	admissions@graphicdesigninstitute.com	Could you please add rohan.mehta@graphicdesigninstitute.com as a delegate on the admissions@graphicdesigninstitute.com mailbox with full access? He's joining the admissions team this week.
mailbox.add-users-as-delegates	Principal's Office	Hi, would you make Ines Carvalho a delegate on the Principal's Office mailbox with full access and send as, please?
mailbox.add-users-as-delegates	printlab@graphicdesigninstitute.com,studio-bookings@graphicdesigninstitute.com	add user tomasz.wieczorek@graphicdesigninstitute.com as delegate to printlab@graphicdesigninstitute.com and studio-bookings@graphicdesigninstitute.com
mailbox.add-users-as-delegates	Alumni Relations	Please add Leila Haddad and Marcus Obi as full-access delegates on the Alumni Relations mailbox; they're running the reunion this year.
mailbox.add-delegates	admissions@graphicdesigninstitute.com,alumni@graphicdesigninstitute.com	We need to sort out delegate access on the admissions@graphicdesigninstitute.com and alumni@graphicdesigninstitute.com mailboxes, could you start the add-delegates process for them please?
mailbox.add-delegates	Student Services	Hi, I'd like to add some delegates to the Student Services shared mailbox, could you walk me through it?
mailbox.add-delegates		need to add delegates to several mailboxes, full access and send as
mailbox.add-delegates	printlab@graphicdesigninstitute.com	could you please set up delegates on the printlab@graphicdesigninstitute.com mailbox? I'll tell you who once you've started it
mailbox.grant-manager-full-access	kwame.asante@graphicdesigninstitute.com	Kwame leaves us on Friday. Could you please give his manager full access to the kwame.asante@graphicdesigninstitute.com mailbox so she can pick up any outstanding student queries?
mailbox.grant-manager-full-access	Olu Adeyemi	Hi, Olu Adeyemi's visiting fellowship has ended. Would you grant his line manager full access to his mailbox, please?
mailbox.grant-manager-full-access	dmitri.volkov@graphicdesigninstitute.com,beatriz.lima@graphicdesigninstitute.com	grant managers of dmitri.volkov@graphicdesigninstitute.com and beatriz.lima@graphicdesigninstitute.com full mailbox access
mailbox.grant-manager-full-access	Fenella Brooks	Fenella Brooks is on long-term sick leave, so please could her manager be given full access to her mailbox to keep her courses running?
mailbox.manage-services	jonah.pike@graphicdesigninstitute.com	For security reasons, could you please disable POP and IMAP on jonah.pike@graphicdesigninstitute.com's mailbox? He only uses Outlook anyway.
mailbox.manage-services	Clara Fontaine	Hi, Clara Fontaine says she can't get into Outlook on the web. Would you re-enable OWA on her mailbox, please?
mailbox.manage-services	rohan.mehta@graphicdesigninstitute.com	turn off activesync for rohan.mehta@graphicdesigninstitute.com
mailbox.manage-services	Saoirse Kelly	Please could you turn off MAPI and EWS access on Saoirse Kelly's mailbox while we investigate the suspicious sign-ins?
mailbox.copy-permissions-to	henrik.dahl@graphicdesigninstitute.com	Tomasz is taking over Henrik's duties, so could you please copy all of henrik.dahl@graphicdesigninstitute.com's mailbox permissions over to tomasz.wieczorek@graphicdesigninstitute.com?
mailbox.copy-permissions-to	Leila Haddad	Hi, would you mirror Leila Haddad's mailbox access onto Ines Carvalho and Rohan Mehta? They're covering her shared inboxes.
mailbox.copy-permissions-to	marcus.obi@graphicdesigninstitute.com	copy mailbox perms from marcus.obi@graphicdesigninstitute.com to beatriz.lima@graphicdesigninstitute.com pls
mailbox.copy-permissions-to	Priya Natarajan	Could you please replicate everything Priya Natarajan has access to, mailbox-wise, onto the new admissions officer Dmitri Volkov?
mailbox.copy-permissions-from	kwame.asante@graphicdesigninstitute.com	Our new lecturer kwame.asante@graphicdesigninstitute.com needs the same mailbox access that fenella.brooks@graphicdesigninstitute.com has, could you please copy the permissions from her?
mailbox.copy-permissions-from	Olu Adeyemi	Hi, would you give Olu Adeyemi the same mailbox permissions as Henrik Dahl? He's stepping into Henrik's role.
mailbox.copy-permissions-from	jonah.pike@graphicdesigninstitute.com,clara.fontaine@graphicdesigninstitute.com	for jonah.pike@graphicdesigninstitute.com and clara.fontaine@graphicdesigninstitute.com copy mailbox permissions from saoirse.kelly@graphicdesigninstitute.com
mailbox.copy-permissions-from	Yuki Tanaka	Could you please set Yuki Tanaka up with the same mailbox permissions Marcus Obi has? She's replacing him in the print lab.
mailbox.remove-delegates	admissions@graphicdesigninstitute.com	The admissions@graphicdesigninstitute.com mailbox has a few stale delegates. Could you please remove rohan.mehta@graphicdesigninstitute.com and ines.carvalho@graphicdesigninstitute.com from it?
mailbox.remove-delegates	Alumni Relations	Hi, the reunion is over, so would you strip Leila Haddad and Marcus Obi off the Alumni Relations mailbox as delegates?
mailbox.remove-delegates	printlab@graphicdesigninstitute.com	remove tomasz.wieczorek@graphicdesigninstitute.com as delegate on printlab@graphicdesigninstitute.com
mailbox.remove-delegates	Principal's Office	Please could you remove all the delegates from the Principal's Office mailbox before the new principal arrives?
mailbox.remove-user-access	beatriz.lima@graphicdesigninstitute.com	Beatriz has moved from admissions into the studio team, so could you please remove beatriz.lima@graphicdesigninstitute.com's access to every other mailbox she currently has rights on?
mailbox.remove-user-access	Dmitri Volkov	Hi, would you revoke all the mailbox permissions Dmitri Volkov holds on other people's mailboxes, including send as? He's changing departments.
mailbox.remove-user-access	kwame.asante@graphicdesigninstitute.com	kwame.asante@graphicdesigninstitute.com leaving - remove all his access to other mailboxes
mailbox.remove-user-access	Ines Carvalho	ticket 5788: please clean up Ines Carvalho's access, she should no longer have full access or send as on any mailbox other than her own
mailbox.set-regional-settings	ines.carvalho@graphicdesigninstitute.com	Ines is working from our Lisbon campus now, could you please set the language on ines.carvalho@graphicdesigninstitute.com's mailbox to Portuguese (pt-PT) and the time zone to GMT Standard Time?
mailbox.set-regional-settings	Yuki Tanaka	Hi, would you change Yuki Tanaka's mailbox time zone to Tokyo Standard Time? Her calendar invites keep showing the wrong hours.
mailbox.set-regional-settings	henrik.dahl@graphicdesigninstitute.com	set henrik.dahl@graphicdesigninstitute.com mailbox language to Danish pls
mailbox.set-regional-settings	Tomasz Wieczorek	Could you please set Tomasz Wieczorek's mailbox regional settings to Polish, with the date format dd.MM.yyyy?
mailbox.manage-quota	clara.fontaine@graphicdesigninstitute.com	Clara keeps getting warnings because of all the large design files she receives, so could you please raise the quota on clara.fontaine@graphicdesigninstitute.com to 100GB?
mailbox.manage-quota	Marcus Obi	Hi, Marcus Obi can't send email because his mailbox is full. Would you increase his prohibit send quota to 95GB, please?
mailbox.manage-quota	jonah.pike@graphicdesigninstitute.com	bump mailbox quota for jonah.pike@graphicdesigninstitute.com to 99gb
mailbox.manage-quota	Fenella Brooks	Please could you set the issue warning quota on Fenella Brooks's mailbox to 45GB and the send limit to 48GB?
mailbox.create		We have a new design tutor starting next week, could you please create a mailbox for Amara Lindqvist at amara.lindqvist@graphicdesigninstitute.com?
mailbox.create		Hi, would you set up a new user mailbox for our incoming studio manager, Theo Marchetti, please?
mailbox.create		new mailbox pls for Nadia Osei, nadia.osei@graphicdesigninstitute.com
mailbox.create		ticket 5801: please create a user mailbox for the new librarian, Gideon Farrow
mailbox.edit	saoirse.kelly@graphicdesigninstitute.com	While Saoirse is on leave, could you please add a MailTip on saoirse.kelly@graphicdesigninstitute.com's mailbox saying that course queries should go to Kwame instead?
mailbox.edit	Henrik Dahl	Hi, would you hide Henrik Dahl's mailbox from the global address list? He's retired but we're keeping the mailbox for now.
mailbox.edit	rohan.mehta@graphicdesigninstitute.com	add the alias r.mehta@graphicdesigninstitute.com to rohan.mehta@graphicdesigninstitute.com's mailbox
mailbox.edit	Leila Haddad	Please could you update the display name on Leila Haddad's mailbox to Leila Haddad-Morrison following her marriage?
mailbox.create-shared		The graduate office needs a team inbox, so could you please create a shared mailbox called Postgraduate Enquiries with the address postgrad@graphicdesigninstitute.com?
mailbox.create-shared		Hi, would you be able to set up a shared mailbox for the portfolio review team? Something like Portfolio Reviews would be great.
mailbox.create-shared		new shared mailbox: Internships, internships@graphicdesigninstitute.com
mailbox.create-shared		Could we get a shared inbox named Print Lab Orders for students to send their print jobs to, please?
mailbox.edit-shared	admissions@graphicdesigninstitute.com	Could you please add apply@graphicdesigninstitute.com as an additional email address on the admissions@graphicdesigninstitute.com shared mailbox? We're printing it on the new prospectus.
mailbox.edit-shared	Student Services	Hi, would you change the display name of the Student Services shared mailbox to Student Support Hub, please?
mailbox.edit-shared	printlab@graphicdesigninstitute.com	hide shared mailbox printlab@graphicdesigninstitute.com from the GAL
mailbox.edit-shared	Alumni Relations	Please could you set a MailTip on the Alumni Relations shared mailbox letting people know replies take up to three working days?
mailbox.create-resource		We've converted the old slide library into a meeting space, so could you please create a room mailbox for it called Critique Room B, capacity 10?
mailbox.create-resource		Hi, would you set up an equipment mailbox for the new Wacom Cintiq tablet so students can book it?
mailbox.create-resource		create a room mailbox for Screenprint Studio, capacity 16
mailbox.create-resource		Could you please create a resource mailbox for the large-format plotter in the print lab?
mailbox.edit-equipment	plotter@graphicdesigninstitute.com	Could you please set the plotter@graphicdesigninstitute.com equipment mailbox to auto-accept bookings so students don't have to wait for approval?
mailbox.edit-equipment	Wacom Cintiq	Hi, would you limit bookings of the Wacom Cintiq equipment mailbox to a maximum of three hours at a time, please?
mailbox.edit-equipment	dslr-kit@graphicdesigninstitute.com	equipment mailbox dslr-kit@graphicdesigninstitute.com: don't allow conflicts, booking window 30 days
mailbox.edit-equipment	Risograph Printer	Please could you make Marcus Obi the booking delegate for the Risograph Printer equipment mailbox?
mailbox.edit-room	critique-a@graphicdesigninstitute.com	Could you please update the critique-a@graphicdesigninstitute.com room mailbox to allow recurring meetings and set its capacity to 12?
mailbox.edit-room	Screenprint Studio	Hi, would you change the booking window on the Screenprint Studio room mailbox to 120 days so tutors can book the whole term?
mailbox.edit-room	lecture-theatre@graphicdesigninstitute.com	room lecture-theatre@graphicdesigninstitute.com should auto-accept meeting requests pls
mailbox.edit-room	Critique Room B	Please could you stop the Critique Room B meeting room from accepting bookings longer than four hours?
mailbox.convert-to-shared	yuki.tanaka@graphicdesigninstitute.com	Yuki has left us, so could you please convert yuki.tanaka@graphicdesigninstitute.com's mailbox to a shared mailbox and remove her licence?
mailbox.convert-to-shared	Henrik Dahl	Hi, now that Henrik Dahl has retired, would you turn his mailbox into a shared mailbox so the department can still read it?
mailbox.convert-to-shared	olu.adeyemi@graphicdesigninstitute.com	convert olu.adeyemi@graphicdesigninstitute.com to shared
mailbox.convert-to-shared	Kwame Asante	ticket 5820: Kwame Asante's last day was Friday, please convert his user mailbox to shared so his team keeps access
mailbox.remove	degreeshow-temp@graphicdesigninstitute.com	Could you please delete the degreeshow-temp@graphicdesigninstitute.com mailbox? It was only needed for last year's show.
mailbox.remove	Gideon Farrow	Hi, the librarian role fell through, so would you remove Gideon Farrow's mailbox, please?
mailbox.remove	olu.adeyemi@graphicdesigninstitute.com,jonah.pike@graphicdesigninstitute.com	remove mailboxes olu.adeyemi@graphicdesigninstitute.com and jonah.pike@graphicdesigninstitute.com permanently
mailbox.remove	Theo Marchetti	Please could you delete Theo Marchetti's mailbox? He never actually started with us.
mailbox.grant-send-on-behalf	priya.natarajan@graphicdesigninstitute.com	Could you please let ines.carvalho@graphicdesigninstitute.com send on behalf of priya.natarajan@graphicdesigninstitute.com? Ines is Priya's new assistant.
mailbox.grant-send-on-behalf	Clara Fontaine	Hi, Clara Fontaine would like her PA, Rohan Mehta, to be able to send emails on her behalf. Would you grant him send on behalf rights on her mailbox?
mailbox.grant-send-on-behalf	henrik.dahl@graphicdesigninstitute.com	give tomasz.wieczorek@graphicdesigninstitute.com send on behalf for henrik.dahl@graphicdesigninstitute.com
mailbox.grant-send-on-behalf	Principal's Office	Please could you grant Leila Haddad send-on-behalf permission on the Principal's Office mailbox?
mailbox.manage-send-as	admissions@graphicdesigninstitute.com	Could you please give beatriz.lima@graphicdesigninstitute.com send as permission on the admissions@graphicdesigninstitute.com mailbox so her replies come from the team address?
mailbox.manage-send-as	Student Services	Hi, would you remove Dmitri Volkov's send-as rights from the Student Services mailbox? He's no longer on that team.
mailbox.manage-send-as	alumni@graphicdesigninstitute.com	grant send as on alumni@graphicdesigninstitute.com to marcus.obi@graphicdesigninstitute.com
mailbox.manage-send-as	Postgraduate Enquiries	Please could Saoirse Kelly be given send as on the Postgraduate Enquiries mailbox?
mailbox.edit-type	studio-bookings@graphicdesigninstitute.com	Could you please change the mailbox type of studio-bookings@graphicdesigninstitute.com from shared to room? It was created as the wrong type.
mailbox.edit-type	Critique Room B	Hi, would you switch the mailbox type of Critique Room B to equipment? We're using it for kit storage now.
mailbox.edit-type	reception@graphicdesigninstitute.com	convert reception@graphicdesigninstitute.com back to a regular user mailbox
mailbox.edit-type	Risograph Printer	Please could you change the Risograph Printer mailbox type from room to equipment? It was set up incorrectly.
mailbox.assign-contacts-folder-delegate	priya.natarajan@graphicdesigninstitute.com	Could you please give ines.carvalho@graphicdesigninstitute.com editor access to the contacts folder in priya.natarajan@graphicdesigninstitute.com's mailbox? She manages Priya's address book.
mailbox.assign-contacts-folder-delegate	Clara Fontaine	Hi, would you share Clara Fontaine's contacts folder with Rohan Mehta as a reviewer, please?
mailbox.assign-contacts-folder-delegate	henrik.dahl@graphicdesigninstitute.com,fenella.brooks@graphicdesigninstitute.com	give tomasz.wieczorek@graphicdesigninstitute.com reviewer rights on contacts folder of henrik.dahl@graphicdesigninstitute.com and fenella.brooks@graphicdesigninstitute.com
mailbox.assign-contacts-folder-delegate	Leila Haddad	Please could Marcus Obi have author permission on Leila Haddad's Contacts folder so he can keep the gallery contacts up to date?
mailbox.configure-auto-reply	fenella.brooks@graphicdesigninstitute.com	Fenella is off sick until the 14th, could you please set an out-of-office reply on fenella.brooks@graphicdesigninstitute.com saying that Kwame Asante is covering her classes?
mailbox.configure-auto-reply	Saoirse Kelly	Hi, would you switch on automatic replies for Saoirse Kelly from 1 March until 30 August with a message about her maternity leave?
mailbox.configure-auto-reply	dmitri.volkov@graphicdesigninstitute.com	turn off OOO on dmitri.volkov@graphicdesigninstitute.com, he's back
mailbox.configure-auto-reply	Henrik Dahl	Please could you set a permanent auto-reply on Henrik Dahl's mailbox telling senders that he has retired and to contact the typography department instead?
mailbox.manage-archive	clara.fontaine@graphicdesigninstitute.com	Clara's mailbox is nearly full of project files, so could you please enable the online archive for clara.fontaine@graphicdesigninstitute.com?
mailbox.manage-archive	Marcus Obi	Hi, would you turn on auto-expanding archiving for Marcus Obi's mailbox, please? His archive has hit the limit.
mailbox.manage-archive	jonah.pike@graphicdesigninstitute.com,rohan.mehta@graphicdesigninstitute.com	enable archive for jonah.pike@graphicdesigninstitute.com and rohan.mehta@graphicdesigninstitute.com
mailbox.manage-archive	Yuki Tanaka	Please could you disable the archive mailbox on Yuki Tanaka's account now that her data has been exported?
mailbox.set-archive-name	beatriz.lima@graphicdesigninstitute.com	Could you please rename the archive on beatriz.lima@graphicdesigninstitute.com's mailbox to "Beatriz - Admissions 2020-2025"? It'll make it easier for her to find in Outlook.
mailbox.set-archive-name	Henrik Dahl	Hi, would you change the name of Henrik Dahl's archive mailbox to Henrik Dahl Typography Archive, please?
mailbox.set-archive-name	kwame.asante@graphicdesigninstitute.com	set archive name on kwame.asante@graphicdesigninstitute.com to Kwame Old Mail
mailbox.set-archive-name	Fenella Brooks	Please could you call Fenella Brooks's online archive "Fenella - Course Materials" instead of the default name?
mailbox.manage-litigation-hold	dmitri.volkov@graphicdesigninstitute.com	Our legal team has asked us to preserve Dmitri's email, so could you please place dmitri.volkov@graphicdesigninstitute.com on litigation hold for five years?
mailbox.manage-litigation-hold	Olu Adeyemi	Hi, the dispute with the former fellow has been settled. Would you remove the litigation hold from Olu Adeyemi's mailbox, please?
mailbox.manage-litigation-hold	tomasz.wieczorek@graphicdesigninstitute.com	lit hold on tomasz.wieczorek@graphicdesigninstitute.com, indefinite
mailbox.manage-litigation-hold	Beatriz Lima	ticket 5855: legal requests a litigation hold on Beatriz Lima's mailbox with the note "admissions complaint review"
mailbox.set-audit	priya.natarajan@graphicdesigninstitute.com	As part of the data protection review, could you please make sure mailbox auditing is enabled on priya.natarajan@graphicdesigninstitute.com?
mailbox.set-audit	Principal's Office	Hi, would you turn on mailbox audit logging for the Principal's Office mailbox, please? Governance asked for it.
mailbox.set-audit	ines.carvalho@graphicdesigninstitute.com,leila.haddad@graphicdesigninstitute.com	enable mailbox auditing for ines.carvalho@graphicdesigninstitute.com and leila.haddad@graphicdesigninstitute.com
mailbox.set-audit	Kwame Asante	Please could you switch off mailbox auditing on Kwame Asante's mailbox now that the investigation has closed?
mail-contact.create	hana.sato@northlightgallery.org	Could you please add an external contact for Hana Sato at hana.sato@northlightgallery.org? She's our gallery liaison for the degree show.
mail-contact.create	orders@orbitprint.co.uk	Hi, would you create a mail contact in the address book for orders@orbitprint.co.uk so staff can find our print supplier easily?
mail-contact.create	sales@inkwellsupply.com	new mail contact: Inkwell Supply Sales, sales@inkwellsupply.com
mail-contact.create	felix.brandt@typeworks.de	Please could you set up a GAL contact for our visiting type designer Felix Brandt, felix.brandt@typeworks.de?
mail-contact.edit	hana.sato@northlightgallery.org	Could you please update the job title on the hana.sato@northlightgallery.org contact to Senior Curator? She's just been promoted.
mail-contact.edit	Felix Brandt	Hi, would you change the company name on the Felix Brandt mail contact to Typeworks GmbH, please?
mail-contact.edit	orders@orbitprint.co.uk	update phone on contact orders@orbitprint.co.uk to +44 20 7946 0321
mail-contact.edit	Inkwell Supply Sales	Please could you hide the Inkwell Supply Sales contact from the global address list for now?
mail-contact.remove	sales@inkwellsupply.com	We've stopped buying from Inkwell, so could you please delete the sales@inkwellsupply.com contact from the address book?
mail-contact.remove	Felix Brandt	Hi, Felix Brandt's residency is over. Would you remove his external contact from the GAL, please?
mail-contact.remove	orders@orbitprint.co.uk,accounts@orbitprint.co.uk	remove contacts orders@orbitprint.co.uk and accounts@orbitprint.co.uk
mail-contact.remove	Hana Sato	Please could you remove the mail contact for Hana Sato? She's left the gallery.
mail-user.create	lena.kovac@studiokovac.com	We've hired an external brand consultant, so could you please create a mail user for Lena Kovac using her address lena.kovac@studiokovac.com?
mail-user.create	pablo@pixelfoundry.es	Hi, would you set up a mail-enabled user for our freelance illustrator at pablo@pixelfoundry.es so he can get access to our SharePoint?
mail-user.create	sam.reyes@motionlab.io	new mail user for contractor sam.reyes@motionlab.io pls
mail-user.create	external.examiner@uni-arts.ac.uk	Please could you create a mail user for this year's external examiner, external.examiner@uni-arts.ac.uk?
mail-user.edit	brandconsultant@graphicdesigninstitute.com	Could you please change the external email address on the brandconsultant@graphicdesigninstitute.com mail user to lena@kovacbrand.com? Lena has moved agencies.
mail-user.edit	Pablo Serrano	Hi, would you update the display name of the Pablo Serrano mail user to Pablo Serrano (Freelance Illustrator), please?
mail-user.edit	examiner@graphicdesigninstitute.com	mail user examiner@graphicdesigninstitute.com - set company to Northern Arts University
mail-user.edit	Sam Reyes	Please could you hide the Sam Reyes mail user from the address book?
mail-user.remove	brandconsultant@graphicdesigninstitute.com	The rebrand project has wrapped up, so could you please remove the brandconsultant@graphicdesigninstitute.com mail user?
mail-user.remove	Pablo Serrano	Hi, Pablo Serrano's contract has ended. Would you delete his mail-enabled user, please?
mail-user.remove	examiner@graphicdesigninstitute.com	delete mail user examiner@graphicdesigninstitute.com
mail-user.remove	Sam Reyes	Please could you remove the Sam Reyes mail user from Exchange? We won't be working with him again.
mobile-device.remove		Leila upgraded her phone last month, so could you please remove her old iPhone partnership from leila.haddad@graphicdesigninstitute.com's mailbox?
mobile-device.remove		Hi, would you clear out the stale ActiveSync device that's still listed for Marcus Obi, please? He no longer uses that tablet.
mobile-device.remove		remove old android from rohan.mehta@graphicdesigninstitute.com mobile devices
mobile-device.remove		Please could you delete Clara Fontaine's retired Samsung from her list of mobile devices in Exchange?
mobile-device.wipe		Jonah left his phone on the train last night, could you please remote wipe the device linked to jonah.pike@graphicdesigninstitute.com as a matter of urgency?
mobile-device.wipe		Hi, Fenella Brooks's iPad has been stolen. Would you wipe it remotely, just the account data, please?
mobile-device.wipe		wipe beatriz.lima@graphicdesigninstitute.com's lost phone asap
mobile-device.wipe		Please could you issue a remote wipe to Dmitri Volkov's old work phone before it goes back to the supplier?
mobile-device.allow-quarantined		Priya's new phone is stuck in quarantine and can't sync mail, could you please allow the quarantined device for priya.natarajan@graphicdesigninstitute.com?
mobile-device.allow-quarantined		Hi, would you release Tomasz Wieczorek's iPhone from ActiveSync quarantine, please? It's a legitimate work device.
mobile-device.allow-quarantined		approve quarantined device for saoirse.kelly@graphicdesigninstitute.com
mobile-device.allow-quarantined		Please could you let Ines Carvalho's new Pixel through? Exchange has it quarantined and she can't get her email.
none		Thanks so much, that's sorted it perfectly.
none		Good afternoon, hope you're having a quiet day!
none		Could you explain the difference between send as and send on behalf?
none		Outlook on my laptop keeps freezing whenever I open a large attachment, so annoying.
none		Is the print lab open over the Easter break?
none		what's the weather like in Manchester tomorrow?
none		Did the degree show invitations go out yesterday?
none		I'll be away from my desk for twenty minutes, back shortly.
none		Brilliant, the forwarded email finally came through, cheers.
none		Can you recommend a good font pairing for a poster?
none		How long does it usually take for a new mailbox to show up in the address book?
none		Sorry, ignore my last message, I sent it to the wrong chat.
none		Who should I ask about ordering more A1 paper for the studio?
none		The Wi-Fi in the lecture theatre is really patchy again today.
none		Happy Friday everyone, have a lovely weekend!
none		Is there a limit on how many people can be in a distribution list?
`,
);
