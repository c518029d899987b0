import { depths } from '../scenario/tree';
import type { Role } from '../scenario/types';

/**
 * Pure queries behind the editor's "select all …" commands: each takes the roles picked so far and
 * returns every role that shares their department, layer or title, in org order.
 */

/** Trimmed, lower case: "Engineering " and "engineering" are one department, one title. */
const same = (text: string | undefined | null) => (text ?? '').trim().toLowerCase();

/** Every role in any of the departments of `from`; roles without a department match none. */
export function rolesInDepartmentsOf(roles: readonly Role[], from: readonly string[]): string[] {
  const picked = new Set(from);
  const wanted = new Set(
    roles.filter((r) => picked.has(r.id) && same(r.department) !== '').map((r) => same(r.department)),
  );
  return roles.filter((r) => wanted.has(same(r.department))).map((r) => r.id);
}

/** Every role on the same layer of the chart (its depth below the top) as any role of `from`. */
export function rolesAtLayersOf(roles: readonly Role[], from: readonly string[]): string[] {
  const depth = depths(roles);
  const wanted = new Set(from.map((id) => depth.get(id)).filter((d) => d !== undefined));
  return roles.filter((r) => wanted.has(depth.get(r.id) ?? -1)).map((r) => r.id);
}

/** Every role whose title is that of a role in `from` (ignoring case and surrounding spaces). */
export function rolesWithTitlesOf(roles: readonly Role[], from: readonly string[]): string[] {
  const picked = new Set(from);
  const wanted = new Set(roles.filter((r) => picked.has(r.id)).map((r) => same(r.title)));
  return roles.filter((r) => wanted.has(same(r.title))).map((r) => r.id);
}

/** The layer of a role as people count it: 1 for the top role. */
export function layerOf(roles: readonly Role[], id: string): number | undefined {
  const d = depths(roles).get(id);
  return d === undefined ? undefined : d + 1;
}
