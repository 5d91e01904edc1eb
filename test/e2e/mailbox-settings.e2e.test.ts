import { DEMO_IDENTITIES } from '../../sandbox/seed/demo-identities.constants';
import { buttonData, cardText, lastCard, repliesText, type ChatClient, type TestSteward } from './steward.harness';
import { catalogWritesCheck, confirmSteps, hasButton, useStewardPerFile } from './exchange-e2e.helpers';

/**
 * The mailbox settings actions end to end over HTTP: chat line (and form when needed) → confirm card
 * (before → after, warnings) → Confirm → tenant state read back through the sandbox's Exchange admin
 * API (t.exo) or Graph (t.graph, mailboxSettings). Each run's writes are compared with the action's
 * catalog entry (test/fixtures/catalog/exchange-calls.json); bad input gets a clear error and changes
 * nothing; reversible actions offer an Undo that puts back the exact previous state.
 */
const { admin, adele, megan, diego, lynne, grady, pradeep, joni, nestor, miriam, allan, irvin, leeG, isaiah, patti, room12 } = DEMO_IDENTITIES;

let t: TestSteward;
let chat: ChatClient;
useStewardPerFile((started) => {
  t = started;
  chat = t.chat({ objectId: admin.id });
});

const { confirmCard, confirm, undo } = confirmSteps(() => chat);


/** Every write since `mark` is one the action's catalog entry lists (Graph ids as {id}); at least one write happened. */
const expectCatalogWrites = catalogWritesCheck(() => t, { normalize: (w) => w.replace(/\/users\/[^/]+/, '/users/{id}') });

const mailbox = async (upn: string) => (await t.exo('Get-Mailbox', { Identity: upn }))[0];

describe('mailbox.forward-to-smtp', () => {
  it('forwards to an external address, warns about the outbound policy, shows before → after, and Undo restores it', async () => {
    const mark = t.logMark();
    const card = await confirmCard(`forward ${adele.upn}'s mail to adele@outlook.com`);
    const text = cardText(card);
    expect(text).toMatch(/Forward to \(SMTP\)/);
    expect(text).toMatch(/\(none\)/);
    expect(text).toContain('adele@outlook.com');
    expect(text).toMatch(/AutoForwardingMode: Automatic/);
    expect(text).toMatch(/Keep a copy/);
    const result = await confirm(card);
    expect(cardText(result)).toMatch(/now forwards to adele@outlook\.com/);
    expect(await mailbox(adele.upn)).toMatchObject({ ForwardingSmtpAddress: 'smtp:adele@outlook.com', DeliverToMailboxAndForward: true });
    expectCatalogWrites('mailbox.forward-to-smtp', mark);

    const undoText = await undo(result);
    expect(undoText).toMatch(/adele@outlook\.com/);
    expect(await mailbox(adele.upn)).toMatchObject({ ForwardingSmtpAddress: null, DeliverToMailboxAndForward: false });
  });

  it('no policy warning when the tenant allows external forwarding (AutoForwardingMode On) or the address is internal', async () => {
    const org = t.steward.sandbox!.exchange.org;
    org.settings.autoForwardingMode = 'On';
    try {
      const text = cardText(await confirmCard(`forward ${isaiah.upn}'s mail to isaiah@outlook.com`));
      expect(text).not.toMatch(/AutoForwardingMode/);
      await chat.say('cancel');
    } finally {
      org.settings.autoForwardingMode = 'Automatic';
    }
    const internal = cardText(await confirmCard(`forward ${isaiah.upn}'s mail to ${megan.upn}`));
    expect(internal).not.toMatch(/AutoForwardingMode/);
    await chat.say('cancel');
  });

  it('bulk: several mailboxes, without keeping a copy', async () => {
    const mark = t.logMark();
    await confirm(await confirmCard(`forward ${megan.upn} and ${patti.upn} to help@fabrikam.com without keeping a copy`));
    for (const who of [megan, patti]) {
      expect(await mailbox(who.upn)).toMatchObject({ ForwardingSmtpAddress: 'smtp:help@fabrikam.com', DeliverToMailboxAndForward: false });
    }
    expectCatalogWrites('mailbox.forward-to-smtp', mark);
  });

  it('a bad address is refused on the form and nothing changes', async () => {
    const mark = t.logMark();
    const form = lastCard(await chat.say(`forward ${diego.upn}'s mail to an outside address`));
    expect(cardText(form)).toMatch(/Give the address to forward to/);
    const again = lastCard(await chat.click(buttonData(form, /^Continue/), { forwardingSmtpAddress: 'not-an-address' }));
    expect(hasButton(again, /^Confirm/)).toBe(false);
    expect(cardText(again)).toMatch(/Invalid email/i);
    expect(t.writesSince(mark)).toEqual([]);
    expect((await mailbox(diego.upn)).ForwardingSmtpAddress).toBeNull();
    await chat.say('cancel');
  });
});

describe('mailbox.forward-to-recipient', () => {
  it('forwards to an address-book recipient; Undo stops it again', async () => {
    const mark = t.logMark();
    const card = await confirmCard(`forward ${diego.upn}'s email to recipient Megan Bowen`);
    expect(cardText(card)).toMatch(/Forward to \(address book\)/);
    const result = await confirm(card);
    expect(await mailbox(diego.upn)).toMatchObject({ ForwardingAddress: megan.upn, DeliverToMailboxAndForward: true });
    expectCatalogWrites('mailbox.forward-to-recipient', mark);
    await undo(result);
    expect(await mailbox(diego.upn)).toMatchObject({ ForwardingAddress: null, DeliverToMailboxAndForward: false });
  });

  it('an unknown recipient is refused with nothing changed', async () => {
    const mark = t.logMark();
    const text = repliesText(await chat.say(`forward ${diego.upn}'s mail to the recipient Nobody Anywhere`));
    expect(text).toMatch(/No recipient "Nobody Anywhere"/);
    expect(t.writesSince(mark)).toEqual([]);
    expect((await mailbox(diego.upn)).ForwardingAddress).toBeNull();
  });
});

describe('mailbox.manage-services', () => {
  it('turns off only the services named (only those are sent); Undo turns them on again', async () => {
    const mark = t.logMark();
    const card = await confirmCard(`disable POP and IMAP for ${lynne.upn}`);
    expect(cardText(card)).toMatch(/IMAP/);
    const result = await confirm(card);
    const cas = (await t.exo('Get-CASMailbox', { Identity: lynne.upn }))[0];
    expect(cas).toMatchObject({ PopEnabled: false, ImapEnabled: false, OWAEnabled: true, ActiveSyncEnabled: true, MAPIEnabled: true, EwsEnabled: true });
    expectCatalogWrites('mailbox.manage-services', mark);
    const sent = t.cmdletsSince(mark).find((c) => c.cmdlet === 'Set-CASMailbox')!;
    expect(Object.keys(sent.parameters).sort()).toEqual(['Identity', 'ImapEnabled', 'PopEnabled']);
    await undo(result);
    expect((await t.exo('Get-CASMailbox', { Identity: lynne.upn }))[0]).toMatchObject({ PopEnabled: true, ImapEnabled: true });
  });

  it('no service chosen: the form says so and nothing changes', async () => {
    const mark = t.logMark();
    const form = lastCard(await chat.say(`manage the mailbox protocols of ${lynne.upn}`));
    expect(cardText(form)).toMatch(/Choose at least one service/);
    const again = lastCard(await chat.click(buttonData(form, /^Continue/), {}));
    expect(hasButton(again, /^Confirm/)).toBe(false);
    expect(t.writesSince(mark)).toEqual([]);
    await chat.say('cancel');
  });
});

describe('mailbox.set-regional-settings', () => {
  it('sets the language (formats reset to the language defaults), visible through Graph too; Undo restores it', async () => {
    const mark = t.logMark();
    const card = await confirmCard(`set ${grady.upn}'s mailbox language to Italian`);
    expect(cardText(card)).toMatch(/en-US/);
    expect(cardText(card)).toMatch(/it-IT/);
    const result = await confirm(card);
    expect((await t.exo('Get-MailboxRegionalConfiguration', { Identity: grady.upn }))[0]).toMatchObject({
      Language: 'it-IT',
      DateFormat: 'dd/MM/yyyy',
      TimeFormat: 'HH:mm',
      DefaultFolderNameMatchingUserLanguage: true,
    });
    const graph = await t.graph('GET', `/v1.0/users/${grady.id}/mailboxSettings`);
    expect(graph.body).toMatchObject({ language: { locale: 'it-IT' }, dateFormat: 'dd/MM/yyyy' });
    expectCatalogWrites('mailbox.set-regional-settings', mark);
    await undo(result);
    expect((await t.exo('Get-MailboxRegionalConfiguration', { Identity: grady.upn }))[0]).toMatchObject({
      Language: 'en-US',
      DateFormat: 'M/d/yyyy',
      TimeFormat: 'h:mm tt',
      TimeZone: 'Pacific Standard Time',
    });
  });

  it('an unknown language is refused and nothing changes', async () => {
    const mark = t.logMark();
    const form = lastCard(await chat.say(`set ${grady.upn}'s mailbox language to Klingon`));
    expect(cardText(form)).toMatch(/"Klingon" is not a language/);
    expect(hasButton(form, /^Confirm/)).toBe(false);
    expect(t.writesSince(mark)).toEqual([]);
    await chat.say('cancel');
  });
});

describe('mailbox.manage-quota', () => {
  it('sets the three limits (before → after) and Undo restores the exact previous values', async () => {
    const before = await mailbox(pradeep.upn);
    const mark = t.logMark();
    const card = await confirmCard(`set the quota of ${pradeep.upn} to warn at 45GB, block sending at 48GB and receiving at 50GB`);
    const text = cardText(card);
    expect(text).toMatch(/98 GB/);
    expect(text).toMatch(/45 GB/);
    const result = await confirm(card);
    expect(await mailbox(pradeep.upn)).toMatchObject({
      IssueWarningQuota: '45 GB (48,318,382,080 bytes)',
      ProhibitSendQuota: '48 GB (51,539,607,552 bytes)',
      ProhibitSendReceiveQuota: '50 GB (53,687,091,200 bytes)',
    });
    expectCatalogWrites('mailbox.manage-quota', mark);
    await undo(result);
    const after = await mailbox(pradeep.upn);
    for (const key of ['IssueWarningQuota', 'ProhibitSendQuota', 'ProhibitSendReceiveQuota']) expect(after[key]).toBe(before[key]);
  });

  it('refuses limits in the wrong order with a clear message, nothing changed', async () => {
    const mark = t.logMark();
    const form = lastCard(await chat.say(`set the quota of ${pradeep.upn} to warn at 60GB, block sending at 48GB and receiving at 50GB`));
    expect(cardText(form)).toMatch(/warning quota \(60 GB\) must not be larger than the prohibit send quota \(48 GB\)/);
    expect(hasButton(form, /^Confirm/)).toBe(false);
    expect(t.writesSince(mark)).toEqual([]);
    expect((await mailbox(pradeep.upn)).IssueWarningQuota).toMatch(/^98 GB/);
    await chat.say('cancel');
  });
});

describe('mailbox.configure-auto-reply (Graph mailboxSettings)', () => {
  it('schedules automatic replies through Graph; Exchange sees the same; Undo turns them off again', async () => {
    const mark = t.logMark();
    const card = await confirmCard(`schedule an out of office for ${joni.upn} from 2026-12-20 08:00 to 2027-01-04 18:00 saying "Away for the holidays"`);
    expect(cardText(card)).toMatch(/Disabled/);
    expect(cardText(card)).toMatch(/2026-12-20 08:00 UTC/);
    const result = await confirm(card);
    const graph = await t.graph('GET', `/v1.0/users/${joni.id}/mailboxSettings/automaticRepliesSetting`);
    expect(graph.body).toMatchObject({
      status: 'scheduled',
      externalAudience: 'all',
      internalReplyMessage: 'Away for the holidays',
      scheduledStartDateTime: { dateTime: '2026-12-20T08:00:00.0000000', timeZone: 'UTC' },
      scheduledEndDateTime: { dateTime: '2027-01-04T18:00:00.0000000', timeZone: 'UTC' },
    });
    expect((await t.exo('Get-MailboxAutoReplyConfiguration', { Identity: joni.upn }))[0]).toMatchObject({ AutoReplyState: 'Scheduled', InternalMessage: 'Away for the holidays' });
    expectCatalogWrites('mailbox.configure-auto-reply', mark);
    await undo(result);
    const back = await t.graph('GET', `/v1.0/users/${joni.id}/mailboxSettings`);
    expect(back.body.automaticRepliesSetting).toMatchObject({ status: 'disabled', internalReplyMessage: '' });
  });

  it('an end before the start is refused and nothing changes', async () => {
    const mark = t.logMark();
    const form = lastCard(await chat.say(`schedule an out of office for ${joni.upn} from 2027-01-04 to 2026-12-20 saying "Away"`));
    expect(cardText(form)).toMatch(/end time must be after the start time/);
    expect(hasButton(form, /^Confirm/)).toBe(false);
    expect(t.writesSince(mark)).toEqual([]);
    await chat.say('cancel');
  });

  it('Graph mailboxSettings: real error shapes (no mailbox → 404 MailboxNotEnabledForRESTAPI; bad enum → 400, nothing changed)', async () => {
    const org = t.steward.sandbox!.exchange.org;
    org.sync();
    const noMailbox = t.steward.sandbox!.tenant.listUsers().find((u) => !org.mailboxes.has(u.props.id));
    expect(noMailbox).toBeDefined();
    const missing = await t.graph('GET', `/v1.0/users/${noMailbox!.props.id}/mailboxSettings`);
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('MailboxNotEnabledForRESTAPI');

    const bad = await t.graph('PATCH', `/v1.0/users/${miriam.id}/mailboxSettings`, { automaticRepliesSetting: { status: 'sometimes', internalReplyMessage: 'x' } });
    expect(bad.status).toBe(400);
    const now = await t.graph('GET', `/v1.0/users/${miriam.id}/mailboxSettings`);
    expect(now.body.automaticRepliesSetting).toMatchObject({ status: 'disabled', internalReplyMessage: '' });

    const unknown = await t.graph('PATCH', `/v1.0/users/${miriam.id}/mailboxSettings`, { timeZone: 'UTC', colour: 'blue' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/'colour' does not exist/);
    const zone = await t.graph('PATCH', `/v1.0/users/${miriam.id}/mailboxSettings`, { timeZone: 'Mars Standard Time' });
    expect(zone).toMatchObject({ status: 400, body: { error: { code: 'TimeZoneNotSupportedException' } } });
    expect((await t.exo('Get-MailboxRegionalConfiguration', { Identity: miriam.upn }))[0].TimeZone).toBe('Pacific Standard Time');

    const only = await t.graph('GET', `/v1.0/users/${miriam.id}/mailboxSettings?$select=timeZone,language`);
    expect(Object.keys(only.body).filter((k) => !k.startsWith('@')).sort()).toEqual(['language', 'timeZone']);

    const ok = await t.graph('PATCH', `/v1.0/users/${miriam.id}/mailboxSettings`, { timeZone: 'W. Europe Standard Time' });
    expect(ok).toMatchObject({ status: 200, body: { timeZone: 'W. Europe Standard Time' } });
    expect((await t.exo('Get-MailboxRegionalConfiguration', { Identity: miriam.upn }))[0].TimeZone).toBe('W. Europe Standard Time');
  });
});

describe('mailbox.manage-archive and mailbox.set-archive-name', () => {
  it('enables the archive, then auto-expanding archiving', async () => {
    let mark = t.logMark();
    await confirm(await confirmCard(`enable the archive for ${nestor.upn}`));
    expect(await mailbox(nestor.upn)).toMatchObject({ ArchiveStatus: 'Active', ArchiveName: ['In-Place Archive -Nestor Wilke'] });
    expectCatalogWrites('mailbox.manage-archive', mark);

    mark = t.logMark();
    const card = await confirmCard(`enable auto-expanding archiving for ${nestor.upn}`);
    expect(cardText(card)).toMatch(/cannot be turned off/);
    await confirm(card);
    expect((await mailbox(nestor.upn)).AutoExpandingArchiveEnabled).toBe(true);
    expectCatalogWrites('mailbox.manage-archive', mark);
  });

  it('renames the archive; Undo restores the old name', async () => {
    const mark = t.logMark();
    const result = await confirm(await confirmCard(`rename the archive of ${nestor.upn} to "Nestor - old mail"`));
    expect((await mailbox(nestor.upn)).ArchiveName).toEqual(['Nestor - old mail']);
    expectCatalogWrites('mailbox.set-archive-name', mark);
    await undo(result);
    expect((await mailbox(nestor.upn)).ArchiveName).toEqual(['In-Place Archive -Nestor Wilke']);
  });

  it('renaming the archive of a mailbox without one is refused, nothing changed', async () => {
    const mark = t.logMark();
    const text = repliesText(await chat.say(`rename the archive of ${miriam.upn} to "Old"`));
    expect(text).toMatch(/has no archive/);
    expect(text).toMatch(/Enable the archive first/);
    expect(t.writesSince(mark)).toEqual([]);
  });

  it('disabling warns that access is lost and offers no Undo', async () => {
    const mark = t.logMark();
    const card = await confirmCard(`disable the archive of ${nestor.upn}`);
    expect(cardText(card)).toMatch(/loses access to the archive/);
    const result = await confirm(card);
    expect(hasButton(result, /^Undo$/)).toBe(false);
    expect((await mailbox(nestor.upn)).ArchiveStatus).toBe('None');
    expectCatalogWrites('mailbox.manage-archive', mark);
  });

  it('auto-expanding while disabling is contradictory: refused, nothing changed', async () => {
    const mark = t.logMark();
    const form = lastCard(await chat.say(`disable the auto-expanding archive of ${room12.upn}`));
    expect(cardText(form)).toMatch(/Auto-expanding archiving needs an archive/);
    expect(hasButton(form, /^Confirm/)).toBe(false);
    expect(t.writesSince(mark)).toEqual([]);
    await chat.say('cancel');
  });
});

describe('mailbox.manage-litigation-hold', () => {
  it('places a hold with a duration; Undo releases it exactly as it was', async () => {
    const mark = t.logMark();
    const card = await confirmCard(`put ${allan.upn} on litigation hold for 365 days`);
    expect(cardText(card)).toMatch(/365 days/);
    const result = await confirm(card);
    expect(await mailbox(allan.upn)).toMatchObject({ LitigationHoldEnabled: true, LitigationHoldDuration: '365.00:00:00' });
    expectCatalogWrites('mailbox.manage-litigation-hold', mark);
    await undo(result);
    expect(await mailbox(allan.upn)).toMatchObject({ LitigationHoldEnabled: false, LitigationHoldDuration: 'Unlimited', LitigationHoldOwner: null });
  });

  it('an impossible duration is refused, nothing changed', async () => {
    const mark = t.logMark();
    const form = lastCard(await chat.say(`put ${allan.upn} on litigation hold for 99999 days`));
    expect(hasButton(form, /^Confirm/)).toBe(false);
    expect(cardText(form)).toMatch(/36500/);
    expect(t.writesSince(mark)).toEqual([]);
    await chat.say('cancel');
  });
});

describe('mailbox.set-audit', () => {
  it('turns auditing off for several mailboxes (with a warning); Undo turns it back on', async () => {
    const mark = t.logMark();
    const card = await confirmCard(`turn off mailbox auditing for ${irvin.upn} and ${leeG.upn}`);
    expect(cardText(card)).toMatch(/stop reaching the audit log/);
    const result = await confirm(card);
    for (const who of [irvin, leeG]) expect((await mailbox(who.upn)).AuditEnabled).toBe(false);
    expectCatalogWrites('mailbox.set-audit', mark);
    await undo(result);
    for (const who of [irvin, leeG]) expect((await mailbox(who.upn)).AuditEnabled).toBe(true);
  });

  it('an unknown mailbox is refused, nothing changed', async () => {
    const mark = t.logMark();
    const text = repliesText(await chat.say('turn off mailbox auditing for nobody.here@contoso.com'));
    expect(text).toMatch(/nobody\.here@contoso\.com/);
    expect(t.writesSince(mark)).toEqual([]);
  });
});
