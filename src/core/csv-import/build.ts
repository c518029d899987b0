import { DEFAULT_STRENGTH, STRENGTH_NAMES, type Role, type Scenario } from '../scenario/types';
import { ADDED_ROOT_TITLE, type Resolution } from './resolve';

/** Defaults of an imported scenario; the app lets people change them afterwards. */
export const IMPORT_DEFAULTS = { horizon: 8, volatility: 0.3 };

/** `exports/HR Org.2024.csv` -> `HR Org.2024`. */
export function scenarioNameFromFile(fileName: string | undefined): string {
  const base = (fileName ?? '').split(/[\\/]/).pop() ?? '';
  const name = base.replace(/\.(csv|tsv|txt)$/i, '').trim();
  return name === '' ? 'Imported org' : name;
}

/** Step (f): the resolved rows as a scenario: file order, every default filled in, no events. */
export function buildScenario(
  resolution: Resolution,
  options: { fileName?: string; horizon?: number; volatility?: number } = {},
): Scenario {
  const roles: Role[] = [];
  if (resolution.addedRoot !== undefined) {
    roles.push(role(resolution.addedRoot, ADDED_ROOT_TITLE, null, null, 0, {}));
  }
  for (const { record, reportsTo } of resolution.rows) {
    const r = role(record.id, record.title, record.person, reportsTo, record.team, record.strengths);
    if (record.department !== undefined) r.department = record.department;
    if (record.salary !== undefined) r.salary = record.salary;
    if (record.icSalary !== undefined) r.icSalary = record.icSalary;
    if (record.fte !== undefined) r.fte = record.fte;
    if (record.grade !== undefined) r.grade = record.grade;
    if (record.location !== undefined) r.location = record.location;
    roles.push(r);
  }
  return {
    name: scenarioNameFromFile(options.fileName),
    horizon: options.horizon ?? IMPORT_DEFAULTS.horizon,
    environment: { volatility: options.volatility ?? IMPORT_DEFAULTS.volatility },
    roles,
    events: [],
  };
}

function role(
  id: string,
  title: string,
  person: string | null,
  reportsTo: string | null,
  team: number,
  strengths: Partial<Role['strengths']>,
): Role {
  return {
    id,
    title,
    person,
    reportsTo,
    dottedTo: [],
    team,
    strengths: Object.fromEntries(
      STRENGTH_NAMES.map((n) => [n, strengths[n] ?? DEFAULT_STRENGTH]),
    ) as Role['strengths'],
    oneOnOnes: false,
  };
}
