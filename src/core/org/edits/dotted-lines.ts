import type { Scenario } from '../../scenario/types';
import { EditRefused } from './edit-refused';
import { roleById } from './role-lookup';

/** Adds a dotted (matrix) line from a role to a second manager. */
export function addDottedLine(draft: Scenario, roleId: string, managerId: string): void {
  const role = roleById(draft, roleId);
  const manager = roleById(draft, managerId);
  if (roleId === managerId) throw new EditRefused('A role cannot have a dotted line to itself.');
  if (role.reportsTo === managerId) {
    throw new EditRefused(`"${role.title}" already reports to "${manager.title}" directly.`);
  }
  role.dottedTo ??= [];
  if (!role.dottedTo.includes(managerId)) role.dottedTo.push(managerId);
}

export function removeDottedLine(draft: Scenario, roleId: string, managerId: string): void {
  const role = roleById(draft, roleId);
  role.dottedTo = (role.dottedTo ?? []).filter((id) => id !== managerId);
}
