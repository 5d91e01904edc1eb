import {
  buildChoiceCard,
  buildConfirmCard,
  buildErrorCard,
  buildFormCard,
  buildHelpCard,
  buildResultCard,
  buildSessionCard,
  type AdaptiveCardJson,
  type ResultTargetModel,
} from './index';
import {
  bulkConfirmModel,
  choiceModel,
  confirmModel,
  errorModel,
  footerOn,
  formModel,
  helpModel,
  resultModel,
  sessionModel,
} from '../test/cards/card-fixtures';
import { actionByTitle, elementById, findElements, renderCard, validateCard } from '../test/cards/validate-card';

function expectValid(card: AdaptiveCardJson): void {
  expect(validateCard(card)).toEqual([]);
  expect(card.type).toBe('AdaptiveCard');
  expect(card.version).toBe('1.5');
}

function textRuns(card: AdaptiveCardJson): Record<string, any>[] {
  return findElements(card, (n) => n.type === 'TextRun' || n.type === 'TextBlock');
}

describe('every builder', () => {
  const cards: Record<string, AdaptiveCardJson> = {
    form: buildFormCard(formModel),
    confirm: buildConfirmCard(confirmModel),
    bulkConfirm: buildConfirmCard(bulkConfirmModel(60)),
    result: buildResultCard(resultModel),
    choice: buildChoiceCard(choiceModel),
    error: buildErrorCard(errorModel),
    help: buildHelpCard(helpModel(5)),
    session: buildSessionCard(sessionModel),
  };

  it.each(Object.keys(cards))('%s: valid Adaptive Card 1.5, no unexpanded bindings, footer last', (name) => {
    const card = cards[name];
    expectValid(card);
    expect(JSON.stringify(card)).not.toContain('${');
    const body = card.body as Record<string, any>[];
    const last = JSON.stringify(body[body.length - 1]);
    expect(last).toContain('Management');
  });

  it('secrets appear only in the result card', () => {
    const secret = resultModel.secrets![0].value;
    for (const [name, card] of Object.entries(cards)) {
      expect([name, JSON.stringify(card).includes(secret)]).toEqual([name, name === 'result']);
    }
  });

  it('builds the same card twice (templates are not mutated)', () => {
    expect(buildConfirmCard(confirmModel)).toEqual(cards.confirm);
    expect(buildFormCard(formModel)).toEqual(cards.form);
  });
});

describe('buildFormCard', () => {
  const card = buildFormCard(formModel);

  it('renders one input per field kind', () => {
    expectValid(card);
    expect(elementById(card, 'user')).toMatchObject({ type: 'Input.Text', style: 'Email', isRequired: true, value: 'jane.doe@contoso.com' });
    expect(elementById(card, 'user').errorMessage).toMatch(/email/);
    expect(elementById(card, 'password')).toMatchObject({ type: 'Input.Text', style: 'Password' });
    expect(elementById(card, 'forceChangePasswordNextSignIn')).toMatchObject({ type: 'Input.Toggle', value: 'true', valueOn: 'true', valueOff: 'false' });
    expect(elementById(card, 'revokeSessions')).toMatchObject({ type: 'Input.Toggle', value: 'false' });
    expect(elementById(card, 'notifyDays')).toMatchObject({ type: 'Input.Number', min: 1, max: 30, value: 7 });
    expect(elementById(card, 'phoneType')).toMatchObject({ type: 'Input.ChoiceSet', style: 'compact', value: 'mobile', isRequired: true });
    expect(elementById(card, 'phoneType').choices).toHaveLength(3);
    expect(elementById(card, 'startDate')).toMatchObject({ type: 'Input.Date', value: '2025-04-01' });
    expect(elementById(card, 'aliases')).toMatchObject({ type: 'Input.Text', isMultiline: true, placeholder: 'One per line' });
    expect(elementById(card, 'note')).toMatchObject({ type: 'Input.Text', isRequired: false });
    expect(elementById(card, 'note').value).toBeUndefined();
  });

  it('never prefills a password', () => {
    expect(elementById(card, 'password').value).toBeUndefined();
    expect(JSON.stringify(card)).not.toContain('Hunter2!');
  });

  it('shows labels, help and the inline error in attention color', () => {
    const text = renderCard(card);
    for (const s of ['Reset password', 'User', 'User principal name', 'Leave empty to generate one.', 'Must be 30 or less.', 'Management ON · 1 h 52 min left']) {
      expect(text).toContain(s);
    }
    const error = textRuns(card).find((r) => String(r.text).includes('Must be 30 or less.'));
    expect(error).toMatchObject({ color: 'Attention' });
  });

  it('submits the model data and cancels without inputs', () => {
    expect(actionByTitle(card, 'Continue')).toMatchObject({ type: 'Action.Submit', data: formModel.data });
    expect(actionByTitle(card, 'Cancel')).toEqual({
      type: 'Action.Submit',
      title: 'Cancel',
      associatedInputs: 'none',
      data: { steward: { verb: 'cancel', planId: 'plan-123', actionId: 'users.reset-password' } },
    });
    expect(card.msteams).toEqual({ width: 'Full' });
  });

  it('uses a filtered ChoiceSet for long lists and a custom submit title', () => {
    const choices = Array.from({ length: 30 }, (_, i) => ({ title: `Country ${i}`, value: `c${i}` }));
    const long = buildFormCard({
      ...formModel,
      submitTitle: 'Preview',
      fields: [{ id: 'usageLocation', label: 'Usage location', kind: 'choice', required: true, choices }],
    });
    expectValid(long);
    expect(elementById(long, 'usageLocation').style).toBe('filtered');
    expect(actionByTitle(long, 'Preview').data).toEqual(formModel.data);
  });
});

describe('buildConfirmCard', () => {
  it('lists targets, changes, items and warnings, with Confirm data echoing the plan', () => {
    const card = buildConfirmCard(confirmModel);
    expectValid(card);
    const text = renderCard(card);
    for (const s of [
      'Require MFA re-registration',
      confirmModel.summary,
      'Jane Doe',
      'jane.doe@contoso.com · Finance',
      'Scope: Whole tenant',
      'Authentication methods: 3 → 0',
      '• Microsoft Authenticator (iPhone 15)',
      '• FIDO2 security key (YubiKey 5)',
      'privileged role',
      'auto-enable turned it on',
      'Revoke sessions',
    ]) {
      expect(text).toContain(s);
    }
    expect(actionByTitle(card, 'Confirm')).toMatchObject({
      type: 'Action.Submit',
      data: { steward: { verb: 'confirm', planId: 'plan-7f3a', actionId: 'users.reset-mfa', targets: confirmModel.targetKeys } },
    });
    expect(actionByTitle(card, 'Cancel')).toMatchObject({
      associatedInputs: 'none',
      data: { steward: { verb: 'cancel', planId: 'plan-7f3a', actionId: 'users.reset-mfa' } },
    });
    expect(findElements(card, (n) => n.type === 'FactSet')[0].facts).toEqual([
      { title: 'Revoke sessions', value: 'yes' },
      { title: 'Keep password', value: 'yes' },
    ]);
  });

  it('styles destructive plans: attention container and destructive Confirm', () => {
    const card = buildConfirmCard(confirmModel);
    expect(actionByTitle(card, 'Confirm').style).toBe('destructive');
    expect(findElements(card, (n) => n.type === 'Container' && n.style === 'attention')).toHaveLength(1);

    const safe = buildConfirmCard({ ...confirmModel, destructive: false });
    expectValid(safe);
    expect(actionByTitle(safe, 'Confirm').style).toBe('positive');
    expect(findElements(safe, (n) => n.style === 'attention')).toHaveLength(0);
  });

  it('stays under 25 KB with 60 targets, collapsing beyond 10 without losing warnings or keys', () => {
    const model = bulkConfirmModel(60);
    const card = buildConfirmCard(model);
    expectValid(card);
    expect(JSON.stringify(card).length).toBeLessThan(25_000);
    const text = renderCard(card);
    expect(text).toContain('Will change 60 targets');
    expect(text).toContain('User 10');
    expect(text).toContain('…and 50 more');
    expect(text).toContain('User 11, User 12');
    expect(text).toContain('(all 50)');
    expect(text).toContain('Break-glass account'); // warning of target 41, which is collapsed
    expect(actionByTitle(card, 'Confirm').data.steward.targets).toHaveLength(60);
  });

  it('keeps the size bound even when every target has many items', () => {
    const model = bulkConfirmModel(60);
    model.targets = model.targets.map((t) => ({ ...t, items: Array.from({ length: 40 }, (_, i) => `Phone +39 02 555 ${1000 + i} (mobile)`) }));
    const card = buildConfirmCard(model);
    expectValid(card);
    expect(JSON.stringify(card).length).toBeLessThan(25_000);
  });

  it('shows 11 targets in full rather than "…and 1 more"', () => {
    const card = buildConfirmCard(bulkConfirmModel(11));
    expect(renderCard(card)).toContain('User 11');
    expect(renderCard(card)).not.toContain('more');
  });
});

describe('buildResultCard', () => {
  it('shows the outcome header, every target, changes, secrets and the correlation id', () => {
    const card = buildResultCard(resultModel);
    expectValid(card);
    const text = renderCard(card);
    for (const s of ['⚠ Password reset', '✗ John Smith', 'synced from on-premises AD', 'Ana Ruiz', '✓ Jane Doe', 'Password: set 2024-11-02 → temporary']) {
      expect(text).toContain(s);
    }
    expect(text).toContain('Temporary password for Jane Doe');
    expect(text).toContain('Shown only to you, once; not stored.');
    const secretRun = textRuns(card).find((r) => r.text === 'Vq7#mK2p_Lx9*');
    expect(secretRun).toMatchObject({ type: 'TextRun', fontType: 'Monospace' });
    const correlation = textRuns(card).find((r) => String(r.text).includes(resultModel.correlationId));
    expect(correlation).toMatchObject({ size: 'Small', isSubtle: true });
  });

  it.each([
    ['succeeded', '✓', 'Good'],
    ['partial', '⚠', 'Warning'],
    ['failed', '✗', 'Attention'],
  ] as const)('%s header uses %s in %s', (outcome, glyph, color) => {
    const card = buildResultCard({ ...resultModel, outcome, secrets: undefined });
    const header = textRuns(card)[0];
    expect(header).toMatchObject({ text: `${glyph} Password reset`, color });
    expect(renderCard(card)).not.toContain('not stored');
  });

  it('never hides a failure among many successes', () => {
    const targets: ResultTargetModel[] = Array.from({ length: 60 }, (_, i) => ({
      display: `User ${i + 1}`,
      outcome: i === 17 || i === 58 ? 'failed' : 'succeeded',
      message: i === 17 || i === 58 ? `Throttled (attempt ${i})` : 'Done',
    }));
    const card = buildResultCard({ ...resultModel, targets, secrets: undefined });
    expectValid(card);
    const text = renderCard(card);
    expect(text).toContain('User 18 — Throttled (attempt 17)');
    expect(text).toContain('User 59 — Throttled (attempt 58)');
    expect(text).toContain('60 targets: 58 succeeded · 2 failed');
    expect(text).toMatch(/…and \d+ more succeeded/);
    expect(JSON.stringify(card).length).toBeLessThan(25_000);
  });
});

describe('buildChoiceCard', () => {
  it('uses radio buttons for a short list, with id "choice" and the model data', () => {
    const card = buildChoiceCard(choiceModel);
    expectValid(card);
    expect(elementById(card, 'choice')).toMatchObject({ type: 'Input.ChoiceSet', style: 'expanded', isRequired: true });
    expect(elementById(card, 'choice').choices[0]).toEqual({ title: 'Jane Doe — jane.doe@contoso.com · Finance', value: choiceModel.choices[0].value });
    expect(actionByTitle(card, 'Continue').data).toEqual(choiceModel.data);
    expect(actionByTitle(card, 'Cancel')).toMatchObject({
      associatedInputs: 'none',
      data: { steward: { verb: 'cancel', planId: 'plan-9', actionId: 'users.reset-password' } },
    });
    expect(renderCard(card)).toContain("3 users match 'Jane'");
  });

  it('uses a dropdown above 6 choices', () => {
    const choices = Array.from({ length: 7 }, (_, i) => ({ title: `Jane ${i}`, value: `id-${i}` }));
    const card = buildChoiceCard({ ...choiceModel, choices });
    expectValid(card);
    expect(elementById(card, 'choice').style).toBe('compact');
  });
});

describe('buildErrorCard', () => {
  it('is friendly, with the fix, a button and code + correlation id in small subtle text', () => {
    const card = buildErrorCard(errorModel);
    expectValid(card);
    const text = renderCard(card);
    for (const s of ["You can't manage this user", 'outside your virtual tenant', 'How to fix it', 'Ask a Tenant Admin', 'Management OFF']) {
      expect(text).toContain(s);
    }
    const meta = textRuns(card).find((r) => String(r.text).includes('SCOPE_DENIED'));
    expect(meta).toMatchObject({ size: 'Small', isSubtle: true });
    expect(meta!.text).toContain(errorModel.correlationId);
    expect(actionByTitle(card, 'Turn on management')).toMatchObject({ data: { steward: { verb: 'session-on' } }, style: 'positive' });
  });

  it('works without hint, buttons or footer', () => {
    const card = buildErrorCard({ code: 'X', title: 'Oops', message: 'Something broke.', correlationId: 'c1' });
    expectValid(card);
    expect(card.actions).toBeUndefined();
    expect(renderCard(card)).not.toContain('How to fix it');
    expect(renderCard(card)).not.toContain('Management');
  });
});

describe('buildHelpCard', () => {
  it('collapses categories when the list is long, with working toggles', () => {
    const card = buildHelpCard(helpModel(5));
    expectValid(card);
    const toggles = findElements(card, (n) => n.type === 'Action.ToggleVisibility');
    expect(toggles).toHaveLength(3);
    for (const toggle of toggles) {
      const target = elementById(card, toggle.targetElements[0]);
      expect(target.isVisible).toBe(false);
    }
    const text = renderCard(card);
    expect(text).toContain('Hi Marco Rossi');
    expect(text).toContain('Your roles: Management');
    expect(text).toContain('Authentication (5 actions)');
    expect(text).toContain('“do users thing 1 for jane@contoso.com”');
    expect(text).toContain('management on — Turn on the management session.');
  });

  it('shows everything inline when short, and a pointer when nothing is allowed', () => {
    const short = buildHelpCard(helpModel(2));
    expectValid(short);
    expect(findElements(short, (n) => n.type === 'Action.ToggleVisibility')).toHaveLength(0);
    expect(findElements(short, (n) => n.isVisible === false)).toHaveLength(0);

    const none = buildHelpCard({ ...helpModel(0), roles: [] });
    expectValid(none);
    expect(renderCard(none)).toContain("You can't run management actions yet.");
  });
});

describe('buildSessionCard', () => {
  it.each([
    ['on', '● Management ON'],
    ['enabling', '◌ Management turning on…'],
    ['off', '○ Management OFF'],
  ] as const)('%s', (state, header) => {
    const card = buildSessionCard({ ...sessionModel, state, footer: { ...footerOn, state } });
    expectValid(card);
    const text = renderCard(card);
    expect(text).toContain(header);
    expect(text).toContain('Auto-enable: On');
    expect(text).toContain('Last changed by: Marco Rossi');
    expect(text.includes('Time left: 1 h 52 min')).toBe(state === 'on');
    expect(actionByTitle(card, 'Turn off').data).toEqual({ steward: { verb: 'session-off' } });
  });
});

describe('template injection', () => {
  const evil = [
    '${evil}',
    "${$root.planId}",
    "${if(true, 'owned', 'x')}",
    '$data',
    'Price $5 {x} `tick` \\ @{x}',
    '[click](https://evil.example) **bold**',
  ];

  it('keeps user-provided strings literal in every card', () => {
    const name = evil.join(' | ');
    const cards = [
      buildConfirmCard({
        ...confirmModel,
        summary: name,
        targets: [{ display: name, detail: name, scope: name, changes: [{ label: name, before: name, after: name }], items: [name], warnings: [name] }],
        parameters: [{ label: name, value: name }],
        notices: [name],
      }),
      buildResultCard({ ...resultModel, title: name, summary: name, targets: [{ display: name, outcome: 'failed', message: name }], correlationId: name }),
      buildChoiceCard({ ...choiceModel, title: name, prompt: name, choices: [{ title: name, subtitle: name, value: name }] }),
      buildErrorCard({ ...errorModel, title: name, message: name, hint: name, code: name, correlationId: name }),
      buildFormCard({ ...formModel, title: name, intro: name, fields: [{ id: 'x', label: name, kind: 'text', required: true, help: name, value: name, error: name }] }),
      buildHelpCard({ operator: name, roles: [name], categories: [{ name, actions: [{ title: name, example: name, description: name }] }], commands: [{ example: name, description: name }] }),
      buildSessionCard({ ...sessionModel, message: name, lastChangedBy: name }),
    ];
    for (const card of cards) {
      expectValid(card);
      const json = JSON.stringify(card);
      for (const piece of evil) expect(json).toContain(JSON.stringify(piece).slice(1, -1));
      // Nothing was evaluated: "owned" only ever appears inside the literal expression text.
      expect(json.split('owned').length).toBe(json.split("'owned'").length);
      expect(json).not.toContain('plan-7f3a |');
    }
  });

  it('passes button data through verbatim, even keys the template engine reserves', () => {
    const data = { steward: { verb: 'form' as const, actionId: 'a.b' }, $data: '${x}', $when: '${false}', note: null };
    const card = buildFormCard({ ...formModel, data });
    expect(actionByTitle(card, 'Continue').data).toEqual(data);
  });

  it('keeps markdown-like names out of markdown (TextRuns, not TextBlocks)', () => {
    const card = buildConfirmCard({ ...confirmModel, targets: [{ ...confirmModel.targets[0], display: '[click](https://evil.example)' }] });
    const holders = findElements(card, (n) => n.text === '[click](https://evil.example)');
    expect(holders.map((h) => h.type)).toEqual(['TextRun']);
  });
});
