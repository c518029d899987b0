import type { Scenario } from '../../scenario/types';
import { EditRefused } from './edit-refused';
import { isSelfOrAncestorOf, roleById } from './role-lookup';

/** Why a role cannot move under another, or null when it can. */
export function moveRefusal(scenario: Scenario, roleId: string, newManagerId: string): string | null {
  const role = scenario.roles.find((r) => r.id === roleId);
  const target = scenario.roles.find((r) => r.id === newManagerId);
  if (!role || !target) return 'That role no longer exists.';
  if (role.reportsTo === null) return `"${role.title}" is the top of the org and cannot move.`;
  if (isSelfOrAncestorOf(scenario, roleId, newManagerId)) {
    return roleId === newManagerId
      ? `"${role.title}" cannot report to itself.`
      : `"${role.title}" cannot move under "${target.title}", who is in its own team.`;
  }
  return null;
}

/** Moves a role, with everyone under it, to report to another role. */
export function moveSubtree(draft: Scenario, roleId: string, newManagerId: string): void {
  const refusal = moveRefusal(draft, roleId, newManagerId);
  if (refusal) throw new EditRefused(refusal);
  const role = roleById(draft, roleId);
  role.reportsTo = newManagerId;
  if (role.dottedTo?.includes(newManagerId))
    role.dottedTo = role.dottedTo.filter((id) => id !== newManagerId);
}
