import { EditRefused } from '../org/edits/edit-refused';
import type { PeopleField, Scenario } from '../scenario/types';
import { rolesByIds } from './roles-by-ids';

export type PeopleValue = number | string | null;

/**
 * Why a value cannot be a role's people-data field, or null when it can: the rules of the format
 * (docs/SCENARIO-FORMAT.md, "People data"), worded as the inspector says them.
 */
export function checkPeopleValue(field: PeopleField, value: PeopleValue): string | null {
  if (value === null) return null;
  if (field === 'grade' || field === 'location')
    return typeof value === 'string' ? null : `A ${field} is text.`;
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'Enter a number.';
  if (field === 'fte') return value >= 0 && value <= 1 ? null : 'FTE runs from 0 to 1 (1 is full time).';
  if (value < 0) return 'An annual amount is 0 or more.';
  return value <= Number.MAX_SAFE_INTEGER ? null : 'That amount is too large.';
}

/**
 * Sets one people-data field (salary, icSalary, fte, grade, location) of every role named, as one edit;
 * null, or text that is blank once trimmed, removes the field (not known). Refuses a value the format
 * refuses, naming the rule.
 */
export function setPeopleData(
  draft: Scenario,
  roleIds: readonly string[],
  field: PeopleField,
  value: PeopleValue,
): void {
  const clean =
    typeof value === 'string' && value.trim() === ''
      ? null
      : typeof value === 'string'
        ? value.trim()
        : value;
  const problem = checkPeopleValue(field, clean);
  if (problem) throw new EditRefused(problem);
  for (const role of rolesByIds(draft, roleIds)) {
    if (clean === null) {
      if (role[field] !== undefined) delete role[field];
    } else if (role[field] !== clean) {
      (role as Record<PeopleField, number | string>)[field] = clean;
    }
  }
}
