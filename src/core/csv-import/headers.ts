import { STRENGTH_NAMES, type StrengthName } from '../scenario/types';
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
    // BambooHR's "Employee #" ("#" folds to "no").
    'employeeno',
    'employeenum',
    // SAP SuccessFactors' user file has USERID and EMPID; its MANAGER column holds the USERID.
    'userid',
    'empid',
    'empno',
    'employeecode',
    'workerid',
    'personid',
    'personnumber',
    'personnelnumber',
    'personnelno',
    'pernr',
    'staffid',
    'staffnumber',
    'associateid',
    'fileno',
    'eeid',
    'eid',
    'positionid',
    'nodeid',
    // UK government organograms (senior staff).
    'postuniquereference',
    // Data-warehouse employee dimensions (AdventureWorksDW's DimEmployee, Kimball-style Dim_Employee).
    'employeekey',
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
    'managerpersonnumber',
    'manageremployeeno',
    'managereid',
    'supervisoreid',
    'supervisorno',
    'bossid',
    'parentpositionid',
    // UK government organograms: senior staff, and junior staff (which have no post reference of their own).
    'reportstoseniorpost',
    'reportingseniorpost',
    // Data-warehouse employee dimensions.
    'parentemployeekey',
    'managerkey',
    'parent',
    'manager',
    'supervisor',
    'linemanager',
    'boss',
    // Names rather than ids (BambooHR's "Reporting to", a spreadsheet's "Manager Name"): found by name.
    'reportingto',
    'managername',
    'supervisorname',
    'linemanagername',
    'managerfullname',
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
    'genericjobtitle',
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
    // Workday reports name the person "Worker" (or "Employee"), e.g. "Logan McNeil".
    'worker',
    'employee',
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
    // A UK organogram's "Unit" is finer than its "Organisation" (the department or agency).
    'unit',
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
  // People data. Not "Salary Cost of Reports" (a UK organogram's cost of a post's reports), nor an hourly
  // "BaseRate", nor a junior organogram's "Payscale Minimum/Maximum" (a row there is several posts).
  salary: [
    'salary',
    'annualsalary',
    'basesalary',
    'annualbasesalary',
    'basepay',
    'annualpay',
    'salaryannual',
  ],
  icSalary: ['icsalary', 'teammembersalary', 'averageicsalary', 'averageteammembersalary'],
  // UK organograms (senior staff): "Actual Pay Floor (£)" and "Actual Pay Ceiling (£)", a £5,000 band.
  payFloor: ['actualpayfloor', 'payfloor', 'salaryfloor', 'paybandminimum', 'paybandmin'],
  payCeiling: ['actualpayceiling', 'payceiling', 'salaryceiling', 'paybandmaximum', 'paybandmax'],
  fte: ['fte', 'fulltimeequivalent', 'ftevalue'],
  grade: ['grade', 'gradeorequivalent', 'paygrade', 'jobgrade', 'payband', 'band', 'salarygrade', 'grading'],
  location: ['location', 'worklocation', 'locationname', 'officelocation', 'site', 'worksite', 'city'],
  ...(Object.fromEntries(
    STRENGTH_NAMES.map((s) => [s, [s, `strength${s}`, `${s}strength`, `${s}score`]]),
  ) as Record<(typeof STRENGTH_NAMES)[number], string[]>),
};

/**
 * Word beginnings that name each strength in a 360 questionnaire's headers, and words that start alike
 * but mean something else ("Organisation" is a department, "Direct reports" a count, "Director" a title).
 */
const STRENGTH_WORDS: Record<StrengthName, { stems: string[]; not: string[] }> = {
  vision: { stems: ['vision', 'envision'], not: [] },
  inspire: { stems: ['inspir'], not: [] },
  innovate: { stems: ['innovat'], not: [] },
  develop: { stems: ['develop'], not: ['developer', 'developers'] },
  plan: { stems: ['plan'], not: ['planet', 'plant', 'plants', 'plane', 'planes'] },
  organize: {
    stems: ['organiz', 'organis'],
    not: [
      'organization',
      'organisation',
      'organizations',
      'organisations',
      'organizational',
      'organisational',
    ],
  },
  control: { stems: ['control'], not: ['controller', 'controllers'] },
  direct: { stems: ['direct'], not: ['director', 'directors', 'directorate', 'directory', 'directly'] },
  trust: { stems: ['trust'], not: ['trustee', 'trustees'] },
};

/** True when a header names the strength in a phrase (never for "Direct reports" or "Organisation"). */
export function namesStrength(header: string, strength: StrengthName): boolean {
  const words = header
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  const { stems, not } = STRENGTH_WORDS[strength];
  return words.some(
    (word, i) =>
      stems.some((stem) => word.startsWith(stem)) &&
      !not.includes(word) &&
      !(strength === 'direct' && /^reports?$/.test(words[i + 1] ?? '')),
  );
}

const FIRST_NAMES = new Set(['name', 'firstname', 'givenname', 'forename']);

export const IMPORT_FIELDS = Object.keys(KNOWN_HEADERS) as ImportField[];

/** `Employee ID` -> `employeeid`. */
export function foldHeader(header: string): string {
  // "#" reads "number": BambooHR's "Employee #" is "Employee No".
  return header
    .toLowerCase()
    .replace(/#/g, 'no')
    .replace(/[^\p{L}\p{N}]+/gu, '');
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
  // Strengths from a 360 export: headers that name one in a phrase ("Creates a compelling vision",
  // "Planning & Organizing", "Builds trust"). Their scores may be on 1-5 or 1-10 (records.ts rescales).
  for (const strength of STRENGTH_NAMES) {
    if (mapping[strength] !== undefined) continue;
    const column = headers.findIndex((header, i) => !used.has(i) && namesStrength(header, strength));
    if (column === -1) continue;
    mapping[strength] = column;
    used.add(column);
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
