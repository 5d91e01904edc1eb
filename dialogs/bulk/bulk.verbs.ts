import type { BulkConversationRef } from '../../actions/bulk/bulk-job.types';
import { findBulkQuery } from '../../actions/bulk/bulk-query.parser';
import { chatTargetsRunAsJob } from '../../actions/bulk/chat-targets.policy';
import { findCsvAttachment, type ChatAttachment } from '../../actions/bulk/csv-input.parser';
import { BULK_VERBS, type BulkActionData } from '../../cards/bulk-progress.card';
import type { CardActionData } from '../../cards/card.types';
import { cardActivity } from '../card-activity';
import { sendError } from '../card-replies';
import type { CardVerbDefinition, CommandContext } from '../commands/command.types';
import { BulkFlow } from './bulk.flow';

/**
 * The Bot Framework side of bulk jobs: which turns are bulk requests (a CSV file in the 1:1 chat, a
 * line with "all users in …" / "everyone in …" for a bulk action, or, from the action dialog, a line
 * naming more targets than BULK_JOB_THRESHOLD), and the bulk cards' buttons. The decisions live in
 * BulkFlow and actions/bulk/; this file only reads the activity and answers it.
 */

/** Handles the turn when it is a bulk request; false lets the main router treat it as usual. */
export async function routeBulkInput(ctx: CommandContext, text: string | undefined): Promise<boolean> {
  const { turn, info, services } = ctx;
  if (!services.bulk) return false;
  const attachment = findCsvAttachment(turn.activity.attachments as ChatAttachment[] | undefined);
  const query = !attachment && text ? findBulkQuery(text) : null;
  if (!attachment && !query) return false;
  if (!info.personal) {
    if (!attachment) return false;
    await turn.sendActivity('Drop the file in a 1:1 chat with me: bulk changes start there, so their previews stay private.');
    return true;
  }
  if (attachment && !text) {
    await turn.sendActivity(
      `Which action should run on the users in "${attachment.name ?? 'the file'}"? Send the file again with a line such as "block sign-in for the users in this file" or "add the tag Pilot to these users".`,
    );
    return true;
  }
  const actionId = bulkActionOf(ctx, text ?? '', query?.rest);
  if (!actionId) {
    if (!attachment) return false;
    await turn.sendActivity('I could not tell which action to run on the users in that file. Send it again with a line such as "block sign-in for the users in this file".');
    return true;
  }
  const flow = new BulkFlow({ bulk: services.bulk, engine: services.engine, clock: services.clock });
  const params = services.recognize(text ?? '').params;
  try {
    const card = attachment
      ? await flow.fromFile(info.caller, conversationOf(ctx), { actionId, params, attachment })
      : await flow.fromQuery(info.caller, conversationOf(ctx), { actionId, params, query: query!.query });
    await turn.sendActivity(cardActivity(card, 'Bulk change: check the summary, then confirm'));
  } catch (e) {
    await sendError(turn, services, info, e);
  }
  return true;
}

/**
 * True when the targets a chat line names for this action go to a bulk job rather than the ordinary
 * confirm card (the rule: actions/bulk/chat-targets.policy.ts); never when bulk jobs are not wired.
 */
export function chatTargetsGoToBulkJob(services: CommandContext['services'], actionId: string, targetCount: number): boolean {
  return Boolean(services.bulk) && services.engine.registry.has(actionId) && chatTargetsRunAsJob(services.engine.registry.get(actionId), targetCount);
}

/** Answers a chat line's many targets with a bulk job's summary card (or the error card that refused it). */
export async function startChatBulkJob(ctx: CommandContext, request: { actionId: string; params: Record<string, unknown>; targets: readonly string[] }): Promise<void> {
  const { turn, info, services } = ctx;
  if (!services.bulk) return;
  const flow = new BulkFlow({ bulk: services.bulk, engine: services.engine, clock: services.clock });
  try {
    const card = await flow.fromChat(info.caller, conversationOf(ctx), request);
    await turn.sendActivity(cardActivity(card, 'Bulk change: check the summary, then confirm'));
  } catch (e) {
    await sendError(turn, services, info, e);
  }
}

/** The bulk cards' buttons (summary: Confirm / Request approval / Cancel; progress: Pause / Resume / Cancel). */
export const bulkVerbs: readonly CardVerbDefinition[] = Object.values(BULK_VERBS).map((verb) => ({ verb, run: runBulkVerb }));

async function runBulkVerb(ctx: CommandContext, data: CardActionData): Promise<void> {
  const { turn, info, services } = ctx;
  if (!services.bulk) {
    await turn.sendActivity('That card has expired. Ask me again to start over.');
    return;
  }
  const flow = new BulkFlow({ bulk: services.bulk, engine: services.engine, clock: services.clock });
  // The card that was clicked: Teams sends its activity id as replyToId.
  const clicked = turn.activity.replyToId || undefined;
  try {
    const reply = await flow.click(info.caller, data as BulkActionData, clicked);
    if (reply.kind === 'text') {
      await turn.sendActivity(reply.text);
      return;
    }
    if (clicked) {
      await turn.updateActivity({ ...cardActivity(reply.card, reply.summary), id: clicked });
      return;
    }
    const sent = await turn.sendActivity(cardActivity(reply.card, reply.summary));
    if (sent?.id && data.steward.verb === BULK_VERBS.start) await services.bulk.jobs.setProgressActivity(info.caller.tenantId, reply.jobId, sent.id);
  } catch (e) {
    await sendError(turn, services, info, e);
  }
}

/** A registered bulk user action the line asks for: the whole line first, then the line without the query. */
function bulkActionOf(ctx: CommandContext, text: string, rest: string | undefined): string | undefined {
  const { services } = ctx;
  const registry = services.engine.registry;
  for (const candidate of [text, rest]) {
    if (!candidate) continue;
    const id = services.recognize(candidate).actionId;
    // Files and queries name users: a bulk action on groups or mailboxes takes its targets from the line.
    if (id && registry.has(id) && registry.get(id).bulk && registry.get(id).target === 'user') return id;
  }
  return undefined;
}

function conversationOf(ctx: CommandContext): BulkConversationRef {
  const { turn, info } = ctx;
  return {
    conversationId: turn.activity.conversation.id,
    serviceUrl: turn.activity.serviceUrl,
    tenantId: info.caller.tenantId,
    operatorObjectId: info.caller.operatorObjectId ?? '',
    ...(info.address ? { address: info.address } : {}),
  };
}
