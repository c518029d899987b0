import { PEOPLE_FIELDS, STRENGTH_NAMES, type Role, type Scenario } from '../scenario/types';
import { csvLines } from './csv-cell';

/**
 * The columns of the roles export. The headers are ones the CSV importer recognises (docs/CSV-IMPORT.md),
 * so an exported file imports again; dotted lines and one-on-ones have no import column and are exported
 * for reading only.
 */
export const ROLES_CSV_HEADERS = [
  'Employee ID',
  'Manager ID',
  'Title',
  'Full name',
  'Department',
  'Team size',
  ...STRENGTH_NAMES,
  // People data: blank when not known.
  'Salary',
  'Team member salary',
  'FTE',
  'Grade',
  'Location',
  'Dotted-line managers',
  'One-on-ones',
] as const;

/**
 * The starting org of a scenario as CSV, one row per role in scenario order: RFC 4180 quoting, CR LF
 * line ends, and every text cell neutralised against spreadsheet formula injection (see csv-cell.ts).
 * Roles hired by events are not part of the starting org and are not exported. A vacant role has an
 * empty name.
 */
export function exportRolesCsv(scenario: Pick<Scenario, 'roles'>): string {
  return csvLines([ROLES_CSV_HEADERS, ...scenario.roles.map(roleRow)]);
}

function roleRow(role: Role): (string | number)[] {
  return [
    role.id,
    role.reportsTo ?? '',
    role.title,
    role.person ?? '',
    role.department ?? '',
    role.team,
    ...STRENGTH_NAMES.map((name) => role.strengths[name]),
    ...PEOPLE_FIELDS.map((field) => role[field] ?? ''),
    (role.dottedTo ?? []).join(';'),
    role.oneOnOnes ? 'yes' : 'no',
  ];
}
