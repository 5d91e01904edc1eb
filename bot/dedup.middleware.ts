import type { Middleware, TurnContext } from 'botbuilder';
import type { Logger } from '../actions/logger.types';

export interface ActivityClaims {
  /** True the first time a key is claimed, false ever after (atomic across instances). */
  claim(key: string): Promise<boolean>;
}

/**
 * Teams resends an activity when the bot is slow to answer. The same activity id must never run an
 * action twice, so each message or invoke is claimed once in Cosmos before anything else happens.
 */
export class DedupMiddleware implements Middleware {
  constructor(private readonly claims: ActivityClaims, private readonly logger: Logger) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const a = context.activity;
    if ((a.type === 'message' || a.type === 'invoke') && a.id) {
      const key = `${a.channelId}|${a.conversation?.id ?? ''}|${a.id}`;
      if (!(await this.claims.claim(key))) {
        this.logger.info({ activityId: a.id }, 'duplicate activity ignored');
        return;
      }
    }
    await next();
  }
}
