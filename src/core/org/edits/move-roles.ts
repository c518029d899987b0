import type { Scenario } from '../../scenario/types';
import { EditRefused } from './edit-refused';
import { moveRefusal, moveSubtree } from './move-subtree';

/**
 * The roles of a selection that actually move: those with no selected manager above them (a selected
 * role under another selected role moves with its manager's team, and stays in it).
 */
export function topmostOf(scenario: Scenario, roleIds: readonly string[]): string[] {
  const picked = new Set(roleIds);
  const byId = new Map(scenario.roles.map((r) => [r.id, r]));
  return [...picked].filter((id) => {
    let at = byId.get(id)?.reportsTo ?? null;
    while (at !== null) {
      if (picked.has(at)) return false;
      at = byId.get(at)?.reportsTo ?? null;
    }
    return byId.has(id);
  });
}

/** Why these roles cannot all move under that manager, or null when they can. */
export function moveRolesRefusal(scenario: Scenario, roleIds: readonly string[], managerId: string) {
  for (const id of topmostOf(scenario, roleIds)) {
    const refusal = moveRefusal(scenario, id, managerId);
    if (refusal) return refusal;
  }
  return null;
}

/** Moves several roles, each with its team, to report to one manager, as one edit. */
export function moveRoles(draft: Scenario, roleIds: readonly string[], managerId: string): void {
  const refusal = moveRolesRefusal(draft, roleIds, managerId);
  if (refusal) throw new EditRefused(refusal);
  for (const id of topmostOf(draft, roleIds)) moveSubtree(draft, id, managerId);
}
