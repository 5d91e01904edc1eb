import type { BulkCaller, BulkConversationRef, BulkJobsApi, BulkJobView, BulkRow, BulkRowProblem, BulkSource } from '../../actions/bulk/bulk-job.types';
import { parseBulkQuery, selectQueryTargets } from '../../actions/bulk/bulk-query.parser';
import { readCsvAttachment, type ChatAttachment, type FetchLike } from '../../actions/bulk/csv-input.parser';
import { formatResultCsv } from '../../actions/bulk/result-csv.formatter';
import type { AnyAction } from '../../actions/define-action';
import type { DirectoryUser } from '../../actions/directory.types';
import type { ActionEngine, Caller } from '../../actions/engine';
import { isStewardError, StewardError } from '../../actions/errors';
import { buildBulkProgressCard, BULK_VERBS, count, type BulkActionData } from '../../cards/bulk-progress.card';
import { buildBulkResultCard } from '../../cards/bulk-result.card';
import { buildBulkSummaryCard } from '../../cards/bulk-summary.card';
import type { AdaptiveCardJson } from '../../cards/card.types';

/**
 * The chat side of bulk jobs, free of botbuilder so it is tested with plain fakes: a CSV file or an
 * "all users in …" line becomes a job (BulkJobsApi.create) and its summary card; the bulk cards' buttons
 * become BulkJobsApi calls. The job service re-checks every click (the buttons carry only a job id and a
 * verb); this class only reads, asks and presents.
 */

/** What the composition root wires for bulk input (absent: bulk input is not offered). */
export interface BulkDialogDeps {
  /** The runtime (actions/bulk/bulk-job.service.ts). */
  jobs: BulkJobsApi;
  /** GET /users?$filter=…&$select=… in the caller's tenant, every page. */
  listUsers(caller: Caller, filter: string, select: string): Promise<DirectoryUser[]>;
  /** Downloads the file Teams hands over (global fetch in production). */
  fetch: FetchLike;
  /** A signed link to a job's result CSV, when the bot serves one. */
  resultLink?(caller: BulkCaller, jobId: string): Promise<{ url: string; expiresAt: string }>;
  /**
   * Files an approval request for a queued job whose draft needed one (the approver's consent then goes
   * to BulkJobsApi.start). Absent: the summary card's Request approval answers that bulk approvals are
   * not available.
   */
  requestApproval?(caller: Caller, jobId: string, justification: string): Promise<{ requestId: string }>;
  csv?: { maxBytes?: number; maxRows?: number };
}

export interface BulkFlowDeps {
  bulk: BulkDialogDeps;
  engine: Pick<ActionEngine, 'authorize' | 'checkInput' | 'filterInScope' | 'resolveTargetOfKind' | 'targetKindOf'>;
  clock: () => Date;
}

/** What a click answers: a card that replaces the clicked one, or a plain sentence. */
export type BulkReply = { kind: 'card'; card: AdaptiveCardJson; summary: string; jobId: string } | { kind: 'text'; text: string };

export class BulkFlow {
  constructor(private readonly deps: BulkFlowDeps) {}

  /** A CSV dropped into the chat with a line naming the action ("block the users in this file"). */
  async fromFile(caller: Caller, conversation: BulkConversationRef, request: { actionId: string; params: Record<string, unknown>; attachment: ChatAttachment }): Promise<AdaptiveCardJson> {
    const action = await this.bulkAction(caller, request.actionId);
    const parsed = await readCsvAttachment(request.attachment, action, { fetch: this.deps.bulk.fetch }, { baseParams: request.params, ...this.deps.bulk.csv });
    const name = request.attachment.name ?? 'the file';
    if (parsed.rows.length === 0) {
      throw new StewardError('VALIDATION_FAILED', `No row of "${name}" can run (${count(parsed.problems.length)} ${parsed.problems.length === 1 ? 'problem' : 'problems'}).`, {
        hint: `${parsed.problems.slice(0, 3).map((p) => p.message).join(' ')}${parsed.problems.length > 3 ? ' …' : ''}`,
      });
    }
    const source: BulkSource = { kind: 'csv', description: `${name} (${count(parsed.dataRows)} ${parsed.dataRows === 1 ? 'row' : 'rows'})` };
    const created = await this.deps.bulk.jobs.create(caller, { actionId: action.id, params: request.params, rows: parsed.rows, problems: parsed.problems, conversation });
    return buildBulkSummaryCard({ created, destructive: action.destructive, source, rejected: parsed.problems, ignoredColumns: parsed.ignoredColumns });
  }

  /** "block everyone in Marketing": the users the query finds inside the operator's scope. */
  async fromQuery(caller: Caller, conversation: BulkConversationRef, request: { actionId: string; params: Record<string, unknown>; query: string }): Promise<AdaptiveCardJson> {
    const action = await this.bulkAction(caller, request.actionId);
    const input = this.checkedInput(action, request.params, 'the query');
    const query = parseBulkQuery(request.query);
    const targets = await selectQueryTargets(query, {
      listUsers: (filter, select) => this.deps.bulk.listUsers(caller, filter, select),
      filterInScope: (users) => this.deps.engine.filterInScope(caller, users),
    });
    if (targets.rows.length === 0) {
      throw new StewardError('TARGET_NOT_FOUND', `No user you manage matches: ${query.summary.charAt(0).toLowerCase()}${query.summary.slice(1)}.`, {
        hint: 'Check the spelling as it appears in the directory, or name the property ("in the city Milan", "in department Sales").',
      });
    }
    const source: BulkSource = { kind: 'query', description: query.summary, outOfScopeUnlisted: targets.outOfScope };
    const created = await this.deps.bulk.jobs.create(caller, { actionId: action.id, params: input, rows: targets.rows, conversation });
    return buildBulkSummaryCard({ created, destructive: action.destructive, source });
  }

  /**
   * A chat line naming more targets than BULK_JOB_THRESHOLD (actions/bulk/chat-targets.policy.ts). Each
   * name is resolved as the ordinary dialog resolves it (UPN, mail, id or display name, inside the scope),
   * but a name that finds nobody, finds several, is outside the scope or repeats an earlier one becomes a
   * problem on its own row, like a bad CSV row, instead of refusing the whole line. Row line = position.
   */
  async fromChat(caller: Caller, conversation: BulkConversationRef, request: { actionId: string; params: Record<string, unknown>; targets: readonly string[] }): Promise<AdaptiveCardJson> {
    const action = await this.bulkAction(caller, request.actionId);
    const input = this.checkedInput(action, request.params, 'the names');
    const kind = this.deps.engine.targetKindOf(action.id);
    const named = request.targets.map((t) => t.trim());
    const found = await mapBounded(named, RESOLVE_CONCURRENCY, (text, i) => this.resolveNamed(caller, action.id, text, i + 1));
    const rows: BulkRow[] = [];
    const problems: BulkRowProblem[] = [];
    const firstLine = new Map<string, number>();
    for (const [i, result] of found.entries()) {
      const line = i + 1;
      if ('problem' in result) {
        problems.push(result.problem);
        continue;
      }
      const earlier = firstLine.get(result.id);
      if (earlier !== undefined) {
        const who = result.label.toLowerCase() === named[i].toLowerCase() ? result.label : `"${named[i]}" (${result.label})`;
        problems.push({ line, target: named[i], reason: 'duplicate', message: `${who} is named again at position ${line}, after position ${earlier}: it runs once.` });
        continue;
      }
      firstLine.set(result.id, line);
      rows.push({ line, target: result.id });
    }
    const source: BulkSource = { kind: 'chat', description: `the message (${count(named.length)} ${named.length === 1 ? kind.noun : kind.plural} named)` };
    const created = await this.deps.bulk.jobs.create(caller, { actionId: action.id, params: input, rows, problems, conversation });
    return buildBulkSummaryCard({ created, destructive: action.destructive, source, rejected: problems });
  }

  /**
   * A bulk card's button. `clickedActivityId` is the card that was clicked: Confirm turns that summary
   * card into the progress card, so it is recorded as the progress card before the job starts (the
   * runtime's first report then updates it instead of posting another card).
   */
  async click(caller: Caller, data: BulkActionData, clickedActivityId: string | undefined): Promise<BulkReply> {
    const jobId = typeof data.bulk?.jobId === 'string' ? data.bulk.jobId : '';
    if (!jobId) return { kind: 'text', text: 'That card has expired. Ask me again to start over.' };
    const jobs = this.deps.bulk.jobs;
    switch (data.steward.verb) {
      case BULK_VERBS.start: {
        if (clickedActivityId) await jobs.setProgressActivity(caller.tenantId, jobId, clickedActivityId);
        return progressReply(await jobs.start(caller, jobId));
      }
      case BULK_VERBS.pause:
        return progressReply(await jobs.pause(caller, jobId));
      case BULK_VERBS.resume:
        return progressReply(await jobs.resume(caller, jobId));
      case BULK_VERBS.cancel:
        return progressReply(await jobs.cancel(caller, jobId));
      case BULK_VERBS.discard:
        await jobs.cancel(caller, jobId);
        return { kind: 'text', text: 'Cancelled. Nothing was changed.' };
      case BULK_VERBS.requestApproval: {
        const justification = typeof data.justification === 'string' ? data.justification.trim() : '';
        if (!justification) throw new StewardError('VALIDATION_FAILED', 'An approval request needs a justification.', { hint: 'Say why this change is needed (ticket number, who asked), then press Request approval again.' });
        if (!this.deps.bulk.requestApproval) {
          throw new StewardError('APPROVAL_REQUIRED', 'This bulk job needs an approval, and approval requests for bulk jobs are not available on this Steward.', {
            hint: 'Ask a Tenant Admin to run it, or split it so each part stays under the approval threshold.',
          });
        }
        await this.deps.bulk.requestApproval(caller, jobId, justification);
        return { kind: 'text', text: 'Approval requested. The job starts when an approver approves it; you will get the progress card then.' };
      }
      default:
        return { kind: 'text', text: 'That card has expired. Ask me again to start over.' };
    }
  }

  /** The card a finished job ends with (wire to BulkProgressUpdater's resultCard). */
  async resultCard(job: BulkJobView): Promise<AdaptiveCardJson> {
    const caller: BulkCaller = { tenantId: job.tenantId, operatorObjectId: job.conversation.operatorObjectId, correlationId: `bulk-${job.id}`, entry: 'card' };
    const rows = await this.deps.bulk.jobs.resultRows(job.tenantId, job.id);
    const link = await this.deps.bulk.resultLink?.(caller, job.id);
    return buildBulkResultCard({
      job,
      rows,
      ...(link ? { download: { url: link.url, expiresAt: link.expiresAt, now: this.deps.clock().toISOString() } } : { csv: formatResultCsv(rows) }),
    });
  }

  /** The request's parameters, parsed; missing or bad ones refuse the request, saying where to give them. */
  private checkedInput(action: AnyAction, params: Record<string, unknown>, besides: string): Record<string, unknown> {
    const input = this.deps.engine.checkInput(action.id, params);
    if (input.ok) return input.value;
    const keys = [...input.missing, ...Object.keys(input.errors)];
    const first = Object.values(input.errors)[0];
    throw new StewardError('VALIDATION_FAILED', `"${action.title}" needs ${keys.map((k) => `"${k}"`).join(' and ')}${first ? `: ${first}` : '.'}`, {
      hint: `Say ${keys.length === 1 ? 'it' : 'them'} in the same line as ${besides}, or use a CSV file with ${keys.length === 1 ? 'a column' : 'columns'} named ${keys.join(', ')}.`,
    });
  }

  /** One name of a chat line: its target's id and label, or the problem that keeps its row from running. */
  private async resolveNamed(caller: Caller, actionId: string, text: string, line: number): Promise<{ id: string; label: string } | { problem: BulkRowProblem }> {
    const problem = (reason: BulkRowProblem['reason'], message: string) => ({ problem: { line, target: text, reason, message } });
    if (!text) return problem('invalid', `Name ${line} is empty.`);
    try {
      const found = await this.deps.engine.resolveTargetOfKind(caller, text, actionId);
      if (found.kind === 'found') return { id: found.target.id, label: found.target.label };
      if (found.kind === 'none') return problem('not-found', `No ${found.noun} matches "${text}" (name ${line}). Check the spelling, or use the exact address or id.`);
      if (found.kind === 'misfit') return problem('invalid', `${found.message.replace(/\.?\s*Nothing was changed\.?$/, '')} (name ${line}).`);
      const shown = found.candidates.slice(0, 3).map((c) => c.label);
      return problem(
        'invalid',
        `"${text}" (name ${line}) matches ${count(found.candidates.length)} ${found.plural} (${shown.join(', ')}${found.candidates.length > shown.length ? ', …' : ''}): name the one you mean exactly.`,
      );
    } catch (e) {
      // The same refusal the ordinary path gives for this name ("… is outside the users you manage"), on its row only.
      if (isStewardError(e) && e.code === 'SCOPE_DENIED') return problem('out-of-scope', `${e.message.replace(/\.?\s*Nothing was changed\.?$/, '')} (name ${line}): it is left out.`);
      throw e;
    }
  }

  private async bulkAction(caller: Caller, actionId: string): Promise<AnyAction> {
    const { action } = await this.deps.engine.authorize(caller, actionId);
    if (!action.bulk) {
      throw new StewardError('VALIDATION_FAILED', `"${action.title}" works on one target at a time, so it cannot run on a file or a query.`, {
        hint: 'Run it once per target.',
      });
    }
    return action;
  }
}

/** Names of one chat line resolved at once (each is a directory search plus a scope check). */
const RESOLVE_CONCURRENCY = 4;

async function mapBounded<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function progressReply(job: BulkJobView): BulkReply {
  return { kind: 'card', card: buildBulkProgressCard({ job }), summary: `${job.actionTitle}: ${job.status}`, jobId: job.id };
}
