import type { Client } from '@microsoft/microsoft-graph-client';
import type { AuthenticationMethod, Group, Organization, PasswordProfile, User } from '@microsoft/microsoft-graph-types';
import type { AuthMethod, DirectoryBackend, DirectoryGroup, DirectoryUser, PasswordReset, UserSearchOptions } from '../../directory.types';
import { toAuthMethod } from './auth-method.labels';
import { BackendError, toBackendError } from './graph-error';
import { ClientGraphGateway } from './graph.gateway';
import type { GraphGateway } from '../../graph-gateway.types';
import type { ExchangeGateway } from '../../exchange-gateway.types';

/**
 * DirectoryBackend over Microsoft Graph. Works unchanged against graph.microsoft.com and the local
 * sandbox; every failure surfaces as a BackendError carrying Graph's code, status and request id.
 */

/** The user properties actions read; always $select-ed so responses stay small. */
export const DIRECTORY_USER_FIELDS = [
  'id',
  'userPrincipalName',
  'displayName',
  'mail',
  'accountEnabled',
  'department',
  'jobTitle',
  'country',
  'companyName',
  'usageLocation',
  'userType',
  'passwordPolicies',
  'city',
  'state',
  'officeLocation',
  'employeeType',
] as const;

const MAX_TOP = 999;
/** A user in more groups than this many pages of 999 is cut off (fail closed: a missing group never widens a scope). */
const MAX_MEMBERSHIP_PAGES = 20;

interface Collection<T> {
  value: T[];
  '@odata.nextLink'?: string;
}

export interface GraphDirectoryBackendOptions {
  /** Exchange Online for this tenant; without it, Exchange actions fail with EXCHANGE_NOT_CONFIGURED. */
  exchange?: ExchangeGateway;
}

export class GraphDirectoryBackend implements DirectoryBackend {
  readonly graph: GraphGateway;
  readonly exchange: ExchangeGateway;

  constructor(
    private readonly client: Client,
    options: GraphDirectoryBackendOptions = {},
  ) {
    this.graph = new ClientGraphGateway(client);
    this.exchange = options.exchange ?? UNCONFIGURED_EXCHANGE;
  }

  async getUser(idOrUpn: string): Promise<DirectoryUser | null> {
    const key = idOrUpn.trim();
    if (key === '') return null;
    try {
      const user = (await this.client.api(`/users/${encodeKey(key)}`).select([...DIRECTORY_USER_FIELDS]).get()) as User;
      return toDirectoryUser(user);
    } catch (error) {
      const e = toBackendError(error, `get user ${key}`);
      if (e.status === 404) return null;
      throw e;
    }
  }

  async findUsers(text: string, options: UserSearchOptions): Promise<DirectoryUser[]> {
    const term = text.trim();
    if (term === '') return [];
    const top = Math.max(1, Math.min(MAX_TOP, Math.floor(options.top)));
    if (looksLikeUpn(term)) {
      const exact = await this.getUser(term);
      if (exact) return [exact];
      const q = odataString(term);
      return this.listUsers(`mail eq ${q} or userPrincipalName eq ${q}`, null, top);
    }
    const q = odataString(term);
    const byPrefix = await this.listUsers(
      `startswith(displayName,${q}) or startswith(userPrincipalName,${q}) or startswith(mail,${q})`,
      null,
      top,
    );
    if (byPrefix.length > 0) return byPrefix;
    // $search matches words inside names ("doe" finds "Jane Doe"); it needs the eventual-consistency index.
    const s = term.replace(/["\\]/g, '');
    return this.listUsers(null, `"displayName:${s}" OR "userPrincipalName:${s}"`, top);
  }

  async listAuthMethods(userId: string): Promise<AuthMethod[]> {
    try {
      const page = (await this.client.api(`/users/${encodeKey(userId)}/authentication/methods`).get()) as Collection<AuthenticationMethod & Record<string, unknown>>;
      return page.value.map((m) => toAuthMethod(m));
    } catch (error) {
      throw toBackendError(error, `list authentication methods of ${userId}`);
    }
  }

  async deleteAuthMethod(userId: string, method: AuthMethod): Promise<void> {
    if (!/^\w+$/.test(method.kind)) {
      throw new BackendError(`unknown authentication method kind '${method.kind}'`, { code: 'InvalidMethodKind', status: 0 });
    }
    try {
      await this.client.api(`/users/${encodeKey(userId)}/authentication/${method.kind}/${encodeKey(method.id)}`).delete();
    } catch (error) {
      throw toBackendError(error, `delete ${method.label} of ${userId}`);
    }
  }

  async revokeSignInSessions(userId: string): Promise<void> {
    try {
      await this.client.api(`/users/${encodeKey(userId)}/revokeSignInSessions`).post({});
    } catch (error) {
      throw toBackendError(error, `revoke sign-in sessions of ${userId}`);
    }
  }

  async setAccountEnabled(userId: string, enabled: boolean): Promise<void> {
    await this.patchUser(userId, { accountEnabled: enabled }, enabled ? 'enable sign-in' : 'block sign-in');
  }

  async resetPassword(userId: string, reset: PasswordReset): Promise<void> {
    const passwordProfile: PasswordProfile = {
      password: reset.password,
      forceChangePasswordNextSignIn: reset.forceChangePasswordNextSignIn,
      forceChangePasswordNextSignInWithMfa: reset.forceChangePasswordNextSignInWithMfa,
    };
    await this.patchUser(userId, { passwordProfile }, 'reset password');
  }

  async groupIdsOfUser(userId: string): Promise<string[]> {
    const ids: string[] = [];
    try {
      // Only groups (the typed cast drops directory roles); transitive, so nested groups count.
      let page = (await this.client
        .api(`/users/${encodeKey(userId)}/transitiveMemberOf/microsoft.graph.group`)
        .select(['id'])
        .top(MAX_TOP)
        .get()) as Collection<Group>;
      for (let pages = 0; ; pages++) {
        ids.push(...page.value.map((g) => g.id ?? '').filter((id) => id !== ''));
        const next = page['@odata.nextLink'];
        if (!next || pages >= MAX_MEMBERSHIP_PAGES) break;
        page = (await this.client.api(next).get()) as Collection<Group>;
      }
      return ids;
    } catch (error) {
      throw toBackendError(error, `list group memberships of ${userId}`);
    }
  }

  async findGroups(text: string, options: UserSearchOptions): Promise<DirectoryGroup[]> {
    const term = text.trim();
    if (term === '') return [];
    const top = Math.max(1, Math.min(MAX_TOP, Math.floor(options.top)));
    const select = ['id', 'displayName', 'mail'];
    try {
      if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(term)) {
        try {
          return [toDirectoryGroup((await this.client.api(`/groups/${term}`).select(select).get()) as Group)];
        } catch (error) {
          if (toBackendError(error, 'get group').status === 404) return [];
          throw error;
        }
      }
      const q = odataString(term);
      const filter = `displayName eq ${q} or mail eq ${q} or mailNickname eq ${q}`;
      const page = (await this.client.api('/groups').select(select).filter(encodeURIComponent(filter)).top(top).get()) as Collection<Group>;
      return page.value.map(toDirectoryGroup);
    } catch (error) {
      throw toBackendError(error, `find groups (${term})`);
    }
  }

  async getOrganization(): Promise<{ id: string; displayName: string; verifiedDomains: string[] }> {
    try {
      const page = (await this.client.api('/organization').select(['id', 'displayName', 'verifiedDomains']).get()) as Collection<Organization>;
      const org = page.value[0];
      if (!org?.id) throw new BackendError('the tenant returned no organization', { code: 'OrganizationMissing', status: 0 });
      return {
        id: org.id,
        displayName: org.displayName ?? '',
        verifiedDomains: (org.verifiedDomains ?? []).map((d) => d.name ?? '').filter((n) => n !== ''),
      };
    } catch (error) {
      throw toBackendError(error, 'read organization');
    }
  }

  private async patchUser(userId: string, body: User, what: string): Promise<void> {
    try {
      await this.client.api(`/users/${encodeKey(userId)}`).patch(body);
    } catch (error) {
      throw toBackendError(error, `${what} for ${userId}`);
    }
  }

  /** One page of users for a $filter or a $search (never both). */
  private async listUsers(filter: string | null, search: string | null, top: number): Promise<DirectoryUser[]> {
    try {
      let request = this.client.api('/users').select([...DIRECTORY_USER_FIELDS]).top(top);
      // The Graph client pastes these into the URL verbatim, so encode them here ('#', '&', '+').
      if (filter) request = request.filter(encodeURIComponent(filter));
      if (search) request = request.search(encodeURIComponent(search)).header('ConsistencyLevel', 'eventual');
      const page = (await request.get()) as Collection<User>;
      return page.value.map(toDirectoryUser);
    } catch (error) {
      throw toBackendError(error, filter ? `find users (${filter})` : `search users (${search})`);
    }
  }
}

function toDirectoryGroup(g: Group): DirectoryGroup {
  return { id: g.id ?? '', displayName: g.displayName ?? '', mail: g.mail ?? null };
}

function toDirectoryUser(u: User): DirectoryUser {
  return {
    id: u.id ?? '',
    userPrincipalName: u.userPrincipalName ?? '',
    displayName: u.displayName ?? u.userPrincipalName ?? '',
    mail: u.mail ?? null,
    accountEnabled: u.accountEnabled ?? null,
    department: u.department ?? null,
    jobTitle: u.jobTitle ?? null,
    country: u.country ?? null,
    companyName: u.companyName ?? null,
    usageLocation: u.usageLocation ?? null,
    userType: u.userType ?? null,
    passwordPolicies: u.passwordPolicies ?? null,
    city: u.city ?? null,
    state: u.state ?? null,
    officeLocation: u.officeLocation ?? null,
    employeeType: u.employeeType ?? null,
  };
}

/** "jane@contoso.com", "x_y.com#EXT#@contoso.onmicrosoft.com": one token with a single @ and a dot after it. */
function looksLikeUpn(text: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
}

/** An OData string literal: single quotes doubled. */
function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** A path key (object id or UPN), encoded for the URL but keeping '@' readable. */
function encodeKey(key: string): string {
  return encodeURIComponent(key).replace(/%40/g, '@');
}

function exchangeNotConfigured(cmdlet: string): never {
  throw new BackendError(`${cmdlet}: Exchange Online is not configured for this tenant.`, { code: 'ExchangeNotConfigured', status: 0 });
}

/** Stands in when no Exchange endpoint is configured: every call says so plainly. */
const UNCONFIGURED_EXCHANGE: ExchangeGateway = {
  invoke: async (cmdlet) => exchangeNotConfigured(cmdlet),
  invokeWithWarnings: async (cmdlet) => exchangeNotConfigured(cmdlet),
};
