import type { StrengthName } from '../scenario/types';

/**
 * Shared vocabulary of the CSV importer: the kinds of problem (a public list, see docs/CSV-IMPORT.md and
 * the command-line contract), the fields a column can feed, and the shape of a report entry.
 */

export const IMPORT_PROBLEM_KINDS = [
  'missing-manager',
  'duplicate-id',
  'self-report',
  'cycle',
  'multiple-roots',
  'no-root',
  'empty-id',
  'case-mismatch',
  'bad-value',
  'encoding',
  'too-large',
  'no-id-column',
  'blank-name',
  'rescaled',
  'manager-by-name',
  'not-csv',
  'no-rows',
] as const;
export type ImportProblemKind = (typeof IMPORT_PROBLEM_KINDS)[number];

export interface ImportProblem {
  kind: ImportProblemKind;
  /** One or two sentences for a person, naming the lines and ids. */
  message: string;
  /** Line numbers in the file (the header is line 1; a quoted field with line breaks spans several). */
  rows: number[];
  /** The ids concerned, when there are any. */
  ids: string[];
  /**
   * `error`: the file cannot become a valid tree until this kind is decided with a fix (or, for
   * too-large and no-id-column, the input or mapping is changed). `warning`: reported, imported anyway.
   */
  severity: 'error' | 'warning';
  /** The action that resolved it, when a decision was given for its kind (or, for blank-name, defaulted). */
  fixedBy?: string;
  /**
   * What would settle it, in neutral terms: the message says what is wrong, and the command line and the
   * app's wizard each phrase the remedy for their own medium (a --map flag, a column chooser).
   */
  remedy?: ImportRemedy;
}

/** What a file turned out to be when it is not CSV text (see file-kind.ts). */
export type NotCsvKind =
  | 'xlsx'
  | 'xls'
  | 'ods'
  | 'docx'
  | 'zip'
  | 'pdf'
  | 'html'
  | 'xml'
  | 'utf-32'
  | 'image'
  | 'archive'
  | 'binary';

export type ImportRemedy =
  /** Name the column holding this field (no column was recognised). */
  | { kind: 'map-column'; field: ImportField }
  /** The column (1-based) can only be chosen by its number: its header is empty or repeated. */
  | { kind: 'map-by-number'; column: number }
  /** The file passes a limit of the import. */
  | { kind: 'limit'; limit: 'bytes' | 'rows'; value: number }
  /** The file is not CSV text: save or export it as CSV. */
  | { kind: 'save-as-csv'; from: NotCsvKind }
  /** The file has no rows to import (empty, blank lines only, or a header only). */
  | { kind: 'add-rows'; header: boolean }
  /** Choose what a row without a name means (vacant, or filled by an unnamed person). */
  | { kind: 'choose-blank-names' };

/** Fields a CSV column can be mapped to. `lastName` is joined after `person` when both are mapped. */
export type ImportField =
  | 'id'
  | 'reportsTo'
  | 'title'
  | 'person'
  | 'lastName'
  | 'team'
  | 'department'
  /** People data: `salary`, or the midpoint of a pay band's floor and ceiling when no salary is mapped. */
  | 'salary'
  /** The average salary of one of a role's `team` members (Ballast's own export writes it). */
  | 'icSalary'
  | 'payFloor'
  | 'payCeiling'
  | 'fte'
  | 'grade'
  | 'location'
  | StrengthName;

/** Field -> column index (0-based) in the table. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

export interface ImportLimits {
  /** Bytes of UTF-8 text read before stopping with a too-large problem. */
  maxBytes: number;
  /** Data rows (not counting the header) read before stopping with a too-large problem. */
  maxRows: number;
}

export const DEFAULT_LIMITS: ImportLimits = { maxBytes: 20 * 1024 * 1024, maxRows: 50_000 };

/** One data row as read: its first line in the file and its cells (untrimmed). */
export interface CsvRow {
  line: number;
  cells: string[];
}

/** What the reader produced: headers, rows and the problems found while reading. */
export interface CsvTable {
  headers: string[];
  /** Line of the header row (1 unless blank lines come first). */
  headerLine: number;
  rows: CsvRow[];
  problems: ImportProblem[];
  /** True when a limit stopped reading; rows then hold only what was read before it. */
  stopped: boolean;
  delimiter: string;
  bytes: number;
}
