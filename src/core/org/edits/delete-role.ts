import type { Role, Scenario } from '../../scenario/types';
import { EditRefused } from './edit-refused';
import { dropEventReferences, eventsReferencing } from './event-references';
import { roleById } from './role-lookup';

export interface DeletionImpact {
  title: string;
  /** Titles of the direct reports that will move up. */
  movingReports: string[];
  /** The manager they move to. */
  newManager: string;
  /** How many timeline events name the role and will be changed or removed. */
  affectedEvents: number;
}

/** What deleting a role will do, for the confirmation the user sees first. */
export function describeDeletion(scenario: Scenario, roleId: string): DeletionImpact {
  const role = roleById(scenario, roleId);
  if (role.reportsTo === null)
    throw new EditRefused('The top role cannot be deleted; it holds the org together.');
  return {
    title: role.title,
    movingReports: scenario.roles.filter((r) => r.reportsTo === roleId).map((r) => r.title),
    newManager: roleById(scenario, role.reportsTo).title,
    affectedEvents: eventsReferencing(scenario, roleId).length,
  };
}

/** Deletes a role; its reports (and dotted lines to it) move to its own manager. */
export function deleteRole(draft: Scenario, roleId: string): void {
  const role = roleById(draft, roleId);
  if (role.reportsTo === null)
    throw new EditRefused('The top role cannot be deleted; it holds the org together.');
  deleteRoles(draft, [roleId]);
}

/**
 * Where the reports of deleted roles go: from a deleted manager up to the first manager that stays.
 * Shared by the deletion and its preview, so they cannot disagree.
 */
export function nearestStaying(
  managerOf: ReadonlyMap<string, string | null>,
  going: ReadonlySet<string>,
): (id: string) => string {
  return (id) => {
    let at = id;
    while (going.has(at)) at = managerOf.get(at)!;
    return at;
  };
}

/**
 * The rules of deleting roles, for one role or many in one pass (removing a layer of 1,000 roles stays
 * linear): each report of a deleted role moves to the nearest manager above it that stays, dotted lines
 * to deleted roles go, a dotted line that duplicates a role's (new) manager gives way to the solid line,
 * and the events naming a deleted role are changed or dropped. The caller refuses the top role.
 */
export function deleteRoles(draft: Scenario, roleIds: readonly string[]): void {
  const going = new Set(roleIds);
  const managerOf = new Map(draft.roles.map((r) => [r.id, r.reportsTo]));
  for (const id of going) {
    if (!managerOf.has(id)) roleById(draft, id);
    if (managerOf.get(id) === null)
      throw new EditRefused('The top role cannot be deleted; it holds the org together.');
  }
  const staying = nearestStaying(managerOf, going);
  const kept: Role[] = [];
  for (const other of draft.roles) {
    if (going.has(other.id)) continue;
    kept.push(other);
    if (other.reportsTo !== null && going.has(other.reportsTo)) other.reportsTo = staying(other.reportsTo);
    const dotted = other.dottedTo;
    if (dotted?.some((id) => going.has(id) || id === other.reportsTo)) {
      other.dottedTo = dotted.filter((id) => !going.has(id) && id !== other.reportsTo);
    }
  }
  if (going.size === 1) {
    // One role: take it out in place, so undo's patch is a small one.
    draft.roles.splice(
      draft.roles.findIndex((r) => going.has(r.id)),
      1,
    );
  } else draft.roles = kept;
  for (const id of going) dropEventReferences(draft, id);
}
