import { DEMO_IDENTITIES, PARTNER_EXTERNAL_EMAIL } from '../../sandbox/seed/demo-identities.constants';
import { buttonData, cardText, lastCard, repliesText, type ChatClient, type TestSteward } from './steward.harness';
import { catalogWritesCheck, exoOrNull, useStewardPerFile } from './exchange-e2e.helpers';

/**
 * Mail contacts and mail users end to end over HTTP: chat line (and form) → confirm card → Confirm →
 * result, then Exchange's state read through the sandbox's Exchange admin API (t.exo) and, for mail
 * users, the Entra account through Graph. Every run's writes are checked against the action's catalog
 * entry; each action also gets one bad input that is explained and changes nothing.
 */
const { admin, partner, jane, grady } = DEMO_IDENTITIES;

let t: TestSteward;
let chat: ChatClient;
useStewardPerFile((started) => {
  t = started;
  chat = t.chat({ objectId: admin.id });
});

/** Every write since `mark` is one the action's catalog entry lists, and there is at least one. */
const expectCatalogWrites = catalogWritesCheck(() => t);

async function auditRows(filter: (row: any) => boolean): Promise<any[]> {
  const { resources } = await t.steward.cosmos.containers.audit.items
    .query({ query: 'SELECT * FROM c WHERE c.tenantId = @t', parameters: [{ name: '@t', value: t.steward.tenantId }] })
    .fetchAll();
  return resources.filter(filter);
}

async function confirmAndRun(confirm: any): Promise<string> {
  return repliesText(await chat.click(buttonData(confirm, /^Confirm/)));
}

describe('mail contacts', () => {
  it('mail-contact.create: the line gives the address, the form the rest; Exchange has the contact with its details', async () => {
    expect(await exoOrNull(t, 'Get-MailContact', 'sales@northwind.com')).toBeNull();
    const form = lastCard(await chat.say('create mail contact sales@northwind.com'));
    expect(cardText(form)).toMatch(/Name/);
    const confirm = lastCard(
      await chat.click(buttonData(form, /^Continue/), {
        name: 'Sales (Northwind)',
        externalEmailAddress: 'sales@northwind.com',
        additionalEmailAddresses: 'orders@northwind.com',
        company: 'Northwind Traders',
        title: 'Sales desk',
      }),
    );
    const text = cardText(confirm);
    expect(text).toMatch(/Create the mail contact "Sales \(Northwind\)" for sales@northwind\.com/);
    expect(text).toContain('(none)');
    expect(text).toContain('orders@northwind.com');
    const mark = t.logMark();
    expect(await confirmAndRun(confirm)).toMatch(/Created the mail contact Sales \(Northwind\) \(sales@northwind\.com\)/);
    expectCatalogWrites('mail-contact.create', mark);

    const contact = await exoOrNull(t, 'Get-MailContact', 'sales@northwind.com');
    expect(contact).toMatchObject({ Name: 'Sales (Northwind)', ExternalEmailAddress: 'SMTP:sales@northwind.com', RecipientTypeDetails: 'MailContact' });
    expect(contact.EmailAddresses).toEqual(['SMTP:sales@northwind.com', 'smtp:orders@northwind.com']);
    expect(await exoOrNull(t, 'Get-Contact', 'sales@northwind.com')).toMatchObject({ Company: 'Northwind Traders', Title: 'Sales desk' });
  });

  it('mail-contact.create: an address another recipient uses is refused and nothing is created', async () => {
    const before = (await t.exo('Get-MailContact')).length;
    const form = lastCard(await chat.say('create mail contact terry.adams@fabrikam.com'));
    const mark = t.logMark();
    const reply = repliesText(await chat.click(buttonData(form, /^Continue/), { name: 'Terry Twice', externalEmailAddress: 'terry.adams@fabrikam.com' }));
    expect(reply).toMatch(/terry\.adams@fabrikam\.com is already used by Terry Adams \(Fabrikam\) \(MailContact\)/);
    expect(reply).toMatch(/Pick another address/);
    expect(t.writesSince(mark)).toEqual([]);
    expect(await t.exo('Get-MailContact')).toHaveLength(before);
  });

  it('mail-contact.edit: shows before → after, changes Exchange, and Undo puts it back', async () => {
    const form = lastCard(await chat.say('edit mail contact rob.young@litware.com'));
    const confirm = lastCard(
      await chat.click(buttonData(form, /^Continue/), { externalEmailAddress: 'robert.young@litware.com', addEmailAddresses: 'rob@litware.com', title: 'Buyer' }),
    );
    const text = cardText(confirm);
    expect(text).toMatch(/External address/);
    expect(text).toContain('rob.young@litware.com');
    expect(text).toContain('robert.young@litware.com');
    expect(text).toMatch(/Title/);
    const mark = t.logMark();
    const result = lastCard(await chat.click(buttonData(confirm, /^Confirm/)));
    expect(cardText(result)).toMatch(/Updated the mail contact Rob Young \(Litware\)/);
    expectCatalogWrites('mail-contact.edit', mark);
    const edited = await exoOrNull(t, 'Get-MailContact', 'robert.young@litware.com');
    expect(edited.ExternalEmailAddress).toBe('SMTP:robert.young@litware.com');
    expect(edited.EmailAddresses).toEqual(['SMTP:robert.young@litware.com', 'smtp:rob@litware.com']);
    expect(await exoOrNull(t, 'Get-Contact', 'robert.young@litware.com')).toMatchObject({ Title: 'Buyer', Company: 'Litware' });

    const undo = lastCard(await chat.click(buttonData(result, /^Undo$/)));
    expect(cardText(undo)).toMatch(/Undo:/);
    expect(await confirmAndRun(undo)).toMatch(/Updated the mail contact/);
    const restored = await exoOrNull(t, 'Get-MailContact', 'rob.young@litware.com');
    expect(restored.ExternalEmailAddress).toBe('SMTP:rob.young@litware.com');
    expect(restored.EmailAddresses).toEqual(['SMTP:rob.young@litware.com']);
    expect((await exoOrNull(t, 'Get-Contact', 'rob.young@litware.com')).Title).toBe('');
  });

  it('mail-contact.edit: removing an address the contact does not have is explained; nothing changes', async () => {
    const before = await exoOrNull(t, 'Get-MailContact', 'sanjay@northwindtraders.com');
    const form = lastCard(await chat.say('edit mail contact sanjay@northwindtraders.com'));
    const mark = t.logMark();
    const reply = repliesText(await chat.click(buttonData(form, /^Continue/), { removeEmailAddresses: 'nobody@northwindtraders.com' }));
    expect(reply).toMatch(/nobody@northwindtraders\.com is not one of the contact's addresses/);
    expect(t.writesSince(mark)).toEqual([]);
    expect(await exoOrNull(t, 'Get-MailContact', 'sanjay@northwindtraders.com')).toEqual(before);
  });

  it('mail-contact.edit: "hide … from the GAL" hides the contact (No → Yes), again is a no-op, unhide shows it', async () => {
    const contact = 'terry.adams@fabrikam.com';
    expect((await exoOrNull(t, 'Get-MailContact', contact)).HiddenFromAddressListsEnabled).toBe(false);
    const confirm = lastCard(await chat.say(`hide the contact ${contact} from the GAL`));
    expect(cardText(confirm)).toMatch(/Hidden from address lists\W+No\W+Yes/);
    const mark = t.logMark();
    expect(await confirmAndRun(confirm)).toMatch(/Updated the mail contact Terry Adams \(Fabrikam\)/);
    expect(expectCatalogWrites('mail-contact.edit', mark)).toEqual(['EXO Set-MailContact']);
    expect((await exoOrNull(t, 'Get-MailContact', contact)).HiddenFromAddressListsEnabled).toBe(true);

    const noop = t.logMark();
    expect(repliesText(await chat.say(`the contact ${contact} should not show up in the address book`))).toMatch(/Nothing to change/);
    await chat.say('cancel');
    expect(t.writesSince(noop)).toEqual([]);

    const unhide = lastCard(await chat.say(`unhide the mail contact ${contact} in the GAL`));
    expect(cardText(unhide)).toMatch(/Hidden from address lists\W+Yes\W+No/);
    await confirmAndRun(unhide);
    expect((await exoOrNull(t, 'Get-MailContact', contact)).HiddenFromAddressListsEnabled).toBe(false);
  });

  it('mail-contact.remove: deletes the contact (no recycle bin, said on the card)', async () => {
    const confirm = lastCard(await chat.say('remove mail contact support@wingtiptoys.com'));
    expect(cardText(confirm)).toMatch(/Deleted permanently/);
    expect(cardText(confirm)).toMatch(/no recycle bin/);
    const mark = t.logMark();
    expect(await confirmAndRun(confirm)).toMatch(/Deleted the mail contact Wingtip Support/);
    expectCatalogWrites('mail-contact.remove', mark);
    expect(await exoOrNull(t, 'Get-MailContact', 'support@wingtiptoys.com')).toBeNull();
  });

  it('mail-contact.remove: an unknown contact is explained and nothing is deleted', async () => {
    const before = (await t.exo('Get-MailContact')).length;
    const mark = t.logMark();
    const reply = repliesText(await chat.say('remove mail contact ghost@nowhere-else.com'));
    expect(reply).toMatch(/No mail contact matches "ghost@nowhere-else\.com"/);
    expect(t.writesSince(mark)).toEqual([]);
    expect(await t.exo('Get-MailContact')).toHaveLength(before);
  });
});

describe('mail users', () => {
  const password = 'Mu!tiPass-2026';

  it('mail-user.create: creates the mail user and its Entra account; the password is never shown or logged', async () => {
    const form = lastCard(await chat.say('create mail user kim.consult@fabrikam.com'));
    const confirm = lastCard(
      await chat.click(buttonData(form, /^Continue/), {
        name: 'Kim Consult',
        microsoftOnlineServicesId: 'kim.consult@contoso.com',
        password,
        externalEmailAddress: 'kim.consult@fabrikam.com',
        firstName: 'Kim',
        lastName: 'Consult',
        additionalEmailAddresses: 'kim@contoso.com',
      }),
    );
    const text = cardText(confirm);
    expect(text).toMatch(/Create the mail user Kim Consult \(kim\.consult@contoso\.com\), mail delivered to kim\.consult@fabrikam\.com/);
    expect(text).toMatch(/Enabled, no licence/);
    expect(text).not.toContain(password);
    const mark = t.logMark();
    const result = await confirmAndRun(confirm);
    expect(result).toMatch(/Created the mail user Kim Consult/);
    expect(result).not.toContain(password);
    expectCatalogWrites('mail-user.create', mark);

    const mailUser = await exoOrNull(t, 'Get-MailUser', 'kim.consult@contoso.com');
    expect(mailUser).toMatchObject({ ExternalEmailAddress: 'SMTP:kim.consult@fabrikam.com', MicrosoftOnlineServicesID: 'kim.consult@contoso.com', RecipientTypeDetails: 'MailUser' });
    expect(mailUser.EmailAddresses).toEqual(['SMTP:kim.consult@contoso.com', 'smtp:kim@contoso.com']);
    const user = await t.graph('GET', '/v1.0/users/kim.consult@contoso.com?$select=id,accountEnabled,assignedLicenses,givenName');
    expect(user.status).toBe(200);
    expect(user.body).toMatchObject({ id: mailUser.ExternalDirectoryObjectId, accountEnabled: true, assignedLicenses: [], givenName: 'Kim' });
    expect(t.logs.text()).not.toContain(password);
    expect(JSON.stringify(t.cmdletsSince(mark))).not.toContain(password);
    const audit = await auditRows((r) => r.actionId === 'mail-user.create');
    expect(audit.length).toBeGreaterThan(0);
    expect(JSON.stringify(audit)).not.toContain(password);
  });

  it('mail-user.create: a weak password comes back on the form and nothing is created', async () => {
    const form = lastCard(await chat.say('create mail user lee.temp@fabrikam.com'));
    const mark = t.logMark();
    const again = cardText(
      lastCard(await chat.click(buttonData(form, /^Continue/), { name: 'Lee Temp', microsoftOnlineServicesId: 'lee.temp@contoso.com', password: 'short', externalEmailAddress: 'lee.temp@fabrikam.com' })),
    );
    expect(again).toMatch(/The password must be 8 to 256 characters long/);
    expect(again).not.toContain('short');
    expect(t.writesSince(mark)).toEqual([]);
    expect(await exoOrNull(t, 'Get-MailUser', 'lee.temp@contoso.com')).toBeNull();
    await chat.say('cancel');
  });

  it('mail-user.edit: changes the external address and first name (before → after); Undo restores both', async () => {
    const form = lastCard(await chat.say(`edit the mail user ${partner.upn}`));
    const confirm = lastCard(await chat.click(buttonData(form, /^Continue/), { externalEmailAddress: 'liaison@northwindtraders.com', firstName: 'Pat' }));
    const text = cardText(confirm);
    expect(text).toContain(PARTNER_EXTERNAL_EMAIL);
    expect(text).toContain('liaison@northwindtraders.com');
    expect(text).toMatch(/First name/);
    const firstBefore = (await exoOrNull(t, 'Get-User', partner.upn)).FirstName;
    const mark = t.logMark();
    const result = lastCard(await chat.click(buttonData(confirm, /^Confirm/)));
    expect(cardText(result)).toMatch(/Updated the mail user Partner Liaison/);
    expectCatalogWrites('mail-user.edit', mark);
    expect((await exoOrNull(t, 'Get-MailUser', partner.upn)).ExternalEmailAddress).toBe('SMTP:liaison@northwindtraders.com');
    expect((await exoOrNull(t, 'Get-User', partner.upn)).FirstName).toBe('Pat');

    const undo = lastCard(await chat.click(buttonData(result, /^Undo$/)));
    await confirmAndRun(undo);
    expect((await exoOrNull(t, 'Get-MailUser', partner.upn)).ExternalEmailAddress).toBe(`SMTP:${PARTNER_EXTERNAL_EMAIL}`);
    expect((await exoOrNull(t, 'Get-User', partner.upn)).FirstName).toBe(firstBefore);
  });

  it('mail-user.edit: "hidden from the address book" hides the mail user (No → Yes); Undo shows it again', async () => {
    expect((await exoOrNull(t, 'Get-MailUser', partner.upn)).HiddenFromAddressListsEnabled).toBe(false);
    const confirm = lastCard(await chat.say(`the mail user ${partner.upn} should be hidden from the address book`));
    expect(cardText(confirm)).toMatch(/Hidden from address lists\W+No\W+Yes/);
    const mark = t.logMark();
    const result = lastCard(await chat.click(buttonData(confirm, /^Confirm/)));
    expect(cardText(result)).toMatch(/Updated the mail user Partner Liaison/);
    expect(expectCatalogWrites('mail-user.edit', mark)).toEqual(['EXO Set-MailUser']);
    expect((await exoOrNull(t, 'Get-MailUser', partner.upn)).HiddenFromAddressListsEnabled).toBe(true);

    const undo = lastCard(await chat.click(buttonData(result, /^Undo$/)));
    expect(cardText(undo)).toMatch(/Hidden from address lists\W+Yes\W+No/);
    await confirmAndRun(undo);
    expect((await exoOrNull(t, 'Get-MailUser', partner.upn)).HiddenFromAddressListsEnabled).toBe(false);
  });

  it("mail-user.edit: a sign-in name someone else has is refused; nothing changes", async () => {
    const before = await exoOrNull(t, 'Get-MailUser', partner.upn);
    const form = lastCard(await chat.say(`edit the mail user ${partner.upn}`));
    const mark = t.logMark();
    const reply = repliesText(await chat.click(buttonData(form, /^Continue/), { microsoftOnlineServicesId: jane.upn }));
    expect(reply).toMatch(new RegExp(`${jane.upn.replace('.', '\\.')} is already the sign-in name of Jane Doe`));
    expect(t.writesSince(mark)).toEqual([]);
    expect(await exoOrNull(t, 'Get-MailUser', partner.upn)).toEqual(before);
  });

  it('mail-user.remove: deletes the mail user; its Entra account goes to the recycle bin', async () => {
    const mailUser = await exoOrNull(t, 'Get-MailUser', 'kim.consult@contoso.com');
    const confirm = lastCard(await chat.say('delete mail user kim.consult@contoso.com'));
    expect(cardText(confirm)).toMatch(/In the recycle bin \(30 days\)/);
    const mark = t.logMark();
    expect(await confirmAndRun(confirm)).toMatch(/Deleted the mail user Kim Consult/);
    expectCatalogWrites('mail-user.remove', mark);
    expect(await exoOrNull(t, 'Get-MailUser', 'kim.consult@contoso.com')).toBeNull();
    expect((await t.graph('GET', '/v1.0/users/kim.consult@contoso.com')).status).toBe(404);
    const deleted = await t.graph('GET', `/v1.0/directory/deletedItems/${mailUser.ExternalDirectoryObjectId}`);
    expect(deleted.status).toBe(200);
  });

  it('mail-user.remove: a mailbox user is not a mail user; nothing is deleted', async () => {
    const mark = t.logMark();
    const reply = repliesText(await chat.say(`delete mail user ${grady.upn}`));
    expect(reply).toMatch(new RegExp(`No mail user matches "${grady.upn.replace('.', '\\.')}"`));
    expect(t.writesSince(mark)).toEqual([]);
    expect((await t.graph('GET', `/v1.0/users/${grady.upn}?$select=id`)).status).toBe(200);
  });
});

describe('scope: mail contacts belong to nobody', () => {
  it('an operator limited to a virtual tenant may not touch mail contacts; the contact stays', async () => {
    const { nestor } = DEMO_IDENTITIES;
    expect(cardText(lastCard(await chat.say('create virtual tenant SalesOnly where department in (Sales)')))).toMatch(/Virtual tenant "SalesOnly" created/);
    expect(cardText(lastCard(await chat.say(`add operator ${nestor.upn} as Management in virtual tenant SalesOnly`)))).toMatch(/SalesOnly/);
    const scoped = t.chat({ objectId: nestor.id });
    const mark = t.logMark();
    const reply = repliesText(await scoped.say('remove mail contact accounts@tailspintoys.com'));
    expect(reply).toMatch(/Outside your scope/);
    expect(reply).toMatch(/only operators with the whole tenant in scope manage them/);
    expect(t.writesSince(mark)).toEqual([]);
    expect(await exoOrNull(t, 'Get-MailContact', 'accounts@tailspintoys.com')).not.toBeNull();
  });
});
