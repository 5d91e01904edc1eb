import { DEMO_IDENTITIES } from '../../sandbox/seed/demo-identities.constants';
import { buttonData, cardText, lastCard, repliesText, type ChatClient, type TestSteward } from './steward.harness';
import { catalogWritesCheck, confirmSteps, useStewardPerFile } from './exchange-e2e.helpers';

/**
 * The mailbox permission actions end to end over HTTP: chat line (and form when needed) → confirm card
 * (who holds which right per mailbox, before → after) → Confirm → tenant state read back through the
 * sandbox's Exchange admin API (Get-MailboxPermission, Get-RecipientPermission, Get-Mailbox
 * GrantSendOnBehalfTo, Get-MailboxFolderPermission). Each run's writes are compared with the action's
 * catalog entry; bad input gets a clear error and changes nothing; Undo puts back the exact entries.
 * The seed: IT Helpdesk (ithelp@) has Irvin and Adele with Full access and Send as; Contoso Info
 * (info@) has Megan with Full access and Alex Wilber on Send on behalf; Miriam has Full access and
 * Send as on Isaiah's mailbox.
 */
const { admin, adele, megan, diego, lynne, grady, pradeep, joni, nestor, miriam, allan, irvin, isaiah, patti, alexW, jane, leeG } = DEMO_IDENTITIES;
const ITHELP = 'ithelp@contoso.com';
const INFO = 'info@contoso.com';

let t: TestSteward;
let chat: ChatClient;
useStewardPerFile((started) => {
  t = started;
  chat = t.chat({ objectId: admin.id });
});

const { confirmCard, confirm, undo } = confirmSteps(() => chat);


/** Every write since `mark` is one the action's catalog entry lists; at least one write happened. */
const expectCatalogWrites = catalogWritesCheck(() => t, { normalize: (w) => w.replace(/\/users\/[^/?]+/, '/users/{id}') });

/** Text of the replies to a line (and form steps) that must end in an error, not a confirm card. */
async function refusal(line: string, ...steps: Record<string, unknown>[]): Promise<string> {
  let replies = await chat.say(line);
  for (const values of steps) replies = await chat.click(buttonData(lastCard(replies), /^Continue/), values);
  const text = repliesText(replies);
  expect(text).not.toMatch(/\bConfirm\b/);
  return text;
}

/** Trustees (UPNs, lower case, sorted) holding `right` on a mailbox, read as Exchange reports them. */
async function holders(mailbox: string, right: 'FullAccess' | 'SendAs' | 'SendOnBehalf' | 'ReadPermission'): Promise<string[]> {
  if (right === 'SendAs') return sorted((await t.exo('Get-RecipientPermission', { Identity: mailbox })).map((r) => r.Trustee));
  if (right === 'SendOnBehalf') return sorted((await t.exo('Get-Mailbox', { Identity: mailbox }))[0].GrantSendOnBehalfTo);
  const rows = await t.exo('Get-MailboxPermission', { Identity: mailbox });
  return sorted(rows.filter((r) => r.User !== 'NT AUTHORITY\\SELF' && (r.AccessRights as string[]).includes(right)).map((r) => r.User));
}

const sorted = (values: string[]): string[] => values.map((v) => v.toLowerCase()).sort();

/** Everything the permission cmdlets report for a mailbox: what an exact restore must bring back. */
async function snapshot(mailbox: string): Promise<unknown> {
  const perms = (await t.exo('Get-MailboxPermission', { Identity: mailbox })).map((r) => `${r.User}:${[...r.AccessRights].sort().join('+')}:${r.Deny}`).sort();
  return { perms, sendAs: await holders(mailbox, 'SendAs'), behalf: await holders(mailbox, 'SendOnBehalf') };
}

async function contactsRole(mailbox: string, upn: string): Promise<string | null> {
  try {
    const [entry] = await t.exo('Get-MailboxFolderPermission', { Identity: `${mailbox}:\\Contacts`, User: upn });
    return entry.AccessRights.join(',');
  } catch (e) {
    if (/no existing permission entry/.test(String(e))) return null;
    throw e;
  }
}

describe('sandbox permission cmdlets behave like Exchange', () => {
  it('Get-MailboxPermission lists NT AUTHORITY\\SELF first, then explicit entries with the trustee UPN', async () => {
    const rows = await t.exo('Get-MailboxPermission', { Identity: ITHELP });
    expect(rows[0]).toMatchObject({ User: 'NT AUTHORITY\\SELF', AccessRights: ['FullAccess', 'ReadPermission'], IsInherited: false, Deny: false });
    expect(rows.slice(1).map((r) => r.User).sort()).toEqual([adele.upn, irvin.upn].sort());
    expect(await t.exo('Get-MailboxPermission', { Identity: ITHELP, User: patti.upn })).toEqual([]);
  });

  it('refuses rights Exchange does not know, and folder Add for a user who already has an entry', async () => {
    await expect(t.exo('Add-MailboxPermission', { Identity: ITHELP, User: patti.upn, AccessRights: ['SendAs'] })).rejects.toThrow(/Unable to match the identifier name SendAs/);
    await t.exo('Add-MailboxFolderPermission', { Identity: `${patti.upn}:\\Contacts`, User: nestor.upn, AccessRights: ['Reviewer'] });
    await expect(t.exo('Add-MailboxFolderPermission', { Identity: `${patti.upn}:\\Contacts`, User: nestor.upn, AccessRights: ['Editor'] })).rejects.toThrow(
      /An existing permission entry was found for user: Nestor Wilke/,
    );
    await t.exo('Set-MailboxFolderPermission', { Identity: `${patti.upn}:\\Contacts`, User: nestor.upn, AccessRights: ['Editor'] });
    expect(await contactsRole(patti.upn, nestor.upn)).toBe('Editor');
    await t.exo('Remove-MailboxFolderPermission', { Identity: `${patti.upn}:\\Contacts`, User: nestor.upn, Confirm: false });
    expect(await contactsRole(patti.upn, nestor.upn)).toBeNull();
    await expect(t.exo('Get-MailboxFolderPermission', { Identity: `${patti.upn}:\\NoSuchFolder` })).rejects.toThrow(/couldn't be found/);
  });

  it('Remove-MailboxPermission takes away only the rights named', async () => {
    await t.exo('Add-MailboxPermission', { Identity: patti.upn, User: nestor.upn, AccessRights: ['FullAccess', 'ReadPermission'], InheritanceType: 'All', AutoMapping: false });
    await t.exo('Remove-MailboxPermission', { Identity: patti.upn, User: nestor.upn, AccessRights: ['FullAccess'], Confirm: false });
    const [row] = await t.exo('Get-MailboxPermission', { Identity: patti.upn, User: nestor.upn });
    expect(row.AccessRights).toEqual(['ReadPermission']);
    await t.exo('Remove-MailboxPermission', { Identity: patti.upn, User: nestor.upn, AccessRights: ['ReadPermission'], Confirm: false });
    expect(await t.exo('Get-MailboxPermission', { Identity: patti.upn, User: nestor.upn })).toEqual([]);
  });
});

describe('mailbox.add-users-as-delegates', () => {
  it('shows who has Full access before → after, grants it, and makes only catalog calls', async () => {
    const mark = t.logMark();
    const card = await confirmCard(`add ${megan.upn} as delegate of ${ITHELP}'s mailbox`);
    const text = cardText(card);
    expect(text).toContain('IT Helpdesk · Full access');
    expect(text).toMatch(/Irvin Sayers, Adele Vance|Adele Vance, Irvin Sayers/);
    expect(text).toMatch(/Megan Bowen/);
    const result = await confirm(card);
    expect(cardText(result)).toMatch(/Granted 1 right/);
    expect(await holders(ITHELP, 'FullAccess')).toEqual(sorted([irvin.upn, adele.upn, megan.upn]));
    expectCatalogWrites('mailbox.add-users-as-delegates', mark);
  });

  it('grants Send as and Send on behalf when the line names them', async () => {
    const mark = t.logMark();
    const card = await confirmCard(`add ${lynne.upn} as delegate of ${INFO}'s mailbox with send as and send on behalf`);
    expect(cardText(card)).toMatch(/Contoso Info · Send as/);
    expect(cardText(card)).toMatch(/Contoso Info · Send on behalf/);
    await confirm(card);
    expect(await holders(INFO, 'SendAs')).toContain(lynne.upn);
    expect(await holders(INFO, 'SendOnBehalf')).toEqual(sorted([alexW.upn, lynne.upn]));
    expect(await holders(INFO, 'FullAccess')).not.toContain(lynne.upn);
    const writes = expectCatalogWrites('mailbox.add-users-as-delegates', mark);
    expect(writes).toEqual(expect.arrayContaining(['EXO Add-RecipientPermission', 'EXO Set-Mailbox']));
  });

  it('bad input: an unknown delegate is refused with a clear error and nothing changes', async () => {
    const before = await snapshot(ITHELP);
    const mark = t.logMark();
    const text = await refusal(`add nobody.here@contoso.com as delegate of ${ITHELP}'s mailbox`);
    expect(text).toMatch(/No user matches "nobody.here@contoso.com"/);
    expect(t.writesSince(mark)).toEqual([]);
    expect(await snapshot(ITHELP)).toEqual(before);
  });
});

describe('mailbox.add-delegates', () => {
  it('adds a delegate with Full access (no automapping) and Send as to two mailboxes; Undo restores both exactly', async () => {
    const before = { info: await snapshot(INFO), ithelp: await snapshot(ITHELP) };
    const mark = t.logMark();
    const card = await confirmCard(`add delegates to the mailboxes ${INFO} and ${ITHELP}`, { delegates: diego.upn, accessRights: 'FullAccess,SendAs', autoMapping: 'false' });
    const text = cardText(card);
    expect(text).toContain('Contoso Info · Full access');
    expect(text).toContain('IT Helpdesk · Send as');
    expect(text).toMatch(/Automapping is off/);
    const result = await confirm(card);
    for (const mbx of [INFO, ITHELP]) {
      expect(await holders(mbx, 'FullAccess')).toContain(diego.upn);
      expect(await holders(mbx, 'SendAs')).toContain(diego.upn);
    }
    expectCatalogWrites('mailbox.add-delegates', mark);

    const undoText = await undo(result);
    expect(undoText).toMatch(/Diego Siciliani/);
    expect(await snapshot(INFO)).toEqual(before.info);
    expect(await snapshot(ITHELP)).toEqual(before.ithelp);
  });

  it('bad input: the mailbox itself as its own delegate is refused and nothing changes', async () => {
    const before = await snapshot(INFO);
    const mark = t.logMark();
    const text = await refusal(`add delegates to the mailbox ${INFO}`, { delegates: INFO, accessRights: 'FullAccess' });
    expect(text).toMatch(/owns the mailbox Contoso Info and cannot be its own delegate/);
    expect(text).toMatch(/Nothing was changed/);
    expect(t.writesSince(mark)).toEqual([]);
    expect(await snapshot(INFO)).toEqual(before);
  });
});

describe('mailbox.grant-manager-full-access', () => {
  it("reads the manager from Entra ID and grants Full access to the mailbox", async () => {
    const manager = (await t.graph('GET', `/v1.0/users/${joni.id}/manager?$select=id,userPrincipalName,displayName`)).body;
    expect(manager.userPrincipalName).toBeTruthy();
    const mark = t.logMark();
    const card = await confirmCard(`give ${joni.upn}'s manager full access to her mailbox`);
    expect(cardText(card)).toContain('Joni Sherman · Full access');
    expect(cardText(card)).toContain(manager.displayName);
    await confirm(card);
    expect(await holders(joni.upn, 'FullAccess')).toEqual([manager.userPrincipalName.toLowerCase()]);
    expectCatalogWrites('mailbox.grant-manager-full-access', mark);
    expect(t.steward.sandbox!.requestLog.slice(mark).some((r) => r.method === 'GET' && r.pathTemplate.includes('/manager'))).toBe(true);
  });

  it('says plainly when the user has no manager, and changes nothing', async () => {
    const before = await snapshot(ITHELP);
    const card = await confirmCard(`give ${ITHELP}'s manager full access to the mailbox`);
    expect(cardText(card)).toMatch(/IT Helpdesk has no manager in Entra ID.*Set the manager first/);
    const mark = t.logMark();
    await confirm(card);
    expect(t.writesSince(mark)).toEqual([]);
    expect(await snapshot(ITHELP)).toEqual(before);
  });

  it('bad input: an unknown mailbox is refused with a clear error', async () => {
    const mark = t.logMark();
    const text = await refusal("give nobody.here@contoso.com's manager full access to the mailbox");
    expect(text).toMatch(/No mailbox matches "nobody.here@contoso.com"/);
    expect(t.writesSince(mark)).toEqual([]);
  });
});

describe('mailbox.copy-permissions-to', () => {
  it("previews the exact rights it adds and gives the target the source's Full access and Send as", async () => {
    const mark = t.logMark();
    const card = await confirmCard(`copy ${miriam.upn}'s mailbox permissions to ${allan.upn}`);
    const text = cardText(card);
    expect(text).toContain('Isaiah Langer · Full access');
    expect(text).toContain('Grant Full access on Isaiah Langer to Allan Deyoung');
    expect(text).toContain('Grant Send as on Isaiah Langer to Allan Deyoung');
    await confirm(card);
    expect(await holders(isaiah.upn, 'FullAccess')).toEqual(sorted([miriam.upn, allan.upn]));
    expect(await holders(isaiah.upn, 'SendAs')).toEqual(sorted([miriam.upn, allan.upn]));
    expectCatalogWrites('mailbox.copy-permissions-to', mark);
  });

  it('bad input: copying a user onto themselves is refused and nothing changes', async () => {
    const before = await snapshot(isaiah.upn);
    const mark = t.logMark();
    const text = await refusal(`copy ${miriam.upn}'s mailbox permissions to ${miriam.upn}`);
    expect(text).toMatch(/Miriam Graham cannot be target of their own permissions/);
    expect(t.writesSince(mark)).toEqual([]);
    expect(await snapshot(isaiah.upn)).toEqual(before);
  });
});

describe('mailbox.copy-permissions-from', () => {
  it('replace mode: previews what it adds and what it removes, then does exactly that; Undo restores it', async () => {
    await t.exo('Add-RecipientPermission', { Identity: ITHELP, Trustee: grady.upn, AccessRights: 'SendAs', Confirm: false });
    const before = { info: await snapshot(INFO), ithelp: await snapshot(ITHELP) };
    const mark = t.logMark();
    const card = await confirmCard(`copy mailbox permissions from ${megan.upn} to ${grady.upn}, replacing his own`);
    const text = cardText(card);
    expect(text).toContain('Grant Full access on Contoso Info to Grady Archie');
    expect(text).toContain('Remove Send as on IT Helpdesk from Grady Archie');
    expect(text).toMatch(/replace what they have/);
    const result = await confirm(card);
    expect(await holders(INFO, 'FullAccess')).toContain(grady.upn);
    expect(await holders(ITHELP, 'SendAs')).not.toContain(grady.upn);
    expectCatalogWrites('mailbox.copy-permissions-from', mark);

    await undo(result);
    expect(await snapshot(INFO)).toEqual(before.info);
    expect(await snapshot(ITHELP)).toEqual(before.ithelp);
  });

  it('bad input: an unknown source user is refused and nothing changes', async () => {
    const mark = t.logMark();
    const text = await refusal(`copy mailbox permissions from nobody.here@contoso.com to ${grady.upn}`);
    expect(text).toMatch(/No user matches "nobody.here@contoso.com"/);
    expect(t.writesSince(mark)).toEqual([]);
  });
});

describe('mailbox.remove-delegates', () => {
  it('removes every right a delegate holds on the mailbox (before → after per right); Undo restores the exact entries', async () => {
    const before = await snapshot(ITHELP);
    const mark = t.logMark();
    const card = await confirmCard(`remove delegates from ${ITHELP}'s mailbox`, { delegates: irvin.upn });
    const text = cardText(card);
    expect(text).toContain('IT Helpdesk · Full access');
    expect(text).toContain('IT Helpdesk · Send as');
    const result = await confirm(card);
    expect(await holders(ITHELP, 'FullAccess')).not.toContain(irvin.upn);
    expect(await holders(ITHELP, 'SendAs')).not.toContain(irvin.upn);
    expect(await holders(ITHELP, 'FullAccess')).toContain(adele.upn);
    expectCatalogWrites('mailbox.remove-delegates', mark);

    await undo(result);
    expect(await snapshot(ITHELP)).toEqual(before);
  });

  it('bad input: an unknown delegate is refused and nothing changes', async () => {
    const before = await snapshot(ITHELP);
    const mark = t.logMark();
    const text = await refusal(`remove delegates from ${ITHELP}'s mailbox`, { delegates: 'nobody.here@contoso.com' });
    expect(text).toMatch(/No user matches "nobody.here@contoso.com"/);
    expect(t.writesSince(mark)).toEqual([]);
    expect(await snapshot(ITHELP)).toEqual(before);
  });
});

describe('mailbox.remove-user-access', () => {
  it("lists every right it removes, takes away the user's rights on other mailboxes; Undo gives them back", async () => {
    await t.exo('Set-Mailbox', { Identity: INFO, GrantSendOnBehalfTo: { '@odata.type': '#Exchange.GenericHashTable', Add: [pradeep.upn] } });
    await t.exo('Add-MailboxPermission', { Identity: ITHELP, User: pradeep.upn, AccessRights: ['FullAccess', 'ReadPermission'], InheritanceType: 'All' });
    const before = { info: await snapshot(INFO), ithelp: await snapshot(ITHELP) };
    const mark = t.logMark();
    const card = await confirmCard(`remove ${pradeep.upn}'s access to other mailboxes`);
    const text = cardText(card);
    expect(text).toContain('Remove Full access on IT Helpdesk');
    expect(text).toContain('Remove Read permissions on IT Helpdesk');
    expect(text).toContain('Remove Send on behalf on Contoso Info');
    const result = await confirm(card);
    expect(await t.exo('Get-MailboxPermission', { Identity: ITHELP, User: pradeep.upn })).toEqual([]);
    expect(await holders(INFO, 'SendOnBehalf')).not.toContain(pradeep.upn);
    expectCatalogWrites('mailbox.remove-user-access', mark);

    // Undo acts on other mailboxes than the target (Pradeep's own): each right comes back where it was.
    await undo(result);
    expect(await snapshot(INFO)).toEqual(before.info);
    expect(await snapshot(ITHELP)).toEqual(before.ithelp);
  });

  it('says so when the user holds no rights elsewhere', async () => {
    const card = await confirmCard(`remove ${jane.upn}'s access to other mailboxes`);
    expect(cardText(card)).toMatch(/Jane Doe holds no rights on other mailboxes/);
  });

  it('bad input: an unknown user is refused and nothing changes', async () => {
    const mark = t.logMark();
    const text = await refusal("remove nobody.here@contoso.com's access to other mailboxes");
    expect(text).toMatch(/No mailbox matches "nobody.here@contoso.com"/);
    expect(t.writesSince(mark)).toEqual([]);
  });
});

describe('mailbox.grant-send-on-behalf', () => {
  it('adds the user to GrantSendOnBehalfTo without replacing the list', async () => {
    const mark = t.logMark();
    const card = await confirmCard(`grant send on behalf of ${ITHELP} to ${nestor.upn}`);
    expect(cardText(card)).toContain('IT Helpdesk · Send on behalf');
    await confirm(card);
    expect(await holders(ITHELP, 'SendOnBehalf')).toEqual([nestor.upn]);
    const writes = expectCatalogWrites('mailbox.grant-send-on-behalf', mark);
    expect(writes).toEqual(['EXO Set-Mailbox']);
    const set = t.cmdletsSince(mark).find((c) => c.cmdlet === 'Set-Mailbox');
    expect(set?.parameters.GrantSendOnBehalfTo).toMatchObject({ Add: [nestor.upn] });
  });

  it('bad input: an unknown user is refused and nothing changes', async () => {
    const before = await snapshot(ITHELP);
    const mark = t.logMark();
    const text = await refusal(`grant send on behalf of ${ITHELP} to nobody.here@contoso.com`);
    expect(text).toMatch(/No user matches "nobody.here@contoso.com"/);
    expect(t.writesSince(mark)).toEqual([]);
    expect(await snapshot(ITHELP)).toEqual(before);
  });
});

describe('mailbox.manage-send-as', () => {
  it('adds and removes Send as in one go; Undo restores the exact list', async () => {
    const before = await snapshot(ITHELP);
    const mark = t.logMark();
    const card = await confirmCard(`manage send as permissions for ${ITHELP}`, { addTrustees: lynne.upn, removeTrustees: adele.upn });
    const text = cardText(card);
    expect(text).toContain('IT Helpdesk · Send as');
    const result = await confirm(card);
    const now = await holders(ITHELP, 'SendAs');
    expect(now).toContain(lynne.upn);
    expect(now).not.toContain(adele.upn);
    const writes = expectCatalogWrites('mailbox.manage-send-as', mark);
    expect(writes.sort()).toEqual(['EXO Add-RecipientPermission', 'EXO Remove-RecipientPermission']);

    await undo(result);
    expect(await snapshot(ITHELP)).toEqual(before);
  });

  it('bad input: the same user to add and to remove is refused and nothing changes', async () => {
    const before = await snapshot(ITHELP);
    const mark = t.logMark();
    const text = await refusal(`manage send as permissions for ${ITHELP}`, { addTrustees: lynne.upn, removeTrustees: lynne.upn });
    expect(text).toMatch(/Lynne Robbins is both to add and to remove/);
    expect(t.writesSince(mark)).toEqual([]);
    expect(await snapshot(ITHELP)).toEqual(before);
  });
});

describe('mailbox.assign-contacts-folder-delegate', () => {
  it('adds the delegate as Editor, then changes the role with Set (Exchange refuses a second Add); Undo restores it', async () => {
    let mark = t.logMark();
    const card = await confirmCard(`delegate the contacts folder of ${adele.upn} to ${megan.upn}`);
    expect(cardText(card)).toContain('Adele Vance · Contacts folder');
    await confirm(card);
    expect(await contactsRole(adele.upn, megan.upn)).toBe('Editor');
    expect(expectCatalogWrites('mailbox.assign-contacts-folder-delegate', mark)).toEqual(['EXO Add-MailboxFolderPermission']);

    mark = t.logMark();
    const again = await confirmCard(`make ${megan.upn} a reviewer on the contacts folder of ${adele.upn}`);
    expect(cardText(again)).toMatch(/Megan Bowen \(Editor\)/);
    expect(cardText(again)).toMatch(/Megan Bowen \(Reviewer\)/);
    const result = await confirm(again);
    expect(await contactsRole(adele.upn, megan.upn)).toBe('Reviewer');
    expect(expectCatalogWrites('mailbox.assign-contacts-folder-delegate', mark)).toEqual(['EXO Set-MailboxFolderPermission']);

    await undo(result);
    expect(await contactsRole(adele.upn, megan.upn)).toBe('Editor');
  });

  it('bad input: the mailbox owner as delegate is refused and nothing changes', async () => {
    const mark = t.logMark();
    const text = await refusal(`delegate the contacts folder of ${adele.upn} to ${adele.upn}`);
    expect(text).toMatch(/Adele Vance owns the mailbox Adele Vance/);
    expect(t.writesSince(mark)).toEqual([]);
    expect(await contactsRole(adele.upn, adele.upn)).toBeNull();
  });
});

describe('scope: delegates and scanned mailboxes are held to the operator\'s virtual tenant', () => {
  let lee: ChatClient;
  beforeAll(async () => {
    // Adele (Retail) and Joni (Legal) are inside; the IT Helpdesk account (Support) is not.
    expect(cardText(lastCard(await chat.say('create virtual tenant Shopfloor where department in (Retail, Legal)')))).toMatch(/Shopfloor/);
    expect(cardText(lastCard(await chat.say(`add operator ${leeG.upn} as Management in virtual tenant Shopfloor`)))).toMatch(/Lee Gu/);
    lee = t.chat({ objectId: leeG.id });
  });

  it('a delegate outside the scope is refused (the mailbox is inside), and nothing changes', async () => {
    const before = await snapshot(joni.upn);
    const mark = t.logMark();
    const text = repliesText(await lee.say(`add ${ITHELP} as delegate of ${joni.upn}'s mailbox`));
    expect(text).toMatch(/outside the users you manage/);
    expect(text).not.toMatch(/\bConfirm\b/);
    expect(t.writesSince(mark)).toEqual([]);
    expect(await snapshot(joni.upn)).toEqual(before);
  });

  it("removing a user's access leaves mailboxes outside the scope alone, and says so", async () => {
    expect(await holders(ITHELP, 'FullAccess')).toContain(adele.upn);
    const card = lastCard(await lee.say(`remove ${adele.upn}'s access to other mailboxes`));
    expect(cardText(card)).toMatch(/Left alone \(outside the mailboxes you manage\): IT Helpdesk/);
    expect(cardText(card)).not.toContain('Remove Full access on IT Helpdesk');
  });
});
