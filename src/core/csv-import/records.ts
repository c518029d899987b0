import {
  DEFAULT_STRENGTH,
  MAX_STRENGTH,
  MIN_STRENGTH,
  STRENGTH_NAMES,
  type StrengthName,
  type Strengths,
} from '../scenario/types';
import type { ImportFixes } from './fixes';
import { KNOWN_HEADERS, foldHeader } from './headers';
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
  /** People data, when the row has it (a pay band's midpoint when only a band is mapped). */
  salary?: number;
  icSalary?: number;
  fte?: number;
  grade?: string;
  location?: string;
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
  // SAP SuccessFactors' user data file: the top of the org has no manager (and no HR representative).
  'no_manager',
  'no_mgr',
  'no manager',
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
  const scales = strengthScales(table, mapping, cell);
  const badPeople = { salary: [], icSalary: [], payFloor: [], payCeiling: [], fte: [] } as Record<
    PeopleNumber,
    BadValue[]
  >;

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
        const scale = scales.get(name);
        const score = scale ? Number(text) : Number.NaN;
        record.strengths[name] =
          scale && isScore(text) && score >= 1 && score <= scale.top
            ? rescale(score, scale.top)
            : readNumber(
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
    readPeopleData(record, row.cells, mapping, cell, clamp, badPeople);
    return record;
  });

  const problems: ImportProblem[] = [];
  for (const [name, scale] of scales) {
    const header = table.headers[mapping[name]!];
    const middle = (1 + scale.top) / 2;
    problems.push({
      kind: 'rescaled',
      message: `strength ${name} (column "${header}") holds scores from 1 to ${scale.top}, as a 360 survey does; they were mapped to 0 to 10 (1 -> 0, ${middle} -> 5, ${scale.top} -> 10)`,
      rows: [],
      ids: [],
      severity: 'warning',
    });
  }
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
  for (const field of PEOPLE_NUMBERS) {
    report(
      `the ${COLUMN_NAMES[field]} column "${table.headers[mapping[field] ?? 0] ?? ''}"`,
      field === 'fte' ? 'a number from 0 to 1' : 'an amount, 0 or more',
      badPeople[field],
    );
  }
  for (const [name, bad] of badStrength) {
    report(
      `strength ${name} (column "${table.headers[mapping[name]!]}")`,
      `a number from ${MIN_STRENGTH} to ${MAX_STRENGTH}`,
      bad,
    );
  }
  return { records, problems };
}

const isScore = (text: string) => /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text);

/** 1..top onto 0..10, rounded to two decimals: 1 -> 0, the middle -> 5, top -> 10. */
function rescale(score: number, top: number): number {
  return Math.round(((score - 1) / (top - 1)) * 1000) / 100;
}

/**
 * Strength columns holding scores of a 360 survey rather than Ballast's 0 to 10: a column whose header is
 * not the strength's own name (Ballast's export writes "vision", "plan", ...) and whose numbers all lie
 * from 1 to 5 (a 1-5 scale) or from 1 to 10 with some above 5 (a 1-10 scale). A 0 anywhere means the
 * column is on 0 to 10 already.
 */
function strengthScales(
  table: CsvTable,
  mapping: ColumnMapping,
  cell: (cells: string[], column: number | undefined) => string,
): Map<StrengthName, { top: 5 | 10 }> {
  const scales = new Map<StrengthName, { top: 5 | 10 }>();
  for (const name of STRENGTH_NAMES) {
    const column = mapping[name];
    if (column === undefined || KNOWN_HEADERS[name].includes(foldHeader(table.headers[column] ?? '')))
      continue;
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (const row of table.rows) {
      const text = cell(row.cells, column);
      if (text === '' || !isScore(text)) continue;
      const value = Number(text);
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
    if (min < 1 || !Number.isFinite(max)) continue;
    if (max <= 5) scales.set(name, { top: 5 });
    else if (max <= 10) scales.set(name, { top: 10 });
  }
  return scales;
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

const PEOPLE_NUMBERS = ['salary', 'icSalary', 'payFloor', 'payCeiling', 'fte'] as const;
type PeopleNumber = (typeof PEOPLE_NUMBERS)[number];
const COLUMN_NAMES: Record<PeopleNumber, string> = {
  salary: 'salary',
  icSalary: 'team member salary',
  payFloor: 'pay band',
  payCeiling: 'pay band',
  fte: 'FTE',
};

/** "£52,000", "52 000.50", "$1,250,000" -> the number; currency signs and digit grouping dropped. */
function moneyText(text: string): string {
  return text.replace(/^[£$€¥]\s*|\s*[£$€¥]$/gu, '').replace(/(\d)[,\s\u00a0\u202f](?=\d{3}\b)/gu, '$1');
}

/**
 * Salary (or a pay band's midpoint), FTE, grade and location. An empty cell or a placeholder ("N/D",
 * "N/A") is no value; a number that breaks its rule is a bad value, as a team size's is.
 */
function readPeopleData(
  record: ImportRecord,
  cells: string[],
  mapping: ColumnMapping,
  cell: (cells: string[], column: number | undefined) => string,
  clamp: boolean,
  bad: Record<PeopleNumber, BadValue[]>,
): void {
  const number = (field: PeopleNumber): number | undefined => {
    if (mapping[field] === undefined) return undefined;
    const text = cell(cells, mapping[field]);
    if (text !== '0' && (isPlaceholder(text) || isNotDisclosed(text))) return undefined;
    const rule = field === 'fte' ? { min: 0, max: 1 } : { min: 0, max: Number.MAX_SAFE_INTEGER };
    const value = readNumber(
      field === 'fte' ? text : moneyText(text),
      Number.NaN,
      rule,
      clamp,
      record.line,
      bad[field],
    );
    return Number.isFinite(value) ? value : undefined;
  };
  const salary = number('salary');
  const floor = number('payFloor');
  const ceiling = number('payCeiling');
  const band = floor !== undefined && ceiling !== undefined ? (floor + ceiling) / 2 : (floor ?? ceiling);
  if (salary !== undefined) record.salary = salary;
  else if (band !== undefined) record.salary = band;
  const icSalary = number('icSalary');
  if (icSalary !== undefined) record.icSalary = icSalary;
  const fte = number('fte');
  if (fte !== undefined) record.fte = fte;
  const grade = cell(cells, mapping.grade);
  if (grade !== '' && !isPlaceholder(grade) && !isNotDisclosed(grade)) record.grade = grade;
  const location = cell(cells, mapping.location);
  if (location !== '' && !isPlaceholder(location) && !isNotDisclosed(location)) record.location = location;
}
