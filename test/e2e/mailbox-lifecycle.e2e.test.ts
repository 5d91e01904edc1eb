import { DEMO_IDENTITIES } from '../../sandbox/seed/demo-identities.constants';
import { SKU_IDS } from '../../sandbox/seed/seed.data';
import { buttonData, cardText, lastCard, repliesText, type ChatClient, type TestSteward } from './steward.harness';
import { catalogWritesCheck, confirmSteps, useStewardPerFile } from './exchange-e2e.helpers';

/**
 * The mailbox lifecycle actions end to end over HTTP: chat line (and form) → confirm card (before →
 * after, warnings) → Confirm → the tenant read back through the sandbox's Exchange admin API (t.exo)
 * and, for the mailbox's Entra user, Graph (t.graph). Each run's writes are compared with the action's
 * catalog entry (test/fixtures/catalog/exchange-calls.json); bad input gets a clear error and changes
 * nothing; the reversible edits offer an Undo that puts back the exact previous state.
 */
const { admin, adele, megan, jane, grady, alexW, lynne, nestor, miriam, joni, room12, camera, partner } = DEMO_IDENTITIES;

let t: TestSteward;
let chat: ChatClient;
useStewardPerFile((started) => {
  t = started;
  chat = t.chat({ objectId: admin.id });
});

const { confirmCard, confirm, undo } = confirmSteps(() => chat);

/** Every write since `mark` is one the action's catalog entry lists (Graph ids as {id}); at least one write happened. */
const expectCatalogWrites = catalogWritesCheck(() => t, { normalize: (w) => w.replace(/\/users\/[^/]+/, '/users/{id}') });

/** Chat line (then form values) that must be refused: the replies' text. */
async function refused(line: string, ...steps: Record<string, unknown>[]): Promise<string> {
  let replies = await chat.say(line);
  for (const values of steps) replies = await chat.click(buttonData(lastCard(replies), /^Continue/), values);
  const text = repliesText(replies);
  await chat.say('cancel');
  return text;
}

const mailbox = async (identity: string) => (await t.exo('Get-Mailbox', { Identity: identity }))[0];
const exoUser = async (identity: string) => (await t.exo('Get-User', { Identity: identity }))[0];
const calendar = async (identity: string) => (await t.exo('Get-CalendarProcessing', { Identity: identity }))[0];
const sendAs = async (identity: string) => (await t.exo('Get-RecipientPermission', { Identity: identity })).map((e: any) => e.Trustee);
const fullAccess = async (identity: string) =>
  (await t.exo('Get-MailboxPermission', { Identity: identity })).filter((e: any) => e.AccessRights.includes('FullAccess') && e.User.includes('@')).map((e: any) => e.User);
const graphUser = async (upn: string) => t.graph('GET', `/v1.0/users/${upn}?$select=id,displayName,accountEnabled,assignedLicenses,mail,proxyAddresses,usageLocation`);

describe('mailbox.edit', () => {
  it('changes mailbox and user fields with before → after; Undo restores them exactly', async () => {
    const before = { mbx: await mailbox(adele.upn), user: await exoUser(adele.upn) };
    const mark = t.logMark();
    const card = await confirmCard(`edit mailbox ${adele.upn}`, {
      department: 'Field Marketing',
      mailTip: 'Replies within a day',
      addEmailAddresses: 'adele.vance@contoso.com',
      customAttributes: 'CustomAttribute3=Pilot',
      hiddenFromAddressLists: 'Yes',
    });
    const text = cardText(card);
    expect(text).toContain('Department');
    expect(text).toContain(before.user.Department);
    expect(text).toContain('Field Marketing');
    expect(text).toContain('Replies within a day');
    expect(text).toContain('CustomAttribute3');
    expect(text).toContain('adele.vance@contoso.com');
    const result = await confirm(card);
    expect(cardText(result)).toMatch(/Updated Adele Vance/);
    const writes = expectCatalogWrites('mailbox.edit', mark);
    expect(writes.sort()).toEqual(['EXO Set-Mailbox', 'EXO Set-User']);

    const after = await mailbox(adele.upn);
    expect(after.MailTip).toBe('Replies within a day');
    expect(after.CustomAttribute3).toBe('Pilot');
    expect(after.HiddenFromAddressListsEnabled).toBe(true);
    expect(after.EmailAddresses).toContain('smtp:adele.vance@contoso.com');
    expect((await exoUser(adele.upn)).Department).toBe('Field Marketing');
    // Graph sees the new proxy address on the directory user.
    expect((await graphUser(adele.upn)).body.proxyAddresses).toContain('smtp:adele.vance@contoso.com');

    const undoText = await undo(result);
    expect(undoText).toContain('Field Marketing');
    const restored = await mailbox(adele.upn);
    for (const key of ['MailTip', 'CustomAttribute3', 'HiddenFromAddressListsEnabled', 'EmailAddresses', 'PrimarySmtpAddress']) expect([key, restored[key]]).toEqual([key, before.mbx[key]]);
    expect((await exoUser(adele.upn)).Department).toBe(before.user.Department);
  });

  it('says there is nothing to change when the values are already set', async () => {
    const current = await exoUser(megan.upn);
    const mark = t.logMark();
    const text = repliesText(await chat.click(buttonData(lastCard(await chat.say(`edit mailbox ${megan.upn}`)), /^Continue/), { department: current.Department }));
    expect(text).toMatch(/Nothing to change/);
    await chat.say('cancel');
    expect(t.writesSince(mark)).toEqual([]);
  });

  it("refuses an address another recipient already uses; nothing changes", async () => {
    const before = await mailbox(adele.upn);
    const mark = t.logMark();
    const text = await refused(`edit mailbox ${adele.upn}`, { addEmailAddresses: 'info@contoso.com' });
    expect(text).toMatch(/info@contoso\.com is already used by Contoso Info/);
    expect(t.writesSince(mark)).toEqual([]);
    expect((await mailbox(adele.upn)).EmailAddresses).toEqual(before.EmailAddresses);
  });
});

describe('mailbox.create-shared', () => {
  it('creates a shared mailbox with a disabled Entra user, policies, an extra address and delegates', async () => {
    const mark = t.logMark();
    const card = await confirmCard('create shared mailbox sales.team@contoso.com', {
      displayName: 'Sales Team',
      alias: 'salesteam',
      emailAddresses: 'sales@contoso.com',
      retentionPolicy: 'Legal 7 Years',
      fullAccessDelegates: adele.upn,
      sendAsDelegates: jane.upn,
      sendOnBehalfDelegates: megan.upn,
    });
    const text = cardText(card);
    expect(text).toContain('Sales Team (sales.team@contoso.com)');
    expect(text).toMatch(/created disabled/);
    expect(cardText(await confirm(card))).toMatch(/Created the shared mailbox Sales Team/);
    expectCatalogWrites('mailbox.create-shared', mark);

    const mbx = await mailbox('sales.team@contoso.com');
    expect(mbx).toMatchObject({ RecipientTypeDetails: 'SharedMailbox', Alias: 'salesteam', DisplayName: 'Sales Team', RetentionPolicy: 'Legal 7 Years' });
    expect(mbx.EmailAddresses).toEqual(expect.arrayContaining(['SMTP:sales.team@contoso.com', 'smtp:sales@contoso.com']));
    expect(mbx.GrantSendOnBehalfTo).toEqual([megan.upn]);
    expect(await sendAs('sales.team@contoso.com')).toEqual([jane.upn]);
    expect(await fullAccess('sales.team@contoso.com')).toEqual([adele.upn]);
    expect(t.cmdletsSince(mark).find((c) => c.cmdlet === 'Add-MailboxPermission')?.parameters).toMatchObject({ User: adele.upn, AccessRights: ['FullAccess'], AutoMapping: true });
    const user = await graphUser('sales.team@contoso.com');
    expect(user.status).toBe(200);
    expect(user.body).toMatchObject({ displayName: 'Sales Team', accountEnabled: false, assignedLicenses: [] });
  });

  it('refuses an alias that is taken and an unknown retention policy; nothing is created', async () => {
    const mark = t.logMark();
    const taken = await refused('create a shared mailbox', { displayName: 'Info Again', alias: 'info' });
    expect(taken).toMatch(/alias "info" is already used by Contoso Info/);
    const policy = await refused('create a shared mailbox', { displayName: 'Policy Check', alias: 'policycheck', retentionPolicy: 'Keep Forever' });
    expect(policy).toMatch(/There is no retention policy "Keep Forever"/);
    expect(policy).toMatch(/Default MRM Policy/);
    expect(t.writesSince(mark)).toEqual([]);
    expect((await t.graph('GET', '/v1.0/users/policycheck@contoso.com')).status).toBe(404);
  });
});

describe('mailbox.edit-shared', () => {
  it('adds an address, Send As and a retention policy, shown before → after; Undo restores them', async () => {
    const before = { mbx: await mailbox('info@contoso.com'), sendAs: await sendAs('info@contoso.com'), fullAccess: await fullAccess('info@contoso.com') };
    expect(before.fullAccess).toEqual([megan.upn]);
    const mark = t.logMark();
    const card = await confirmCard('edit shared mailbox info@contoso.com', {
      retentionPolicy: 'Delete After 1 Year',
      addEmailAddresses: 'hello@contoso.com',
      addSendAs: grady.upn,
      removeFullAccess: megan.upn,
      addFullAccess: jane.upn,
    });
    const text = cardText(card);
    expect(text).toContain('Default MRM Policy');
    expect(text).toContain('Delete After 1 Year');
    expect(text).toContain('Send As');
    expect(text).toContain(grady.upn);
    expect(text).toContain('Full Access');
    expect(text).toContain(`${megan.upn}\n → \n${jane.upn}`);
    const result = await confirm(card);
    expectCatalogWrites('mailbox.edit-shared', mark);
    const after = await mailbox('info@contoso.com');
    expect(after.RetentionPolicy).toBe('Delete After 1 Year');
    expect(after.EmailAddresses).toContain('smtp:hello@contoso.com');
    expect(await sendAs('info@contoso.com')).toContain(grady.upn);
    expect(await fullAccess('info@contoso.com')).toEqual([jane.upn]);

    await undo(result);
    const restored = await mailbox('info@contoso.com');
    expect(restored.RetentionPolicy).toBe(before.mbx.RetentionPolicy);
    expect(restored.EmailAddresses).toEqual(before.mbx.EmailAddresses);
    expect(await sendAs('info@contoso.com')).toEqual(before.sendAs);
    expect(await fullAccess('info@contoso.com')).toEqual(before.fullAccess);
  });

  it('hides the shared mailbox from the GAL from the chat line, before → after; Undo shows it again', async () => {
    expect((await mailbox('ithelp@contoso.com')).HiddenFromAddressListsEnabled).toBe(false);
    const mark = t.logMark();
    // the chat line says everything: straight to the confirm card
    const card = await confirmCard('hide the shared mailbox ithelp@contoso.com from the GAL');
    expect(buttonData(card, /^Confirm/).steward).toMatchObject({ actionId: 'mailbox.edit-shared' });
    expect(cardText(card)).toContain('Hidden from address lists: \nNo\n → \nYes');
    const result = await confirm(card);
    expectCatalogWrites('mailbox.edit-shared', mark);
    expect((await mailbox('ithelp@contoso.com')).HiddenFromAddressListsEnabled).toBe(true);

    await undo(result);
    expect((await mailbox('ithelp@contoso.com')).HiddenFromAddressListsEnabled).toBe(false);
  });

  it('sets a mail tip from the form; a mail tip longer than Exchange allows is refused and changes nothing', async () => {
    const card = await confirmCard('edit shared mailbox info@contoso.com', { mailTip: 'Replies within two working days' });
    expect(cardText(card)).toContain('Replies within two working days');
    await confirm(card);
    expect((await mailbox('info@contoso.com')).MailTip).toBe('Replies within two working days');
    const mark = t.logMark();
    const text = await refused('edit shared mailbox info@contoso.com', { mailTip: 'x'.repeat(176) });
    expect(text).toMatch(/mail ?tip/i);
    expect(t.writesSince(mark)).toEqual([]);
    expect((await mailbox('info@contoso.com')).MailTip).toBe('Replies within two working days');
  });

  it('refuses a mailbox that is not shared; nothing changes', async () => {
    const mark = t.logMark();
    const text = await refused(`edit shared mailbox ${room12.upn}`, { displayName: 'Not Shared' });
    expect(text).toMatch(/Room 12 \(room12@contoso\.com\) is a room mailbox, not a shared mailbox/);
    expect(t.writesSince(mark)).toEqual([]);
    expect((await mailbox(room12.upn)).DisplayName).toBe('Room 12');
  });
});

describe('mailbox.create-resource', () => {
  it('creates a room with capacity, custom attribute and booking rules; its Entra user is disabled', async () => {
    const mark = t.logMark();
    const card = await confirmCard('create a resource mailbox', {
      type: 'Room',
      displayName: 'Room 20',
      resourceCapacity: '8',
      customAttributes: '2=Building B',
      bookingWindowInDays: '90',
      maximumDurationInMinutes: '240',
      allowRecurringMeetings: 'false',
      resourceDelegates: nestor.upn,
    });
    expect(cardText(card)).toContain('Room 20 (room20@contoso.com)');
    expect(cardText(await confirm(card))).toMatch(/Created the room mailbox Room 20/);
    expectCatalogWrites('mailbox.create-resource', mark);
    const mbx = await mailbox('room20@contoso.com');
    expect(mbx).toMatchObject({ RecipientTypeDetails: 'RoomMailbox', ResourceCapacity: 8, CustomAttribute2: 'Building B' });
    expect(await calendar('room20@contoso.com')).toMatchObject({
      AutomateProcessing: 'AutoAccept',
      BookingWindowInDays: 90,
      MaximumDurationInMinutes: 240,
      AllowConflicts: false,
      AllowRecurringMeetings: false,
      ResourceDelegates: [nestor.upn],
    });
    expect((await graphUser('room20@contoso.com')).body).toMatchObject({ displayName: 'Room 20', accountEnabled: false });
  });

  it('refuses a resource whose alias exists (Room 12) and a booking window over 1080 days; nothing is created', async () => {
    const mark = t.logMark();
    expect(await refused('create a resource mailbox for Room 12')).toMatch(/alias "room12" is already used by Room 12/);
    const tooFar = await refused('create a resource mailbox', { type: 'Equipment', displayName: 'Projector 3', bookingWindowInDays: '2000' });
    expect(tooFar).toMatch(/1080/);
    expect(t.writesSince(mark)).toEqual([]);
    expect((await t.graph('GET', '/v1.0/users/projector3@contoso.com')).status).toBe(404);
  });
});

describe('mailbox.edit-room', () => {
  it('changes capacity and booking rules with before → after; Undo restores them', async () => {
    const before = { mbx: await mailbox(room12.upn), cal: await calendar(room12.upn) };
    const mark = t.logMark();
    const card = await confirmCard(`edit room mailbox ${room12.upn}`, {
      resourceCapacity: '16',
      bookingWindowInDays: '30',
      allowConflicts: 'Yes',
      addResourceDelegates: miriam.upn,
    });
    const text = cardText(card);
    expect(text).toContain('Capacity');
    expect(text).toContain('12');
    expect(text).toContain('16');
    expect(text).toContain('Booking window (days)');
    expect(text).toContain(miriam.upn);
    const result = await confirm(card);
    expect(expectCatalogWrites('mailbox.edit-room', mark).sort()).toEqual(['EXO Set-CalendarProcessing', 'EXO Set-Mailbox']);
    expect((await mailbox(room12.upn)).ResourceCapacity).toBe(16);
    expect(await calendar(room12.upn)).toMatchObject({ BookingWindowInDays: 30, AllowConflicts: true, ResourceDelegates: [nestor.upn, miriam.upn] });

    await undo(result);
    expect((await mailbox(room12.upn)).ResourceCapacity).toBe(before.mbx.ResourceCapacity);
    expect(await calendar(room12.upn)).toEqual(before.cal);
  });

  it('refuses an equipment mailbox; nothing changes', async () => {
    const before = await calendar(camera.upn);
    const mark = t.logMark();
    const text = await refused(`edit room mailbox ${camera.upn}`, { bookingWindowInDays: '10' });
    expect(text).toMatch(/is an equipment mailbox, not a room mailbox/);
    expect(t.writesSince(mark)).toEqual([]);
    expect(await calendar(camera.upn)).toEqual(before);
  });
});

describe('mailbox.edit-equipment', () => {
  it('changes the maximum duration and display name; Undo restores them', async () => {
    const before = { mbx: await mailbox(camera.upn), cal: await calendar(camera.upn) };
    const mark = t.logMark();
    const card = await confirmCard(`edit equipment mailbox ${camera.upn}`, { maximumDurationInMinutes: '240', displayName: 'Camera Kit A' });
    const text = cardText(card);
    expect(text).toContain('480');
    expect(text).toContain('240');
    expect(text).toContain('Camera Kit A');
    const result = await confirm(card);
    expectCatalogWrites('mailbox.edit-equipment', mark);
    expect((await calendar(camera.upn)).MaximumDurationInMinutes).toBe(240);
    expect((await mailbox(camera.upn)).DisplayName).toBe('Camera Kit A');
    expect((await graphUser(camera.upn)).body.displayName).toBe('Camera Kit A');

    await undo(result);
    expect(await calendar(camera.upn)).toEqual(before.cal);
    expect((await mailbox(camera.upn)).DisplayName).toBe(before.mbx.DisplayName);
  });

  it('refuses a booking window outside 0–1080 days; nothing changes', async () => {
    const before = await calendar(camera.upn);
    const mark = t.logMark();
    const text = await refused(`edit equipment mailbox ${camera.upn}`, { bookingWindowInDays: '5000' });
    expect(text).toMatch(/1080/);
    expect(t.writesSince(mark)).toEqual([]);
    expect(await calendar(camera.upn)).toEqual(before);
  });
});

/** Licensed user mailboxes (directly assigned licence), split by whether they fit in 50 GB. */
async function licensedMailboxes(): Promise<{ small: string[]; big: string[] }> {
  const small: string[] = [];
  const big: string[] = [];
  for (const who of [lynne, joni, grady, miriam, DEMO_IDENTITIES.diego, DEMO_IDENTITIES.pradeep, DEMO_IDENTITIES.allan, DEMO_IDENTITIES.irvin, DEMO_IDENTITIES.patti, DEMO_IDENTITIES.leeG, DEMO_IDENTITIES.johanna, DEMO_IDENTITIES.isaiah]) {
    const user = await t.graph('GET', `/v1.0/users/${who.upn}?$select=assignedLicenses,licenseAssignmentStates`);
    const direct = (user.body.licenseAssignmentStates ?? []).filter((s: any) => !s.assignedByGroup);
    if ((user.body.assignedLicenses ?? []).length === 0 || direct.length === 0) continue;
    if ((await mailbox(who.upn)).RecipientTypeDetails !== 'UserMailbox') continue;
    const [stats] = await t.exo('Get-MailboxStatistics', { Identity: who.upn });
    const bytes = Number(/\(([\d,]+) bytes\)/.exec(stats.TotalItemSize)![1].replace(/,/g, ''));
    (bytes > 50 * 1024 ** 3 ? big : small).push(who.upn);
  }
  return { small, big };
}

describe('mailbox.convert-to-shared', () => {
  it('converts a small licensed mailbox and removes its licence when asked; the preview says it may go', async () => {
    const { small } = await licensedMailboxes();
    expect(small.length).toBeGreaterThan(0);
    const upn = small[0];
    const preview = cardText(await confirmCard(`convert ${upn} to shared mailbox`));
    expect(preview).toMatch(/can be removed after the conversion .*no archive, no litigation hold/);
    expect(preview).toMatch(/Remove licences/);
    await chat.say('cancel');

    const mark = t.logMark();
    const card = await confirmCard(`convert ${upn} to a shared mailbox and remove the licence`);
    expect(cardText(card)).toMatch(/will be removed/);
    const result = cardText(await confirm(card));
    expect(result).toMatch(/Converted .* to a shared mailbox\. Removed the licence/);
    expect(expectCatalogWrites('mailbox.convert-to-shared', mark).sort()).toEqual(['EXO Set-Mailbox', 'POST /v1.0/users/{id}/assignLicense']);
    expect((await mailbox(upn)).RecipientTypeDetails).toBe('SharedMailbox');
    const user = await t.graph('GET', `/v1.0/users/${upn}?$select=licenseAssignmentStates`);
    expect((user.body.licenseAssignmentStates ?? []).filter((s: any) => !s.assignedByGroup)).toEqual([]);
  });

  it('converts several mailboxes at once; one that is already shared is skipped and says so', async () => {
    const { small } = await licensedMailboxes();
    const upn = small.find((u) => u !== small[0])!;
    const card = await confirmCard(`convert ${upn} and ithelp@contoso.com to shared mailboxes`);
    expect(cardText(card)).toMatch(/already a shared mailbox/);
    const result = cardText(await confirm(card));
    expect(result).toMatch(/Converted .* to a shared mailbox/);
    expect((await mailbox(upn)).RecipientTypeDetails).toBe('SharedMailbox');
    expect((await mailbox('ithelp@contoso.com')).RecipientTypeDetails).toBe('SharedMailbox');
  });

  it('refuses to remove the licence of a mailbox over 50 GB or on litigation hold, and says why; nothing changes', async () => {
    const { small, big } = await licensedMailboxes();
    const held = small[0];
    await t.exo('Set-Mailbox', { Identity: held, LitigationHoldEnabled: true });
    expect(big.length).toBeGreaterThan(0);
    const cases: [string, RegExp][] = [
      [held, /it is on litigation hold/],
      [big[0], /more than the 50 GB/],
    ];
    for (const [upn, why] of cases) {
      const before = await t.graph('GET', `/v1.0/users/${upn}?$select=assignedLicenses`);
      const mark = t.logMark();
      const text = await refused(`convert ${upn} to shared mailbox and remove the licence`);
      expect(text).toMatch(/cannot be removed/);
      expect(text).toMatch(why);
      expect(t.writesSince(mark)).toEqual([]);
      expect((await mailbox(upn)).RecipientTypeDetails).toBe('UserMailbox');
      expect((await t.graph('GET', `/v1.0/users/${upn}?$select=assignedLicenses`)).body.assignedLicenses).toEqual(before.body.assignedLicenses);
    }
    // Without removing licences it converts, and says the licence must stay (then Undo makes it a user mailbox again).
    const card = await confirmCard(`convert ${held} to shared mailbox`);
    expect(cardText(card)).toMatch(/Keep the licence .*because it is on litigation hold/);
    const result = await confirm(card);
    expect(cardText(result)).toMatch(/Keep the licence/);
    expect((await mailbox(held)).RecipientTypeDetails).toBe('SharedMailbox');
    await undo(result);
    expect((await mailbox(held)).RecipientTypeDetails).toBe('UserMailbox');
    await t.exo('Set-Mailbox', { Identity: held, LitigationHoldEnabled: false });
  });
});

describe('mailbox.edit-type', () => {
  it('turns a user mailbox into a room, with the booking consequence on the card; Undo makes it a user mailbox again', async () => {
    const mark = t.logMark();
    const card = await confirmCard(`change mailbox type of ${alexW.upn} to room`);
    const text = cardText(card);
    expect(text).toMatch(/User mailbox|user mailbox/);
    expect(text).toMatch(/room mailbox/);
    expect(text).toMatch(/AutoAccept/);
    const result = await confirm(card);
    expect(expectCatalogWrites('mailbox.edit-type', mark)).toEqual(['EXO Set-Mailbox']);
    expect((await mailbox(alexW.upn)).RecipientTypeDetails).toBe('RoomMailbox');
    await undo(result);
    expect((await mailbox(alexW.upn)).RecipientTypeDetails).toBe('UserMailbox');
  });

  it('a mail user is not a mailbox: refused, nothing changes', async () => {
    const mark = t.logMark();
    const text = await refused(`change mailbox type of ${partner.upn} to shared`);
    expect(text).toMatch(/partner@contoso\.com/);
    expect(text).toMatch(/No mailbox|no mailbox|not found|couldn't find|could not find/i);
    expect(t.writesSince(mark)).toEqual([]);
  });
});

describe('mailbox.remove', () => {
  it('removes a mailbox; the confirm card warns that the user account goes to the recycle bin with it (restoring it brings the mailbox back)', async () => {
    const id = (await graphUser(lynne.upn)).body.id;
    const mark = t.logMark();
    const card = await confirmCard(`remove mailbox of ${lynne.upn}`);
    expect(cardText(card)).toMatch(/user account lynne@contoso\.com goes to the recycle bin with the mailbox/);
    expect(cardText(await confirm(card))).toMatch(/its user account is in the recycle bin for 30 days/);
    expect(expectCatalogWrites('mailbox.remove', mark)).toEqual(['EXO Remove-Mailbox']);
    expect((await t.exo('Get-Mailbox', { Identity: id, SoftDeletedMailbox: true }))[0].ExternalDirectoryObjectId).toBe(id);
    await expect(t.exo('Get-Mailbox', { Identity: lynne.upn })).rejects.toThrow(/couldn't be found/);
    expect((await graphUser(lynne.upn)).status).toBe(404);
    expect((await t.graph('GET', `/v1.0/directory/deletedItems/${id}`)).status).toBe(200);
    // As the card says: restoring the user brings the mailbox back.
    expect((await t.graph('POST', `/v1.0/directory/deletedItems/${id}/restore`)).status).toBe(200);
    expect((await mailbox(lynne.upn)).ExternalDirectoryObjectId).toBe(id);
  });

  it('refuses a permanent removal of a mailbox on litigation hold; nothing changes', async () => {
    await t.exo('Set-Mailbox', { Identity: joni.upn, LitigationHoldEnabled: true });
    const mark = t.logMark();
    const text = await refused(`permanently delete the mailbox of ${joni.upn}`);
    expect(text).toMatch(/is on litigation hold and cannot be removed permanently/);
    expect(t.writesSince(mark)).toEqual([]);
    expect((await mailbox(joni.upn)).RecipientTypeDetails).toBe('UserMailbox');
    expect((await graphUser(joni.upn)).status).toBe(200);
    await t.exo('Set-Mailbox', { Identity: joni.upn, LitigationHoldEnabled: false });
  });
});

describe('mailbox.create', () => {
  it('creates the user and mailbox with New-Mailbox, extra address, custom attribute and an E3 licence; the password is shown once', async () => {
    const upn = 'rita.ora@contoso.com';
    const mark = t.logMark();
    const card = await confirmCard('create a new mailbox', {
      displayName: 'Rita Ora',
      microsoftOnlineServicesId: upn,
      firstName: 'Rita',
      lastName: 'Ora',
      emailAddresses: 'rita@contoso.com',
      customAttributes: 'CustomAttribute1=Marketing',
      license: 'Office 365 E3',
      usageLocation: 'GB',
    });
    const text = cardText(card);
    expect(text).toContain('Rita Ora (rita.ora@contoso.com)');
    expect(text).toContain('Office 365 E3');
    const result = cardText(await confirm(card));
    expect(result).toMatch(/Created the mailbox Rita Ora \(rita\.ora@contoso\.com\) and its user account with a Office 365 E3 licence/);
    const match = /Initial password for rita\.ora@contoso\.com\n([^\n]+)/.exec(result);
    expect(match).not.toBeNull();
    const password = match![1].trim();
    expect(expectCatalogWrites('mailbox.create', mark).sort()).toEqual(['EXO New-Mailbox', 'EXO Set-Mailbox', 'PATCH /v1.0/users/{id}', 'POST /v1.0/users/{id}/assignLicense']);

    const mbx = await mailbox(upn);
    expect(mbx).toMatchObject({ RecipientTypeDetails: 'UserMailbox', Alias: 'rita.ora', CustomAttribute1: 'Marketing' });
    expect(mbx.EmailAddresses).toEqual(expect.arrayContaining(['SMTP:rita.ora@contoso.com', 'smtp:rita@contoso.com']));
    const user = await graphUser(upn);
    expect(user.body).toMatchObject({ displayName: 'Rita Ora', accountEnabled: true, usageLocation: 'GB' });
    expect(user.body.assignedLicenses.map((l: any) => l.skuId)).toEqual([SKU_IDS.E3]);
    const record = t.steward.sandbox!.tenant.getUser(upn)!;
    expect(record.password).toBe(password);
    expect(record.props.passwordProfile?.forceChangePasswordNextSignIn).toBe(true);
    expect(t.logs.text()).not.toContain(password);
    expect(JSON.stringify(t.steward.sandbox!.requestLog.all())).not.toContain(password);
    const { resources } = await t.steward.cosmos.containers.audit.items
      .query({ query: 'SELECT * FROM c WHERE c.tenantId = @t', parameters: [{ name: '@t', value: t.steward.tenantId }] })
      .fetchAll();
    expect(JSON.stringify(resources)).not.toContain(password);
  });

  it('refuses a sign-in name on an unverified domain and a weak password; nothing is created', async () => {
    const mark = t.logMark();
    const domain = await refused('create a new mailbox', { displayName: 'Outside', microsoftOnlineServicesId: 'outside@fabrikam.com' });
    expect(domain).toMatch(/fabrikam\.com is not a verified domain of this tenant/);
    const weak = await refused('create a new mailbox', { displayName: 'Weak Pass', microsoftOnlineServicesId: 'weak.pass@contoso.com', password: 'abc' });
    expect(weak).toMatch(/The password must be 8 to 256 characters long/);
    expect(t.writesSince(mark)).toEqual([]);
    expect((await t.graph('GET', '/v1.0/users/weak.pass@contoso.com')).status).toBe(404);
  });
});

describe('sandbox: New-Mailbox and Remove-Mailbox as Exchange Online answers them', () => {
  it('refuses a taken name or alias, a taken address and a taken sign-in name with Exchange\'s errors', async () => {
    await expect(t.exo('New-Mailbox', { Shared: true, Name: 'ithelp', DisplayName: 'Again' })).rejects.toThrow(/The name \W*ithelp\W* is already being used/);
    await expect(t.exo('New-Mailbox', { Shared: true, Name: 'NewOne', Alias: 'newone', PrimarySmtpAddress: 'info@contoso.com' })).rejects.toThrow(
      /The proxy address \W*SMTP:info@contoso\.com\W* is already being used by the proxy addresses or LegacyExchangeDN of \W*Contoso Info/,
    );
    await expect(t.exo('New-Mailbox', { Name: 'JaneTwo', Alias: 'janetwo', MicrosoftOnlineServicesID: jane.upn, Password: 'Str0ng!Passw0rd' })).rejects.toThrow(/already being used by another user/);
    await expect(t.exo('New-Mailbox', { Name: 'NoPassword', MicrosoftOnlineServicesID: 'nopassword@contoso.com' })).rejects.toThrow(/Parameter set cannot be resolved/);
    expect((await t.graph('GET', '/v1.0/users/newone@contoso.com')).status).toBe(404);
  });

  it('an equipment mailbox gets a disabled Entra user; Remove-Mailbox -PermanentlyDelete purges that user', async () => {
    const [created] = await t.exo('New-Mailbox', { Equipment: true, Name: 'van1', DisplayName: 'Delivery Van 1' });
    expect(created).toMatchObject({ RecipientTypeDetails: 'EquipmentMailbox', PrimarySmtpAddress: 'van1@contoso.com' });
    const id = created.ExternalDirectoryObjectId;
    expect((await t.graph('GET', `/v1.0/users/${id}?$select=accountEnabled,mail`)).body).toMatchObject({ accountEnabled: false, mail: 'van1@contoso.com' });
    await t.exo('Remove-Mailbox', { Identity: 'van1', PermanentlyDelete: true, Confirm: false });
    expect((await t.graph('GET', `/v1.0/users/${id}`)).status).toBe(404);
    expect((await t.graph('GET', `/v1.0/directory/deletedItems/${id}`)).status).toBe(404);
    await expect(t.exo('Get-Mailbox', { Identity: id, SoftDeletedMailbox: true })).rejects.toThrow(/couldn't be found/);
  });
});
