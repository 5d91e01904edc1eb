import type { Caller, TargetResolution } from '../engine';
import type { DirectoryUser } from '../directory.types';
import type { AnnotationStore, TenantConnector } from '../ports';

/**
 * `show jane@contoso.com`: a read-only look at one user (key Entra properties, licences, MFA method
 * count) next to Steward's own tags and portal attributes. The user is found through the engine's
 * resolveTarget, so the operator check and the operator's scope apply exactly as for an action; no
 * management session is needed because nothing changes.
 */
export interface UserSummary {
  user: DirectoryUser;
  manager?: string;
  licenses: string[];
  /** Registered methods other than the password. */
  mfaMethodCount: number;
  tags: string[];
  attributes: Record<string, string>;
}

export type UserSummaryResult =
  | { kind: 'found'; summary: UserSummary }
  | Exclude<TargetResolution, { kind: 'found' }>;

export interface UserSummaryDeps {
  /** The engine's resolveTarget (operator and scope checks, ambiguity). */
  resolveTarget(caller: Caller, text: string, actionId?: string): Promise<TargetResolution>;
  connector: TenantConnector;
  annotations: AnnotationStore;
}

export const USER_SUMMARY_ID = 'steward.user-summary';

export class UserSummaryService {
  constructor(private readonly deps: UserSummaryDeps) {}

  async summarize(caller: Caller, text: string): Promise<UserSummaryResult> {
    const resolved = await this.deps.resolveTarget(caller, text, USER_SUMMARY_ID);
    if (resolved.kind !== 'found') return resolved;
    const user = resolved.user;
    const directory = await this.deps.connector.directory(caller.tenantId);
    const [manager, licenses, methods, annotations] = await Promise.all([
      directory.graph
        .get<{ displayName?: string; userPrincipalName?: string }>(`/users/${user.id}/manager?$select=displayName,userPrincipalName`)
        .then((m) => (m?.displayName ? `${m.displayName}${m.userPrincipalName ? ` (${m.userPrincipalName})` : ''}` : undefined))
        .catch((e: unknown) => {
          // No manager is a 404, not a failure of the summary.
          if ((e as { status?: number })?.status === 404) return undefined;
          throw e;
        }),
      directory.graph.list<{ skuPartNumber?: string; skuId?: string }>(`/users/${user.id}/licenseDetails`),
      directory.listAuthMethods(user.id),
      this.deps.annotations.get(caller.tenantId, user.id),
    ]);
    return {
      kind: 'found',
      summary: {
        user,
        manager,
        licenses: licenses.map((l) => l.skuPartNumber ?? l.skuId ?? 'Unknown').sort(),
        mfaMethodCount: methods.filter((m) => m.kind !== 'passwordMethods').length,
        tags: annotations?.tags ?? [],
        attributes: annotations?.attributes ?? {},
      },
    };
  }
}
