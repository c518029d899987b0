import { foldHeader } from './headers';
import type { ImportFixes } from './fixes';
import type { ImportRecord } from './records';
import type { ColumnMapping, ImportProblem } from './types';
import { formatLines, plural } from './words';

/** The name a filled role gets when the file does not name its holder (a non-blank name is not vacant). */
export const UNNAMED_PERSON = '(unnamed)';

export type BlankNameAction = 'vacant' | 'filled-unnamed';

/** What the import found about rows without a name, and what it did with them. */
export interface BlankNames {
  /** Lines of the rows without a name (every row when no name column is mapped). */
  rows: number[];
  /** Rows read. */
  total: number;
  /** True when no column is mapped as the person's name at all. */
  noNameColumn: boolean;
  /** Rows that say "Vacant" (or "Eliminated") themselves: always vacant, whatever the decision. */
  markedVacant: number;
  /** The default the evidence suggests, and why, in a sentence. */
  suggested: BlankNameAction;
  reason: string;
  /** The treatment applied: the decision taken, else the suggestion. */
  chosen: BlankNameAction;
  /** True when the treatment was decided (--fix blank-name / the wizard), false when defaulted. */
  decided: boolean;
}

/**
 * Rows without a name used to become vacancies silently: a published organogram with 484 of 616 names
 * withheld imported as 132 people in 601 roles. Now the treatment is named and asked for, with a
 * default from the evidence:
 * - Ballast's own roles export writes a vacancy as an empty name: vacant;
 * - a file that marks vacancies itself ("Vacant") does not mean vacant by a blank: filled, unnamed;
 * - most rows without a name (or no name column): the file withholds names, as published public-sector
 *   organograms do for junior staff: filled, unnamed;
 * - otherwise a few blanks among names are most likely vacancies: vacant.
 * The decision is applied to the records here (their person becomes null or UNNAMED_PERSON).
 */
export function decideBlankNames(
  records: ImportRecord[],
  headers: readonly string[],
  mapping: ColumnMapping,
  fixes: ImportFixes,
): { blankNames?: BlankNames; problem?: ImportProblem } {
  const nameless = records.filter((r) => r.nameless);
  if (nameless.length === 0) return {};
  const noNameColumn = mapping.person === undefined;
  const markedVacant = noNameColumn ? 0 : records.filter((r) => !r.nameless && r.person === null).length;
  const folded = new Set(headers.map(foldHeader));
  const ballastExport = folded.has('dottedlinemanagers') && folded.has('oneonones');

  let suggested: BlankNameAction;
  let reason: string;
  if (ballastExport) {
    suggested = 'vacant';
    reason = "the file is Ballast's own roles export, where a vacant role has an empty name";
  } else if (noNameColumn) {
    suggested = 'filled-unnamed';
    reason = 'no column holds names, so the file lists posts without their holders';
  } else if (markedVacant > 0) {
    suggested = 'filled-unnamed';
    reason = `the file marks ${plural(markedVacant, 'vacancy')} itself ("Vacant"), so a missing name is not one`;
  } else if (nameless.length * 2 > records.length) {
    suggested = 'filled-unnamed';
    reason =
      'most rows have no name, so the file likely withholds names, as published organograms do for junior staff';
  } else {
    suggested = 'vacant';
    reason = 'most rows are named, so the few without a name are likely vacancies';
  }
  const decided = fixes['blank-name'];
  const chosen: BlankNameAction = decided ?? suggested;
  for (const record of nameless) record.person = chosen === 'vacant' ? null : UNNAMED_PERSON;

  const lines = nameless.map((r) => r.line);
  const share = Math.round((100 * nameless.length) / records.length);
  const what = noNameColumn
    ? `no column is the person's name, so none of the ${plural(records.length, 'row')} has one`
    : `${nameless.length.toLocaleString('en-US')} of ${plural(records.length, 'row')} (${share}%) have no name (${formatLines(lines)})`;
  const treatment =
    chosen === 'vacant'
      ? 'they are read as vacant roles, which add no headcount'
      : `they are read as filled roles whose holder is not named ("${UNNAMED_PERSON}"), which count in headcount`;
  const why = decided ? 'as decided' : `by default: ${reason}`;
  return {
    blankNames: {
      rows: lines,
      total: records.length,
      noNameColumn,
      markedVacant,
      suggested,
      reason,
      chosen,
      decided: decided !== undefined,
    },
    problem: {
      kind: 'blank-name',
      message: `${what}; ${treatment} (${why})`,
      rows: lines,
      ids: nameless.map((r) => r.id).filter((id) => id !== ''),
      severity: 'warning',
      fixedBy: chosen,
      remedy: { kind: 'choose-blank-names' },
    },
  };
}
