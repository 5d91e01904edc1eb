import { z } from 'zod';
import { defineAction, type ActionContext } from '../define-action';
import type { DirectoryUser } from '../directory.types';
import { names } from './reset-mfa.action';

/**
 * Password never expires. Graph stores it in `passwordPolicies`, a comma-separated flag list, so the
 * action reads it and writes it back with only DisablePasswordExpiration changed: DisableStrongPassword
 * must survive the change.
 */

const NEVER = 'DisablePasswordExpiration';

interface PolicyState {
  policies: string[];
  synced: boolean;
}

async function readPolicies(ctx: ActionContext, user: DirectoryUser): Promise<PolicyState> {
  const u = await ctx.directory.graph.get<{ passwordPolicies?: string | null; onPremisesSyncEnabled?: boolean | null }>(
    `/users/${encodeURIComponent(user.id)}?$select=passwordPolicies,onPremisesSyncEnabled`,
  );
  const policies = (u.passwordPolicies ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '' && p.toLowerCase() !== 'none');
  return { policies, synced: u.onPremisesSyncEnabled === true };
}

/** The new passwordPolicies value: the other flags kept, "None" when nothing is left. */
export function nextPolicies(current: readonly string[], neverExpires: boolean): string {
  const kept = current.filter((p) => p !== NEVER);
  const next = neverExpires ? [...kept, NEVER] : kept;
  return next.length === 0 ? 'None' : next.join(', ');
}

const label = (never: boolean) => (never ? 'never' : 'yes');

export const passwordNeverExpiresAction = defineAction({
  id: 'user.password-never-expires',
  title: 'Password never expires',
  category: 'Users',
  description: "Let a user's password never expire (e.g. a service account), or make it follow the tenant's expiry policy again.",
  phrases: [
    'set the password of {user} to never expire',
    "make {user}'s password non-expiring",
    'disable password expiration for a service account',
    'stop the password of {user} from expiring',
    'turn off password expiry',
    'let the password of {user} expire again',
    'password does not expire',
  ],
  paramRules: [
    {
      name: 'neverExpires',
      when: [
        {
          pattern:
            /\b(?:expire again|should expire|can expire|normal expir|allow (?:the )?password to expire|let (?:the |\S+ )?password expire|re-?enable (?:password )?expir|turn on (?:password )?expir|enable (?:password )?expir|remove (?:the )?never)/i,
          value: false,
        },
        { pattern: /\bnever|non[- ]?expiring|no expir|not expire|stop\b|disable|turn off|doesn'?t expire/i, value: true },
      ],
    },
  ],
  target: 'user',
  input: z.object({
    neverExpires: z.boolean().describe('On: the password never expires. Off: it expires under the tenant policy.'),
  }),
  permission: 'helpdesk',
  bulk: true,
  destructive: false,
  backend: 'graph',
  summarize: (input, targets) =>
    input.neverExpires
      ? `Let the password of ${names(targets)} never expire.`
      : `Make the password of ${names(targets)} expire under the tenant policy again.`,
  describeInput: (input) => [{ label: 'Password never expires', value: input.neverExpires ? 'Yes' : 'No' }],
  // Undo: the same action with the setting the user had (other passwordPolicies flags are kept by both runs).
  undo: {
    capture: async (ctx, user) => ({ neverExpires: (await readPolicies(ctx, user)).policies.includes(NEVER) }),
    restore: (captured) => ({ actionId: 'user.password-never-expires', params: captured as { neverExpires: boolean } }),
  },
  async preview(ctx, user, input) {
    const state = await readPolicies(ctx, user);
    const before = state.policies.includes(NEVER);
    if (before === input.neverExpires) {
      return { changes: [], noop: input.neverExpires ? 'The password already never expires.' : 'The password already expires.' };
    }
    const warnings = state.synced
      ? ['This user is synchronized from on-premises AD: with password hash sync, expiry follows the on-premises policy (DONT_EXPIRE_PASSWORD).']
      : [];
    return { changes: [{ label: 'Password expires', before: label(before), after: label(input.neverExpires) }], warnings };
  },
  async run(ctx, user, input) {
    const state = await readPolicies(ctx, user);
    const before = state.policies.includes(NEVER);
    if (before === input.neverExpires) {
      return { outcome: 'skipped', message: input.neverExpires ? 'The password already never expired.' : 'The password already expired.' };
    }
    const passwordPolicies = nextPolicies(state.policies, input.neverExpires);
    await ctx.directory.graph.patch(`/users/${encodeURIComponent(user.id)}`, { passwordPolicies });
    return {
      outcome: 'succeeded',
      message: input.neverExpires ? 'The password no longer expires.' : 'The password expires under the tenant policy again.',
      changes: [{ label: 'Password expires', before: label(before), after: label(input.neverExpires) }],
      audit: { passwordPolicies: { before: state.policies.join(', ') || 'None', after: passwordPolicies } },
    };
  },
});
