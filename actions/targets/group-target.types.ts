/** A group as group actions see it (a projection of microsoft.graph.group). */
export interface GroupTarget {
  id: string;
  displayName: string;
  description?: string | null;
  mail?: string | null;
  mailNickname?: string | null;
  mailEnabled?: boolean | null;
  securityEnabled?: boolean | null;
  groupTypes: string[];
  visibility?: string | null;
  onPremisesSyncEnabled?: boolean | null;
  /** Set when the group is in the recycle bin (/directory/deletedItems). */
  deletedDateTime?: string | null;
}

export const GROUP_SELECT = 'id,displayName,description,mail,mailNickname,mailEnabled,securityEnabled,groupTypes,visibility,onPremisesSyncEnabled,deletedDateTime';

/** Microsoft 365 (unified) group, as opposed to a security group. */
export function isUnified(group: Pick<GroupTarget, 'groupTypes'>): boolean {
  return group.groupTypes.includes('Unified');
}

/** An app registration as actions see it (a projection of microsoft.graph.application). */
export interface AppRegistrationTarget {
  /** Object id (what /applications/{id} takes). */
  id: string;
  /** Application (client) id. */
  appId: string;
  displayName: string;
  signInAudience?: string | null;
  createdDateTime?: string | null;
}

export const APP_SELECT = 'id,appId,displayName,signInAudience,createdDateTime';
