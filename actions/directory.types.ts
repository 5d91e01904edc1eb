import type { GraphGateway } from './graph-gateway.types';
import type { ExchangeGateway } from './exchange-gateway.types';

/**
 * The directory backend contract: what actions need from a tenant's directory (Microsoft Graph).
 * Actions depend on this interface, never on the Graph client, so a test or another backend can stand in.
 */

/** A user as the actions see it (a projection of microsoft.graph.user). */
export interface DirectoryUser {
  id: string;
  userPrincipalName: string;
  displayName: string;
  mail?: string | null;
  accountEnabled?: boolean | null;
  department?: string | null;
  jobTitle?: string | null;
  country?: string | null;
  companyName?: string | null;
  usageLocation?: string | null;
  userType?: string | null;
  passwordPolicies?: string | null;
  /** Read so virtual tenants can select users by them. */
  city?: string | null;
  state?: string | null;
  officeLocation?: string | null;
  employeeType?: string | null;
}

/** A group as virtual tenants refer to it. */
export interface DirectoryGroup {
  id: string;
  displayName: string;
  mail?: string | null;
}

/**
 * One registered authentication method.
 * `kind` is the typed collection under /users/{id}/authentication that holds it
 * (e.g. `phoneMethods`, `microsoftAuthenticatorMethods`, `passwordMethods`).
 */
export interface AuthMethod {
  id: string;
  odataType: string;
  kind: string;
  /** Human label: "Microsoft Authenticator (iPhone 15)", "Phone +1 425 555 0100 (mobile)". */
  label: string;
  /** Phone methods only: mobile | alternateMobile | office. */
  phoneType?: string;
}

export interface PasswordReset {
  password: string;
  forceChangePasswordNextSignIn: boolean;
  forceChangePasswordNextSignInWithMfa: boolean;
}

export interface UserSearchOptions {
  /** Maximum number of users returned. */
  top: number;
}

export interface DirectoryBackend {
  /** Raw Graph requests for actions that declare their calls (see GraphGateway). */
  readonly graph: GraphGateway;
  /** Exchange Online cmdlets (mailboxes, contacts, distribution groups, mobile devices). */
  readonly exchange: ExchangeGateway;
  /** Exact lookup by object id or UPN; null when no such user. */
  getUser(idOrUpn: string): Promise<DirectoryUser | null>;
  /**
   * Users whose UPN, mail or display name match the text: exact UPN/mail first, then
   * startswith on displayName / UPN / mail, then $search. Used to resolve chat targets and by pickers.
   */
  findUsers(text: string, options: UserSearchOptions): Promise<DirectoryUser[]>;
  listAuthMethods(userId: string): Promise<AuthMethod[]>;
  deleteAuthMethod(userId: string, method: AuthMethod): Promise<void>;
  revokeSignInSessions(userId: string): Promise<void>;
  setAccountEnabled(userId: string, enabled: boolean): Promise<void>;
  resetPassword(userId: string, reset: PasswordReset): Promise<void>;
  /** Ids of the groups the user is a member of, directly or through nested groups (for virtual tenants). */
  groupIdsOfUser(userId: string): Promise<string[]>;
  /** Groups by object id, exact display name or exact mail (case-insensitive); used to resolve a typed group name. */
  findGroups(text: string, options: UserSearchOptions): Promise<DirectoryGroup[]>;
  /** Reads the tenant's organization; used to prove the credential works when a session turns on. */
  getOrganization(): Promise<{ id: string; displayName: string; verifiedDomains: string[] }>;
}
