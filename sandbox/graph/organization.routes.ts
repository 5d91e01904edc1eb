import { notFound } from '../http/graph-error';
import type { GraphRouter } from '../http/graph.router';
import type { GraphRequest } from '../http/http.types';
import { contextUrl } from '../http/odata-query.helpers';
import type { SkuRecord } from '../tenant/tenant.types';
import type { SandboxContext } from './sandbox-context';

/**
 * Tenant-level reads: /organization (used to prove a credential works), /subscribedSkus with live
 * seat counts, and /domains.
 */
export function registerOrganizationRoutes(router: GraphRouter, ctx: SandboxContext): void {
  const organization = () => {
    const o = ctx.tenant.organization;
    return {
      id: o.id,
      deletedDateTime: null,
      businessPhones: ['+1 425 555 0100'],
      city: o.city,
      country: null,
      countryLetterCode: o.countryLetterCode,
      createdDateTime: o.createdDateTime,
      defaultUsageLocation: null,
      displayName: o.displayName,
      marketingNotificationEmails: [],
      onPremisesLastSyncDateTime: null,
      onPremisesSyncEnabled: null,
      postalCode: o.postalCode,
      preferredLanguage: 'en',
      privacyProfile: null,
      securityComplianceNotificationMails: [],
      securityComplianceNotificationPhones: [],
      state: o.state,
      street: o.street,
      technicalNotificationMails: [`admin@${o.defaultDomain}`],
      tenantType: 'AAD',
      directorySizeQuota: { used: ctx.tenant.userCount + ctx.tenant.listGroups().length, total: 300000 },
      assignedPlans: [],
      provisionedPlans: [],
      verifiedDomains: domains(ctx).map((d) => ({
        capabilities: d.isInitial ? 'Email, OfficeCommunicationsOnline' : 'Email, OfficeCommunicationsOnline, Intune',
        isDefault: d.isDefault,
        isInitial: d.isInitial,
        name: d.id,
        type: 'Managed',
      })),
    };
  };

  router.add('GET', '/organization', (req) => ({
    status: 200,
    body: { '@odata.context': contextUrl(req, 'organization', null), value: [organization()] },
  }));
  router.add('GET', '/organization/{id}', (req) => {
    if (req.params.id.toLowerCase() !== ctx.tenant.tenantId) throw notFound(req.params.id);
    return { status: 200, body: { '@odata.context': contextUrl(req, 'organization', null, true), ...organization() } };
  });

  router.add('GET', '/subscribedSkus', (req) => ({
    status: 200,
    body: { '@odata.context': contextUrl(req, 'subscribedSkus', null), value: ctx.tenant.skus.map((s) => skuView(ctx, s)) },
  }));
  router.add('GET', '/subscribedSkus/{id}', (req) => {
    const sku = ctx.tenant.skus.find((s) => skuView(ctx, s).id === req.params.id.toLowerCase() || s.skuId === req.params.id.toLowerCase());
    if (!sku) throw notFound(req.params.id);
    return { status: 200, body: { '@odata.context': contextUrl(req, 'subscribedSkus', null, true), ...skuView(ctx, sku) } };
  });

  router.add('GET', '/domains', (req: GraphRequest) => ({
    status: 200,
    body: {
      '@odata.context': contextUrl(req, 'domains', null),
      value: domains(ctx).map((d) => ({
        id: d.id,
        authenticationType: 'Managed',
        isAdminManaged: true,
        isDefault: d.isDefault,
        isInitial: d.isInitial,
        isRoot: true,
        isVerified: true,
        supportedServices: ['Email', 'OfficeCommunicationsOnline'],
        passwordValidityPeriodInDays: 2147483647,
        passwordNotificationWindowInDays: 14,
        state: null,
      })),
    },
  }));
}

function domains(ctx: SandboxContext) {
  const o = ctx.tenant.organization;
  return [
    { id: o.defaultDomain, isDefault: true, isInitial: false },
    { id: o.initialDomain, isDefault: false, isInitial: true },
  ];
}

function skuView(ctx: SandboxContext, sku: SkuRecord): Record<string, unknown> {
  return {
    accountName: ctx.tenant.organization.displayName,
    accountId: ctx.tenant.tenantId,
    appliesTo: 'User',
    capabilityStatus: 'Enabled',
    consumedUnits: ctx.tenant.consumedUnits(sku.skuId),
    id: `${ctx.tenant.tenantId}_${sku.skuId}`,
    skuId: sku.skuId,
    skuPartNumber: sku.skuPartNumber,
    subscriptionIds: [`${sku.skuId.slice(0, 8)}-0000-4000-8000-${ctx.tenant.tenantId.slice(-12)}`],
    prepaidUnits: { enabled: sku.prepaidEnabled, suspended: 0, warning: 0, lockedOut: 0 },
    servicePlans: sku.servicePlans.map((p) => ({ ...p, provisioningStatus: 'Success' })),
  };
}
