import {
  PEOPLE_FIELDS,
  STRENGTH_NAMES,
  type Role,
  type ScenarioEvent,
  type Strengths,
  type SuccessionEvent,
} from '../../core/scenario/types';

/** The columns of one `roles` row, as better-sqlite3 returns them. */
export interface RoleRow {
  row_id: number;
  event_index: number | null;
  role_id: string;
  title: string;
  person: string | null;
  reports_to: string | null;
  team: number;
  department: string | null;
  one_on_ones: number;
  vision: number;
  inspire: number;
  innovate: number;
  develop: number;
  plan: number;
  organize: number;
  control: number;
  direct: number;
  trust: number;
  /** People data (schema 5): null when the role has none. */
  salary: number | null;
  ic_salary: number | null;
  fte: number | null;
  grade: string | null;
  location: string | null;
  /** How far its ratings may be off (schema 6): null for the default. */
  rating_error: number | null;
}

/** The people-data columns (schema 5), in the order of PEOPLE_FIELDS. */
export const PEOPLE_COLUMNS = ['salary', 'ic_salary', 'fte', 'grade', 'location'] as const;

/** A role's people data in the order of PEOPLE_COLUMNS, null where absent. */
export function peopleValues(role: Role): (number | string | null)[] {
  return PEOPLE_FIELDS.map((field) => role[field] ?? null);
}

/** Sets the role's people data from PEOPLE_COLUMNS' values, starting at `start`; null stays absent. */
export function readPeopleValues(role: Role, values: readonly unknown[], start: number): void {
  PEOPLE_FIELDS.forEach((field, i) => {
    const value = values[start + i];
    if (value !== null && value !== undefined) (role as unknown as Record<string, unknown>)[field] = value;
  });
}

export interface EventRow {
  event_index: number;
  quarter: number;
  type: ScenarioEvent['type'];
  role_id: string | null;
  reports_to: string | null;
  team: number | null;
  severity: number | null;
  quarters: number | null;
  size: number | null;
  enabled: number | null;
  /** Uncertain timing in quarters (schema 6); null, or absent before schema 6, for none. */
  timing_spread?: number | null;
}

export function roleToColumns(role: Role): Omit<RoleRow, 'row_id' | 'event_index'> {
  return {
    role_id: role.id,
    title: role.title,
    person: role.person ?? null,
    reports_to: role.reportsTo,
    team: role.team,
    department: role.department ?? null,
    one_on_ones: role.oneOnOnes ? 1 : 0,
    ...role.strengths,
    salary: role.salary ?? null,
    ic_salary: role.icSalary ?? null,
    fte: role.fte ?? null,
    grade: role.grade ?? null,
    location: role.location ?? null,
    rating_error: role.ratingError ?? null,
  };
}

export function roleFromRow(row: RoleRow, dottedTo: string[]): Role {
  const strengths = {} as Strengths;
  for (const name of STRENGTH_NAMES) strengths[name] = row[name];
  const role: Role = {
    id: row.role_id,
    title: row.title,
    person: row.person,
    reportsTo: row.reports_to,
    dottedTo,
    team: row.team,
    strengths,
    oneOnOnes: row.one_on_ones === 1,
  };
  if (row.department !== null) role.department = row.department;
  readPeopleValues(
    role,
    PEOPLE_COLUMNS.map((c) => row[c]),
    0,
  );
  if (row.rating_error !== null && row.rating_error !== undefined) role.ratingError = row.rating_error;
  return role;
}

/** The scalar columns of an event; id lists and a hire's role live in their own tables. */
export function eventToColumns(event: ScenarioEvent): Omit<EventRow, 'event_index'> {
  return { ...eventColumnsOfType(event), timing_spread: event.timingSpread ?? null };
}

function eventColumnsOfType(event: ScenarioEvent): Omit<EventRow, 'event_index'> {
  const base = {
    quarter: event.quarter,
    type: event.type,
    role_id: null,
    reports_to: null,
    team: null,
    severity: null,
    quarters: null,
    size: null,
    enabled: null,
  };
  switch (event.type) {
    case 'grow':
      return { ...base, role_id: event.roleId, team: event.team };
    case 'hire':
      return base;
    case 'depart':
      return { ...base, role_id: event.roleId, reports_to: event.reportsTo ?? null };
    case 'reorg':
      return { ...base, role_id: event.roleId, reports_to: event.reportsTo };
    case 'crisis':
      return { ...base, severity: event.severity, quarters: event.quarters };
    case 'marketShift':
      return { ...base, size: event.size };
    case 'coaching':
      return { ...base, quarters: event.quarters };
    case 'feedback360':
      return base;
    case 'oneOnOnes':
      return { ...base, enabled: event.enabled ? 1 : 0 };
    case 'succession':
      // The newcomer's person and strengths are a roles row of this event (successorRole).
      return { ...base, role_id: event.roleId };
  }
}

/**
 * A succession's newcomer as the roles row stored with the event (as a hire's role is): the succeeded
 * role's id, the person and strengths; the other columns are placeholders that are not read back.
 */
export function successorRole(event: SuccessionEvent): Role {
  const role: Role = {
    id: event.roleId,
    title: '',
    person: event.person ?? null,
    reportsTo: null,
    dottedTo: [],
    team: 0,
    strengths: event.strengths,
    oneOnOnes: false,
  };
  if (event.ratingError !== undefined) role.ratingError = event.ratingError;
  return role;
}

export function eventIdLists(event: ScenarioEvent): { roleIds?: string[]; takeOver?: string[] } {
  switch (event.type) {
    case 'hire':
      return event.takeOver ? { takeOver: event.takeOver } : {};
    case 'coaching':
    case 'feedback360':
    case 'oneOnOnes':
      return { roleIds: event.roleIds };
    default:
      return {};
  }
}

export function eventFromRow(
  row: EventRow,
  lists: { roleIds: string[]; takeOver: string[] | null },
  /** The roles row stored with the event: a hire's role, a succession's newcomer. */
  hiredRole: Role | undefined,
): ScenarioEvent {
  const event = eventOfType(row, lists, hiredRole);
  if (row.timing_spread) event.timingSpread = row.timing_spread;
  return event;
}

function eventOfType(
  row: EventRow,
  lists: { roleIds: string[]; takeOver: string[] | null },
  hiredRole: Role | undefined,
): ScenarioEvent {
  const quarter = row.quarter;
  switch (row.type) {
    case 'grow':
      return { quarter, type: 'grow', roleId: must(row.role_id), team: must(row.team) };
    case 'hire': {
      if (!hiredRole) throw new Error(`hire event ${row.event_index} has no role row`);
      return { quarter, type: 'hire', role: hiredRole, takeOver: lists.takeOver ?? [] };
    }
    case 'depart': {
      const depart: ScenarioEvent = { quarter, type: 'depart', roleId: must(row.role_id) };
      if (row.reports_to !== null) depart.reportsTo = row.reports_to;
      return depart;
    }
    case 'reorg':
      return { quarter, type: 'reorg', roleId: must(row.role_id), reportsTo: must(row.reports_to) };
    case 'crisis':
      return { quarter, type: 'crisis', severity: must(row.severity), quarters: must(row.quarters) };
    case 'marketShift':
      return { quarter, type: 'marketShift', size: must(row.size) };
    case 'coaching':
      return { quarter, type: 'coaching', roleIds: lists.roleIds, quarters: must(row.quarters) };
    case 'feedback360':
      return { quarter, type: 'feedback360', roleIds: lists.roleIds };
    case 'oneOnOnes':
      return { quarter, type: 'oneOnOnes', roleIds: lists.roleIds, enabled: must(row.enabled) === 1 };
    case 'succession': {
      if (!hiredRole) throw new Error(`succession event ${row.event_index} has no newcomer row`);
      const succession: SuccessionEvent = {
        quarter,
        type: 'succession',
        roleId: must(row.role_id),
        person: hiredRole.person ?? null,
        strengths: hiredRole.strengths,
      };
      if (hiredRole.ratingError !== undefined) succession.ratingError = hiredRole.ratingError;
      return succession;
    }
  }
}

function must<T>(value: T | null): T {
  if (value === null) throw new Error('a required event column is empty');
  return value;
}
