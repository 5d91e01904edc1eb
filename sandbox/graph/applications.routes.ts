import type { GraphRouter } from '../http/graph.router';
import { notFound } from '../http/graph-error';
import { entityResult, listCollection, type CollectionSpec } from '../http/odata-query.helpers';
import { DEMO_IDENTITIES } from '../seed/demo-identities.constants';
import type { SandboxTenant } from '../tenant/sandbox-tenant.model';
import { graphDateTime } from '../tenant/graph-date';
import { authorize } from './authorization.policy';
import { castSpec, USER_SPEC } from './directory-object.views';
import type { SandboxContext } from './sandbox-context';

/**
 * /applications (app registrations): list, get, owners and delete. A deleted application goes to the
 * recycle bin (/directory/deletedItems/microsoft.graph.application) for 30 days, as in Entra.
 * Kept beside the tenant model (one store per tenant instance, reset with it) so the model stays small.
 */

export interface ApplicationRecord {
  props: {
    id: string;
    appId: string;
    displayName: string;
    description: string | null;
    signInAudience: string;
    publisherDomain: string;
    createdDateTime: string;
    deletedDateTime: string | null;
  };
  ownerIds: Set<string>;
}

interface ApplicationStore {
  active: Map<string, ApplicationRecord>;
  deleted: Map<string, ApplicationRecord>;
}

/** Fixed ids so tests and docs can name them. */
export const DEMO_APPLICATIONS = {
  hrPortal: { id: '5b7f2a4e-0c1d-4e8a-9f00-1a2b3c4d5e01', appId: 'a1f0c2d3-1111-4aaa-8bbb-000000000001', displayName: 'Contoso HR Portal' },
  payroll: { id: '5b7f2a4e-0c1d-4e8a-9f00-1a2b3c4d5e02', appId: 'a1f0c2d3-1111-4aaa-8bbb-000000000002', displayName: 'Payroll Connector' },
  legacySync: { id: '5b7f2a4e-0c1d-4e8a-9f00-1a2b3c4d5e03', appId: 'a1f0c2d3-1111-4aaa-8bbb-000000000003', displayName: 'Legacy Sync Tool' },
} as const;

const stores = new WeakMap<SandboxTenant, ApplicationStore>();

function seed(): ApplicationStore {
  const created = '2024-01-15T09:00:00Z';
  const owners: Record<keyof typeof DEMO_APPLICATIONS, string> = {
    hrPortal: DEMO_IDENTITIES.admin.id,
    payroll: DEMO_IDENTITIES.megan.id,
    legacySync: DEMO_IDENTITIES.grady.id,
  };
  const active = new Map<string, ApplicationRecord>();
  for (const [key, app] of Object.entries(DEMO_APPLICATIONS) as [keyof typeof DEMO_APPLICATIONS, (typeof DEMO_APPLICATIONS)[keyof typeof DEMO_APPLICATIONS]][]) {
    active.set(app.id, {
      props: { ...app, description: null, signInAudience: 'AzureADMyOrg', publisherDomain: 'contoso.com', createdDateTime: created, deletedDateTime: null },
      ownerIds: new Set([owners[key].toLowerCase()]),
    });
  }
  return { active, deleted: new Map() };
}

const APP_PROPERTIES = ['id', 'appId', 'displayName', 'description', 'signInAudience', 'publisherDomain', 'createdDateTime', 'deletedDateTime'];

export const APPLICATION_SPEC: CollectionSpec<ApplicationRecord> = {
  resource: 'Application',
  typeName: 'microsoft.graph.application',
  contextPath: 'applications',
  defaultSelect: APP_PROPERTIES,
  selectable: new Set(APP_PROPERTIES),
  filterable: new Set(['id', 'appId', 'displayName', 'createdDateTime', 'signInAudience', 'publisherDomain']),
  searchable: new Set(['displayName', 'description']),
  orderable: new Set(['displayName']),
  view: (app) => ({ ...app.props }),
};

/** Register before the directory routes: /directory/deletedItems/microsoft.graph.application is more specific than {id}. */
export function registerApplicationRoutes(router: GraphRouter, ctx: SandboxContext): void {
  const store = (): ApplicationStore => {
    let s = stores.get(ctx.tenant);
    if (!s) stores.set(ctx.tenant, (s = seed()));
    return s;
  };
  const requireApp = (id: string): ApplicationRecord => {
    const app = store().active.get(id.toLowerCase());
    if (!app) throw notFound(id);
    return app;
  };
  const deletedSpec = castSpec(APPLICATION_SPEC, 'microsoft.graph.application', 'directory/deletedItems/microsoft.graph.application');

  router.add('GET', '/applications', (req) => listCollection(req, [...store().active.values()], APPLICATION_SPEC));
  router.add('GET', '/applications/{id}', (req) => entityResult(req, APPLICATION_SPEC.view(requireApp(req.params.id)), APPLICATION_SPEC));
  router.add('GET', '/applications/{id}/owners/microsoft.graph.user', (req) => {
    const app = requireApp(req.params.id);
    const users = ctx.tenant.activeMembers(app.ownerIds);
    return listCollection(req, users, castSpec(USER_SPEC, 'microsoft.graph.user', 'users'));
  });
  router.add('DELETE', '/applications/{id}', (req) => {
    const app = requireApp(req.params.id);
    authorize(ctx.tenant, req.principal, 'writeGroup');
    store().active.delete(app.props.id.toLowerCase());
    app.props.deletedDateTime = graphDateTime(ctx.now());
    store().deleted.set(app.props.id.toLowerCase(), app);
    return { status: 204 };
  });
  router.add('GET', '/directory/deletedItems/microsoft.graph.application', (req) => listCollection(req, [...store().deleted.values()], deletedSpec));
}
