import { randomBytes } from 'node:crypto';
import { SignedTokenCodec } from '../../actions/governance/signed-token.codec';
import type { Operator } from '../../actions/governance/roles';
import { DEMO_IDENTITIES } from '../../sandbox/seed/demo-identities.constants';
import { buttonData, cardText, lastCard, repliesText, startTestSteward, type Reply, type TestSteward } from './steward.harness';

/**
 * The audit log end to end over HTTP: `audit …` cards, who may read them, the CSV export served by the
 * bot behind a signed expiring link, and (acceptance point 4) the session footer on every card that
 * follows a management action.
 */
const { admin, helpdesk, reader, jane, adele } = DEMO_IDENTITIES;
const SIGNING_KEY = randomBytes(32).toString('base64');
/** An operator with the Audit role (reads the log, runs nothing). */
const auditor = adele;

let t: TestSteward;
beforeAll(async () => {
  t = await startTestSteward({ STEWARD_SIGNING_KEY: SIGNING_KEY });
  const operator: Operator = {
    tenantId: t.steward.tenantId,
    objectId: auditor.id,
    userPrincipalName: auditor.upn,
    displayName: auditor.displayName,
    roles: ['Audit'],
  };
  await t.steward.stores.operators.upsert(operator);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

/** Runs an action from chat to its result card; answers the result card. */
async function runAction(who: { id: string }, text: string): Promise<any> {
  const chat = t.chat({ objectId: who.id });
  const confirm = lastCard(await chat.say(text));
  return lastCard(await chat.click(buttonData(confirm, /^Confirm/)));
}

function correlationOf(card: unknown): string {
  const m = /Correlation ID: ([0-9a-f-]{36})/.exec(cardText(card));
  if (!m) throw new Error(`No correlation id in ${cardText(card)}`);
  return m[1];
}

/** Row times shown on an audit card, in order. */
function rowTimes(card: unknown): string[] {
  return [...cardText(card).matchAll(/(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}) UTC · by/g)].map((m) => m[1]);
}

function exportUrl(card: any): string {
  const button = (card.actions ?? []).find((a: any) => a.type === 'Action.OpenUrl');
  if (!button) throw new Error(`No download button in ${cardText(card)}`);
  return button.url;
}

/** RFC 4180 parser, enough for the test: quoted fields with doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

async function download(url: string): Promise<{ status: number; type: string | null; disposition: string | null; body: string }> {
  const res = await fetch(url);
  return { status: res.status, type: res.headers.get('content-type'), disposition: res.headers.get('content-disposition'), body: await res.text() };
}

/** The token inside an export link, and a re-signed copy with a changed payload or clock. */
function tokenOf(url: string): string {
  const m = /\/audit\/export\/([^/]+)\.csv$/.exec(url);
  if (!m) throw new Error(`Not an export link: ${url}`);
  return m[1];
}

function resign(url: string, change: (payload: any) => any, options: { issuedAt?: Date; ttlMs?: number } = {}): string {
  const token = tokenOf(url);
  const envelope = JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString('utf8'));
  const codec = new SignedTokenCodec(Buffer.from(SIGNING_KEY, 'base64'), () => options.issuedAt ?? new Date());
  const { token: forged } = codec.sign(change(envelope.p), options.ttlMs ?? 15 * 60_000);
  return url.replace(token, forged);
}

async function auditEntries(filter: (r: any) => boolean): Promise<any[]> {
  const { resources } = await t.steward.cosmos.containers.audit.items
    .query({ query: 'SELECT * FROM c WHERE c.tenantId = @t', parameters: [{ name: '@t', value: t.steward.tenantId }] })
    .fetchAll();
  return resources.filter(filter);
}

describe('audit in chat', () => {
  it('"audit jane@contoso.com" shows the action just run on Jane, with its correlation id', async () => {
    const result = await runAction(admin, `revoke sessions for ${jane.upn}`);
    const correlationId = correlationOf(result);
    const card = lastCard(await t.chat({ objectId: admin.id }).say(`audit ${jane.upn}`));
    const text = cardText(card);
    expect(text).toContain('Audit log about Jane Doe (jane@contoso.com)');
    expect(text).toContain('Revoke sessions');
    expect(text).toContain(`Correlation ID: ${correlationId}`);
    expect(text).toContain(`by ${admin.upn}`);
    expect(text).toContain('✓ succeeded');
    expect(text).not.toContain(DEMO_IDENTITIES.megan.upn);
    // A display name finds the same user.
    expect(cardText(lastCard(await t.chat({ objectId: admin.id }).say('audit Jane Doe')))).toContain(`Correlation ID: ${correlationId}`);
  });

  it('"audit last 20" lists the newest entries first; "audit last 2" only two', async () => {
    await runAction(helpdesk, `block ${DEMO_IDENTITIES.megan.upn}`);
    const latest = await runAction(helpdesk, `unblock ${DEMO_IDENTITIES.megan.upn}`);
    const chat = t.chat({ objectId: auditor.id });
    const card = lastCard(await chat.say('audit last 20'));
    const times = rowTimes(card);
    expect(times.length).toBeGreaterThanOrEqual(3);
    expect(times.length).toBeLessThanOrEqual(20);
    expect([...times].sort().reverse()).toEqual(times);
    expect(cardText(card).indexOf(`Correlation ID: ${correlationOf(latest)}`)).toBeGreaterThan(-1);
    const two = lastCard(await chat.say('audit last 2'));
    expect(rowTimes(two)).toHaveLength(2);
    expect(cardText(two)).toContain('The newest 2 entries, newest first');
    expect(cardText(two)).toContain(`Correlation ID: ${correlationOf(latest)}`);
  });

  it('"audit by helpdesk@contoso.com" shows only what that operator did', async () => {
    const card = lastCard(await t.chat({ objectId: admin.id }).say(`audit by ${helpdesk.upn}`));
    const text = cardText(card);
    expect(text).toContain(`by ${helpdesk.upn}`);
    expect(text).not.toContain(`by ${admin.upn}`);
  });

  it.each([
    ['Reader', reader],
    ['Helpdesk', helpdesk],
  ])('a %s operator is refused, and the refusal is audited', async (_role, who) => {
    const chat = t.chat({ objectId: who.id });
    for (const text of [`audit ${jane.upn}`, 'audit last 20', 'export audit']) {
      const card = lastCard(await chat.say(text));
      expect(cardText(card)).toMatch(/Not allowed for your role/);
      expect(cardText(card)).toMatch(/may not read the audit log/);
      expect(JSON.stringify(card)).not.toContain('/audit/export/');
    }
    const refusals = await auditEntries((r) => r.kind === 'refusal' && r.operator.id === who.id && r.actionId.startsWith('steward.audit'));
    expect(refusals.map((r) => r.error.code)).toEqual(['ROLE_DENIED', 'ROLE_DENIED', 'ROLE_DENIED']);
  });

  it('answers only in a 1:1 chat', async () => {
    const group = t.chat({ objectId: admin.id, conversationType: 'groupChat' });
    expect(repliesText(await group.say('audit last 5'))).toMatch(/only in a 1:1 chat/);
    expect(repliesText(await group.say('export audit'))).toMatch(/only in a 1:1 chat/);
  });
});

describe('CSV export', () => {
  it('downloads the audit log as CSV over HTTP, without secrets, and audits the export', async () => {
    // A generated password and a chosen one: neither may ever reach the export.
    const generated = await runAction(helpdesk, `reset ${DEMO_IDENTITIES.alexW.upn}'s password`);
    const password = /Temporary password for [^\n]*\n([^\n]+)/.exec(cardText(generated))![1].trim();
    // Chat offers no way to type a chosen password yet, so this one goes through the engine as a form would.
    const chosen = 'Qz8!vR3#kLm2';
    const caller = { tenantId: t.steward.tenantId, operatorObjectId: admin.id, correlationId: 'audit-e2e-chosen', entry: 'card' as const };
    const prepared = await t.steward.engine.prepare(caller, {
      actionId: 'user.manage-password',
      targetIds: [DEMO_IDENTITIES.alexW.id],
      params: { generateRandom: false, password: chosen },
    });
    await t.steward.engine.execute(caller, { planId: prepared.plan.id });
    expect(t.steward.sandbox!.tenant.getUser(DEMO_IDENTITIES.alexW.id)?.password).toBe(chosen);

    // The engine records an early refusal with the operator's object id only; the export names them.
    await t.chat({ objectId: reader.id }).say(`reset MFA for ${jane.upn}`);

    const card = lastCard(await t.chat({ objectId: auditor.id }).say('export audit'));
    expect(cardText(card)).toMatch(/Audit export ready/);
    expect(cardText(card)).toMatch(/works for 15 min/);
    const url = exportUrl(card);
    expect(url.startsWith(t.steward.bot.url)).toBe(true);

    const file = await download(url);
    expect(file.status).toBe(200);
    expect(file.type).toMatch(/^text\/csv/);
    expect(file.disposition).toMatch(/^attachment; filename="steward-audit-\d{8}-\d{6}\.csv"$/);
    expect(file.body).not.toContain(password);
    expect(file.body).not.toContain(chosen);
    const [header, ...rows] = parseCsv(file.body);
    expect(header).toEqual(['time', 'correlationId', 'kind', 'operator', 'action', 'targets', 'outcome', 'errorCode', 'message']);
    const resets = rows.filter((r) => r[4] === 'user.manage-password' && r[2] === 'action');
    expect(resets).toHaveLength(2);
    expect(resets.map((r) => r[3]).sort()).toEqual([admin.upn, helpdesk.upn].sort());
    expect(resets[0][5]).toContain(DEMO_IDENTITIES.alexW.upn);
    const refusal = rows.find((r) => r[2] === 'refusal' && r[4] === 'user.reset-mfa' && r[7] === 'ROLE_DENIED');
    expect(refusal?.[3]).toBe(reader.upn);
    const times = rows.map((r) => r[0]);
    expect([...times].sort().reverse()).toEqual(times);
    // The stored entries hold the chosen password's parameter only as "[redacted]".
    const stored = await auditEntries((r) => r.actionId === 'user.manage-password');
    expect(JSON.stringify(stored)).not.toContain(chosen);
    expect(JSON.stringify(stored)).not.toContain(password);
    expect(stored.some((r) => r.parameters.password === '[redacted]')).toBe(true);

    const exports = await auditEntries((r) => r.kind === 'audit' && r.actionId === 'steward.audit-export');
    expect(exports).toHaveLength(1);
    expect(exports[0]).toMatchObject({ operator: { id: auditor.id, upn: auditor.upn }, outcome: 'succeeded', parameters: { rows: rows.length } });
    expect(t.logs.text()).not.toContain(password);
    expect(t.logs.text()).not.toContain(chosen);
  });

  it('exports with the same filter as the chat query, from the Export CSV button too', async () => {
    const chat = t.chat({ objectId: admin.id });
    const auditCard = lastCard(await chat.say(`audit ${DEMO_IDENTITIES.alexW.upn}`));
    const exportCard = lastCard(await chat.click(buttonData(auditCard, 'Export CSV')));
    const file = await download(exportUrl(exportCard));
    expect(file.status).toBe(200);
    const [, ...rows] = parseCsv(file.body);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const r of rows) expect(r[5]).toContain(DEMO_IDENTITIES.alexW.upn);

    const typed = await download(exportUrl(lastCard(await chat.say(`export audit for ${jane.upn}`))));
    const [, ...janeRows] = parseCsv(typed.body);
    expect(janeRows.length).toBeGreaterThanOrEqual(1);
    for (const r of janeRows) expect(r[5]).toContain(jane.upn);
  });

  it('refuses a tampered, foreign, expired or malformed link with 403 and exports nothing', async () => {
    const url = exportUrl(lastCard(await t.chat({ objectId: admin.id }).say('export audit')));
    const token = tokenOf(url);
    const before = (await auditEntries((r) => r.actionId === 'steward.audit-export' && r.kind === 'audit')).length;

    const [body, signature] = token.split('.');
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    payload.exp += 24 * 60 * 60_000; // extend the link without re-signing
    const tampered = url.replace(token, `${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${signature}`);
    const flipped = url.replace(token, `${body}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`);
    const foreign = url.replace(token, new SignedTokenCodec(randomBytes(32), () => new Date()).sign(payload.p, 60_000).token);
    const expired = resign(url, (p) => p, { issuedAt: new Date(Date.now() - 60 * 60_000) });
    const cases: [string, string, RegExp][] = [
      ['tampered payload', tampered, /not valid/],
      ['tampered signature', flipped, /not valid/],
      ['signed with another key', foreign, /not valid/],
      ['expired', expired, /expired/],
      ['malformed', url.replace(token, 'not-a-token'), /not valid/],
      ['no .csv', url.replace(/\.csv$/, ''), /not valid/],
    ];
    for (const [name, link, message] of cases) {
      const res = await download(link);
      expect([name, res.status]).toEqual([name, 403]);
      expect(res.type).toMatch(/^text\/plain/);
      expect(res.body).toMatch(message);
      expect(res.body).not.toContain('correlationId');
    }
    expect((await download(url)).status).toBe(200);
    const after = (await auditEntries((r) => r.actionId === 'steward.audit-export' && r.kind === 'audit')).length;
    expect(after).toBe(before + 1);
  });

  it('re-checks the role at download: a link naming an operator who may not read the log gets 403', async () => {
    const url = exportUrl(lastCard(await t.chat({ objectId: admin.id }).say('export audit')));
    const asReader = resign(url, (p) => ({ ...p, o: reader.id }));
    const res = await download(asReader);
    expect(res.status).toBe(403);
    expect(res.body).toMatch(/may no longer read the audit log/);
    const refusals = await auditEntries((r) => r.kind === 'refusal' && r.actionId === 'steward.audit-export' && r.operator.id === reader.id);
    expect(refusals.length).toBeGreaterThanOrEqual(1);
  });
});

describe('acceptance 4: every card after a management action shows the session state and time left', () => {
  const FOOTER = /^Management (ON · (\d+ h )?(\d+ min )?left|ON · less than a minute left|OFF( · session expired)?|turning on…)$/;

  /** The footer line of a card: the last body element's text. */
  function footerOf(card: any): string {
    const body = card.body as any[];
    return cardText(body[body.length - 1]).trim();
  }

  it('confirm, result, error, choice, form, session, help, audit and export cards all end with the footer', async () => {
    const cards: [string, any][] = [];
    const take = (name: string, replies: Reply[]) => {
      const card = lastCard(replies);
      cards.push([name, card]);
      return card;
    };
    const chat = t.chat({ objectId: admin.id });
    take('help', await chat.say('help'));
    take('session status', await chat.say('session status'));
    const form = take('target form', await chat.say('revoke sessions'));
    take('confirm (after form)', await chat.click(buttonData(form, /^Continue/), { target: DEMO_IDENTITIES.patti.upn }));
    await chat.say('cancel');
    const choice = take('choice', await chat.say('revoke sessions for Jane'));
    const confirm = take('confirm (after choice)', await chat.click(buttonData(choice, /^(Continue|Select|Choose|Next|OK)/i), { choice: jane.id }));
    take('result', await chat.click(buttonData(confirm, /^Confirm/)));
    // Names the action but not block/unblock, so the required "blocked" input is asked for.
    const inputForm = take('input form', await chat.say(`sign-in for ${jane.upn}`));
    expect(cardText(inputForm)).toMatch(/A few details/);
    await chat.say('cancel');
    take('error: no such user', await chat.say('reset MFA for nobody.here@contoso.com'));
    take('error: role', await t.chat({ objectId: reader.id }).say(`reset MFA for ${jane.upn}`));
    take('error: replayed confirm', await chat.click(buttonData(confirm, /^Confirm/)));
    take('audit', await chat.say(`audit ${jane.upn}`));
    take('export', await chat.say('export audit'));
    take('session off', await chat.say('turn off management session'));
    const op = (await t.steward.stores.operators.get(t.steward.tenantId, admin.id))!;
    await t.steward.sessions.setAutoEnable(t.steward.tenantId, op, false, { correlationId: 'test' });
    const off = take('error: session off', await chat.say(`reset MFA for ${jane.upn}`));
    take('session on (button)', await chat.click(buttonData(off, /Turn on management session/)));
    await t.steward.sessions.setAutoEnable(t.steward.tenantId, op, true, { correlationId: 'test' });

    const footers = cards.map(([name, card]) => [name, footerOf(card)]);
    for (const [name, footer] of footers) expect([name, footer]).toEqual([name, expect.stringMatching(FOOTER)]);
    expect(Object.fromEntries(footers)['session off']).toBe('Management OFF');
    expect(Object.fromEntries(footers)['result']).toMatch(/^Management ON · /);
  });
});
