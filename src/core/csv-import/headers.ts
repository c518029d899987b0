import { STRENGTH_NAMES } from '../scenario/types';
import type { ColumnMapping, ImportField } from './types';

/**
 * Step (c): recognising columns from their headers. A header is compared after folding case and
 * dropping everything but letters and digits, so `Employee ID`, `employee_id`, `EmployeeId` and
 * `EMPLOYEE-ID` are one name. Each field lists the names it knows in order of preference; a column feeds
 * at most one field. The lists cover the fixtures in shared/fixtures/orgcharts and the usual exports of
 * Workday, BambooHR, SAP SuccessFactors / HCM, Oracle HCM, ADP, Personio, HiBob and plain spreadsheets
 * (docs/CSV-IMPORT.md repeats them).
 */
export const KNOWN_HEADERS: Record<ImportField, readonly string[]> = {
  id: [
    'id',
    'employeeid',
    'employeenumber',
    'employeeno',
    'employeenum',
    'empid',
    'empno',
    'employeecode',
    'workerid',
    'personid',
    'personnelnumber',
    'personnelno',
    'pernr',
    'staffid',
    'staffnumber',
    'userid',
    'associateid',
    'fileno',
    'positionid',
    'nodeid',
  ],
  reportsTo: [
    'parentid',
    'managerid',
    'manageremployeeid',
    'manageremployeenumber',
    'managerno',
    'managernumber',
    'supervisorid',
    'supervisoremployeeid',
    'supervisornumber',
    'linemanagerid',
    'reportingmanagerid',
    'reportstoid',
    'reportsto',
    'reportstoemployeeid',
    'managerworkerid',
    'managerpersonid',
    'managerpersonnelnumber',
    'managerpernr',
    'manageruserid',
    'managerassociateid',
    'bossid',
    'parentpositionid',
    'parent',
    'manager',
    'supervisor',
    'linemanager',
    'boss',
  ],
  title: [
    'title',
    'jobtitle',
    'positionname',
    'positiontitle',
    'businesstitle',
    'position',
    'jobname',
    'job',
    'jobprofile',
    'designation',
    'role',
    'rolename',
  ],
  person: [
    'fullname',
    'employeename',
    'name',
    'displayname',
    'preferredname',
    'workername',
    'personname',
    'legalname',
    'firstname',
    'givenname',
    'forename',
  ],
  lastName: ['lastname', 'surname', 'familyname'],
  // Not plain "team": in HR exports that is usually a team's name, not its size.
  team: ['teamsize', 'ics', 'individualcontributors', 'unmodelledreports'],
  department: [
    'department',
    'departmentname',
    'dept',
    'deptname',
    'departmentdescription',
    'orgunit',
    'orgunitname',
    'organizationalunit',
    'organisationalunit',
    'organization',
    'organisation',
    'supervisoryorganization',
    'division',
    'function',
    'businessunit',
    'teamname',
    'businessarea',
    'area',
  ],
  ...(Object.fromEntries(
    STRENGTH_NAMES.map((s) => [s, [s, `strength${s}`, `${s}strength`, `${s}score`]]),
  ) as Record<(typeof STRENGTH_NAMES)[number], string[]>),
};

const FIRST_NAMES = new Set(['name', 'firstname', 'givenname', 'forename']);

export const IMPORT_FIELDS = Object.keys(KNOWN_HEADERS) as ImportField[];

/** `Employee ID` -> `employeeid`. */
export function foldHeader(header: string): string {
  return header.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Finds a column for every field whose header is known; the first header in a field's list wins. */
export function recogniseColumns(headers: readonly string[]): ColumnMapping {
  const folded = headers.map(foldHeader);
  const used = new Set<number>();
  const mapping: ColumnMapping = {};
  for (const field of IMPORT_FIELDS) {
    for (const name of KNOWN_HEADERS[field]) {
      const column = folded.findIndex((header, i) => header === name && !used.has(i));
      if (column === -1) continue;
      mapping[field] = column;
      used.add(column);
      break;
    }
  }
  // A surname is joined after the person only when that column holds a first name: "Full Name" plus
  // "Last Name" would otherwise repeat the surname.
  if (mapping.person !== undefined && !FIRST_NAMES.has(folded[mapping.person])) delete mapping.lastName;
  return mapping;
}

/**
 * Applies `FIELD=HEADER` overrides (from --map or the wizard). HEADER matches a header exactly, then
 * after folding, or names a column by number as `#3`; an empty HEADER unmaps the field. Returns the new
 * mapping and a sentence for every override that could not be applied.
 */
export function applyColumnOverrides(
  headers: readonly string[],
  mapping: ColumnMapping,
  overrides: Readonly<Record<string, string>>,
): { mapping: ColumnMapping; errors: string[] } {
  const out: ColumnMapping = { ...mapping };
  const errors: string[] = [];
  for (const [rawField, header] of Object.entries(overrides)) {
    const field = IMPORT_FIELDS.find((f) => f.toLowerCase() === rawField.trim().toLowerCase());
    if (field === undefined) {
      errors.push(
        `--map ${rawField}=${header}: "${rawField}" is not a field; the fields are ${IMPORT_FIELDS.join(', ')}`,
      );
      continue;
    }
    if (header.trim() === '') {
      delete out[field];
      continue;
    }
    const column = findColumn(headers, header);
    if (column === undefined) {
      errors.push(
        `--map ${rawField}=${header}: the file has no column "${header}"; its headers are ${headers.map((h) => JSON.stringify(h)).join(', ')}`,
      );
      continue;
    }
    // The column now feeds this field only.
    for (const other of IMPORT_FIELDS) if (out[other] === column) delete out[other];
    out[field] = column;
  }
  return { mapping: out, errors };
}

function findColumn(headers: readonly string[], wanted: string): number | undefined {
  const byNumber = /^#(\d+)$/.exec(wanted.trim());
  if (byNumber) {
    const n = Number(byNumber[1]);
    return n >= 1 && n <= headers.length ? n - 1 : undefined;
  }
  const exact = headers.indexOf(wanted);
  if (exact !== -1) return exact;
  const trimmed = headers.findIndex((h) => h.trim() === wanted.trim());
  if (trimmed !== -1) return trimmed;
  const folded = foldHeader(wanted);
  const loose = headers.findIndex((h) => foldHeader(h) === folded);
  return loose === -1 ? undefined : loose;
}
