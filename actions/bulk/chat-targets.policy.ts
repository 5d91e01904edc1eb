import type { AnyAction } from '../define-action';

/**
 * How many targets one chat line may name and still run the ordinary way: one confirm card that lists
 * every target with its before → after, run inline, one result card. That reads well for a handful and
 * badly past about ten, and one unknown name there refuses the whole line. Above this number the line
 * becomes a bulk job instead (source 'chat'): a summary card where each name that cannot run is a problem
 * on its own row, one progress card with Pause / Cancel, and a per-row result CSV.
 *
 * Not the approval policy's bulk threshold (actions/governance/approval-policy.ts), which decides
 * whether a request needs an approver; that one applies to both paths.
 */
export const BULK_JOB_THRESHOLD = 10;

/**
 * Whether a chat line naming `targetCount` targets for this action runs as a bulk job. Only actions
 * declared `bulk` qualify, and not those with secret parameters: a job stores its input until it ends,
 * so the engine refuses them for bulk, while the ordinary path shows the secret once and stores nothing.
 */
export function chatTargetsRunAsJob(action: Pick<AnyAction, 'bulk' | 'secretParams'>, targetCount: number): boolean {
  return action.bulk && (action.secretParams ?? []).length === 0 && targetCount > BULK_JOB_THRESHOLD;
}
