import type { Role, Scenario } from '../../scenario/types';
import { EditRefused } from './edit-refused';

/** Trimmed, lower case: "Engineering " and "engineering" are one department, as selection counts them. */
const key = (name: string | undefined) => (name ?? '').trim().toLowerCase();

/** Every department of the scenario as first spelled, with how many roles it has, largest first. */
export function departmentsOf(scenario: Scenario): { name: string; roles: number }[] {
  const counts = new Map<string, { name: string; roles: number }>();
  for (const role of scenario.roles) {
    const k = key(role.department);
    if (k === '') continue;
    const entry = counts.get(k) ?? { name: role.department!.trim(), roles: 0 };
    entry.roles++;
    counts.set(k, entry);
  }
  return [...counts.values()].sort((a, b) => b.roles - a.roles || a.name.localeCompare(b.name));
}

/** The roles a merge changes: those in one of the departments whose department is not already `into`. */
export function rolesMerged(scenario: Scenario, departments: readonly string[], into: string): Role[] {
  const from = new Set(departments.map(key));
  const name = into.trim();
  return scenario.roles.filter((r) => from.has(key(r.department)) && r.department !== name);
}

/**
 * Merges departments into one (named anew or after one of them), as one edit: every role in any of
 * them, and every planned hire into them, gets the one name.
 */
export function mergeDepartments(draft: Scenario, departments: readonly string[], into: string): void {
  const name = into.trim();
  if (name === '') throw new EditRefused('Name the department they merge into.');
  const from = new Set(departments.map(key));
  const rename = (role: Role) => {
    if (from.has(key(role.department)) && role.department !== name) role.department = name;
  };
  draft.roles.forEach(rename);
  for (const event of draft.events) if (event.type === 'hire') rename(event.role);
}
