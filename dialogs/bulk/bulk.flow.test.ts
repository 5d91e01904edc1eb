import { TEAMS_FILE_DOWNLOAD_INFO } from '../../actions/bulk/csv-input.parser';
import type { Caller } from '../../actions/engine';
import { StewardError } from '../../actions/errors';
import { bulkEditPropertiesAction } from '../../actions/users/bulk-edit-properties.action';
import { setSignInStatusAction } from '../../actions/users/set-sign-in-status.action';
import { renameUserAction } from '../../actions/users/rename-user.action';
import { bulkWorld, user } from '../../test/bulk/memory-bulk-jobs';
import { bulkActionData, BULK_VERBS } from '../../cards/bulk-progress.card';
import { actionByTitle, findElements, renderCard, validateCard } from '../../test/cards/validate-card';
import { BulkFlow } from './bulk.flow';

/**
 * The chat side of bulk jobs against an in-memory job service: what the operator sees after dropping a
 * file or typing a query, and what each button does to the job.
 */

const caller: Caller = { tenantId: 'contoso', operatorObjectId: 'op-helpdesk', correlationId: 'corr-1', entry: 'chat' };
const conversation = { conversationId: 'conv-1', serviceUrl: 'https://smba.trafficmanager.net/emea/', tenantId: 'contoso', operatorObjectId: 'op-helpdesk' };

function setup(files: Record<string, string> = {}) {
  const world = bulkWorld(files);
  const flow = new BulkFlow({ bulk: world.deps, engine: world.engine, clock: () => new Date('2026-11-23T13:10:00.000Z') });
  return { flow, jobs: world.jobs, queries: world.queries };
}

const file = (url: string, name = 'block-list.csv') => ({ contentType: TEAMS_FILE_DOWNLOAD_INFO, name, content: { downloadUrl: url, fileType: 'csv' } });

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  const e = await promise.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(StewardError);
  return { code: (e as StewardError).code, message: (e as StewardError).message };
}

describe('BulkFlow: input', () => {
  it('turns a dropped CSV into a queued job and its summary card: bad rows listed, good rows counted', async () => {
    const url = 'https://contoso-my.sharepoint.com/f/1';
    const { flow, jobs } = setup({ [url]: 'UPN,DisplayName\nuser1@contoso.com,User 1\nuser2@contoso.com,User 2\nnobody@contoso.com,X\nuser16@contoso.com,Y\nnot-an-address,Z\nuser1@contoso.com,again\n' });
    const card = await flow.fromFile(caller, conversation, { actionId: setSignInStatusAction.id, params: { blocked: true }, attachment: file(url) });
    expect(validateCard(card)).toEqual([]);
    const text = renderCard(card);
    expect(text).toContain('Targets from the file block-list.csv (6 rows)');
    expect(text).toContain('Will run on 2 targets');
    expect(text).toContain('✗ 1 not found ⊘ 1 outside your scope ⚠ 1 invalid row ↺ 1 repeated row');
    expect(text).toContain('Line 4: no user nobody@contoso.com in the directory.');
    expect(text).toContain('Line 6: "not-an-address" is neither a user principal name');
    expect(text).toContain('Line 7: user1@contoso.com is already on line 2');
    expect(text).toContain('Columns not read: DisplayName.');
    expect(actionByTitle(card, 'Confirm').data).toEqual(bulkActionData(BULK_VERBS.start, 'job-1'));
    const stored = jobs.jobs.get('job-1')!;
    expect(stored.view.status).toBe('queued');
    expect(stored.request.rows.map((r) => r.target)).toEqual(['user1@contoso.com', 'user2@contoso.com', 'nobody@contoso.com', 'user16@contoso.com']);
    expect(stored.request.params).toEqual({ blocked: true });
    // The parser's rejects go to the job too, so they end up in its result CSV.
    expect(stored.request.problems?.map((p) => p.line)).toEqual([6, 7]);
  });

  it('turns "everyone in Sales" into the in-scope users, counting the others without naming them', async () => {
    const { flow, jobs, queries } = setup();
    const card = await flow.fromQuery(caller, conversation, { actionId: setSignInStatusAction.id, params: { blocked: true }, query: 'everyone in Sales' });
    expect(queries).toEqual(["department eq 'Sales'"]);
    const text = renderCard(card);
    expect(text).toContain('Targets from the query: All users whose department is “Sales”');
    expect(text).toContain('Will run on 14 targets ⊘ 6 outside your scope');
    expect(text).not.toContain('user15@');
    expect(jobs.jobs.get('job-1')!.request.rows).toHaveLength(14);
    // 14 > 10: the policy of the fake service asks for approval.
    expect(findElements(card, (n) => n.type === 'Action.Submit').map((a) => a.title)).toEqual(['Request approval', 'Cancel']);
  });

  it('refuses before creating a job: a query matching nobody, an unreadable query, missing input, a non-bulk action, a role that may not', async () => {
    const { flow, jobs } = setup();
    expect(await refusal(flow.fromQuery(caller, conversation, { actionId: setSignInStatusAction.id, params: { blocked: true }, query: 'everyone in Marketing' }))).toEqual({
      code: 'TARGET_NOT_FOUND',
      message: 'No user you manage matches: all users whose department is “Marketing”.',
    });
    expect((await refusal(flow.fromQuery(caller, conversation, { actionId: setSignInStatusAction.id, params: { blocked: true }, query: 'all users' }))).message).toBe('"all users" does not say which users.');
    expect((await refusal(flow.fromQuery(caller, conversation, { actionId: setSignInStatusAction.id, params: {}, query: 'everyone in Sales' }))).message).toBe('"Block or unblock sign-in" needs "blocked".');
    expect((await refusal(flow.fromFile(caller, conversation, { actionId: renameUserAction.id, params: {}, attachment: file('https://x.example/f') }))).message).toBe(
      '"Rename user" works on one target at a time, so it cannot run on a file or a query.',
    );
    expect((await refusal(flow.fromFile(caller, conversation, { actionId: bulkEditPropertiesAction.id, params: {}, attachment: file('https://x.example/f') }))).code).toBe('ROLE_DENIED');
    expect(jobs.calls).toEqual([]);
  });

  it('turns a chat line naming many users into a job: names in order, and each name that cannot run is a problem on its row', async () => {
    const { flow, jobs } = setup();
    const named = [
      'user1@contoso.com',
      'User 2',
      'nobody@contoso.com',
      'user16@contoso.com',
      'User',
      ...Array.from({ length: 7 }, (_, i) => `user${i + 3}@contoso.com`),
      'user1@contoso.com',
      ' USER 2 ',
    ];
    const card = await flow.fromChat(caller, conversation, { actionId: setSignInStatusAction.id, params: { blocked: true }, targets: named });
    expect(validateCard(card)).toEqual([]);
    const text = renderCard(card);
    expect(text).toContain('Targets from the message (14 users named)');
    expect(text).toContain('Will run on 9 targets');
    expect(text).toContain('✗ 1 not found ⊘ 1 outside your scope ⚠ 1 invalid row ↺ 2 repeated rows');
    expect(text).toContain('No user matches "nobody@contoso.com" (name 3). Check the spelling, or use the exact address or id.');
    expect(text).toContain('user16@contoso.com is outside the users you manage (name 4): it is left out.');
    expect(text).toMatch(/"User" \(name 5\) matches 14 users \(user1@contoso\.com, user2@contoso\.com, user3@contoso\.com, …\): name the one you mean exactly\./);
    expect(text).toContain('user1@contoso.com is named again at position 13, after position 1: it runs once.');
    expect(text).toContain('"USER 2" (user2@contoso.com) is named again at position 14, after position 2: it runs once.');
    const stored = jobs.jobs.get('job-1')!.request;
    // Rows carry the resolved object ids, line = position in the message.
    expect(stored.rows.map((r) => r.line)).toEqual([1, 2, 6, 7, 8, 9, 10, 11, 12]);
    expect(stored.rows.map((r) => r.target)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => user(n).id));
    // The request's parameters, parsed (defaults filled in) once for the whole job.
    expect(stored.params).toEqual({ blocked: true, revokeSessions: true });
    expect(stored.problems?.map((p) => `${p.line} ${p.reason}`)).toEqual(['3 not-found', '4 out-of-scope', '5 invalid', '13 duplicate', '14 duplicate']);
    expect(findElements(card, (n) => n.type === 'Action.Submit').map((a) => a.title)).toEqual(['Confirm', 'Cancel']);
  });

  it('refuses a chat line before creating a job when the input is missing', async () => {
    const { flow, jobs } = setup();
    const targets = Array.from({ length: 11 }, (_, i) => `user${i + 1}@contoso.com`);
    const e = await flow.fromChat(caller, conversation, { actionId: setSignInStatusAction.id, params: {}, targets }).catch((err: StewardError) => err);
    expect(e).toBeInstanceOf(StewardError);
    expect((e as StewardError).message).toBe('"Block or unblock sign-in" needs "blocked".');
    expect((e as StewardError).hint).toMatch(/^Say it in the same line as the names/);
    expect(jobs.calls).toEqual([]);
  });

  it('says why when no row of a file can run, instead of creating an empty job', async () => {
    const url = 'https://contoso-my.sharepoint.com/f/3';
    const { flow, jobs } = setup({ [url]: 'upn,blocked\njane,yes\nuser1@contoso.com,maybe\n' });
    const e = await flow.fromFile(caller, conversation, { actionId: setSignInStatusAction.id, params: {}, attachment: file(url) }).catch((err: StewardError) => err);
    expect(e).toBeInstanceOf(StewardError);
    expect((e as StewardError).message).toBe('No row of "block-list.csv" can run (2 problems).');
    expect((e as StewardError).hint).toBe(
      'Line 2: "jane" is neither a user principal name (name@contoso.com) nor an object id (a GUID). Correct it, or delete the row. Line 3: blocked: "maybe" is not yes or no. Write true or false.',
    );
    expect(jobs.calls).toEqual([]);
  });
});

describe('BulkFlow: buttons', () => {
  async function queued() {
    const ctx = setup();
    await ctx.flow.fromQuery(caller, conversation, { actionId: setSignInStatusAction.id, params: { blocked: true }, query: 'everyone in Sales' });
    return ctx;
  }

  it('Confirm records the clicked card as the progress card, then starts the job and shows its progress', async () => {
    const { flow, jobs } = await queued();
    const reply = await flow.click(caller, bulkActionData(BULK_VERBS.start, 'job-1'), 'activity-summary');
    expect(jobs.calls.slice(1)).toEqual(['progress card job-1 = activity-summary', 'start job-1']);
    expect(reply.kind).toBe('card');
    if (reply.kind !== 'card') return;
    expect(renderCard(reply.card)).toContain('▶ Running');
    expect(findElements(reply.card, (n) => n.type === 'Action.Submit').map((a) => a.title)).toEqual(['Pause', 'Cancel']);
  });

  it('Pause, Resume and Cancel move the job and answer with its card', async () => {
    const { flow, jobs } = await queued();
    await flow.click(caller, bulkActionData(BULK_VERBS.start, 'job-1'), undefined);
    const paused = await flow.click(caller, bulkActionData(BULK_VERBS.pause, 'job-1'), 'activity-progress');
    expect(paused.kind === 'card' && renderCard(paused.card)).toContain('⏸ Paused');
    const resumed = await flow.click(caller, bulkActionData(BULK_VERBS.resume, 'job-1'), 'activity-progress');
    expect(resumed.kind === 'card' && renderCard(resumed.card)).toContain('▶ Running');
    const cancelled = await flow.click(caller, bulkActionData(BULK_VERBS.cancel, 'job-1'), 'activity-progress');
    expect(cancelled.kind === 'card' && renderCard(cancelled.card)).toContain('⏹ Cancelled');
    expect(jobs.calls.slice(1)).toEqual(['start job-1', 'pause job-1', 'resume job-1', 'cancel job-1']);
  });

  it("the summary's Cancel discards the job; Request approval needs a justification", async () => {
    const { flow, jobs } = await queued();
    expect(await refusal(flow.click(caller, { ...bulkActionData(BULK_VERBS.requestApproval, 'job-1'), justification: '  ' }, undefined))).toEqual({
      code: 'VALIDATION_FAILED',
      message: 'An approval request needs a justification.',
    });
    expect(await flow.click(caller, { ...bulkActionData(BULK_VERBS.requestApproval, 'job-1'), justification: 'Ticket 4711' }, undefined)).toEqual({
      kind: 'text',
      text: 'Approval requested. The job starts when an approver approves it; you will get the progress card then.',
    });
    expect(await flow.click(caller, bulkActionData(BULK_VERBS.discard, 'job-1'), undefined)).toEqual({ kind: 'text', text: 'Cancelled. Nothing was changed.' });
    expect(jobs.calls.slice(1)).toEqual(['approval job-1: Ticket 4711', 'cancel job-1']);
  });

  it("leaves the job alone when someone else's card is replayed, or the card names no job", async () => {
    const { flow, jobs } = await queued();
    const intruder: Caller = { ...caller, operatorObjectId: 'op-other' };
    expect((await refusal(flow.click(intruder, bulkActionData(BULK_VERBS.cancel, 'job-1'), undefined))).message).toBe('That bulk job does not exist or is not yours.');
    expect(await flow.click(caller, { steward: { verb: BULK_VERBS.cancel } } as never, undefined)).toEqual({ kind: 'text', text: 'That card has expired. Ask me again to start over.' });
    expect(jobs.jobs.get('job-1')!.view.status).toBe('queued');
  });
});

describe('BulkFlow: result card', () => {
  it('ends with counts, failures and the per-row CSV inside the card when no link is served', async () => {
    const url = 'https://contoso-my.sharepoint.com/f/2';
    const { flow, jobs } = setup({ [url]: 'upn\nuser1@contoso.com\nuser2@contoso.com\nnobody@contoso.com\n' });
    await flow.fromFile(caller, conversation, { actionId: setSignInStatusAction.id, params: { blocked: true }, attachment: file(url) });
    const job = { ...jobs.jobs.get('job-1')!.view, status: 'completed' as const, counts: { total: 2, succeeded: 1, failed: 1, skipped: 0, cancelled: 0, remaining: 0 } };
    const card = await flow.resultCard(job);
    expect(validateCard(card)).toEqual([]);
    const text = renderCard(card);
    expect(text).toContain('⚠ Block or unblock sign-in: done, with failures');
    expect(text).toContain('✗ Line 3 · user2@contoso.com — Throttled: gave up after 5 tries.');
    expect(text).toContain('1 row did not run: 1 not found.');
    const csvLines = findElements(actionByTitle(card, 'Show result CSV').card, (n) => n.type === 'TextRun').map((r) => r.text);
    expect(csvLines).toEqual([
      'line,target,outcome,error,before,after',
      '2,user1@contoso.com,succeeded,,allowed,blocked',
      '3,user2@contoso.com,failed,Throttled: gave up after 5 tries.,allowed,',
      '4,nobody@contoso.com,not-found,Line 4: no user nobody@contoso.com in the directory.,,',
    ]);
  });
});
