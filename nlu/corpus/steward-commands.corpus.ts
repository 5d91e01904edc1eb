import { corpusSet } from './corpus-set';

/** Steward's own chat commands (sessions, credentials, approvals, operators, audit), written as training data. */
export const STEWARD_COMMANDS = corpusSet(
  'steward-commands',
  `action	targets	text
steward.help		hey, what are you able to do for me?
steward.help		halp, what can I type here?
steward.help		new to this bot - which commands can I use with my role?
steward.help		can you list everything I'm allowed to ask you?
steward.help		what kind of requests do you understand
steward.session-status		is the management session currently on?
steward.session-status		before I reset anything, how long is the session still active for?
steward.session-status		sesion status?
steward.session-status		check whether management mode is running right now
steward.session-status		quick one: is the admin session up or has it expired
steward.session-on		start the management session please
steward.session-on		enable management session so I can block a few accounts
steward.session-on		switch the session on
steward.session-on		can you activate the management session for the tenant?
steward.session-on		turn managment session on
steward.session-off		shut down the management session, we're done for today
steward.session-off		end the session now please
steward.session-off		disable the management session
steward.session-off		i'm finished with changes, switch the management session off
steward.session-off		can you stop the management session until tomorrow?
steward.session-settings		open the settings for the management session
steward.session-settings		I want to switch auto-enable on again, where are the session settings?
steward.session-settings		is advanced management enabled? show me the session config
steward.session-settings		turn on advanced management so Management operators can start the session
steward.session-settings		session settings pls
steward.credential-service-store		I need to save a new client secret for the app registration
steward.credential-service-store		our app secret expired last week, let me store the new service credential
steward.credential-service-store		store the client id + secret for the service principal
steward.credential-service-store		set up the service credential for the session please
steward.credential-service-store		can I enter the app registration credential here?
steward.credential-admin-store		save my global admin username and password for the session
steward.credential-admin-store		store admin creds
steward.credential-admin-store		the service principal isn't approved yet, so I'll store admin credentials for now
steward.credential-admin-store		let me put in the tenant admin login the session should use
steward.credential-admin-store		I changed the admin account password, need to update the stored admin credentials
steward.credential-service-remove		delete the stored app secret
steward.credential-service-remove		we rotated the app registration, remove the old service credential
steward.credential-service-remove		please get rid of the service credential you have stored
steward.credential-service-remove		remove stored client secret for the app registration
steward.credential-service-remove		clear the service credential
steward.credential-admin-remove		remove the admin username and password you saved
steward.credential-admin-remove		delete admin creds
steward.credential-admin-remove		that admin account is being retired, please erase the stored admin credentials
steward.credential-admin-remove		don't keep my admin password anymore, remove it
steward.credential-admin-remove		clear the saved admin login from the vault
steward.audit	priya.raman@alderbay.com	pull the audit trail for priya.raman@alderbay.com
steward.audit	Marcus Feld	who touched Marcus Feld's account this week?
steward.audit	tomas.k@alderbay.com	audit entries by tomas.k@alderbay.com for the past 3 days
steward.audit		last 50 audit entries please
steward.audit	Lena Ortiz	before I reset anything, can you show the audit history for Lena Ortiz?
steward.audit-export		need the audit log in csv format
steward.audit-export	hk.support@alderbay.com	I need a CSV download of everything done by hk.support@alderbay.com since 2026-10-01
steward.audit-export	Owen Brandt	export audit entries for Owen Brandt to a spreadsheet
steward.audit-export		compliance wants a file: export the audit trail for the past month
steward.audit-export	dana.wu@alderbay.com	can I download the audit rows about dana.wu@alderbay.com as CSV?
steward.my-requests		did anyone approve the MFA reset I asked for?
steward.my-requests		show the approval requests I've submitted
steward.my-requests		where are my requests at
steward.my-requests		any news on the stuff I sent for approval?
steward.my-requests		list my approval requets
steward.pending-approvals		do I have anything waiting for approval?
steward.pending-approvals		show me the requests I still have to approve or reject
steward.pending-approvals		pending approval requests for me
steward.pending-approvals		anyone waiting on my sign-off?
steward.pending-approvals		open approvals to review pls
steward.approval-policy		which actions require an approver?
steward.approval-policy		show me the approval rules
steward.approval-policy		I want helpdesk password resets to need approval, open the approval policy
steward.approval-policy		what is the helpdesk role forbidden from doing
steward.approval-policy		open the policy for approvals, I need to add a rule
steward.operator-add	nadia.holm@alderbay.com	add nadia.holm@alderbay.com as an operator with the Helpdesk role
steward.operator-add	jonas.berg@alderbay.com	register jonas.berg@alderbay.com as a Steward operator, role Management
steward.operator-add	f.ahmed@alderbay.com	new helpdesk guy started, please add f.ahmed@alderbay.com as Helpdesk operator
steward.operator-add	ruth.calloway@alderbay.com	make ruth.calloway@alderbay.com an Audit operator
steward.operator-add	kai.lindqvist@alderbay.com	add operator kai.lindqvist@alderbay.com as Reader with permission set Licence desk
steward.operator-remove	nadia.holm@alderbay.com	remove nadia.holm@alderbay.com as an operator
steward.operator-remove	jonas.berg@alderbay.com	jonas.berg@alderbay.com left the company, take away his operator access
steward.operator-remove	Ivan Petrov	unregister Ivan Petrov as a Steward operator
steward.operator-remove	temp.helpdesk3@alderbay.com	please delete the operator temp.helpdesk3@alderbay.com, the contract ended
steward.operator-remove	Sofie Marek	Sofie Marek should no longer be an operator
steward.operator-show	nadia.holm@alderbay.com	what is nadia.holm@alderbay.com able to do in Steward?
steward.operator-show	Jonas Berg	which actions is Jonas Berg allowed to run?
steward.operator-show	f.ahmed@alderbay.com	show the roles, permission sets and scopes of operator f.ahmed@alderbay.com
steward.operator-show	Ruth Calloway	does Ruth Calloway have any permission sets or scopes? show her operator profile
steward.operator-show	kai.lindqvist@alderbay.com	can kai.lindqvist@alderbay.com reset MFA? show me his operator permissions
steward.operators-list		who has access to Steward?
steward.operators-list		list all operators and their roles
steward.operators-list		show me every operator
steward.operators-list		which people are registered as Steward operators?
steward.operators-list		operator list pls
steward.operator-assign	nadia.holm@alderbay.com	nadia.holm@alderbay.com needs the Mailbox care permission set, assign it
steward.operator-assign	jonas.berg@alderbay.com	restrict jonas.berg@alderbay.com to virtual tenant Nordics
steward.operator-assign	f.ahmed@alderbay.com	give f.ahmed@alderbay.com the Password desk permission set as well
steward.operator-assign	ruth.calloway@alderbay.com	add virtual tenant Berlin Office to ruth.calloway@alderbay.com
steward.operator-assign	kai.lindqvist@alderbay.com	scope kai.lindqvist@alderbay.com to the virtual tenant Spain Retail
steward.operator-unassign	nadia.holm@alderbay.com	please unassign Mailbox care (permission set) from nadia.holm@alderbay.com
steward.operator-unassign	jonas.berg@alderbay.com	take the virtual tenant Nordics off jonas.berg@alderbay.com
steward.operator-unassign	f.ahmed@alderbay.com	f.ahmed@alderbay.com shouldn't have the Password desk set anymore, remove it from him
steward.operator-unassign	ruth.calloway@alderbay.com	remove virtual tenant Berlin Office from ruth.calloway@alderbay.com
steward.operator-unassign	kai.lindqvist@alderbay.com	unassign the Licence desk permission set from kai.lindqvist@alderbay.com
steward.permission-sets-list		what permission sets do we have?
steward.permission-sets-list		show all custom roles
steward.permission-sets-list		list the permission sets and what each one grants
steward.permission-sets-list		permision sets?
steward.permission-sets-list		which custom permission sets are defined in this tenant
steward.permission-sets-export		give me the permission sets as JSON so I can copy them to our test tenant
steward.permission-sets-export		export every permission set we have
steward.permission-sets-export		I want a backup of the custom roles, export them
steward.permission-sets-export		dump the permission sets to json
steward.permission-sets-export		can you export our permission set definitions?
steward.permission-sets-import		I have a JSON file of permission sets to import
steward.permission-sets-import		import permission sets from the test tenant
steward.permission-sets-import		let me paste some custom roles in JSON
steward.permission-sets-import		load the permission sets JSON I exported yesterday
steward.permission-sets-import		upload new permission set definitions
steward.virtual-tenant-create		add a virtual tenant named Nordics where country in (Sweden, Norway, Denmark)
steward.virtual-tenant-create		I need a new virtual tenant for everyone in the Finance department
steward.virtual-tenant-create		make a virtual tenant called Berlin Office where city = Berlin
steward.virtual-tenant-create		set up a new scope for users of the domain alderbay.de
steward.virtual-tenant-create		create a virtual tenant for members of "Store Managers EU"
steward.virtual-tenants-list		what virtual tenants are there?
steward.virtual-tenants-list		list all scopes and who has them
steward.virtual-tenants-list		show me the virtual tenants
steward.virtual-tenants-list		which virtual tenants have we defined so far
steward.virtual-tenants-list		virtual tenant list pls
steward.virtual-tenant-delete		please delete the virtual tenant Berlin Office
steward.virtual-tenant-delete		we closed the Lisbon office, remove the virtual tenant Lisbon
steward.virtual-tenant-delete		get rid of virtual tenant "Spain Retail"
steward.virtual-tenant-delete		remove the Nordics virtual tenant, nobody uses it anymore
steward.virtual-tenant-delete		delte virtual tenant Test Scope
steward.licence-pool-set		please set licence pool E3 to 40 on virtual tenant Nordics
steward.licence-pool-set		cap virtual tenant Berlin Office at 15 E5 licenses
steward.licence-pool-set		set the license pool for Business Premium to 60 for virtual tenant Spain Retail
steward.licence-pool-set		the Lisbon virtual tenant may hold at most 8 Visio licences, set that pool
steward.licence-pool-set		licence pool E5: 12 for virtual tenant Finance please
steward.user-summary	priya.raman@alderbay.com	can you show me the account priya.raman@alderbay.com
steward.user-summary	Marcus Feld	quick lookup on Marcus Feld please, which department is he in
steward.user-summary	tomas.k@alderbay.com	before I touch anything, give me an overview of tomas.k@alderbay.com: licences, manager, MFA methods
steward.user-summary	Lena Ortiz	pull up Lena Ortiz's user details
steward.user-summary	dana.wu@alderbay.com	which tags and portal attributes does dana.wu@alderbay.com have?
`,
);
