import type { Role } from '../../core/scenario/types';

/**
 * The roles that moving roles may report to: every role but the moving ones and everyone under them
 * (a role cannot move into its own team). One pass down from each moving role, so linear in the org.
 */
export function managerCandidates(roles: readonly Role[], movingIds: readonly string[]): Role[] {
  const reports = new Map<string, string[]>();
  for (const role of roles) {
    if (role.reportsTo === null) continue;
    const list = reports.get(role.reportsTo);
    if (list) list.push(role.id);
    else reports.set(role.reportsTo, [role.id]);
  }
  const excluded = new Set<string>();
  const stack = [...movingIds];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (excluded.has(id)) continue;
    excluded.add(id);
    stack.push(...(reports.get(id) ?? []));
  }
  return roles.filter((r) => !excluded.has(r.id));
}
