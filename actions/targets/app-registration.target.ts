import type { TargetKindHandler } from './target-kinds';
import { APP_SELECT, type AppRegistrationTarget } from './group-target.types';
import { scopeByOwners } from './owner-scope';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function odataQuote(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** App registrations (/applications): by display name, object id or application (client) id; scoped by owners. */
export const appRegistrationKind: TargetKindHandler<'appRegistration'> = {
  kind: 'appRegistration',
  noun: 'app registration',
  plural: 'app registrations',
  named: true,
  example: '"Contoso HR Portal" or its application (client) id',
  async find(directory, text, top) {
    const term = text.trim();
    const q = odataQuote(term);
    const filter = GUID.test(term) ? `id eq ${q} or appId eq ${q}` : `displayName eq ${q} or startswith(displayName,${q})`;
    return directory.graph.list<AppRegistrationTarget>(`/applications?$filter=${encodeURIComponent(filter)}&$select=${APP_SELECT}&$top=${top}`, { max: top });
  },
  async load(directory, id) {
    if (!GUID.test(id)) return null;
    try {
      return await directory.graph.get<AppRegistrationTarget>(`/applications/${id}?$select=${APP_SELECT}`);
    } catch (e) {
      if (typeof e === 'object' && e !== null && (e as { status?: unknown }).status === 404) return null;
      throw e;
    }
  },
  matches: (a, lowered) => a.id.toLowerCase() === lowered || a.appId.toLowerCase() === lowered || a.displayName.toLowerCase() === lowered,
  ref: (a) => ({ id: a.id, display: a.displayName, detail: `Application (client) id ${a.appId}`, label: a.displayName }),
  scope: (env, apps) => scopeByOwners(env, apps, (a) => `/applications/${a.id}/owners`),
};
