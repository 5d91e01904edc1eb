import type { ActionEngine, Caller } from '../actions/engine';
import type { Logger } from '../actions/logger.types';
import type { ManagementSessionService, SessionView } from '../actions/session/management-session.service';
import type { SessionFooterModel } from '../cards/card.types';

/** What the recognizer gives the dialogs; matches nlu/'s Recognition. */
export interface RecognitionLike {
  text: string;
  actionId: string | null;
  confidence: number;
  targets: string[];
  params: Record<string, unknown>;
}

/** The services the dialogs use, injected by the composition root. */
export interface DialogServices {
  engine: ActionEngine;
  sessions: ManagementSessionService;
  recognize(text: string): RecognitionLike;
  clock: () => Date;
  logger: Logger;
}

/** Per-turn facts the Teams handler puts in turn state. */
export interface TurnInfo {
  caller: Caller;
  logger: Logger;
  /** Personal (1:1) chat: the only place secrets are shown and actions run. */
  personal: boolean;
}

export const TURN_INFO_KEY = Symbol.for('steward.turnInfo');

export function footerFrom(view: SessionView, now: Date): SessionFooterModel {
  return { state: view.state, expiresAt: view.expiresAt, now: now.toISOString() };
}
