import type { AuthMethod } from '../../directory.types';

/**
 * Maps Graph's authentication-method @odata.type to the typed collection that holds it (needed to
 * delete it) and to the label an operator reads on a card.
 */

interface MethodKind {
  kind: string;
  label: (m: Record<string, unknown>) => string;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const withDetail = (name: string, detail: string | undefined) => (detail ? `${name} (${detail})` : name);

const PHONE_TYPE_LABELS: Record<string, string> = { mobile: 'mobile', alternateMobile: 'alternate mobile', office: 'office' };

const KINDS: Record<string, MethodKind> = {
  '#microsoft.graph.passwordAuthenticationMethod': { kind: 'passwordMethods', label: () => 'Password' },
  '#microsoft.graph.phoneAuthenticationMethod': {
    kind: 'phoneMethods',
    label: (m) => `Phone ${text(m.phoneNumber) ?? ''} (${PHONE_TYPE_LABELS[String(m.phoneType)] ?? text(m.phoneType) ?? 'phone'})`.replace('  ', ' '),
  },
  '#microsoft.graph.microsoftAuthenticatorAuthenticationMethod': {
    kind: 'microsoftAuthenticatorMethods',
    label: (m) => withDetail('Microsoft Authenticator', text(m.displayName) ?? text(m.deviceTag)),
  },
  '#microsoft.graph.fido2AuthenticationMethod': {
    kind: 'fido2Methods',
    label: (m) => withDetail('FIDO2 security key', text(m.displayName) ?? text(m.model)),
  },
  '#microsoft.graph.softwareOathAuthenticationMethod': { kind: 'softwareOathMethods', label: () => 'Software OATH token' },
  '#microsoft.graph.hardwareOathAuthenticationMethod': {
    kind: 'hardwareOathMethods',
    label: (m) => withDetail('Hardware OATH token', text(m.displayName)),
  },
  '#microsoft.graph.emailAuthenticationMethod': {
    kind: 'emailMethods',
    label: (m) => withDetail('Email', text(m.emailAddress)),
  },
  '#microsoft.graph.windowsHelloForBusinessAuthenticationMethod': {
    kind: 'windowsHelloForBusinessMethods',
    label: (m) => withDetail('Windows Hello for Business', text(m.displayName)),
  },
  '#microsoft.graph.temporaryAccessPassAuthenticationMethod': { kind: 'temporaryAccessPassMethods', label: () => 'Temporary Access Pass' },
  '#microsoft.graph.platformCredentialAuthenticationMethod': {
    kind: 'platformCredentialMethods',
    label: (m) => withDetail('Platform credential', text(m.displayName)),
  },
  '#microsoft.graph.externalAuthenticationMethod': {
    kind: 'externalAuthenticationMethods',
    label: (m) => withDetail('External authentication method', text(m.displayName)),
  },
  '#microsoft.graph.qrCodePinAuthenticationMethod': { kind: 'qrCodePinMethod', label: () => 'QR code sign-in' },
};

/** A Graph method object → AuthMethod. Unknown types keep working: "#microsoft.graph.fooAuthenticationMethod" → "fooMethods". */
export function toAuthMethod(raw: Record<string, unknown>): AuthMethod {
  const odataType = String(raw['@odata.type'] ?? '');
  const known = KINDS[odataType];
  const fallbackName = /^#microsoft\.graph\.(\w+?)AuthenticationMethod$/.exec(odataType)?.[1];
  const kind = known?.kind ?? (fallbackName ? `${fallbackName}Methods` : 'methods');
  const label = known?.label(raw) ?? (fallbackName ? `${fallbackName} method` : 'Authentication method');
  const method: AuthMethod = { id: String(raw.id), odataType, kind, label };
  if (kind === 'phoneMethods' && typeof raw.phoneType === 'string') method.phoneType = raw.phoneType;
  return method;
}
