import { roleHeadcount, type Role } from './types';

/**
 * Pure helpers over reporting lines. They take any list of `{ id, reportsTo }` (roles of a parsed
 * scenario, or rows still being imported) and never assume the lines already form a valid tree: cycles,
 * unknown managers and repeated ids are tolerated (the first occurrence of an id wins), so validators can
 * use them too.
 */
export interface ReportingLine {
  id: string;
  reportsTo: string | null;
}

/** Manager id -> ids of its direct reports, in list order. Lines to unknown managers are left out. */
export function childrenIndex(roles: readonly ReportingLine[]): Map<string, string[]> {
  const known = new Set(roles.map((r) => r.id));
  const children = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const role of roles) {
    if (seen.has(role.id)) continue;
    seen.add(role.id);
    if (role.reportsTo === null || !known.has(role.reportsTo) || role.reportsTo === role.id) continue;
    const list = children.get(role.reportsTo);
    if (list) list.push(role.id);
    else children.set(role.reportsTo, [role.id]);
  }
  return children;
}

/** Ids of roles with no manager (reportsTo null), in list order. A valid scenario has exactly one. */
export function findRoots(roles: readonly ReportingLine[]): string[] {
  return roles.filter((r) => r.reportsTo === null).map((r) => r.id);
}

/** id -> manager id (first occurrence of each id). */
export function parentIndex(roles: readonly ReportingLine[]): Map<string, string | null> {
  const parents = new Map<string, string | null>();
  for (const role of roles) if (!parents.has(role.id)) parents.set(role.id, role.reportsTo);
  return parents;
}

/**
 * Depth of every role reachable from a root (roots are 0). Roles in or under a cycle, or under an
 * unknown manager, are absent from the map.
 */
export function depths(roles: readonly ReportingLine[]): Map<string, number> {
  const children = childrenIndex(roles);
  const depth = new Map<string, number>();
  const queue: string[] = [];
  for (const root of findRoots(roles)) {
    if (depth.has(root)) continue;
    depth.set(root, 0);
    queue.push(root);
  }
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i];
    for (const child of children.get(id) ?? []) {
      if (depth.has(child)) continue;
      depth.set(child, depth.get(id)! + 1);
      queue.push(child);
    }
  }
  return depth;
}

/** Number of management layers: 1 for a lone root, 2 for a root with reports, and so on (0 if empty). */
export function layerCount(roles: readonly ReportingLine[]): number {
  let max = -1;
  for (const d of depths(roles).values()) max = Math.max(max, d);
  return max + 1;
}

/**
 * Every distinct cycle in the reporting lines, each as the ids in reporting order starting from the
 * role that appears first in the list (`["a", "b", "c"]` means a -> b -> c -> a). A role reporting to
 * itself is a cycle of one.
 */
export function findCycles(roles: readonly ReportingLine[]): string[][] {
  // Ids numbered by first occurrence (which is also the order cycles are reported in), so the walk runs
  // over arrays: Maps of ids for parents, order and state made a tenth of a 10,000-role parse.
  const number = new Map<string, number>();
  const ids: string[] = [];
  const managers: (string | null)[] = [];
  for (const role of roles) {
    if (number.has(role.id)) continue;
    number.set(role.id, ids.length);
    ids.push(role.id);
    managers.push(role.reportsTo);
  }
  // The manager's number, or -1 for none (a root, or a manager that is not a role).
  const parent = new Int32Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const manager = managers[i];
    parent[i] = manager === null ? -1 : (number.get(manager) ?? -1);
  }
  // 0 = unvisited, 1 = on the current walk, 2 = done.
  const state = new Uint8Array(ids.length);
  const cycles: string[][] = [];
  const walk: number[] = [];
  for (let start = 0; start < ids.length; start++) {
    if (state[start] !== 0) continue;
    walk.length = 0;
    let current = start;
    while (current !== -1 && state[current] === 0) {
      state[current] = 1;
      walk.push(current);
      current = parent[current];
    }
    if (current !== -1 && state[current] === 1) {
      const cycle = walk.slice(walk.indexOf(current));
      // Start at the member that appears first in the list: the smallest number.
      let first = 0;
      for (let i = 1; i < cycle.length; i++) if (cycle[i] < cycle[first]) first = i;
      cycles.push([...cycle.slice(first), ...cycle.slice(0, first)].map((n) => ids[n]));
    }
    for (const n of walk) state[n] = 2;
  }
  return cycles;
}

/** The first cycle in the reporting lines, or null when there is none. */
export function findCycle(roles: readonly ReportingLine[]): string[] | null {
  return findCycles(roles)[0] ?? null;
}

/** The ids of a role and everyone under it (breadth first; safe on cycles). */
export function subtreeIds(roles: readonly ReportingLine[], id: string): string[] {
  const children = childrenIndex(roles);
  const out = [id];
  const seen = new Set(out);
  for (let i = 0; i < out.length; i++) {
    for (const child of children.get(out[i]) ?? []) {
      if (seen.has(child)) continue;
      seen.add(child);
      out.push(child);
    }
  }
  return out;
}

/** Headcount under and including a role: each filled role counts 1, plus every team. */
export function subtreeHeadcount(roles: readonly Role[], id: string): number {
  const byId = new Map<string, Role>();
  for (const role of roles) if (!byId.has(role.id)) byId.set(role.id, role);
  if (!byId.has(id)) return 0;
  return subtreeIds(roles, id).reduce((sum, member) => sum + roleHeadcount(byId.get(member)!), 0);
}

/** Headcount of the whole org. */
export function totalHeadcount(roles: readonly Role[]): number {
  return roles.reduce((sum, role) => sum + roleHeadcount(role), 0);
}

/** Whether `ancestor` is `id` itself or above it in the reporting lines (safe on cycles). */
export function isSelfOrAncestor(
  parents: ReadonlyMap<string, string | null>,
  ancestor: string,
  id: string,
): boolean {
  const seen = new Set<string>();
  let current: string | null | undefined = id;
  while (current !== null && current !== undefined && !seen.has(current)) {
    if (current === ancestor) return true;
    seen.add(current);
    current = parents.get(current);
  }
  return false;
}
