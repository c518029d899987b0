import { subtreeIds } from '../../scenario/tree';
import type { Role, Scenario } from '../../scenario/types';
import { EditRefused } from './edit-refused';
import { freshRoleId, roleById, usedIds } from './role-lookup';

/** A copied subtree: plain roles, the first being its top; ids are the originals, renamed on paste. */
export interface OrgClipboard {
  roles: Role[];
}

/** Copies a role and everyone under it (dotted lines inside the subtree survive a paste). */
export function copySubtree(scenario: Scenario, roleId: string): OrgClipboard {
  roleById(scenario, roleId);
  const ids = new Set(subtreeIds(scenario.roles, roleId));
  const roles = scenario.roles.filter((r) => ids.has(r.id)).map((r) => structuredCloneRole(r));
  roles.sort((a, b) => (a.id === roleId ? -1 : b.id === roleId ? 1 : 0));
  return { roles };
}

/** Pastes a copied subtree under a manager with fresh ids; returns the id of its new top role. */
export function pasteSubtree(draft: Scenario, clipboard: OrgClipboard, managerId: string): string {
  roleById(draft, managerId);
  const taken = usedIds(draft);
  const renamed = new Map(clipboard.roles.map((r) => [r.id, freshRoleId(taken)]));
  const [top, ...rest] = clipboard.roles;
  for (const role of [top, ...rest]) {
    const copy = structuredCloneRole(role);
    copy.id = renamed.get(role.id)!;
    copy.reportsTo = role === top ? managerId : renamed.get(role.reportsTo!)!;
    copy.dottedTo = (role.dottedTo ?? []).filter((id) => renamed.has(id)).map((id) => renamed.get(id)!);
    draft.roles.push(copy);
  }
  return renamed.get(top.id)!;
}

/** A copy of a subtree beside the original, under the same manager. */
export function duplicateSubtree(draft: Scenario, roleId: string): string {
  const role = roleById(draft, roleId);
  if (role.reportsTo === null)
    throw new EditRefused('The top role cannot be duplicated; an org has one top.');
  return pasteSubtree(draft, copySubtree(draft, roleId), role.reportsTo);
}

function structuredCloneRole(role: Role): Role {
  return { ...role, dottedTo: [...(role.dottedTo ?? [])], strengths: { ...role.strengths } };
}
