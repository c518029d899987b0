import {
  DEFAULT_STRENGTH,
  STRENGTH_NAMES,
  type Role,
  type Scenario,
  type Strengths,
} from '../../scenario/types';
import { EditRefused } from './edit-refused';
import { freshRoleId, roleById, usedIds } from './role-lookup';

export interface NewRoleFields {
  title?: string;
  person?: string | null;
  team?: number;
  strengths?: Partial<Strengths>;
}

function newRole(scenario: Scenario, reportsTo: string | null, fields: NewRoleFields): Role {
  const strengths = Object.fromEntries(STRENGTH_NAMES.map((n) => [n, DEFAULT_STRENGTH])) as Strengths;
  return {
    id: freshRoleId(usedIds(scenario)),
    title: fields.title ?? 'New role',
    person: fields.person ?? null,
    reportsTo,
    dottedTo: [],
    team: fields.team ?? 0,
    strengths: { ...strengths, ...fields.strengths },
    oneOnOnes: false,
  };
}

/** Adds a role reporting to `managerId` (or the root of an empty scenario); returns its id. */
export function addReport(draft: Scenario, managerId: string | null, fields: NewRoleFields = {}): string {
  if (managerId === null) {
    if (draft.roles.length > 0)
      throw new EditRefused('An org has one top role; add the new role as a report.');
  } else {
    roleById(draft, managerId);
  }
  const role = newRole(draft, managerId, fields);
  draft.roles.push(role);
  return role.id;
}

/** Adds a role beside `roleId`, reporting to the same manager; the top role has no peers. */
export function addPeer(draft: Scenario, roleId: string, fields: NewRoleFields = {}): string {
  const sibling = roleById(draft, roleId);
  if (sibling.reportsTo === null) {
    throw new EditRefused(
      `"${sibling.title}" is the top of the org and can have no peer; add a report instead.`,
    );
  }
  const role = newRole(draft, sibling.reportsTo, fields);
  draft.roles.splice(draft.roles.indexOf(sibling) + 1, 0, role);
  return role.id;
}
