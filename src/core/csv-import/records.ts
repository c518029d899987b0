import {
  DEFAULT_STRENGTH,
  MAX_STRENGTH,
  MIN_STRENGTH,
  STRENGTH_NAMES,
  type StrengthName,
  type Strengths,
} from '../scenario/types';
import type { ImportFixes } from './fixes';
import type { ColumnMapping, CsvTable, ImportProblem } from './types';
import { formatLines } from './words';

/** One data row read through the column mapping: trimmed text, numbers checked, nothing resolved yet. */
export interface ImportRecord {
  line: number;
  /** Trimmed id; "" when the row has none (see isPlaceholder). */
  id: string;
  /** Trimmed manager id as written; "" when the cell is empty. */
  manager: string;
  title: string;
  /** The name as written; null when the row has none (see nameless) or marks the role vacant. */
  person: string | null;
  /**
   * True when the name cell is empty or a placeholder (`N/D`, `NULL`, ...), or no name column is mapped:
   * what that means (vacant, or filled by someone unnamed) is the blank-name decision. False for a row
   * that says "Vacant" itself.
   */
  nameless: boolean;
  team: number;
  strengths: Partial<Strengths>;
  department?: string;
}

/**
 * Values HR exports write where there is no value: "no manager" in a manager column, no id in an id
 * column. Compared ignoring case and surrounding spaces. A manager value that is also a real id in the
 * file is a reference, not a placeholder (see resolve.ts).
 */
export const PLACEHOLDERS: ReadonlySet<string> = new Set([
  '',
  'null',
  'nil',
  'none',
  'n/a',
  'na',
  'n/d',
  'nd',
  '#n/a',
  '#na',
  'xx',
  'xxx',
  '-',
  '--',
  '?',
  'undefined',
  'nan',
  '(blank)',
  '0',
]);

export function isPlaceholder(value: string): boolean {
  return PLACEHOLDERS.has(value.trim().toLowerCase());
}

/** Name cells that withhold a name: "N/D" (not disclosed) in UK organograms, and plain words for it. */
const NOT_DISCLOSED = new Set([
  'n/d',
  'not disclosed',
  'undisclosed',
  'redacted',
  'withheld',
  'name withheld',
]);
export function isNotDisclosed(value: string): boolean {
  return NOT_DISCLOSED.has(value.trim().toLowerCase());
}

/** Name cells that say the role is vacant (UK organograms write "Vacant", and "Eliminated" for a post gone). */
const VACANT_MARKS = new Set([
  'vacant',
  'vacancy',
  'vacant post',
  'vacant position',
  'eliminated',
  'to be hired',
  'tbh',
]);
export function isVacantMark(value: string): boolean {
  return VACANT_MARKS.has(value.trim().toLowerCase());
}

interface BadValue {
  line: number;
  value: string;
}

/**
 * Ballast's own CSV export (and careful spreadsheets) put a `'` before a cell that a spreadsheet would
 * otherwise run as a formula (`=`, `+`, `-`, `@`, tab, CR, LF first). Reading such a cell back drops
 * that one guard character, so an exported file imports to the same titles and names.
 */
export function undoFormulaGuard(value: string): string {
  return /^'[=+\-@\t\r\n]/.test(value) ? value.slice(1) : value;
}

/**
 * Reads every row through the mapping. Bad team sizes and strengths are collected per column as one
 * bad-value problem each, resolved by the bad-value decision (use-default or clamp).
 */
export function readRecords(
  table: CsvTable,
  mapping: ColumnMapping,
  fixes: ImportFixes,
): { records: ImportRecord[]; problems: ImportProblem[] } {
  const cell = (cells: string[], column: number | undefined) =>
    column === undefined ? '' : undoFormulaGuard(cells[column] ?? '').trim();
  const badTeam: BadValue[] = [];
  const badStrength = new Map<StrengthName, BadValue[]>();
  const clamp = fixes['bad-value'] === 'clamp';

  const records = table.rows.map((row): ImportRecord => {
    const id = cell(row.cells, mapping.id);
    const first = cell(row.cells, mapping.person);
    const last = cell(row.cells, mapping.lastName);
    const person = [first, last].filter((part) => !isPlaceholder(part) && !isNotDisclosed(part)).join(' ');
    const markedVacant = mapping.person !== undefined && isVacantMark(person);
    const record: ImportRecord = {
      line: row.line,
      id: isPlaceholder(id) && id !== '0' ? '' : id,
      manager: cell(row.cells, mapping.reportsTo),
      title: cell(row.cells, mapping.title),
      person: person === '' || markedVacant ? null : person,
      nameless: person === '',
      team: readNumber(cell(row.cells, mapping.team), 0, { min: 0, integer: true }, clamp, row.line, badTeam),
      strengths: {},
    };
    for (const name of STRENGTH_NAMES) {
      if (mapping[name] === undefined) continue;
      const list = badStrength.get(name) ?? [];
      badStrength.set(name, list);
      const text = cell(row.cells, mapping[name]);
      if (text !== '') {
        record.strengths[name] = readNumber(
          text,
          DEFAULT_STRENGTH,
          { min: MIN_STRENGTH, max: MAX_STRENGTH },
          clamp,
          row.line,
          list,
        );
      }
    }
    const department = cell(row.cells, mapping.department);
    if (department !== '') record.department = department;
    return record;
  });

  const problems: ImportProblem[] = [];
  const fixedBy = fixes['bad-value'];
  const report = (column: string, rule: string, bad: BadValue[]) => {
    if (bad.length === 0) return;
    const samples = [...new Set(bad.map((b) => JSON.stringify(b.value)))].slice(0, 5).join(', ');
    problems.push({
      kind: 'bad-value',
      message: `${column} on ${formatLines(bad.map((b) => b.line))} is not ${rule} (${samples})`,
      rows: bad.map((b) => b.line),
      ids: [],
      severity: 'error',
      ...(fixedBy ? { fixedBy } : {}),
    });
  };
  report(
    `the team size column "${table.headers[mapping.team ?? 0] ?? ''}"`,
    'a whole number, 0 or more',
    badTeam,
  );
  for (const [name, bad] of badStrength) {
    report(
      `strength ${name} (column "${table.headers[mapping[name]!]}")`,
      `a number from ${MIN_STRENGTH} to ${MAX_STRENGTH}`,
      bad,
    );
  }
  return { records, problems };
}

function readNumber(
  text: string,
  fallback: number,
  rule: { min: number; max?: number; integer?: boolean },
  clamp: boolean,
  line: number,
  bad: BadValue[],
): number {
  if (text === '') return fallback;
  const value = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) ? Number(text) : Number.NaN;
  const max = rule.max ?? Number.POSITIVE_INFINITY;
  if (
    Number.isFinite(value) &&
    value >= rule.min &&
    value <= max &&
    (!rule.integer || Number.isInteger(value))
  ) {
    return value;
  }
  bad.push({ line, value: text });
  if (!clamp || !Number.isFinite(value)) return fallback;
  const within = Math.min(max, Math.max(rule.min, value));
  return rule.integer ? Math.round(within) : within;
}
