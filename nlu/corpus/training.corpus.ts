import type { CorpusSet } from './corpus-set';
import { EXCHANGE_DEV2 } from './exchange-dev2.corpus';
import { EXCHANGE_DEV3 } from './exchange-dev3.corpus';
import { EXCHANGE_DEV4 } from './exchange-dev4.corpus';
import { EXCHANGE_DEV5 } from './exchange-dev5.corpus';
import { EXCHANGE_DEV6 } from './exchange-dev6.corpus';
import { EXCHANGE_DEV7 } from './exchange-dev7.corpus';
import { EXCHANGE_HELDOUT } from './exchange-heldout.corpus';
import { EXCHANGE_HELDOUT_FINAL } from './exchange-heldout-final.corpus';
import { EXCHANGE_BLIND_3 } from './exchange-blind-3.corpus';
import { EXCHANGE_BLIND_4 } from './exchange-blind-4.corpus';
import { EXCHANGE_BLIND_5 } from './exchange-blind-5.corpus';
import { EXCHANGE_BLIND_6 } from './exchange-blind-6.corpus';
import { EXCHANGE_BLIND_7 } from './exchange-blind-7.corpus';
import { EXCHANGE_TRAIN_A } from './exchange-train-a.corpus';
import { EXCHANGE_TRAIN_B } from './exchange-train-b.corpus';
import { EXCHANGE_TRAIN_C } from './exchange-train-c.corpus';
import { IDENTITY_TRAIN_D } from './identity-train-d.corpus';
import { IDENTITY_TRAIN_E } from './identity-train-e.corpus';
import { IDENTITY_TRAIN_F } from './identity-train-f.corpus';
import { EXCHANGE_TRAIN_G } from './exchange-train-g.corpus';
import { EXCHANGE_TRAIN_I } from './exchange-train-i.corpus';
import { EXCHANGE_TRAIN_J } from './exchange-train-j.corpus';
import { EXCHANGE_TRAIN_K } from './exchange-train-k.corpus';
import { EXCHANGE_TRAIN_L } from './exchange-train-l.corpus';
import { EXCHANGE_TRAIN_H } from './exchange-train-h.corpus';
import { EXCHANGE_TRAIN_M } from './exchange-train-m.corpus';
import { EXCHANGE_TRAIN_N } from './exchange-train-n.corpus';
import { EXCHANGE_TRAIN_O } from './exchange-train-o.corpus';
import { EXCHANGE_TRAIN_P } from './exchange-train-p.corpus';
import { EXCHANGE_TRAIN_Q } from './exchange-train-q.corpus';
import { EXCHANGE_TRAIN_R } from './exchange-train-r.corpus';
import { STEWARD_COMMANDS } from './steward-commands.corpus';

/** Every set the bot's recognizer learns from. */
export const TRAINING_CORPUS: readonly CorpusSet[] = [
  EXCHANGE_DEV2,
  EXCHANGE_DEV3,
  EXCHANGE_DEV4,
  EXCHANGE_DEV5,
  EXCHANGE_DEV6,
  EXCHANGE_DEV7,
  EXCHANGE_HELDOUT,
  EXCHANGE_HELDOUT_FINAL,
  EXCHANGE_BLIND_3,
  EXCHANGE_BLIND_4,
  EXCHANGE_BLIND_5,
  EXCHANGE_BLIND_6,
  EXCHANGE_BLIND_7,
  EXCHANGE_TRAIN_A,
  EXCHANGE_TRAIN_B,
  EXCHANGE_TRAIN_C,
  IDENTITY_TRAIN_D,
  IDENTITY_TRAIN_E,
  IDENTITY_TRAIN_F,
  EXCHANGE_TRAIN_G,
  EXCHANGE_TRAIN_I,
  EXCHANGE_TRAIN_J,
  EXCHANGE_TRAIN_K,
  EXCHANGE_TRAIN_L,
  EXCHANGE_TRAIN_H,
  EXCHANGE_TRAIN_M,
  EXCHANGE_TRAIN_N,
  EXCHANGE_TRAIN_O,
  EXCHANGE_TRAIN_P,
  EXCHANGE_TRAIN_Q,
  EXCHANGE_TRAIN_R,
  STEWARD_COMMANDS,
];
