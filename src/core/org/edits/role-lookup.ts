import { hiredRoles } from '../../scenario/hired-roles';
import { isSelfOrAncestor, parentIndex } from '../../scenario/tree';
import type { Role, Scenario } from '../../scenario/types';
import { EditRefused } from './edit-refused';

/** The role with this id in a scenario (or its draft); refuses the edit when there is none. */
export function roleById(scenario: Scenario, id: string): Role {
  const role = scenario.roles.find((r) => r.id === id);
  if (!role) throw new EditRefused(`There is no role "${id}" in this scenario.`);
  return role;
}

/** Whether `ancestorId` is `id` or above it in the reporting lines. */
export function isSelfOrAncestorOf(scenario: Scenario, ancestorId: string, id: string): boolean {
  return isSelfOrAncestor(parentIndex(scenario.roles), ancestorId, id);
}

/** Every id a scenario uses, in its roles and its hire events (an id must stay unique across both). */
export function usedIds(scenario: Scenario): Set<string> {
  const ids = new Set(scenario.roles.map((r) => r.id));
  for (const role of hiredRoles(scenario.events)) ids.add(role.id);
  return ids;
}

/** A readable, unique id: "role-1", "role-2", ... skipping any in use. */
export function freshRoleId(taken: Set<string>, base = 'role'): string {
  for (let n = taken.size + 1; ; n++) {
    const id = `${base}-${n}`;
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}
