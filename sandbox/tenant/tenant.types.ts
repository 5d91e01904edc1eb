import type { Group, User } from '@microsoft/microsoft-graph-types';

/**
 * The sandbox tenant's stored shapes. Graph-visible properties live in `props` under their Graph names,
 * so listing, $select and $filter work on them directly; what Graph never returns (passwords, the
 * method preference) sits beside them.
 */

/** Phone types and their fixed, documented method ids. */
export const PHONE_METHOD_IDS = {
  mobile: '3179e48a-750b-4051-897c-87b9720928f7',
  alternateMobile: 'b6332ec1-7057-4abe-9331-3d72feddfe41',
  office: 'e37fc753-ff3b-4958-9484-eaa9425c82bc',
} as const;

export type PhoneType = keyof typeof PHONE_METHOD_IDS;

/** The password method's well-known id (the same for every user). */
export const PASSWORD_METHOD_ID = '28c10230-6103-485e-b985-444c60001490';

/** Values of signInPreferences.userPreferredMethodForSecondaryAuthentication (beta). */
export type PreferredSecondaryMethod = 'push' | 'oath' | 'voiceMobile' | 'voiceAlternateMobile' | 'voiceOffice' | 'sms';

/** A registered method other than the password; `props` are its Graph properties besides id/@odata.type. */
export interface StoredAuthMethod {
  id: string;
  collection: AuthMethodCollection;
  createdDateTime: string;
  props: Record<string, unknown>;
}

export type AuthMethodCollection =
  | 'phoneMethods'
  | 'microsoftAuthenticatorMethods'
  | 'fido2Methods'
  | 'softwareOathMethods'
  | 'emailMethods'
  | 'windowsHelloForBusinessMethods'
  | 'temporaryAccessPassMethods';

export type PerUserMfaState = 'disabled' | 'enabled' | 'enforced';

export interface UserRecord {
  props: User & { id: string; userPrincipalName: string; displayName: string };
  /** Null for guests: their credentials live in their home tenant. */
  password: string | null;
  managerId: string | null;
  methods: StoredAuthMethod[];
  preferredSecondary: PreferredSecondaryMethod | null;
  systemPreferredEnabled: boolean;
  perUserMfaState: PerUserMfaState;
  /** Directory role template ids held by the user. */
  roleTemplateIds: string[];
}

export interface GroupRecord {
  /** resource*Options are beta-only in the typings but returned by v1.0 too. */
  props: Group & { id: string; displayName: string; resourceProvisioningOptions?: string[]; resourceBehaviorOptions?: string[] };
  memberIds: Set<string>;
  ownerIds: Set<string>;
}

export interface ServicePlan {
  servicePlanId: string;
  servicePlanName: string;
  appliesTo: 'User' | 'Company';
}

export interface SkuRecord {
  skuId: string;
  skuPartNumber: string;
  /** Marketing name, for humans ("Office 365 E3"); not a Graph property of subscribedSku. */
  productName: string;
  prepaidEnabled: number;
  servicePlans: ServicePlan[];
}

export interface DirectoryRoleDefinition {
  roleTemplateId: string;
  displayName: string;
  description: string;
}

/** An app registration that may take client-credential tokens from the sandbox authority. */
export interface AppRegistration {
  appId: string;
  displayName: string;
  secret: string;
}

export interface OrganizationInfo {
  id: string;
  displayName: string;
  defaultDomain: string;
  initialDomain: string;
  countryLetterCode: string;
  city: string;
  street: string;
  postalCode: string;
  state: string;
  createdDateTime: string;
}
