import type {
  AppRegistration,
  DirectoryRoleDefinition,
  GroupRecord,
  OrganizationInfo,
  SkuRecord,
  UserRecord,
} from './tenant.types';
import { graphDateTime } from './graph-date';

/**
 * The in-memory state of one sandbox tenant: users, groups, licences, roles and the recycle bin,
 * indexed so that the per-request lookups the bot makes (by id or UPN) are O(1).
 * Handlers mutate it through these methods so the indexes never go stale.
 */
export class SandboxTenant {
  readonly organization: OrganizationInfo;
  readonly skus: SkuRecord[];
  readonly directoryRoles: DirectoryRoleDefinition[];
  private readonly users = new Map<string, UserRecord>();
  private readonly upnIndex = new Map<string, string>();
  private readonly deletedUsers = new Map<string, UserRecord>();
  private readonly groups = new Map<string, GroupRecord>();
  private readonly deletedGroups = new Map<string, GroupRecord>();
  private readonly apps = new Map<string, AppRegistration>();

  constructor(init: {
    organization: OrganizationInfo;
    skus: SkuRecord[];
    directoryRoles: DirectoryRoleDefinition[];
    apps: AppRegistration[];
  }) {
    this.organization = init.organization;
    this.skus = init.skus;
    this.directoryRoles = init.directoryRoles;
    for (const app of init.apps) this.apps.set(app.appId.toLowerCase(), app);
  }

  get tenantId(): string {
    return this.organization.id;
  }

  /** Domains a UPN may use: the default (vanity) domain and the initial onmicrosoft.com one. */
  get verifiedDomains(): string[] {
    return [this.organization.defaultDomain, this.organization.initialDomain];
  }

  // ---- apps ----

  getApp(appId: string): AppRegistration | undefined {
    return this.apps.get(appId.toLowerCase());
  }

  // ---- users ----

  addUser(user: UserRecord): void {
    const upnKey = user.props.userPrincipalName.toLowerCase();
    if (this.upnIndex.has(upnKey)) throw new Error(`duplicate UPN ${user.props.userPrincipalName}`);
    this.users.set(user.props.id.toLowerCase(), user);
    this.upnIndex.set(upnKey, user.props.id.toLowerCase());
  }

  /** An active user by object id or UPN (case-insensitive), as Graph's /users/{id | userPrincipalName}. */
  getUser(idOrUpn: string): UserRecord | undefined {
    const key = idOrUpn.toLowerCase();
    const byId = this.users.get(key);
    if (byId) return byId;
    const id = this.upnIndex.get(key);
    return id === undefined ? undefined : this.users.get(id);
  }

  isUpnTaken(upn: string): boolean {
    return this.upnIndex.has(upn.toLowerCase());
  }

  listUsers(): UserRecord[] {
    return [...this.users.values()];
  }

  get userCount(): number {
    return this.users.size;
  }

  renameUser(user: UserRecord, newUpn: string): void {
    this.upnIndex.delete(user.props.userPrincipalName.toLowerCase());
    user.props.userPrincipalName = newUpn;
    this.upnIndex.set(newUpn.toLowerCase(), user.props.id.toLowerCase());
  }

  /**
   * Soft delete, as Entra does: the user moves to the recycle bin and its UPN gets the object id
   * (without hyphens) as a prefix, which frees the original UPN.
   */
  softDeleteUser(user: UserRecord, now: Date): void {
    const id = user.props.id.toLowerCase();
    this.users.delete(id);
    this.upnIndex.delete(user.props.userPrincipalName.toLowerCase());
    user.props.deletedDateTime = graphDateTime(now);
    user.props.userPrincipalName = `${user.props.id.replace(/-/g, '')}${user.props.userPrincipalName}`;
    this.deletedUsers.set(id, user);
  }

  getDeletedUser(id: string): UserRecord | undefined {
    return this.deletedUsers.get(id.toLowerCase());
  }

  listDeletedUsers(): UserRecord[] {
    return [...this.deletedUsers.values()];
  }

  /** The UPN a deleted user had before deletion. */
  originalUpn(user: UserRecord): string {
    const prefix = user.props.id.replace(/-/g, '');
    const upn = user.props.userPrincipalName;
    return upn.toLowerCase().startsWith(prefix.toLowerCase()) ? upn.slice(prefix.length) : upn;
  }

  restoreUser(user: UserRecord, upn: string): void {
    this.deletedUsers.delete(user.props.id.toLowerCase());
    user.props.deletedDateTime = null;
    user.props.userPrincipalName = upn;
    this.addUser(user);
  }

  purgeUser(id: string): boolean {
    return this.deletedUsers.delete(id.toLowerCase());
  }

  directReports(managerId: string): UserRecord[] {
    const key = managerId.toLowerCase();
    return this.listUsers().filter((u) => u.managerId?.toLowerCase() === key);
  }

  // ---- groups ----

  addGroup(group: GroupRecord): void {
    this.groups.set(group.props.id.toLowerCase(), group);
  }

  getGroup(id: string): GroupRecord | undefined {
    return this.groups.get(id.toLowerCase());
  }

  listGroups(): GroupRecord[] {
    return [...this.groups.values()];
  }

  softDeleteGroup(group: GroupRecord, now: Date): void {
    this.groups.delete(group.props.id.toLowerCase());
    group.props.deletedDateTime = graphDateTime(now);
    this.deletedGroups.set(group.props.id.toLowerCase(), group);
  }

  getDeletedGroup(id: string): GroupRecord | undefined {
    return this.deletedGroups.get(id.toLowerCase());
  }

  listDeletedGroups(): GroupRecord[] {
    return [...this.deletedGroups.values()];
  }

  restoreGroup(group: GroupRecord): void {
    this.deletedGroups.delete(group.props.id.toLowerCase());
    group.props.deletedDateTime = null;
    this.addGroup(group);
  }

  purgeGroup(id: string): boolean {
    return this.deletedGroups.delete(id.toLowerCase());
  }

  /** Active groups the user is a direct member of. */
  groupsOfUser(userId: string): GroupRecord[] {
    const key = userId.toLowerCase();
    return this.listGroups().filter((g) => g.memberIds.has(key));
  }

  /** Active users among a group's member ids (deleted users drop out until restored). */
  activeMembers(ids: Iterable<string>): UserRecord[] {
    const out: UserRecord[] = [];
    for (const id of ids) {
      const user = this.users.get(id);
      if (user) out.push(user);
    }
    return out;
  }

  // ---- licences ----

  getSku(skuId: string): SkuRecord | undefined {
    const key = skuId.toLowerCase();
    return this.skus.find((s) => s.skuId === key);
  }

  /** Seats in use, computed from the users so it can never disagree with assignments. */
  consumedUnits(skuId: string): number {
    let n = 0;
    for (const user of this.users.values()) {
      if (user.props.assignedLicenses?.some((l) => l.skuId === skuId)) n++;
    }
    return n;
  }

  roleName(roleTemplateId: string): string | undefined {
    return this.directoryRoles.find((r) => r.roleTemplateId === roleTemplateId)?.displayName;
  }
}
