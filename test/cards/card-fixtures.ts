import type {
  ChoiceCardModel,
  ConfirmCardModel,
  ConfirmTargetModel,
  ErrorCardModel,
  FormCardModel,
  HelpCardModel,
  ResultCardModel,
  SessionCardModel,
  SessionFooterModel,
} from '../../cards/card.types';

/** Realistic view models for card tests (Contoso tenant, MFA re-registration and password reset). */

export const NOW = '2025-03-10T09:00:00.000Z';

export const footerOn: SessionFooterModel = { state: 'on', expiresAt: '2025-03-10T10:52:30.000Z', now: NOW };

export function guid(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

export const formModel: FormCardModel = {
  actionId: 'users.reset-password',
  title: 'Reset password',
  intro: 'Sets a temporary password for Jane Doe. She must change it at next sign-in.',
  fields: [
    { id: 'user', label: 'User', kind: 'email', required: true, value: 'jane.doe@contoso.com', help: 'User principal name' },
    { id: 'password', label: 'Password', kind: 'password', required: false, value: 'Hunter2!', help: 'Leave empty to generate one.' },
    { id: 'forceChangePasswordNextSignIn', label: 'Force change password next sign in', kind: 'toggle', required: false, value: true },
    { id: 'revokeSessions', label: 'Revoke sessions', kind: 'toggle', required: false, value: false },
    { id: 'notifyDays', label: 'Notify after days', kind: 'number', required: false, min: 1, max: 30, value: 7, error: 'Must be 30 or less.' },
    {
      id: 'phoneType',
      label: 'Phone type',
      kind: 'choice',
      required: true,
      choices: [
        { title: 'Mobile', value: 'mobile' },
        { title: 'Alternate mobile', value: 'alternateMobile' },
        { title: 'Office', value: 'office' },
      ],
      value: 'mobile',
    },
    { id: 'startDate', label: 'Start date', kind: 'date', required: false, value: '2025-04-01' },
    { id: 'aliases', label: 'Aliases', kind: 'multiline', required: false, placeholder: 'One per line', value: 'jd@contoso.com\njane@contoso.com' },
    { id: 'note', label: 'Note', kind: 'text', required: false },
  ],
  data: { steward: { verb: 'form', actionId: 'users.reset-password', planId: 'plan-123' } },
  footer: footerOn,
};

export function confirmTarget(n: number, overrides: Partial<ConfirmTargetModel> = {}): ConfirmTargetModel {
  return {
    display: `User ${n}`,
    detail: `user${n}@contoso.com · Sales`,
    scope: 'Virtual tenant: Italy',
    changes: [
      { label: 'MFA methods', before: '3 registered', after: 'none (registers again at next sign-in)' },
      { label: 'Sign-in sessions', before: 'active', after: 'revoked' },
    ],
    items: ['Microsoft Authenticator (iPhone 15)', 'Phone +39 02 555 0100 (mobile)'],
    ...overrides,
  };
}

export const confirmModel: ConfirmCardModel = {
  planId: 'plan-7f3a',
  actionId: 'users.reset-mfa',
  title: 'Require MFA re-registration',
  summary: 'Remove 3 authentication methods from Jane Doe so she registers MFA again.',
  destructive: true,
  targets: [
    {
      display: 'Jane Doe',
      detail: 'jane.doe@contoso.com · Finance',
      scope: 'Whole tenant',
      changes: [{ label: 'Authentication methods', before: '3', after: '0' }],
      items: ['Microsoft Authenticator (iPhone 15)', 'Phone +1 425 555 0100 (mobile)', 'FIDO2 security key (YubiKey 5)'],
      warnings: ['Jane is a member of a privileged role; she cannot sign in until she registers again.'],
    },
  ],
  parameters: [
    { label: 'Revoke sessions', value: 'yes' },
    { label: 'Keep password', value: 'yes' },
  ],
  notices: ['Management session was off: auto-enable turned it on.'],
  targetKeys: [guid(1)],
  footer: footerOn,
};

export function bulkConfirmModel(count: number): ConfirmCardModel {
  const targets = Array.from({ length: count }, (_, i) =>
    confirmTarget(i + 1, i === 40 ? { warnings: ['Break-glass account: excluded from Conditional Access.'] } : {}),
  );
  return {
    ...confirmModel,
    title: 'Require MFA re-registration',
    summary: `Remove all authentication methods from ${count} users so they register MFA again.`,
    targets,
    targetKeys: targets.map((_, i) => guid(i + 1)),
  };
}

export const resultModel: ResultCardModel = {
  title: 'Password reset',
  outcome: 'partial',
  summary: 'Reset the password of 2 of 3 users.',
  targets: [
    {
      display: 'Jane Doe',
      outcome: 'succeeded',
      message: 'Password reset; she must change it at next sign-in.',
      changes: [{ label: 'Password', before: 'set 2024-11-02', after: 'temporary' }],
    },
    { display: 'John Smith', outcome: 'failed', message: 'Graph refused: the user is synced from on-premises AD.' },
    { display: 'Ana Ruiz', outcome: 'skipped', message: 'Account is disabled; nothing to do.' },
  ],
  secrets: [{ label: 'Temporary password for Jane Doe', value: 'Vq7#mK2p_Lx9*' }],
  correlationId: 'c0ffee00-1234-4abc-8def-000000000042',
  footer: footerOn,
};

export const choiceModel: ChoiceCardModel = {
  title: "3 users match 'Jane'",
  prompt: 'Which one did you mean?',
  choices: [
    { title: 'Jane Doe', subtitle: 'jane.doe@contoso.com · Finance', value: guid(1) },
    { title: 'Jane Roe', subtitle: 'jane.roe@contoso.com · Sales', value: guid(2) },
    { title: 'Janet King', value: guid(3) },
  ],
  data: { steward: { verb: 'choose', planId: 'plan-9', actionId: 'users.reset-password' } },
  footer: footerOn,
};

export const errorModel: ErrorCardModel = {
  code: 'SCOPE_DENIED',
  title: "You can't manage this user",
  message: 'John Smith is outside your virtual tenant (Italy).',
  hint: 'Ask a Tenant Admin to add the user to your scope, or pick a user in Italy.',
  correlationId: 'c0ffee00-1234-4abc-8def-000000000043',
  actions: [{ title: 'Turn on management', data: { steward: { verb: 'session-on' } } }],
  footer: { state: 'off', now: NOW },
};

export function helpModel(actionsPerCategory: number): HelpCardModel {
  const names = ['Users', 'Authentication', 'Groups'];
  return {
    operator: 'Marco Rossi',
    roles: ['Management'],
    categories: names.map((name, c) => ({
      name,
      actions: Array.from({ length: actionsPerCategory }, (_, i) => ({
        title: `${name} action ${i + 1}`,
        example: `do ${name.toLowerCase()} thing ${i + 1} for jane@contoso.com`,
        description: i % 2 === 0 ? `Does ${name.toLowerCase()} thing ${i + 1} (category ${c + 1}).` : undefined,
      })),
    })),
    commands: [
      { example: 'help', description: 'Show this card.' },
      { example: 'management on', description: 'Turn on the management session.' },
    ],
    footer: footerOn,
  };
}

export const sessionModel: SessionCardModel = {
  state: 'on',
  message: 'Management is on. It turns off two hours after the last management action.',
  timeLeft: '1 h 52 min left',
  autoEnable: true,
  lastChangedBy: 'Marco Rossi',
  actions: [{ title: 'Turn off', data: { steward: { verb: 'session-off' } } }],
  footer: footerOn,
};
