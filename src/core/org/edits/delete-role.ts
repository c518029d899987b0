import type { Scenario } from '../../scenario/types';
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
  const manager = role.reportsTo;
  if (manager === null) throw new EditRefused('The top role cannot be deleted; it holds the org together.');
  for (const other of draft.roles) {
    if (other.reportsTo === roleId) other.reportsTo = manager;
    if (other.dottedTo?.includes(roleId)) {
      other.dottedTo = other.dottedTo.filter((id) => id !== roleId && id !== other.reportsTo);
    }
  }
  // A report that now reports to the manager it had a dotted line to keeps just the solid line.
  for (const other of draft.roles) {
    if (other.dottedTo && other.reportsTo !== null && other.dottedTo.includes(other.reportsTo)) {
      other.dottedTo = other.dottedTo.filter((id) => id !== other.reportsTo);
    }
  }
  draft.roles.splice(draft.roles.indexOf(role), 1);
  dropEventReferences(draft, roleId);
}
