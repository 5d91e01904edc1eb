import { stableGuid } from '../seed/deterministic.random';
import type { CollectionSpec } from '../http/odata-query.helpers';
import type { DirectoryRoleDefinition, GroupRecord, UserRecord } from '../tenant/tenant.types';

/**
 * How users, groups and roles look on the wire, and which query options their collections accept.
 * Shared by every route that returns them (users, members, memberOf, deleted items).
 */

/** Properties Graph returns for a user when no $select is given (v1.0). */
export const USER_DEFAULT_SELECT = [
  'businessPhones', 'displayName', 'givenName', 'jobTitle', 'mail', 'mobilePhone',
  'officeLocation', 'preferredLanguage', 'surname', 'userPrincipalName', 'id',
] as const;

export const USER_PROPERTIES = new Set([
  'id', 'userPrincipalName', 'displayName', 'givenName', 'surname', 'mail', 'mailNickname', 'accountEnabled',
  'userType', 'creationType', 'externalUserState', 'externalUserStateChangeDateTime', 'department', 'jobTitle',
  'companyName', 'employeeId', 'employeeType', 'employeeHireDate', 'employeeLeaveDateTime', 'country',
  'usageLocation', 'city', 'state', 'postalCode', 'streetAddress', 'officeLocation', 'businessPhones',
  'mobilePhone', 'faxNumber', 'preferredLanguage', 'otherMails', 'proxyAddresses', 'passwordPolicies',
  'passwordProfile', 'createdDateTime', 'lastPasswordChangeDateTime', 'signInSessionsValidFromDateTime',
  'onPremisesSyncEnabled', 'onPremisesImmutableId', 'onPremisesSamAccountName', 'onPremisesExtensionAttributes',
  'assignedLicenses', 'licenseAssignmentStates', 'deletedDateTime', 'ageGroup', 'showInAddressList',
  'imAddresses', 'identities', 'securityIdentifier', 'isResourceAccount',
]);

export const USER_FILTERABLE = new Set([
  'id', 'userPrincipalName', 'displayName', 'givenName', 'surname', 'mail', 'mailNickname', 'accountEnabled',
  'userType', 'creationType', 'externalUserState', 'department', 'jobTitle', 'companyName', 'employeeId',
  'employeeType', 'employeeHireDate', 'country', 'usageLocation', 'city', 'state', 'postalCode', 'officeLocation',
  'otherMails', 'proxyAddresses', 'assignedLicenses', 'createdDateTime', 'onPremisesSyncEnabled',
  'onPremisesExtensionAttributes', 'mobilePhone', 'businessPhones', 'preferredLanguage', 'deletedDateTime',
  'lastPasswordChangeDateTime', 'employeeLeaveDateTime', 'externalUserStateChangeDateTime',
]);

export const USER_SEARCHABLE = new Set(['displayName', 'userPrincipalName', 'mail', 'givenName', 'surname', 'mailNickname', 'jobTitle', 'department', 'otherMails', 'proxyAddresses', 'employeeId']);

export function userView(user: UserRecord): Record<string, unknown> {
  const p = user.props;
  // Computed properties first, then the stored ones: adding keys after a large spread makes V8 fall
  // back to slow dictionary objects, and lists build hundreds of these per request.
  return {
    licenseAssignmentStates: (p.assignedLicenses ?? []).map((l) => ({
      assignedByGroup: null,
      disabledPlans: l.disabledPlans ?? [],
      error: 'None',
      lastUpdatedDateTime: p.createdDateTime,
      skuId: l.skuId,
      state: 'Active',
    })),
    showInAddressList: null,
    ageGroup: null,
    imAddresses: p.mail ? [p.mail] : [],
    identities: [
      p.userType === 'Guest'
        ? { signInType: 'federated', issuer: 'ExternalAzureAD', issuerAssignedId: null }
        : { signInType: 'userPrincipalName', issuer: p.userPrincipalName.split('@')[1] ?? '', issuerAssignedId: p.userPrincipalName },
    ],
    securityIdentifier: `S-1-12-1-${p.id.replace(/\D/g, '').slice(0, 10)}`,
    isResourceAccount: null,
    ...p,
  };
}

export const USER_SPEC: CollectionSpec<UserRecord> = {
  resource: 'User',
  typeName: 'microsoft.graph.user',
  contextPath: 'users',
  defaultSelect: USER_DEFAULT_SELECT,
  selectable: USER_PROPERTIES,
  filterable: USER_FILTERABLE,
  searchable: USER_SEARCHABLE,
  orderable: new Set(['displayName', 'userPrincipalName']),
  view: userView,
  // Every filterable user property is stored as is, so filtering reads the record directly.
  queryView: (user) => user.props as unknown as Record<string, unknown>,
};

export const GROUP_DEFAULT_SELECT = [
  'id', 'deletedDateTime', 'classification', 'createdDateTime', 'creationOptions', 'description', 'displayName',
  'expirationDateTime', 'groupTypes', 'isAssignableToRole', 'mail', 'mailEnabled', 'mailNickname',
  'membershipRule', 'membershipRuleProcessingState', 'onPremisesDomainName', 'onPremisesLastSyncDateTime',
  'onPremisesNetBiosName', 'onPremisesSamAccountName', 'onPremisesSecurityIdentifier', 'onPremisesSyncEnabled',
  'preferredDataLocation', 'preferredLanguage', 'proxyAddresses', 'renewedDateTime', 'resourceBehaviorOptions',
  'resourceProvisioningOptions', 'securityEdgeEnabled', 'securityEnabled', 'securityIdentifier', 'theme',
  'visibility', 'onPremisesProvisioningErrors', 'serviceProvisioningErrors',
] as const;

export const GROUP_PROPERTIES = new Set<string>([...GROUP_DEFAULT_SELECT, 'assignedLabels', 'assignedLicenses', 'licenseProcessingState']);

export const GROUP_FILTERABLE = new Set([
  'id', 'displayName', 'description', 'mail', 'mailNickname', 'mailEnabled', 'securityEnabled', 'groupTypes',
  'visibility', 'createdDateTime', 'proxyAddresses', 'resourceProvisioningOptions', 'isAssignableToRole',
  'onPremisesSyncEnabled', 'deletedDateTime',
]);

export function groupView(group: GroupRecord): Record<string, unknown> {
  const p = group.props;
  return {
    classification: null,
    creationOptions: p.groupTypes?.includes('Unified') ? ['YammerProvisioning'] : [],
    expirationDateTime: null,
    onPremisesDomainName: null,
    onPremisesLastSyncDateTime: null,
    onPremisesNetBiosName: null,
    onPremisesSamAccountName: null,
    onPremisesSecurityIdentifier: null,
    preferredDataLocation: null,
    preferredLanguage: null,
    securityEdgeEnabled: null,
    theme: null,
    onPremisesProvisioningErrors: [],
    serviceProvisioningErrors: [],
    assignedLabels: [],
    assignedLicenses: [],
    licenseProcessingState: null,
    ...p,
  };
}

export const GROUP_SPEC: CollectionSpec<GroupRecord> = {
  resource: 'Group',
  typeName: 'microsoft.graph.group',
  contextPath: 'groups',
  defaultSelect: GROUP_DEFAULT_SELECT,
  selectable: GROUP_PROPERTIES,
  filterable: GROUP_FILTERABLE,
  searchable: new Set(['displayName', 'description', 'mail', 'mailNickname']),
  orderable: new Set(['displayName']),
  view: groupView,
  queryView: (group) => group.props as unknown as Record<string, unknown>,
};

/** A directoryRole object for a role template (its object id is derived, so it is stable). */
export function directoryRoleView(role: DirectoryRoleDefinition): Record<string, unknown> {
  return {
    '@odata.type': '#microsoft.graph.directoryRole',
    id: directoryRoleId(role.roleTemplateId),
    deletedDateTime: null,
    description: role.description,
    displayName: role.displayName,
    roleTemplateId: role.roleTemplateId,
  };
}

export function directoryRoleId(roleTemplateId: string): string {
  return stableGuid('directoryRole', roleTemplateId);
}

/**
 * A mixed directoryObject collection (members, memberOf): every item carries @odata.type and the
 * union of user, group and role properties is selectable.
 */
export type DirectoryObjectItem = { kind: 'user'; user: UserRecord } | { kind: 'group'; group: GroupRecord } | { kind: 'role'; role: DirectoryRoleDefinition };

export const DIRECTORY_OBJECT_SPEC: CollectionSpec<DirectoryObjectItem> = {
  resource: 'DirectoryObject',
  typeName: 'microsoft.graph.directoryObject',
  contextPath: 'directoryObjects',
  defaultSelect: USER_DEFAULT_SELECT,
  selectable: new Set<string>([...USER_PROPERTIES, ...GROUP_PROPERTIES, 'roleTemplateId']),
  filterable: new Set<string>([...USER_FILTERABLE, ...GROUP_FILTERABLE, 'roleTemplateId']),
  searchable: new Set(['displayName', 'mail', 'userPrincipalName', 'description']),
  orderable: new Set(['displayName']),
  mixed: {
    defaultSelectFor: (view) => {
      if (view['@odata.type'] === '#microsoft.graph.user') return USER_DEFAULT_SELECT;
      if (view['@odata.type'] === '#microsoft.graph.group') return GROUP_DEFAULT_SELECT;
      return Object.keys(view);
    },
  },
  view: (item) => {
    if (item.kind === 'user') return { '@odata.type': '#microsoft.graph.user', ...userView(item.user) };
    if (item.kind === 'group') return { '@odata.type': '#microsoft.graph.group', ...groupView(item.group) };
    return directoryRoleView(item.role);
  },
};

/** The typed-cast variants of members/memberOf ("…/microsoft.graph.user"): only that type, its context path. */
export function castSpec<T>(spec: CollectionSpec<T>, typeName: string, contextPath: string): CollectionSpec<T> {
  return { ...spec, typeName, contextPath };
}
