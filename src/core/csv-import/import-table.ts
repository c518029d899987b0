import type { Problem } from '../problems';
import { parseScenario } from '../scenario/parse';
import { SCENARIO_FORMAT, SCENARIO_VERSION, type Scenario } from '../scenario/types';
import { decideBlankNames, type BlankNames } from './blank-names';
import { buildScenario } from './build';
import { fileProblem } from './file-kind';
import { resolveManagerNames } from './manager-names';
import type { ImportFixes } from './fixes';
import { KNOWN_HEADERS, applyColumnOverrides, foldHeader, recogniseColumns } from './headers';
import { readCsvText } from './reader';
import { readRecords } from './records';
import { resolveTree } from './resolve';
import type { ColumnMapping, CsvTable, ImportLimits, ImportProblem } from './types';

export interface ImportOptions {
  /** Names the scenario (without folder and extension). */
  fileName?: string;
  /** FIELD -> HEADER (or `#N`) overrides on top of the recognised columns. */
  map?: Readonly<Record<string, string>>;
  /** One decision per problem kind. */
  fixes?: ImportFixes;
  limits?: Partial<ImportLimits>;
  horizon?: number;
  volatility?: number;
}

export interface ImportOutcome {
  /** True when a valid scenario was built: every error has a decision and nothing stopped the reading. */
  ok: boolean;
  scenario?: Scenario;
  /** Every problem found, decided or not, warnings included, in the order of the steps. */
  problems: ImportProblem[];
  /** Errors in the --map overrides; the import does not go ahead with any. */
  mapErrors: string[];
  headers: string[];
  mapping: ColumnMapping;
  rowsRead: number;
  /** Lines left out by decisions (drop, keep-largest, keep-first/keep-last). */
  leftOut: number[];
  addedRoot?: string;
  /** Rows without a name and what they were read as (vacant, or filled by someone unnamed). */
  blankNames?: BlankNames;
}

/**
 * Steps (c) to (f) in one call, for a table already read: map columns, check, apply decisions, build.
 * The wizard calls it again each time a mapping or decision changes; the CLI calls it once.
 * Never throws on any input.
 */
export function importTable(table: CsvTable, options: ImportOptions = {}): ImportOutcome {
  const fixes = options.fixes ?? {};
  const { mapping, errors: mapErrors } = applyColumnOverrides(
    table.headers,
    recogniseColumns(table.headers),
    options.map ?? {},
  );
  const base = {
    mapErrors,
    headers: table.headers,
    mapping,
    rowsRead: table.rows.length,
    leftOut: [] as number[],
  };
  const problems: ImportProblem[] = [...table.problems];

  // A file that is not CSV text, or has no rows, is explained on its own: its columns do not matter.
  const unreadable = fileProblem(table);
  if (unreadable) {
    return {
      ...base,
      ok: false,
      problems: unreadable.kind === 'not-csv' ? problems : [...problems, unreadable],
    };
  }

  const missingColumns: ImportProblem[] = [];
  const listed = table.headers.map((h) => JSON.stringify(h)).join(', ');
  if (mapping.id === undefined) {
    missingColumns.push(noColumn(`no column was recognised as the id (headers: ${listed})`, 'id'));
  }
  if (mapping.reportsTo === undefined) {
    missingColumns.push(
      noColumn(`no column was recognised as the manager id (headers: ${listed})`, 'reportsTo'),
    );
  }
  if (table.stopped || missingColumns.length > 0 || mapErrors.length > 0) {
    return { ...base, ok: false, problems: [...problems, ...missingColumns] };
  }

  const labels = labelRow(table, mapping);
  if (labels) problems.push(labels.problem);
  const { records, problems: valueProblems } = readRecords(labels?.table ?? table, mapping, fixes);
  const byName = resolveManagerNames(records, table.headers, mapping);
  if (byName) valueProblems.push(byName);
  const { blankNames, problem: blankNameProblem } = decideBlankNames(records, table.headers, mapping, fixes);
  const resolution = resolveTree(records, fixes);
  problems.push(...valueProblems, ...(blankNameProblem ? [blankNameProblem] : []), ...resolution.problems);
  const outcome = {
    ...base,
    ...(blankNames ? { blankNames } : {}),
    leftOut: resolution.leftOut,
    ...(resolution.addedRoot ? { addedRoot: resolution.addedRoot } : {}),
  };
  if (problems.some((p) => p.severity === 'error' && p.fixedBy === undefined))
    return { ...outcome, ok: false, problems };

  const scenario = buildScenario(resolution, options);
  // A last check against format v1 itself: if resolution ever let something through, say so instead of
  // writing a file the app would refuse.
  const check = parseScenario({ format: SCENARIO_FORMAT, version: SCENARIO_VERSION, ...scenario });
  if (!check.ok) {
    const invalid = check.problems.filter((p: Problem) => p.severity === 'error');
    problems.push(
      ...invalid.map((p): ImportProblem => ({
        kind: 'bad-value',
        message: `the imported scenario would be invalid: ${p.message}`,
        rows: [],
        ids: p.roleId ? [p.roleId] : [],
        severity: 'error',
      })),
    );
    return { ...outcome, ok: false, problems };
  }
  return { ...outcome, ok: true, scenario: check.value, problems };
}

/** Reads and imports a whole text at once (tests, the wizard with a small file). */
export function importCsvText(text: string, options: ImportOptions = {}): ImportOutcome {
  return importTable(readCsvText(text, options.limits), options);
}

function noColumn(message: string, field: 'id' | 'reportsTo'): ImportProblem {
  return {
    kind: 'no-id-column',
    message,
    rows: [1],
    ids: [],
    severity: 'error',
    remedy: { kind: 'map-column', field },
  };
}

/**
 * SAP SuccessFactors' user data file has two header rows: system keys (USERID, MANAGER), then labels
 * ("User ID", "Manager"). A first row whose id and manager cells are themselves header names is such a
 * label row: it is skipped, and the report says so.
 */
function labelRow(
  table: CsvTable,
  mapping: ColumnMapping,
): { table: CsvTable; problem: ImportProblem } | undefined {
  const first = table.rows[0];
  if (!first || mapping.id === undefined || mapping.reportsTo === undefined) return undefined;
  const id = foldHeader(first.cells[mapping.id] ?? '');
  const manager = foldHeader(first.cells[mapping.reportsTo] ?? '');
  if (!KNOWN_HEADERS.id.includes(id) || !KNOWN_HEADERS.reportsTo.includes(manager)) return undefined;
  return {
    table: { ...table, rows: table.rows.slice(1) },
    problem: {
      kind: 'bad-value',
      message: `line ${first.line} is a second header row (${JSON.stringify(first.cells[mapping.id])}, ${JSON.stringify(first.cells[mapping.reportsTo])}), as SAP SuccessFactors' user data files have; it was skipped`,
      rows: [first.line],
      ids: [],
      severity: 'warning',
    },
  };
}
