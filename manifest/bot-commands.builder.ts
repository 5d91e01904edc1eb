import type { AnyAction } from '../actions/define-action';

/**
 * The bot's command menu, derived from the action catalog so a new action shows up without editing
 * the manifest. Teams shows at most 10 commands per list and inserts the title into the compose box,
 * so titles are short phrases the recognizer understands.
 */

export interface BotCommand {
  title: string;
  description: string;
}

export interface CommandList {
  scopes: ('personal' | 'team' | 'groupChat')[];
  commands: BotCommand[];
}

/** Limits of bots[].commandLists[].commands in the v1.19 manifest schema. */
export const COMMAND_LIMITS = { perList: 10, title: 32, description: 128 } as const;

/** Commands the dialogs understand that are not catalog actions. */
const BUILT_IN: Record<string, BotCommand & { everywhere: boolean }> = {
  help: { title: 'help', description: 'What you may do here, filtered by your role.', everywhere: true },
  'session status': {
    title: 'session status',
    description: "Whether the tenant's management session is on, and how long it has left.",
    everywhere: true,
  },
  'turn on management session': {
    title: 'turn on management session',
    description: 'Allow management actions for the next two hours (Tenant Admins and Management only).',
    everywhere: false,
  },
  'turn off management session': {
    title: 'turn off management session',
    description: 'End the management session now; actions need it turned on again.',
    everywhere: false,
  },
  cancel: { title: 'cancel', description: 'Stop the request in progress at any step; nothing changes.', everywhere: false },
};

/**
 * The fixed order of the menu: help first, then the everyday helpdesk actions. Catalog actions not
 * listed here follow in catalog order, then the remaining built-ins; the first ten make the menu.
 */
const FIXED_ORDER = ['help', 'user.reset-mfa', 'user.revoke-sessions', 'user.set-sign-in-status', 'user.manage-password', 'session status'];
const TRAILING_BUILT_INS = ['turn on management session', 'turn off management session', 'cancel'];

/** Shortens at a word boundary, adding an ellipsis, so the text fits `max` characters. */
export function clampText(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** "reset MFA for jane@contoso.com" → "reset MFA": the example phrase without its example target. */
export function commandTitleOf(action: AnyAction): string {
  const phrase = action.phrases[0] ?? action.title;
  const withoutTarget = phrase.replace(/\s+(?:(?:for|of|to)\s+)?\S+@\S+$/i, '').trim();
  return clampText(withoutTarget || action.title, COMMAND_LIMITS.title);
}

function actionCommand(action: AnyAction): BotCommand {
  return { title: commandTitleOf(action), description: clampText(action.description, COMMAND_LIMITS.description) };
}

/** Every command in menu order (not yet cut to ten), with whether it works outside the 1:1 chat. */
export function orderedCommands(actions: readonly AnyAction[]): (BotCommand & { everywhere: boolean })[] {
  const byId = new Map(actions.map((a) => [a.id, a]));
  const keys = [...FIXED_ORDER, ...actions.map((a) => a.id).filter((id) => !FIXED_ORDER.includes(id)), ...TRAILING_BUILT_INS];
  const out: (BotCommand & { everywhere: boolean })[] = [];
  const titles = new Set<string>();
  for (const key of keys) {
    const builtIn = BUILT_IN[key];
    const action = byId.get(key);
    // Management actions run only in the 1:1 chat, so channel and group menus leave them out.
    const command = builtIn ? builtIn : action ? { ...actionCommand(action), everywhere: false } : undefined;
    if (!command || titles.has(command.title.toLowerCase())) continue;
    titles.add(command.title.toLowerCase());
    out.push({ title: command.title, description: clampText(command.description, COMMAND_LIMITS.description), everywhere: command.everywhere });
  }
  return out;
}

/** The manifest's commandLists: the full menu in the 1:1 chat, the read-only part in teams and group chats. */
export function commandListsFor(actions: readonly AnyAction[]): CommandList[] {
  const all = orderedCommands(actions);
  const strip = ({ title, description }: BotCommand): BotCommand => ({ title, description });
  return [
    { scopes: ['personal'], commands: all.slice(0, COMMAND_LIMITS.perList).map(strip) },
    { scopes: ['team', 'groupChat'], commands: all.filter((c) => c.everywhere).slice(0, COMMAND_LIMITS.perList).map(strip) },
  ];
}
