import type { BulkCaller, BulkJobCreated, BulkJobsApi, BulkJobView, BulkResultRow, BulkRowProblem } from '../../actions/bulk/bulk-job.types';
import type { AnyAction } from '../../actions/define-action';
import type { DirectoryUser } from '../../actions/directory.types';
import type { FetchLike } from '../../actions/bulk/csv-input.parser';
import type { ActionEngine } from '../../actions/engine';
import { StewardError } from '../../actions/errors';
import { TARGET_KINDS } from '../../actions/targets/target-kinds';
import type { Operator } from '../../actions/governance/roles';
import type { BulkDialogDeps } from '../../dialogs/bulk/bulk.flow';
import { bulkEditPropertiesAction } from '../../actions/users/bulk-edit-properties.action';
import { renameUserAction } from '../../actions/users/rename-user.action';
import { setSignInStatusAction } from '../../actions/users/set-sign-in-status.action';

/**
 * An in-memory stand-in for the bulk runtime (BulkJobsApi) for the chat-surface tests: it resolves rows
 * against a small directory the way the real service does (not found, out of scope), keeps jobs in a
 * map, checks that the caller owns the job, and records every call.
 */

export const ACTIONS: Record<string, AnyAction> = Object.fromEntries(
  [setSignInStatusAction, bulkEditPropertiesAction, renameUserAction].map((a) => [a.id, a as unknown as AnyAction]),
);

export const user = (n: number, extra: Partial<DirectoryUser> = {}): DirectoryUser => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  userPrincipalName: `user${n}@contoso.com`,
  displayName: `User ${n}`,
  department: 'Sales',
  ...extra,
});

/** Users 1–20 exist; 15–20 are outside the operator's scope. */
export const DIRECTORY = Array.from({ length: 20 }, (_, i) => user(i + 1));
export const inScope = (u: DirectoryUser) => Number(u.userPrincipalName.match(/\d+/)?.[0]) < 15;

/** Jobs in memory: resolves rows against DIRECTORY like the real service would, and records calls. */
export type CreateRequest = Parameters<BulkJobsApi['create']>[1];

export class MemoryJobs implements BulkJobsApi {
  readonly jobs = new Map<string, { view: BulkJobView; request: CreateRequest; creator: string | undefined }>();
  readonly calls: string[] = [];
  private next = 1;

  async create(caller: BulkCaller, request: CreateRequest): Promise<BulkJobCreated> {
    const action = ACTIONS[request.actionId];
    const problems: BulkRowProblem[] = [...(request.problems ?? [])];
    const runnable = request.rows.filter((row) => {
      const found = DIRECTORY.find((u) => u.userPrincipalName === row.target.toLowerCase() || u.id === row.target);
      if (!found) problems.push({ line: row.line, target: row.target, reason: 'not-found', message: `Line ${row.line}: no user ${row.target} in the directory.` });
      else if (!inScope(found)) problems.push({ line: row.line, target: row.target, reason: 'out-of-scope', message: `Line ${row.line}: ${row.target} is outside the users you manage.` });
      return found && inScope(found);
    });
    const id = `job-${this.next++}`;
    const view: BulkJobView = {
      id,
      tenantId: caller.tenantId,
      actionId: action.id,
      actionTitle: action.title,
      status: 'queued',
      counts: { total: runnable.length, succeeded: 0, failed: 0, skipped: 0, cancelled: 0, remaining: runnable.length },
      rate: 0,
      etaSeconds: null,
      createdAt: '2026-11-23T13:00:00.000Z',
      createdBy: 'helpdesk@contoso.com',
      conversation: request.conversation,
      problems,
    };
    this.jobs.set(id, { view, request, creator: caller.operatorObjectId });
    this.calls.push(`create ${id} ${runnable.length} rows`);
    return {
      job: view,
      summary: `${action.title} for ${runnable.length} users.`,
      parameters: [],
      sample: runnable.slice(0, 5).map((r) => ({ target: r.target, changes: [{ label: 'Sign-in', before: 'allowed', after: 'blocked' }] })),
      ...(runnable.length > 10 ? { approval: { reason: 'more than 10 targets' } } : {}),
    };
  }

  private own(caller: BulkCaller, jobId: string) {
    const job = this.jobs.get(jobId);
    if (!job || job.view.tenantId !== caller.tenantId || job.creator !== caller.operatorObjectId) {
      throw new StewardError('VALIDATION_FAILED', 'That bulk job does not exist or is not yours.');
    }
    return job;
  }

  private move(caller: BulkCaller, jobId: string, verb: string, status: BulkJobView['status']): BulkJobView {
    const job = this.own(caller, jobId);
    this.calls.push(`${verb} ${jobId}`);
    job.view = { ...job.view, status };
    return job.view;
  }

  async start(caller: BulkCaller, jobId: string) {
    return this.move(caller, jobId, 'start', 'running');
  }
  async pause(caller: BulkCaller, jobId: string) {
    return this.move(caller, jobId, 'pause', 'paused');
  }
  async resume(caller: BulkCaller, jobId: string) {
    return this.move(caller, jobId, 'resume', 'running');
  }
  async cancel(caller: BulkCaller, jobId: string) {
    return this.move(caller, jobId, 'cancel', 'cancelled');
  }
  async get(tenantId: string, jobId: string) {
    const job = this.jobs.get(jobId);
    return job && job.view.tenantId === tenantId ? job.view : null;
  }
  async resultRows(tenantId: string, jobId: string): Promise<BulkResultRow[]> {
    const job = this.jobs.get(jobId);
    if (!job || job.view.tenantId !== tenantId) throw new StewardError('VALIDATION_FAILED', 'This bulk job is not known.');
    return [
      // The first runnable row succeeded, the second failed (the rest are not modelled).
      ...job.request.rows.filter((r) => !job.view.problems.some((p) => p.line === r.line)).slice(0, 2).map((r, i): BulkResultRow => ({ line: r.line, target: r.target, outcome: i === 0 ? 'succeeded' : 'failed', error: i === 0 ? '' : 'Throttled: gave up after 5 tries.', before: 'allowed', after: i === 0 ? 'blocked' : '' })),
      ...job.view.problems.map((p): BulkResultRow => ({ line: p.line, target: p.target, outcome: p.reason, error: p.message, before: '', after: '' })),
    ];
  }
  async setProgressActivity(tenantId: string, jobId: string, activityId: string) {
    const job = this.jobs.get(jobId);
    if (job && job.view.tenantId === tenantId) job.view = { ...job.view, conversation: { ...job.view.conversation, progressActivityId: activityId } };
    this.calls.push(`progress card ${jobId} = ${activityId}`);
  }
}


/**
 * The runtime fake plus what the chat side needs around it: files Teams would hand over (by download
 * URL), a users query that knows department Sales, and an engine that knows the three actions above
 * (a Helpdesk operator: the management-level bulk edit is refused).
 */
export function bulkWorld(files: Record<string, string> = {}) {
  const jobs = new MemoryJobs();
  const queries: string[] = [];
  const fetch: FetchLike = async (url) => {
    const body = Buffer.from(files[url] ?? '', 'utf8');
    return { ok: url in files, status: url in files ? 200 : 404, headers: { get: () => null }, arrayBuffer: async () => body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer };
  };
  const engine: Pick<ActionEngine, 'authorize' | 'checkInput' | 'filterInScope' | 'resolveTargetOfKind' | 'targetKindOf'> = {
    authorize: async (_caller, actionId) => {
      if (actionId === bulkEditPropertiesAction.id) throw new StewardError('ROLE_DENIED', 'Your role (Helpdesk) may not run "Edit users properties in bulk".');
      return { operator: { objectId: 'op-helpdesk' } as Operator, action: ACTIONS[actionId] };
    },
    checkInput: (actionId, params) => {
      const parsed = ACTIONS[actionId].input.safeParse(params);
      return parsed.success ? { ok: true, value: parsed.data as Record<string, unknown> } : { ok: false, missing: parsed.error.issues.map((i) => String(i.path[0])), errors: {} };
    },
    filterInScope: async (_caller, users) => users.filter(inScope),
    // Like the engine: exact UPN / id / display name, else names starting with the text; out of scope refused.
    resolveTargetOfKind: async (_caller, text) => {
      const lowered = text.toLowerCase();
      const exact = DIRECTORY.filter((u) => [u.userPrincipalName, u.id, u.displayName.toLowerCase()].includes(lowered));
      const found = exact.length > 0 ? exact : DIRECTORY.filter((u) => u.displayName.toLowerCase().startsWith(lowered));
      if (found.length > 0 && !found.some(inScope)) {
        throw new StewardError('SCOPE_DENIED', `${found.map((u) => u.userPrincipalName).join(', ')} is outside the users you manage. Nothing was changed.`);
      }
      const allowed = found.filter(inScope);
      if (allowed.length === 0) return { kind: 'none', text, noun: 'user' };
      if (allowed.length === 1) return { kind: 'found', target: TARGET_KINDS.user.ref(allowed[0]), noun: 'user' };
      return { kind: 'ambiguous', text, noun: 'user', plural: 'users', candidates: allowed.map((u) => TARGET_KINDS.user.ref(u)) };
    },
    targetKindOf: () => TARGET_KINDS.user as unknown as ReturnType<ActionEngine['targetKindOf']>,
  };
  const deps: BulkDialogDeps = {
    jobs,
    fetch,
    requestApproval: async (who, jobId, justification) => {
      if (!jobs.jobs.has(jobId) || jobs.jobs.get(jobId)!.creator !== who.operatorObjectId) throw new StewardError('VALIDATION_FAILED', 'That bulk job does not exist or is not yours.');
      jobs.calls.push(`approval ${jobId}: ${justification}`);
      return { requestId: 'req-1' };
    },
    listUsers: async (_caller, filter) => {
      queries.push(filter);
      return filter === "department eq 'Sales'" ? DIRECTORY : [];
    },
  };
  return { jobs, queries, deps, engine };
}
