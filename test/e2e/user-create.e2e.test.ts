import { DEMO_IDENTITIES } from '../../sandbox/seed/demo-identities.constants';
import { SKU_IDS } from '../../sandbox/seed/seed.data';
import { buttonData, cardText, lastCard, repliesText, type ChatClient, type TestSteward } from './steward.harness';
import { useStewardPerFile } from './exchange-e2e.helpers';

/**
 * user.create and user.invite-guest end to end over HTTP (chat line / form → confirm → result), the
 * tenant read back through the sandbox's Graph; the temporary password by mail (sandbox sendMail) and
 * never in logs or audit.
 */
const { admin, jane, megan, diego } = DEMO_IDENTITIES;

let t: TestSteward;
let chat: ChatClient;
useStewardPerFile((started) => {
  t = started;
  chat = t.chat({ objectId: admin.id });
});

async function auditRows(): Promise<any[]> {
  const { resources } = await t.steward.cosmos.containers.audit.items
    .query({ query: 'SELECT * FROM c WHERE c.tenantId = @t', parameters: [{ name: '@t', value: t.steward.tenantId }] })
    .fetchAll();
  return resources;
}
function passwordIn(text: string, upn: string): string {
  const match = new RegExp(`Temporary password for ${upn.replace(/[.]/g, '\\.')}\\n([^\\n]+)`).exec(text);
  expect(match).not.toBeNull();
  return match![1].trim();
}
async function sentMail(): Promise<any[]> {
  const res = await t.graph('GET', '/_sandbox/sent-mail');
  expect(res.status).toBe(200);
  return res.body.value;
}

/** Says the line, fills the form when one comes, and returns the next card. */
async function formThenConfirm(line: string, form: Record<string, unknown>): Promise<any> {
  const card = lastCard(await chat.say(line));
  expect(cardText(card)).toMatch(/Display name/);
  return lastCard(await chat.click(buttonData(card, /^Continue/), form));
}

describe('user.create', () => {
  it('creates a user from chat + form with a licence; the password is shown once in the result', async () => {
    const upn = 'rita.ora@contoso.com';
    const confirm = await formThenConfirm('create an account for a new employee named Rita Ora', {
      displayName: 'Rita Ora',
      userPrincipalName: upn,
      usageLocation: 'US',
      department: 'Marketing',
      jobTitle: 'Brand Manager',
      licenses: 'Office 365 E3',
    });
    const preview = cardText(confirm);
    expect(preview).toContain('Rita Ora (rita.ora@contoso.com)');
    expect(preview).toMatch(/None\n → \nOffice 365 E3/);
    expect(buttonData(confirm, /^Confirm/).steward).toMatchObject({ actionId: 'user.create' });
    const result = cardText(lastCard(await chat.click(buttonData(confirm, /^Confirm/))));
    expect(result).toMatch(/Created rita\.ora@contoso\.com with 1 licence/);
    const password = passwordIn(result, upn);
    const user = await t.graph('GET', `/v1.0/users/${upn}?$select=id,displayName,mailNickname,usageLocation,department,jobTitle,assignedLicenses,accountEnabled,passwordProfile`);
    expect(user.status).toBe(200);
    expect(user.body).toMatchObject({ displayName: 'Rita Ora', mailNickname: 'rita.ora', usageLocation: 'US', department: 'Marketing', jobTitle: 'Brand Manager', accountEnabled: true });
    expect(user.body.assignedLicenses.map((l: any) => l.skuId)).toEqual([SKU_IDS.E3]);
    const record = t.steward.sandbox!.tenant.getUser(upn)!;
    expect(record.password).toBe(password);
    expect(record.props.passwordProfile?.forceChangePasswordNextSignIn).toBe(true);
    expect(t.logs.text()).not.toContain(password);
    expect(JSON.stringify(await auditRows())).not.toContain(password);
  });

  it('refuses a sign-in name on a domain the tenant has not verified; nothing is created', async () => {
    const mark = t.logMark();
    const text = repliesText(await chat.click(buttonData(lastCard(await chat.say('create a new user')), /^Continue/), {
      displayName: 'Outside Domain',
      userPrincipalName: 'outside@fabrikam.com',
    }));
    expect(text).toMatch(/fabrikam\.com is not a verified domain of this tenant/);
    expect(text).toMatch(/contoso\.com/);
    expect(t.writesSince(mark)).toEqual([]);
    expect((await t.graph('GET', '/v1.0/users/outside@fabrikam.com')).status).toBe(404);
    await chat.say('cancel');
  });

  it('refuses a sign-in name that already exists; nothing changes', async () => {
    const before = await t.graph('GET', `/v1.0/users/${jane.upn}?$select=displayName,department,jobTitle`);
    const mark = t.logMark();
    const text = repliesText(await chat.click(buttonData(lastCard(await chat.say('create a new user')), /^Continue/), {
      displayName: 'Jane Again',
      userPrincipalName: jane.upn,
      department: 'Nowhere',
    }));
    expect(text).toMatch(new RegExp(`A user ${jane.upn.replace(/[.]/g, '\\.')} already exists`));
    expect(t.writesSince(mark)).toEqual([]);
    expect((await t.graph('GET', `/v1.0/users/${jane.upn}?$select=displayName,department,jobTitle`)).body).toEqual(before.body);
    await chat.say('cancel');
  });

  it('mails the temporary password from the configured mailbox; it never reaches logs or audit', async () => {
    const upn = 'sam.mailer@contoso.com';
    const confirm = await formThenConfirm('create a new user', {
      displayName: 'Sam Mailer',
      userPrincipalName: upn,
      emailTo: 'manager.of.sam@fabrikam.com',
    });
    expect(cardText(confirm)).toMatch(/mailed to manager\.of\.sam@fabrikam\.com from helpdesk@contoso\.com/);
    const result = cardText(lastCard(await chat.click(buttonData(confirm, /^Confirm/))));
    expect(result).toMatch(/mailed to manager\.of\.sam@fabrikam\.com/);
    const password = passwordIn(result, upn);
    const mail = (await sentMail()).filter((m) => m.to.includes('manager.of.sam@fabrikam.com'));
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ from: 'helpdesk@contoso.com', subject: `Temporary password for ${upn}` });
    expect(mail[0].content).toContain(password);
    const request = t.steward.sandbox!.requestLog.find((r) => r.method === 'POST' && /\/users\/[^/]+\/sendMail$/.test(r.path));
    expect(request?.status).toBe(202);
    expect(JSON.stringify(t.steward.sandbox!.requestLog.all())).not.toContain(password);
    expect(t.logs.text()).not.toContain(password);
    const audit = await auditRows();
    expect(JSON.stringify(audit)).not.toContain(password);
    expect(audit.some((r) => JSON.stringify(r).includes('manager.of.sam@fabrikam.com'))).toBe(true);
  });

  it('the sandbox rejects a sendMail without recipients (400) and keeps nothing', async () => {
    const before = t.steward.sandbox!.sentMail.all().length;
    const res = await t.graph('POST', '/v1.0/users/helpdesk@contoso.com/sendMail', { message: { subject: 'x', body: { contentType: 'Text', content: 'y' } } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('ErrorInvalidRecipients');
    expect(t.steward.sandbox!.sentMail.all()).toHaveLength(before);
  });
});

describe('user.invite-guest', () => {
  it('invites an external address: a PendingAcceptance guest appears in the directory', async () => {
    const confirm = lastCard(await chat.say('invite anna@northwind.com as guest user'));
    expect(buttonData(confirm, /^Confirm/).steward).toMatchObject({ actionId: 'user.invite-guest' });
    expect(cardText(confirm)).toContain('anna@northwind.com');
    const result = cardText(lastCard(await chat.click(buttonData(confirm, /^Confirm/))));
    expect(result).toMatch(/Invited anna@northwind\.com as a guest \(PendingAcceptance\)/);
    const res = await t.graph('GET', `/v1.0/users/${encodeURIComponent('anna_northwind.com#EXT#@contoso.onmicrosoft.com')}?$select=userType,externalUserState,mail,creationType`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ userType: 'Guest', externalUserState: 'PendingAcceptance', mail: 'anna@northwind.com', creationType: 'Invitation' });
    const call = t.steward.sandbox!.requestLog.find((r) => r.method === 'POST' && r.path.endsWith('/invitations'));
    expect(call?.body).toMatchObject({ invitedUserEmailAddress: 'anna@northwind.com', inviteRedirectUrl: 'https://myapps.microsoft.com', sendInvitationMessage: true, invitedUserType: 'Guest' });
  });

  it('refuses to invite an existing member address with a clear message; nothing changes', async () => {
    const mark = t.logMark();
    const text = repliesText(await chat.click(buttonData(lastCard(await chat.say('invite a guest user')), /^Continue/), { email: jane.upn }));
    expect(text).toMatch(/members cannot be invited as guests/);
    expect(t.writesSince(mark)).toEqual([]);
    await chat.say('cancel');
  });

  it('the sandbox answers 400 when /invitations names an existing member', async () => {
    const res = await t.graph('POST', '/v1.0/invitations', { invitedUserEmailAddress: jane.upn, inviteRedirectUrl: 'https://myapps.microsoft.com' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('Request_BadRequest');
  });
});

describe('temporary password by mail on reset and clone', () => {
  it('user.manage-password mails the new password; the result shows it and logs / audit never do', async () => {
    const caller = { tenantId: t.steward.tenantId, operatorObjectId: admin.id, correlationId: 'password-mail-e2e', entry: 'card' as const };
    const prepared = await t.steward.engine.prepare(caller, {
      actionId: 'user.manage-password',
      targetIds: [diego.id],
      params: { emailTo: ['diego.manager@fabrikam.com'] },
    });
    const executed = await t.steward.engine.execute(caller, { planId: prepared.plan.id });
    expect(executed.outcome).toBe('succeeded');
    const password = executed.secrets[0].value;
    expect(t.steward.sandbox!.tenant.getUser(diego.id)?.password).toBe(password);
    const mail = (await sentMail()).filter((m) => m.to.includes('diego.manager@fabrikam.com'));
    expect(mail).toHaveLength(1);
    expect(mail[0].content).toContain(password);
    expect(t.logs.text()).not.toContain(password);
    expect(JSON.stringify(await auditRows())).not.toContain(password);
  });

  it('user.clone mails the temporary password of the copy', async () => {
    const upn = 'megan.mailed@contoso.com';
    const form = lastCard(await chat.say(`clone ${megan.upn}`));
    const confirm = lastCard(await chat.click(buttonData(form, /^Continue/), { userPrincipalName: upn, displayName: 'Megan Mailed', emailTo: 'megan.manager@fabrikam.com' }));
    expect(cardText(confirm)).toMatch(/mailed to megan\.manager@fabrikam\.com/);
    const result = cardText(lastCard(await chat.click(buttonData(confirm, /^Confirm/))));
    const password = passwordIn(result, upn);
    const mail = (await sentMail()).filter((m) => m.to.includes('megan.manager@fabrikam.com'));
    expect(mail).toHaveLength(1);
    expect(mail[0].content).toContain(password);
    expect(t.logs.text()).not.toContain(password);
    expect(JSON.stringify(await auditRows())).not.toContain(password);
  });

  it('a mail request with no sender mailbox configured is refused before anything changes', async () => {
    const saved = (t.steward.engine as any).deps.mailSender;
    (t.steward.engine as any).deps.mailSender = undefined;
    try {
      const caller = { tenantId: t.steward.tenantId, operatorObjectId: admin.id, correlationId: 'password-mail-none', entry: 'card' as const };
      const mark = t.logMark();
      await expect(
        t.steward.engine.prepare(caller, { actionId: 'user.manage-password', targetIds: [diego.id], params: { emailTo: ['x@fabrikam.com'] } }),
      ).rejects.toThrow(/not configured/);
      expect(t.writesSince(mark)).toEqual([]);
    } finally {
      (t.steward.engine as any).deps.mailSender = saved;
    }
  });
});
