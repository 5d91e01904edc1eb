import type { Caller } from '../engine';
import type { DirectoryUser } from '../directory.types';
import type { Operator } from '../governance/roles';
import type { ScopeGuard } from '../governance/scope.guard';
import type { TenantConnector } from '../ports';
import type { GroupTarget } from '../targets/group-target.types';
import { TARGET_KINDS } from '../targets/target-kinds';
import { skuName, type SubscribedSku } from '../users/sku.resolver';

/**
 * Answers the typeahead pickers of form cards (the `application/search` invoke Teams sends for an
 * Input.ChoiceSet whose `choices.data` is a `Data.Query`; see actions/input-refs.ts). Read-only, needs no
 * management session, but always an operator: an unknown caller gets an error, never data.
 *
 * - `users`: the directory's user search (UPN / mail / display name prefix, then word search), then
 *   only the users the operator may act on (engine.filterInScope: virtual tenants).
 * - `groups`: the group target kind's search, then only the groups the operator manages (the group
 *   kind's own scope rule: a scoped operator needs an owner in scope); deleted groups are left out.
 * - `skus`: the tenant's subscribed SKUs matching the text (not scoped: they are tenant-wide).
 * Results are at most 15 (what Teams shows), paged with queryOptions.skip / top.
 */
export const MAX_SEARCH_RESULTS = 15;
/** Objects fetched before out-of-scope ones are dropped, so a scoped operator still gets a full page. */
const SEARCH_POOL = 50;

export type SearchDataset = 'users' | 'groups' | 'skus';

export interface SearchRequest {
  queryText: string;
  dataset: string;
  skip?: number;
  top?: number;
}

export interface SearchResult {
  /** Shown in the dropdown. */
  title: string;
  /** Posted with the form: a UPN, a group id, a SKU part number. */
  value: string;
}

export interface DirectorySearchDeps {
  /** The engine's operator lookup (refuses a caller who is not an operator) and user scope filter. */
  engine: {
    operator(caller: Caller): Promise<Operator>;
    filterInScope(caller: Caller, users: readonly DirectoryUser[]): Promise<DirectoryUser[]>;
  };
  connector: TenantConnector;
  scope: ScopeGuard;
}

export class DirectorySearchService {
  constructor(private readonly deps: DirectorySearchDeps) {}

  /** Throws NOT_AN_OPERATOR (StewardError) for a caller who is not an operator; [] for an unknown dataset. */
  async search(caller: Caller, request: SearchRequest): Promise<SearchResult[]> {
    const operator = await this.deps.engine.operator(caller);
    const text = (request.queryText ?? '').trim();
    const skip = Math.max(0, Math.floor(Number(request.skip) || 0));
    const top = Math.min(MAX_SEARCH_RESULTS, Math.max(1, Math.floor(Number(request.top) || MAX_SEARCH_RESULTS)));
    const all = await this.find(caller, operator, request.dataset, text, skip + top);
    return all.slice(skip, skip + top);
  }

  private async find(caller: Caller, operator: Operator, dataset: string, text: string, want: number): Promise<SearchResult[]> {
    const directory = await this.deps.connector.directory(caller.tenantId);
    const pool = Math.max(SEARCH_POOL, want);
    switch (dataset as SearchDataset) {
      case 'users': {
        if (!text) return [];
        const found = await directory.findUsers(text, { top: pool });
        const allowed = await this.deps.engine.filterInScope(caller, found);
        return allowed.map((u) => ({ title: `${u.displayName} (${u.userPrincipalName})`, value: u.userPrincipalName }));
      }
      case 'groups': {
        if (!text) return [];
        const kind = TARGET_KINDS.group;
        const found = (await kind.find(directory, text, pool)).filter((g: GroupTarget) => !g.deletedDateTime);
        const decisions = await kind.scope({ operator, guard: this.deps.scope, directory }, found);
        return found.filter((_, i) => decisions[i].allowed).map((g) => ({ title: g.mail ? `${g.displayName} (${g.mail})` : g.displayName, value: g.id }));
      }
      case 'skus': {
        const skus = await directory.graph.list<SubscribedSku>('/subscribedSkus');
        const lowered = text.toLowerCase();
        return skus
          .map((s) => ({ title: `${skuName(s)} (${s.skuPartNumber})`, value: s.skuPartNumber }))
          .filter((r) => !lowered || r.title.toLowerCase().includes(lowered))
          .sort((a, b) => a.title.localeCompare(b.title));
      }
      default:
        return [];
    }
  }
}
