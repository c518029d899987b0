import {
  MAX_STRENGTH,
  MIN_STRENGTH,
  STRENGTH_NAMES,
  type Scenario,
  type Strengths,
} from '../../scenario/types';
import { EditRefused } from './edit-refused';
import { roleById } from './role-lookup';

export interface RoleFields {
  title?: string;
  person?: string | null;
  team?: number;
  department?: string | null;
  oneOnOnes?: boolean;
}

/** Changes a role's own fields; a person of null or blank marks the role vacant. */
export function updateRole(draft: Scenario, roleId: string, fields: RoleFields): void {
  const role = roleById(draft, roleId);
  if (fields.title !== undefined) {
    const title = fields.title.trim();
    if (!title) throw new EditRefused('A role needs a title.');
    role.title = title;
  }
  if (fields.person !== undefined) {
    const person = fields.person?.trim() ?? '';
    role.person = person === '' ? null : person;
  }
  if (fields.team !== undefined) {
    if (!Number.isInteger(fields.team) || fields.team < 0 || fields.team > 1_000_000) {
      throw new EditRefused('A team size is a whole number of people, 0 or more.');
    }
    role.team = fields.team;
  }
  if (fields.department !== undefined) {
    const department = fields.department?.trim() ?? '';
    if (department === '') delete role.department;
    else role.department = department;
  }
  if (fields.oneOnOnes !== undefined) role.oneOnOnes = fields.oneOnOnes;
}

/** Sets some strengths on several roles at once (a slider, a preset, a bulk apply). */
export function setStrengths(
  draft: Scenario,
  roleIds: readonly string[],
  strengths: Partial<Strengths>,
): void {
  for (const name of Object.keys(strengths)) {
    if (!(STRENGTH_NAMES as readonly string[]).includes(name))
      throw new EditRefused(`"${name}" is not a strength.`);
    const value = strengths[name as keyof Strengths]!;
    if (!Number.isFinite(value) || value < MIN_STRENGTH || value > MAX_STRENGTH) {
      throw new EditRefused(`Strengths run from ${MIN_STRENGTH} to ${MAX_STRENGTH}; ${value} is outside.`);
    }
  }
  for (const id of roleIds) Object.assign(roleById(draft, id).strengths, strengths);
}
