import { z } from 'zod';

/**
 * Marks an action input as a reference to a directory object, so its form field becomes a typeahead
 * picker: an Input.ChoiceSet with `choices.data` of type `Data.Query` (dataset `users`, `groups` or
 * `skus`), answered on the `application/search` invoke by actions/search/directory-search.service.ts,
 * only inside the operator's scope.
 *
 * Convention: the field's `.describe()` text starts with a marker, `[user]`, `[group]` or `[sku]`,
 * followed by the help text shown under the field (cards/schema-fields.ts strips the marker).
 * Works on a string (one pick) and on an array of strings (multi-select; posted comma-separated).
 * Write it with these helpers rather than by hand:
 *
 * ```ts
 * manager: z.string().email().optional().describe(refHelp('user', 'New manager.')),
 * members: z.array(z.string().email()).min(1).describe(refHelp('user', 'Users to add')),
 * owner: userRef('Who owns it'),
 * ```
 *
 * The submitted value is the picked result's `value`: a user's UPN, a group's object id, a SKU's part
 * number. Actions keep resolving and scope-checking it exactly as typed text: the picker only helps.
 */
export type RefKind = 'user' | 'group' | 'sku';

/** The `.describe()` text of a reference field: "[user] help". */
export function refHelp(kind: RefKind, help = ''): string {
  return `[${kind}] ${help}`.trim();
}

/** A user, by UPN, picked with a typeahead over the users the operator manages. */
export function userRef(help = ''): z.ZodString {
  return z.string().trim().min(1).describe(refHelp('user', help));
}

/** A group (object id, name or mail) picked with a typeahead over the groups the operator manages. */
export function groupRef(help = ''): z.ZodString {
  return z.string().trim().min(1).describe(refHelp('group', help));
}

/** A licence (part number or product name) picked among the tenant's subscribed SKUs. */
export function skuRef(help = ''): z.ZodString {
  return z.string().trim().min(1).describe(refHelp('sku', help));
}
