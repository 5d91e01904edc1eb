import { ALL_ACTIONS } from '../../actions/catalog';
import { recognizerFor } from '../../app/intents';
import { COMMANDS } from '../../dialogs/commands';
import { DEMO_IDENTITIES } from '../../sandbox/seed/demo-identities.constants';
import { buttonData, cardText, lastCard, repliesText, type ChatClient, type TestSteward } from './steward.harness';
import { catalogWritesCheck, exoOrNull, useStewardPerFile } from './exchange-e2e.helpers';

/**
 * Distribution groups and mail-enabled security groups end to end over HTTP: chat line (and form) →
 * confirm card with before → after → Confirm → result (→ Undo), then the state read back through the
 * sandbox's Exchange admin API (t.exo) and, where the directory group shows it, Graph. Every run's
 * writes are checked against the action's catalog entry; each action also gets a bad input that is
 * explained and changes nothing. The sandbox's own Exchange semantics (duplicate and missing members,
 * the group manager check) are checked through t.exo.
 */
const { admin, megan, adele, isaiah, jane, lynne, diego, joni } = DEMO_IDENTITIES;
/** The bot's recognizer, built once before the servers start (building it inside a test stalls their sockets). */
const recognizer = recognizerFor(ALL_ACTIONS, COMMANDS);

let t: TestSteward;
let chat: ChatClient;
useStewardPerFile((started) => {
  t = started;
  chat = t.chat({ objectId: admin.id });
});

/** Every write since `mark` is one the action's catalog entry lists, and there is at least one. */
const expectCatalogWrites = catalogWritesCheck(() => t);

async function memberAddresses(group: string): Promise<string[]> {
  return (await t.exo('Get-DistributionGroupMember', { Identity: group })).map((m) => String(m.PrimarySmtpAddress).toLowerCase());
}

async function graphMemberIds(groupId: string): Promise<string[]> {
  const res = await t.graph('GET', `/v1.0/groups/${groupId}/members?$select=id&$top=999`);
  expect(res.status).toBe(200);
  return (res.body.value as { id: string }[]).map((m) => m.id);
}

async function sendAsOf(group: string): Promise<string[]> {
  return (await t.exo('Get-RecipientPermission', { Identity: group })).map((p) => String(p.Trustee).toLowerCase()).sort();
}

async function sendOnBehalfOf(group: string): Promise<string[]> {
  const [g] = await t.exo('Get-DistributionGroup', { Identity: group });
  return (g.GrantSendOnBehalfTo as string[]).map((x) => x.toLowerCase()).sort();
}

async function confirmAndRun(confirm: any): Promise<any> {
  return lastCard(await chat.click(buttonData(confirm, /^Confirm/)));
}

/** Undo button → confirm card → Confirm; answers the undo's confirm text and result card. */
async function undo(result: any): Promise<{ confirm: string; result: any }> {
  const confirm = lastCard(await chat.click(buttonData(result, /^Undo$/)));
  const done = lastCard(await chat.click(buttonData(confirm, /^Confirm/)));
  return { confirm: cardText(confirm), result: done };
}

describe('sandbox Exchange: distribution group cmdlets', () => {
  it('refuses a duplicate member, a missing member, and a non-manager change of a mail-enabled security group', async () => {
    await expect(t.exo('Add-DistributionGroupMember', { Identity: 'nw-sales@contoso.com', Member: isaiah.upn })).rejects.toThrow(/MemberAlreadyExistsException\|The recipient .{0,4}isaiah@contoso\.com.{0,4} is already a member of the group/);
    await expect(t.exo('Remove-DistributionGroupMember', { Identity: 'nw-sales@contoso.com', Member: megan.upn })).rejects.toThrow(/MemberNotFoundException\|The recipient .{0,4}megan@contoso\.com.{0,4} isn't a member of the group/);
    await expect(t.exo('Add-DistributionGroupMember', { Identity: 'financeapprovers@contoso.com', Member: megan.upn })).rejects.toThrow(
      /can only be performed by a manager of the group/,
    );
    expect(await memberAddresses('financeapprovers@contoso.com')).not.toContain(megan.upn);
    // Users without a mail recipient cannot be members; Graph keeps refusing writes to mail-enabled groups.
    const [group] = await t.exo('Get-DistributionGroup', { Identity: 'nw-sales@contoso.com' });
    const graphAdd = await t.graph('POST', `/v1.0/groups/${group.ExternalDirectoryObjectId}/members/$ref`, {
      '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${megan.id}`,
    });
    expect(graphAdd.status).toBe(400);
  });

  it('a contact can be a member (kept by Exchange, not shown by Graph)', async () => {
    await t.exo('Add-DistributionGroupMember', { Identity: 'announcements@contoso.com', Member: 'terry.adams@fabrikam.com', BypassSecurityGroupManagerCheck: true });
    expect(await memberAddresses('announcements@contoso.com')).toContain('terry.adams@fabrikam.com');
    await t.exo('Remove-DistributionGroupMember', { Identity: 'announcements@contoso.com', Member: 'terry.adams@fabrikam.com' });
    expect(await memberAddresses('announcements@contoso.com')).not.toContain('terry.adams@fabrikam.com');
  });
});

describe('distribution-group.add-members', () => {
  it('adds megan to nw-sales through Exchange (Graph sees her), shows the member list change and undoes it', async () => {
    expect(await memberAddresses('nw-sales@contoso.com')).not.toContain(megan.upn);
    const confirm = lastCard(await chat.say(`add ${megan.upn} to distribution group nw-sales@contoso.com`));
    expect(buttonData(confirm, /^Confirm/).steward).toMatchObject({ actionId: 'distribution-group.add-members' });
    expect(cardText(confirm)).toMatch(/Members/);
    expect(cardText(confirm)).toMatch(/\+ Megan Bowen|Megan Bowen/);
    const mark = t.logMark();
    const result = await confirmAndRun(confirm);
    expect(cardText(result)).toMatch(/Added Megan Bowen to Northwest Sales/);
    expect(expectCatalogWrites('distribution-group.add-members', mark)).toEqual(['EXO Add-DistributionGroupMember']);
    expect(t.cmdletsSince(mark).find((c) => c.cmdlet === 'Add-DistributionGroupMember')?.parameters).toMatchObject({ Member: megan.upn, BypassSecurityGroupManagerCheck: true });
    expect(await memberAddresses('nw-sales@contoso.com')).toContain(megan.upn);
    const [group] = await t.exo('Get-DistributionGroup', { Identity: 'nw-sales@contoso.com' });
    expect(await graphMemberIds(group.ExternalDirectoryObjectId)).toContain(megan.id);

    const undone = await undo(result);
    expect(undone.confirm).toMatch(/Remove megan@contoso\.com from Northwest Sales/);
    expect(await memberAddresses('nw-sales@contoso.com')).not.toContain(megan.upn);
  });

  it('refuses a user that does not exist and changes nothing', async () => {
    const before = await memberAddresses('nw-sales@contoso.com');
    const mark = t.logMark();
    const text = repliesText(await chat.say('add nobody.here@contoso.com to distribution group nw-sales@contoso.com'));
    expect(text).toMatch(/nobody\.here@contoso\.com/);
    expect(t.writesSince(mark)).toEqual([]);
    expect(await memberAddresses('nw-sales@contoso.com')).toEqual(before);
  });
});

describe('a group named only by its address', () => {
  it('goes on as the distribution-group action when the words fit a Microsoft 365 group better, and says so', async () => {
    const line = `add member ${megan.upn} to the Microsoft 365 group nw-sales@contoso.com`;
    // the operator believes nw-sales@… is a Microsoft 365 group: only the tenant knows it is a distribution list
    expect(recognizer.recognize(line).actionId).toBe('m365-group.add-members');
    expect(await memberAddresses('nw-sales@contoso.com')).not.toContain(megan.upn);

    const replies = await chat.say(line);
    expect(repliesText(replies)).toMatch(/Northwest Sales is a mail-enabled group \(managed in Exchange\), not a Microsoft 365 group\. Going on with "Add members to distribution groups"/);
    const confirm = lastCard(replies);
    expect(buttonData(confirm, /^Confirm/).steward).toMatchObject({ actionId: 'distribution-group.add-members' });
    await confirmAndRun(confirm);
    expect(await memberAddresses('nw-sales@contoso.com')).toContain(megan.upn);
    await t.exo('Remove-DistributionGroupMember', { Identity: 'nw-sales@contoso.com', Member: megan.upn });
  });

  it('says why when the group is of another kind and no action for that kind does the same job, and changes nothing', async () => {
    const mark = t.logMark();
    // managing owners and members in one go exists for Microsoft 365 groups only
    const text = repliesText(await chat.say(`make ${megan.upn} an owner of the Microsoft 365 group nw-sales@contoso.com`));
    expect(text).toMatch(/Northwest Sales is a mail-enabled group \(managed in Exchange\), not a Microsoft 365 group\. Nothing was changed\./);
    expect(t.writesSince(mark)).toEqual([]);
  });
});

describe('distribution-group.remove-members', () => {
  it('removes isaiah from nw-sales, shows before → after and Undo puts him back', async () => {
    expect(await memberAddresses('nw-sales@contoso.com')).toContain(isaiah.upn);
    const confirm = lastCard(await chat.say(`remove ${isaiah.upn} from the distribution group nw-sales@contoso.com`));
    expect(buttonData(confirm, /^Confirm/).steward).toMatchObject({ actionId: 'distribution-group.remove-members' });
    expect(cardText(confirm)).toMatch(/Isaiah Langer/);
    const mark = t.logMark();
    const result = await confirmAndRun(confirm);
    expect(cardText(result)).toMatch(/Removed Isaiah Langer from Northwest Sales/);
    expect(expectCatalogWrites('distribution-group.remove-members', mark)).toEqual(['EXO Remove-DistributionGroupMember']);
    expect(await memberAddresses('nw-sales@contoso.com')).not.toContain(isaiah.upn);

    await undo(result);
    expect(await memberAddresses('nw-sales@contoso.com')).toContain(isaiah.upn);
  });

  it('says so when nobody named is a member, and changes nothing', async () => {
    const mark = t.logMark();
    const text = repliesText(await chat.say(`remove ${megan.upn} from the distribution group nw-sales@contoso.com`));
    expect(text).toMatch(/not a member|none of them is a member/i);
    expect(t.writesSince(mark)).toEqual([]);
  });
});

describe('distribution-group.create', () => {
  it('creates a mail-enabled security group with owner, member and hidden from address lists; Graph sees the group', async () => {
    const form = lastCard(await chat.say('create a mail-enabled security group called "Lab Access"'));
    const confirm = lastCard(
      await chat.click(buttonData(form, /^(Continue|Next|Submit|OK)/i), {
        name: 'Lab Access',
        alias: 'labaccess',
        type: 'Security',
        managedBy: megan.upn,
        members: `${adele.upn},${lynne.upn}`,
        hiddenFromAddressListsEnabled: true,
      }),
    );
    expect(buttonData(confirm, /^Confirm/).steward).toMatchObject({ actionId: 'distribution-group.create' });
    const text = cardText(confirm);
    expect(text).toMatch(/Mail-enabled security group/);
    expect(text).toMatch(/Adele Vance, Lynne Robbins/);
    const mark = t.logMark();
    expect(cardText(await confirmAndRun(confirm))).toMatch(/Created Lab Access \(labaccess@contoso\.com\)/);
    expect(expectCatalogWrites('distribution-group.create', mark)).toEqual(['EXO New-DistributionGroup', 'EXO Set-DistributionGroup']);

    const group = await exoOrNull(t, 'Get-DistributionGroup', 'labaccess@contoso.com');
    expect(group).toMatchObject({
      DisplayName: 'Lab Access',
      RecipientTypeDetails: 'MailUniversalSecurityGroup',
      HiddenFromAddressListsEnabled: true,
      MemberJoinRestriction: 'Closed',
      RequireSenderAuthenticationEnabled: true,
      ManagedBy: [megan.upn],
    });
    expect((await memberAddresses('labaccess@contoso.com')).sort()).toEqual([adele.upn, lynne.upn].sort());
    const graph = await t.graph('GET', `/v1.0/groups/${group.ExternalDirectoryObjectId}?$select=mail,mailEnabled,securityEnabled,groupTypes`);
    expect(graph.body).toMatchObject({ mail: 'labaccess@contoso.com', mailEnabled: true, securityEnabled: true, groupTypes: [] });
    const owners = await t.graph('GET', `/v1.0/groups/${group.ExternalDirectoryObjectId}/owners?$select=id`);
    expect(owners.body.value.map((o: { id: string }) => o.id)).toEqual([megan.id]);
  });

  it('refuses a name another group already uses and creates nothing', async () => {
    const before = (await t.exo('Get-DistributionGroup')).length;
    const mark = t.logMark();
    const replies = await chat.say('create a distribution group called "Northwest Sales"');
    expect(repliesText(replies)).toMatch(/"Northwest Sales" is already used by Northwest Sales/);
    expect(t.writesSince(mark)).toEqual([]);
    expect((await t.exo('Get-DistributionGroup')).length).toBe(before);
  });
});

describe('distribution-group.edit', () => {
  it('renames announcements, sets a mail tip, hides it and changes its owner (Graph owners follow)', async () => {
    const form = lastCard(await chat.say('edit the distribution group announcements@contoso.com'));
    const confirm = lastCard(
      await chat.click(buttonData(form, /^(Continue|Next|Submit|OK)/i), {
        displayName: 'Contoso News',
        mailTip: 'Goes to the first 40 staff',
        hiddenFromAddressListsEnabled: 'Yes',
        managedBy: megan.upn,
        addEmailAddresses: 'news@contoso.com',
      }),
    );
    expect(buttonData(confirm, /^Confirm/).steward).toMatchObject({ actionId: 'distribution-group.edit' });
    const text = cardText(confirm);
    expect(text).toContain('Contoso Announcements');
    expect(text).toContain('Contoso News');
    expect(text).toContain(admin.upn);
    const mark = t.logMark();
    expect(cardText(await confirmAndRun(confirm))).toMatch(/Updated Contoso Announcements/);
    expect(expectCatalogWrites('distribution-group.edit', mark)).toEqual(['EXO Set-DistributionGroup']);

    const group = await exoOrNull(t, 'Get-DistributionGroup', 'announcements@contoso.com');
    expect(group).toMatchObject({ DisplayName: 'Contoso News', MailTip: 'Goes to the first 40 staff', HiddenFromAddressListsEnabled: true, ManagedBy: [megan.upn] });
    expect(group.EmailAddresses).toEqual(['SMTP:announcements@contoso.com', 'smtp:news@contoso.com']);
    const owners = await t.graph('GET', `/v1.0/groups/${group.ExternalDirectoryObjectId}/owners?$select=id`);
    expect(owners.body.value.map((o: { id: string }) => o.id)).toEqual([megan.id]);
    const graph = await t.graph('GET', `/v1.0/groups/${group.ExternalDirectoryObjectId}?$select=displayName`);
    expect(graph.body.displayName).toBe('Contoso News');
  });

  it('refuses an address another recipient uses and changes nothing', async () => {
    const before = await exoOrNull(t, 'Get-DistributionGroup', 'nw-sales@contoso.com');
    const form = lastCard(await chat.say('edit the distribution group nw-sales@contoso.com'));
    const mark = t.logMark();
    const text = repliesText(await chat.click(buttonData(form, /^(Continue|Next|Submit|OK)/i), { addEmailAddresses: jane.upn }));
    expect(text).toMatch(/jane@contoso\.com is already used by Jane Doe/);
    expect(t.writesSince(mark)).toEqual([]);
    expect(await exoOrNull(t, 'Get-DistributionGroup', 'nw-sales@contoso.com')).toEqual(before);
  });
});

describe('distribution-group.grant-send-permissions', () => {
  it('grants Send As on nw-sales to megan from the chat line, and Undo takes it back', async () => {
    expect(await sendAsOf('nw-sales@contoso.com')).not.toContain(megan.upn);
    const confirm = lastCard(await chat.say(`grant send-as on the nw-sales@contoso.com distribution group to ${megan.upn}`));
    expect(buttonData(confirm, /^Confirm/).steward).toMatchObject({ actionId: 'distribution-group.grant-send-permissions' });
    expect(cardText(confirm)).toMatch(/Send As/);
    expect(cardText(confirm)).toContain(megan.upn);
    const mark = t.logMark();
    const result = await confirmAndRun(confirm);
    expect(cardText(result)).toMatch(/Send rights granted on Northwest Sales/);
    expect(expectCatalogWrites('distribution-group.grant-send-permissions', mark)).toEqual(['EXO Add-RecipientPermission']);
    expect(await sendAsOf('nw-sales@contoso.com')).toEqual([megan.upn]);

    const undone = await undo(result);
    expect(undone.confirm).toMatch(/Remove Send As of megan@contoso\.com on Northwest Sales/);
    expect(await sendAsOf('nw-sales@contoso.com')).toEqual([]);
  });

  it('grants Send on behalf on two groups at once (form), each shown before → after', async () => {
    const form = lastCard(await chat.say('allow someone to send on behalf of the DL nw-sales@contoso.com and announcements@contoso.com'));
    const confirm = lastCard(await chat.click(buttonData(form, /^(Continue|Next|Submit|OK)/i), { sendOnBehalf: `${diego.upn},${joni.upn}` }));
    expect(buttonData(confirm, /^Confirm/).steward).toMatchObject({ actionId: 'distribution-group.grant-send-permissions' });
    expect(cardText(confirm)).toMatch(/Send on behalf/);
    const text = cardText(confirm);
    expect(text).toMatch(/Will change 2 targets/);
    expect(text.match(/Send on behalf: \n\(none\)\n → \ndiego@contoso\.com, joni@contoso\.com/g)).toHaveLength(2);
    const mark = t.logMark();
    await confirmAndRun(confirm);
    expect(expectCatalogWrites('distribution-group.grant-send-permissions', mark)).toEqual(['EXO Set-DistributionGroup', 'EXO Set-DistributionGroup']);
    expect(await sendOnBehalfOf('nw-sales@contoso.com')).toEqual([diego.upn, joni.upn].sort());
    expect(await sendOnBehalfOf('announcements@contoso.com')).toEqual([diego.upn, joni.upn].sort());
  });

  it('a Send As request read as a mailbox permission goes on as the list permission when the address is a list', async () => {
    const line = `${megan.upn} needs send as on nw-sales@contoso.com`;
    // the words alone read as the mailbox permission: nothing says nw-sales@… is a list
    expect(recognizer.recognize(line).actionId).toBe('mailbox.manage-send-as');
    const mark = t.logMark();
    const replies = await chat.say(line);
    expect(repliesText(replies)).toMatch(/No mailbox matches "nw-sales@contoso\.com", but a distribution group does\. Going on with "Grant send permissions to a distribution group"\./);
    const form = lastCard(replies);
    const confirm = lastCard(await chat.click(buttonData(form, /^(Continue|Next|Submit|OK)/i), { sendAs: megan.upn }));
    expect(buttonData(confirm, /^Confirm/).steward).toMatchObject({ actionId: 'distribution-group.grant-send-permissions' });
    expect(t.writesSince(mark)).toEqual([]);
  });

  it('refuses a trustee that does not exist and changes nothing', async () => {
    const mark = t.logMark();
    const text = repliesText(await chat.say('grant send-as on the nw-sales@contoso.com distribution group to nobody.here@contoso.com'));
    expect(text).toMatch(/nobody\.here@contoso\.com/);
    expect(t.writesSince(mark)).toEqual([]);
    expect(await sendAsOf('nw-sales@contoso.com')).toEqual([]);
  });
});

describe('distribution-group.remove-delegation', () => {
  it('removes exactly the rights named, shows who holds which right before → after, and Undo restores them', async () => {
    await t.exo('Add-RecipientPermission', { Identity: 'nw-sales@contoso.com', Trustee: adele.upn, AccessRights: 'SendAs' });
    // diego and joni hold Send on behalf from the previous test; adele holds Send As only.
    const form = lastCard(await chat.say('remove the delegation on distribution group nw-sales@contoso.com'));
    const confirm = lastCard(await chat.click(buttonData(form, /^(Continue|Next|Submit|OK)/i), { sendAs: adele.upn, sendOnBehalf: diego.upn }));
    expect(buttonData(confirm, /^Confirm/).steward).toMatchObject({ actionId: 'distribution-group.remove-delegation' });
    const text = cardText(confirm);
    expect(text).toMatch(/Send As/);
    expect(text).toMatch(/Send on behalf/);
    expect(text).toContain(`${diego.upn}, ${joni.upn}`);
    const mark = t.logMark();
    const result = await confirmAndRun(confirm);
    expect(cardText(result)).toMatch(/Send rights removed on Northwest Sales/);
    expect(expectCatalogWrites('distribution-group.remove-delegation', mark).sort()).toEqual(['EXO Remove-RecipientPermission', 'EXO Set-DistributionGroup']);
    expect(await sendAsOf('nw-sales@contoso.com')).toEqual([]);
    expect(await sendOnBehalfOf('nw-sales@contoso.com')).toEqual([joni.upn]);

    await undo(result);
    expect(await sendAsOf('nw-sales@contoso.com')).toEqual([adele.upn]);
    expect(await sendOnBehalfOf('nw-sales@contoso.com')).toEqual([diego.upn, joni.upn].sort());
  });

  it('asks for at least one user and changes nothing when none is given', async () => {
    const form = lastCard(await chat.say('remove the delegation on distribution group nw-sales@contoso.com'));
    const mark = t.logMark();
    const text = repliesText(await chat.click(buttonData(form, /^(Continue|Next|Submit|OK)/i), {}));
    expect(text).toMatch(/Name at least one user/);
    expect(t.writesSince(mark)).toEqual([]);
  });
});

describe('distribution-group.remove', () => {
  it('deletes the mail-enabled security group Finance Approvers for good, warning with its member count', async () => {
    const members = await memberAddresses('financeapprovers@contoso.com');
    expect(members.length).toBeGreaterThan(0);
    const group = await exoOrNull(t, 'Get-DistributionGroup', 'financeapprovers@contoso.com');
    const confirm = lastCard(await chat.say('delete the distribution list financeapprovers@contoso.com'));
    expect(buttonData(confirm, /^Confirm/).steward).toMatchObject({ actionId: 'distribution-group.remove' });
    expect(cardText(confirm)).toContain(`Finance Approvers has ${members.length} members`);
    expect(cardText(confirm)).toMatch(/cannot be restored/);
    const mark = t.logMark();
    expect(cardText(await confirmAndRun(confirm))).toMatch(/Deleted Finance Approvers \(financeapprovers@contoso\.com\)/);
    expect(expectCatalogWrites('distribution-group.remove', mark)).toEqual(['EXO Remove-DistributionGroup']);
    expect(await exoOrNull(t, 'Get-DistributionGroup', 'financeapprovers@contoso.com')).toBeNull();
    expect((await t.graph('GET', `/v1.0/groups/${group.ExternalDirectoryObjectId}`)).status).toBe(404);
  });

  it('refuses a group that does not exist and changes nothing', async () => {
    const mark = t.logMark();
    const text = repliesText(await chat.say('delete the distribution list nothere@contoso.com'));
    expect(text).toMatch(/nothere@contoso\.com/);
    expect(t.writesSince(mark)).toEqual([]);
  });
});
