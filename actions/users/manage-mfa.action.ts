import { z } from 'zod';
import { defineAction } from '../define-action';
import { names } from './reset-mfa.action';

/**
 * Per-user MFA state lives only on the beta `authentication/requirements` endpoint; the default second
 * factor on beta `signInPreferences`. A phone is registered before the preference that may need it.
 */
const STATES = ['disabled', 'enabled', 'enforced'] as const;
const METHODS = ['push', 'oath', 'voiceMobile', 'voiceAlternateMobile', 'voiceOffice', 'sms'] as const;
const PHONE = /^\+\d{1,3} \d{5,15}$/;

const METHOD_LABELS: Record<string, string> = {
  push: 'Authenticator push',
  oath: 'Authenticator code / token',
  voiceMobile: 'Call to mobile',
  voiceAlternateMobile: 'Call to alternate mobile',
  voiceOffice: 'Call to office phone',
  sms: 'Text message',
};
const stateLabel = (s: string | null | undefined) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : 'Unknown');
const methodLabel = (m: string | null | undefined) => (m ? METHOD_LABELS[m] ?? m : 'None');

interface SignInPreferences {
  isSystemPreferredAuthenticationMethodEnabled?: boolean | null;
  userPreferredMethodForSecondaryAuthentication?: string | null;
}

export const manageMfaAction = defineAction({
  id: 'user.manage-mfa',
  title: 'Manage MFA',
  category: 'Users',
  description: 'Set the per-user MFA state (disabled / enabled / enforced), the default second factor, and register a phone.',
  phrases: [
    'enable MFA for jane@contoso.com',
    'enforce multi-factor authentication on jane@contoso.com',
    'set the per-user MFA state of jane@contoso.com',
    'change the default MFA method of jane@contoso.com to text message',
    'manage MFA settings',
    'require 2FA for jane@contoso.com',
  ],
  paramRules: [
    {
      name: 'perUserMfaState',
      when: [
        { pattern: /\benforc/i, value: 'enforced' },
        { pattern: /\b(?:disable|turn(?:ed)? off|switch off|deactivate|remove|stop)\b/i, value: 'disabled' },
        { pattern: /\b(?:enable|turn(?:ed)? on|switch on|activate|require|add)\b/i, value: 'enabled' },
      ],
    },
    {
      name: 'preferredMethod',
      when: [
        { pattern: /\b(?:sms|text(?: message)?)\b/i, value: 'sms' },
        { pattern: /\b(?:push|notification|approve)\b/i, value: 'push' },
        { pattern: /\b(?:oath|totp|code|hardware token)\b/i, value: 'oath' },
        { pattern: /\b(?:phone call|voice|call)\b/i, value: 'voiceMobile' },
      ],
    },
    { name: 'phoneNumber', capture: /(\+[\d ]{3,20}\d)/ },
  ],
  target: 'user',
  input: z.object({
    perUserMfaState: z.enum(STATES).optional().describe('Per-user MFA: disabled, enabled or enforced.'),
    preferredMethod: z.enum(METHODS).optional().describe('Default second factor (the user needs a matching method).'),
    systemPreferredMfa: z.boolean().optional().describe('Let Entra pick the strongest registered method.'),
    phoneNumber: z.string().optional().describe('Register this phone first, e.g. "+1 2065555555".'),
    phoneType: z.enum(['mobile', 'alternateMobile', 'office']).default('mobile').describe('Kind of phone to register.'),
  }),
  check(input): Record<string, string> {
    if (input.phoneNumber !== undefined && !PHONE.test(input.phoneNumber.trim())) {
      return { phoneNumber: 'Use the country code, a space, then the number, e.g. "+1 2065555555".' };
    }
    if (!input.perUserMfaState && !input.preferredMethod && input.systemPreferredMfa === undefined && !input.phoneNumber) {
      return { perUserMfaState: 'Choose what to change: the MFA state, the default method or a phone.' };
    }
    return {};
  },
  permission: 'management',
  bulk: true,
  destructive: false,
  backend: 'graph',
  summarize: (input, targets) => {
    const parts = [];
    if (input.perUserMfaState) parts.push(`set per-user MFA to ${input.perUserMfaState}`);
    if (input.phoneNumber) parts.push(`register the ${input.phoneType} phone ${input.phoneNumber}`);
    if (input.preferredMethod) parts.push(`make ${methodLabel(input.preferredMethod)} the default method`);
    if (input.systemPreferredMfa !== undefined) parts.push(`${input.systemPreferredMfa ? 'turn on' : 'turn off'} system-preferred MFA`);
    return `For ${names(targets)}: ${parts.join(', ')}.`;
  },
  describeInput: (input) => [
    ...(input.perUserMfaState ? [{ label: 'Per-user MFA', value: stateLabel(input.perUserMfaState) }] : []),
    ...(input.phoneNumber ? [{ label: 'Phone', value: `${input.phoneNumber} (${input.phoneType})` }] : []),
    ...(input.preferredMethod ? [{ label: 'Default method', value: methodLabel(input.preferredMethod) }] : []),
    ...(input.systemPreferredMfa !== undefined ? [{ label: 'System-preferred MFA', value: input.systemPreferredMfa ? 'On' : 'Off' }] : []),
  ],
  async preview(ctx, user, input) {
    const id = encodeURIComponent(user.id);
    const changes = [];
    if (input.perUserMfaState) {
      const req = await ctx.directory.graph.get<{ perUserMfaState?: string }>(`/users/${id}/authentication/requirements`, { version: 'beta' });
      if (req.perUserMfaState !== input.perUserMfaState) {
        changes.push({ label: 'Per-user MFA', before: stateLabel(req.perUserMfaState), after: stateLabel(input.perUserMfaState) });
      }
    }
    if (input.phoneNumber) changes.push({ label: `Phone (${input.phoneType})`, before: 'Not changed here', after: input.phoneNumber.trim() });
    if (input.preferredMethod || input.systemPreferredMfa !== undefined) {
      const pref = await ctx.directory.graph.get<SignInPreferences>(`/users/${id}/authentication/signInPreferences`, { version: 'beta' });
      if (input.preferredMethod && pref.userPreferredMethodForSecondaryAuthentication !== input.preferredMethod) {
        changes.push({ label: 'Default method', before: methodLabel(pref.userPreferredMethodForSecondaryAuthentication), after: methodLabel(input.preferredMethod) });
      }
      if (input.systemPreferredMfa !== undefined && pref.isSystemPreferredAuthenticationMethodEnabled !== input.systemPreferredMfa) {
        changes.push({ label: 'System-preferred MFA', before: pref.isSystemPreferredAuthenticationMethodEnabled ? 'On' : 'Off', after: input.systemPreferredMfa ? 'On' : 'Off' });
      }
    }
    return changes.length === 0 ? { changes, noop: 'MFA settings are already as asked.' } : { changes };
  },
  async run(ctx, user, input) {
    const id = encodeURIComponent(user.id);
    const done: { label: string; before: string; after: string }[] = [];
    if (input.perUserMfaState) {
      const req = await ctx.directory.graph.get<{ perUserMfaState?: string }>(`/users/${id}/authentication/requirements`, { version: 'beta' });
      if (req.perUserMfaState !== input.perUserMfaState) {
        await ctx.directory.graph.patch(`/users/${id}/authentication/requirements`, { perUserMfaState: input.perUserMfaState }, { version: 'beta' });
        done.push({ label: 'Per-user MFA', before: stateLabel(req.perUserMfaState), after: stateLabel(input.perUserMfaState) });
      }
    }
    if (input.phoneNumber) {
      await ctx.directory.graph.post(`/users/${id}/authentication/phoneMethods`, { phoneNumber: input.phoneNumber.trim(), phoneType: input.phoneType });
      done.push({ label: `Phone (${input.phoneType})`, before: '—', after: input.phoneNumber.trim() });
    }
    const prefs: Record<string, unknown> = {};
    if (input.preferredMethod) prefs.userPreferredMethodForSecondaryAuthentication = input.preferredMethod;
    if (input.systemPreferredMfa !== undefined) prefs.isSystemPreferredAuthenticationMethodEnabled = input.systemPreferredMfa;
    if (Object.keys(prefs).length > 0) {
      await ctx.directory.graph.patch(`/users/${id}/authentication/signInPreferences`, prefs, { version: 'beta' });
      if (input.preferredMethod) done.push({ label: 'Default method', before: 'Previous', after: methodLabel(input.preferredMethod) });
      if (input.systemPreferredMfa !== undefined) done.push({ label: 'System-preferred MFA', before: 'Previous', after: input.systemPreferredMfa ? 'On' : 'Off' });
    }
    if (done.length === 0) return { outcome: 'skipped', message: 'MFA settings were already as asked.' };
    return {
      outcome: 'succeeded',
      message: `MFA settings updated: ${done.map((d) => `${d.label} ${d.after}`).join(', ')}.`,
      changes: done,
      audit: { perUserMfaState: input.perUserMfaState ?? null, preferredMethod: input.preferredMethod ?? null, phoneType: input.phoneNumber ? input.phoneType : null },
    };
  },
});
