import { z } from 'zod';

/**
 * Virtual tenants (scopes): named selections of users an operator may act on. A filter is a tree of
 * conditions combined with `all` (AND) and `any` (OR); conditions test a user attribute, the domain of
 * the user principal name, or (transitive) membership of a group.
 */

/** User attributes a condition may test (all $select-ed by the directory backend, all filterable in Graph). */
export const USER_ATTRIBUTES = [
  'department',
  'country',
  'companyName',
  'city',
  'state',
  'jobTitle',
  'usageLocation',
  'officeLocation',
  'employeeType',
  'userType',
] as const;
export const userAttributeSchema = z.enum(USER_ATTRIBUTES);
export type UserAttribute = z.infer<typeof userAttributeSchema>;

/** An operator may hold at most this many virtual tenants. */
export const MAX_VIRTUAL_TENANTS_PER_OPERATOR = 50;
/** Conditions in one virtual tenant, so evaluation stays cheap on every target. */
export const MAX_CONDITIONS = 50;

const value = z.string().trim().min(1).max(256);

export const attributeConditionSchema = z
  .object({
    type: z.literal('attribute'),
    attribute: userAttributeSchema,
    /** eq: equals one of the values; ne: equals none of them; startsWith: starts with one of them. Case-insensitive. */
    op: z.enum(['eq', 'ne', 'startsWith']),
    values: z.array(value).min(1).max(50),
  })
  .strict();

export const domainConditionSchema = z
  .object({
    type: z.literal('domain'),
    /** The part of the user principal name after "@" is one of these (case-insensitive). */
    domains: z.array(z.string().trim().toLowerCase().regex(/^[a-z0-9.-]+\.[a-z0-9-]+$/, 'is not a domain name')).min(1).max(50),
  })
  .strict();

export const groupConditionSchema = z
  .object({
    type: z.literal('group'),
    /** Resolved when the virtual tenant is created; membership is transitive (nested groups count). */
    groupId: z.string().min(1),
    groupName: z.string(),
  })
  .strict();

export type AttributeCondition = z.infer<typeof attributeConditionSchema>;
export type DomainCondition = z.infer<typeof domainConditionSchema>;
export type GroupCondition = z.infer<typeof groupConditionSchema>;
export type Condition = AttributeCondition | DomainCondition | GroupCondition;
export type ScopeFilter = Condition | { type: 'all'; filters: ScopeFilter[] } | { type: 'any'; filters: ScopeFilter[] };

export const scopeFilterSchema: z.ZodType<ScopeFilter> = z.lazy(() =>
  z.union([
    attributeConditionSchema,
    domainConditionSchema,
    groupConditionSchema,
    z.object({ type: z.literal('all'), filters: z.array(scopeFilterSchema).min(1) }).strict(),
    z.object({ type: z.literal('any'), filters: z.array(scopeFilterSchema).min(1) }).strict(),
  ]),
);

export const virtualTenantSchema = z.object({
  id: z.string(),
  tenantId: z.string(),
  name: z.string().trim().min(1).max(64),
  filter: scopeFilterSchema,
  createdBy: z.string(),
  createdAt: z.string(),
  /** Licence pools: the most users of this virtual tenant that may hold each SKU (key: skuPartNumber, upper case). */
  licencePools: z.record(z.string(), z.number().int().min(0).max(1_000_000)).optional(),
});
export type VirtualTenant = z.infer<typeof virtualTenantSchema>;

/** Virtual tenants are named case-insensitively; the key is also the document id. */
export function virtualTenantKey(name: string): string {
  return encodeURIComponent(name.trim().toLowerCase()).replace(/%/g, '~');
}

export function countConditions(filter: ScopeFilter): number {
  return filter.type === 'all' || filter.type === 'any' ? filter.filters.reduce((n, f) => n + countConditions(f), 0) : 1;
}
