import { EditRefused } from '../org/edits/edit-refused';
import { MAX_STRENGTH, MIN_STRENGTH, STRENGTH_NAMES, type Scenario, type Strengths } from '../scenario/types';
import { rolesByIds } from './roles-by-ids';

/** Refuses a strength that is not one of the nine, or a value outside 0..10. */
export function checkStrengths(strengths: Partial<Strengths>): void {
  for (const [name, value] of Object.entries(strengths)) {
    if (!(STRENGTH_NAMES as readonly string[]).includes(name))
      throw new EditRefused(`"${name}" is not a strength.`);
    if (typeof value !== 'number' || !Number.isFinite(value) || value < MIN_STRENGTH || value > MAX_STRENGTH)
      throw new EditRefused(`Strengths run from ${MIN_STRENGTH} to ${MAX_STRENGTH}; ${value} is outside.`);
  }
}

/**
 * Sets some strengths (one slider, or a preset's nine) on every role named, as one edit: the editor
 * records one set of patches, so one undo restores every role. A role that already has the value is
 * left untouched (no patch), so the cards of roles that did not change keep their data.
 */
export function setStrengthsBulk(
  draft: Scenario,
  roleIds: readonly string[],
  strengths: Partial<Strengths>,
): void {
  checkStrengths(strengths);
  const entries = Object.entries(strengths) as [keyof Strengths, number][];
  for (const role of rolesByIds(draft, roleIds)) {
    for (const [name, value] of entries) {
      if (role.strengths[name] !== value) role.strengths[name] = value;
    }
  }
}
