import { z } from 'zod';
import { buildFormCard } from './form.card';
import { formFieldsFromSchema, inputFromFormValues, labelFromKey } from './schema-fields';
import { validateCard } from '../test/cards/validate-card';

enum PhoneType {
  Mobile = 'mobile',
  Office = 'office',
}

const schema = z.object({
  user: z.string().email().describe('User principal name of the account.'),
  displayName: z.string().max(256),
  password: z.string().min(8).optional().describe('[secret] Leave empty to generate one.'),
  forceChangePasswordNextSignIn: z.boolean().default(true),
  method: z.enum(['mobile', 'alternateMobile', 'office']),
  phoneType: z.nativeEnum(PhoneType).optional(),
  reason: z.union([z.literal('left'), z.literal('compromised')]).nullable(),
  department: z.string().optional(),
  aliases: z.array(z.string()).default([]),
  days: z.number().int().min(1).max(30).default(7),
  roles: z.array(z.enum(['reader', 'helpdesk'])).optional(),
  nested: z.object({ a: z.string() }).optional(),
  targets: z.array(z.string()),
});

describe('formFieldsFromSchema', () => {
  const fields = formFieldsFromSchema(schema, { omit: ['targets'] });
  const byId = Object.fromEntries(fields.map((f) => [f.id, f]));

  it('maps each zod type to a field kind, in declaration order', () => {
    expect(fields.map((f) => [f.id, f.kind])).toEqual([
      ['user', 'email'],
      ['displayName', 'text'],
      ['password', 'password'],
      ['forceChangePasswordNextSignIn', 'toggle'],
      ['method', 'choice'],
      ['phoneType', 'choice'],
      ['reason', 'choice'],
      ['department', 'text'],
      ['aliases', 'multiline'],
      ['days', 'number'],
      ['roles', 'choice'],
    ]);
  });

  it('derives required, help, labels, defaults and limits', () => {
    expect(byId.user).toMatchObject({ label: 'User', required: true, help: 'User principal name of the account.', placeholder: 'name@contoso.com' });
    expect(byId.displayName).toMatchObject({ label: 'Display name', required: true, maxLength: 256 });
    expect(byId.password).toMatchObject({ required: false, help: 'Leave empty to generate one.' });
    expect(byId.forceChangePasswordNextSignIn).toMatchObject({ label: 'Force change password next sign in', required: false, value: true });
    expect(byId.method.choices).toEqual([
      { title: 'Mobile', value: 'mobile' },
      { title: 'Alternate mobile', value: 'alternateMobile' },
      { title: 'Office', value: 'office' },
    ]);
    expect(byId.phoneType).toMatchObject({ required: false, choices: [{ title: 'Mobile', value: 'mobile' }, { title: 'Office', value: 'office' }] });
    expect(byId.reason).toMatchObject({ required: false, choices: [{ title: 'Left', value: 'left' }, { title: 'Compromised', value: 'compromised' }] });
    expect(byId.department.required).toBe(false);
    expect(byId.aliases).toMatchObject({ required: false, placeholder: 'One per line' });
    expect(byId.aliases.value).toBeUndefined(); // an empty default list prefills nothing
    expect(byId.days).toMatchObject({ required: false, value: 7, min: 1, max: 30 });
    expect(byId.roles).toMatchObject({ multiSelect: true });
  });

  it('applies values, errors, labels and secrets; never prefills a secret', () => {
    const f = formFieldsFromSchema(schema, {
      omit: ['targets', 'nested'],
      values: { user: 'jane@contoso.com', password: 'Hunter2!', aliases: ['jd@contoso.com', 'Doe, Jane'], forceChangePasswordNextSignIn: false, department: 'IT' },
      errors: { user: 'No such user.' },
      labels: { user: 'User (UPN)' },
      secret: ['department'],
    });
    const by = Object.fromEntries(f.map((x) => [x.id, x]));
    expect(by.user).toMatchObject({ label: 'User (UPN)', value: 'jane@contoso.com', error: 'No such user.' });
    expect(by.password.value).toBeUndefined();
    expect(by.department).toMatchObject({ kind: 'password' });
    expect(by.department.value).toBeUndefined();
    expect(by.aliases.value).toBe('jd@contoso.com\nDoe, Jane');
    expect(by.forceChangePasswordNextSignIn.value).toBe(false);
  });

  it('treats strings whose key or description mention a password as secret', () => {
    const f = formFieldsFromSchema(z.object({ newPassword: z.string(), code: z.string().describe('The shared secret') }));
    expect(f.map((x) => x.kind)).toEqual(['password', 'password']);
  });

  it('feeds a form card that validates', () => {
    const card = buildFormCard({ actionId: 'users.reset-password', title: 'Reset password', fields, data: { steward: { verb: 'form' } } });
    expect(validateCard(card)).toEqual([]);
    expect(JSON.stringify(card)).not.toContain('${');
  });
});

describe('inputFromFormValues', () => {
  it('turns posted strings back into what the schema expects', () => {
    const input = inputFromFormValues(schema, {
      steward: { verb: 'form' },
      user: 'jane@contoso.com',
      displayName: 'Jane Doe',
      password: '',
      forceChangePasswordNextSignIn: 'false',
      method: 'office',
      phoneType: 'mobile',
      reason: '',
      aliases: 'jd@contoso.com\r\n\n Doe, Jane \n',
      days: '12',
      roles: 'reader,helpdesk',
      targets: ['x'],
    });
    expect(input).toEqual({
      user: 'jane@contoso.com',
      displayName: 'Jane Doe',
      forceChangePasswordNextSignIn: false,
      method: 'office',
      phoneType: 'mobile',
      reason: null,
      aliases: ['jd@contoso.com', 'Doe, Jane'],
      days: 12,
      roles: ['reader', 'helpdesk'],
      targets: ['x'],
    });
    expect(schema.safeParse(input).success).toBe(true);
  });
});

describe('labelFromKey', () => {
  it.each([
    ['forceChangePasswordNextSignIn', 'Force change password next sign in'],
    ['userPrincipalName', 'User principal name'],
    ['revokeMFASessions', 'Revoke MFA sessions'],
    ['upn', 'UPN'],
    ['usage_location', 'Usage location'],
    ['objectId', 'Object ID'],
  ])('%s → %s', (key, label) => {
    expect(labelFromKey(key)).toBe(label);
  });
});
