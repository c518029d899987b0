import { randomUUID } from 'node:crypto';
import type { ScenarioSummary, TrashedScenario } from '../../core/api/contract';
import { ApiFailure } from '../../core/api/errors';
import {
  STRENGTH_NAMES,
  roleHeadcount,
  type Role,
  type Scenario,
  type Strengths,
} from '../../core/scenario/types';
import type { Db } from '../db/sqlite';
import {
  eventFromRow,
  eventIdLists,
  eventToColumns,
  successorRole,
  PEOPLE_COLUMNS,
  peopleValues,
  readPeopleValues,
  roleToColumns,
  type EventRow,
  type RoleRow,
} from './scenario-rows';
import { checksumMismatch, scenarioChecksum } from './scenario-checksum';

interface ScenarioRow {
  id: string;
  name: string;
  description: string;
  horizon: number;
  volatility: number;
  seed: number | null;
  updated_at: string;
  /** Schema 3 on; NULL (or, before schema 3, absent) only while migration 3 fills it. */
  checksum?: string | null;
}

/** The live scenarios, in the user's order; trashed ones are listed by listTrashedScenarios. */
export function listScenarios(db: Db): ScenarioSummary[] {
  return summariesWhere(db, 's.deleted_at IS NULL').map(({ deleted_at: _deleted, ...summary }) => summary);
}

/** Scenarios in the trash, most recently deleted first. */
export function listTrashedScenarios(db: Db): TrashedScenario[] {
  return summariesWhere(db, 's.deleted_at IS NOT NULL')
    .map(({ deleted_at, ...summary }) => ({ ...summary, deletedAt: deleted_at as string }))
    .sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
}

function summariesWhere(
  db: Db,
  condition: 's.deleted_at IS NULL' | 's.deleted_at IS NOT NULL',
): (ScenarioSummary & { deleted_at: string | null })[] {
  const rows = db
    .prepare(
      `SELECT s.id, s.name, s.description, s.updated_at, s.deleted_at,
              COUNT(r.row_id) AS role_count,
              COALESCE(SUM(r.team + CASE WHEN r.person IS NULL OR TRIM(r.person) = '' THEN 0 ELSE 1 END), 0) AS headcount
         FROM scenarios s
         LEFT JOIN roles r ON r.scenario_id = s.id AND r.event_index IS NULL
        WHERE ${condition}
        GROUP BY s.id
        ORDER BY s.position, s.created_at`,
    )
    .all() as (ScenarioRow & { role_count: number; headcount: number; deleted_at: string | null })[];
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    description: row.description,
    roleCount: row.role_count,
    headcount: row.headcount,
    updatedAt: row.updated_at,
    deleted_at: row.deleted_at,
  }));
}

export function loadScenario(
  db: Db,
  scenarioId: string,
  /**
   * Schema 3 and 4 (migration 3's fill) have no people-data columns: `peopleData: false` leaves them and
   * the rating error unread; schema 5 has people data but no rating error: `ratingError: false`.
   */
  options: { peopleData?: boolean; ratingError?: boolean } = {},
): { scenario: Scenario; updatedAt: string } {
  const row = db.prepare('SELECT * FROM scenarios WHERE id = ?').get(scenarioId) as ScenarioRow | undefined;
  if (!row) throw new ApiFailure('not-found', `This project has no scenario with id "${scenarioId}".`);

  // Rows as arrays (raw), not objects, made straight into roles: at 10,000 roles, a third less time and
  // garbage (npm run bench). Starting roles and hired ones apart, so neither needs a sort.
  const columns =
    options.peopleData === false
      ? ROLE_COLUMNS.slice(0, PEOPLE_AT)
      : options.ratingError === false
        ? ROLE_COLUMNS.slice(0, RATING_ERROR_AT)
        : ROLE_COLUMNS;
  const select = `SELECT ${columns.join(', ')} FROM roles WHERE scenario_id = ?`;
  const startingRows = db
    .prepare(`${select} AND event_index IS NULL ORDER BY position`)
    .raw()
    .all(scenarioId) as unknown[][];
  const hiredRows = db
    .prepare(`${select} AND event_index IS NOT NULL ORDER BY event_index`)
    .raw()
    .all(scenarioId) as unknown[][];
  const dotted = new Map<number, string[]>();
  for (const [rowId, managerId] of db
    .prepare(
      `SELECT d.role_row_id, d.manager_id FROM role_dotted_lines d
         JOIN roles r ON r.row_id = d.role_row_id
        WHERE r.scenario_id = ? ORDER BY d.role_row_id, d.position`,
    )
    .raw()
    .all(scenarioId) as [number, string][]) {
    const list = dotted.get(rowId);
    if (list) list.push(managerId);
    else dotted.set(rowId, [managerId]);
  }

  const roles: Role[] = startingRows.map((values) => roleFromValues(values, dotted));
  const hiredByEvent = new Map<number, Role>();
  for (const values of hiredRows) hiredByEvent.set(values[1] as number, roleFromValues(values, dotted));

  const lists = new Map<number, { roleIds: string[]; takeOver: string[] | null }>();
  for (const entry of db
    .prepare(
      'SELECT event_index, list, role_id FROM event_role_ids WHERE scenario_id = ? ORDER BY event_index, list, position',
    )
    .all(scenarioId) as { event_index: number; list: 'roleIds' | 'takeOver'; role_id: string }[]) {
    const slot = lists.get(entry.event_index) ?? { roleIds: [], takeOver: null };
    if (entry.list === 'roleIds') slot.roleIds.push(entry.role_id);
    else (slot.takeOver ??= []).push(entry.role_id);
    lists.set(entry.event_index, slot);
  }
  const eventRows = db
    .prepare('SELECT * FROM events WHERE scenario_id = ? ORDER BY event_index')
    .all(scenarioId) as EventRow[];
  const events = eventRows.map((eventRow) =>
    eventFromRow(
      eventRow,
      lists.get(eventRow.event_index) ?? { roleIds: [], takeOver: null },
      hiredByEvent.get(eventRow.event_index),
    ),
  );

  const parameters = db
    .prepare('SELECT name, value FROM scenario_parameters WHERE scenario_id = ? ORDER BY name')
    .all(scenarioId) as { name: string; value: number }[];

  const scenario: Scenario = {
    name: row.name,
    horizon: row.horizon,
    environment: { volatility: row.volatility },
    roles,
    events,
  };
  if (row.description !== '') scenario.description = row.description;
  if (row.seed !== null) scenario.seed = row.seed;
  if (parameters.length > 0)
    scenario.parameters = Object.fromEntries(parameters.map((p) => [p.name, p.value]));
  if (typeof row.checksum === 'string' && scenarioChecksum(scenario) !== row.checksum) {
    throw checksumMismatch(scenarioId, row.name);
  }
  return { scenario, updatedAt: row.updated_at };
}

/**
 * Stores a scenario, already validated against format v1, in one transaction: the scenario's rows are
 * replaced as a whole, so a crash leaves either the old or the new scenario, never a mix.
 */
export function saveScenario(
  db: Db,
  scenario: Scenario,
  scenarioId?: string,
  now = new Date(),
  placement: NewScenarioPlacement = {},
): ScenarioSummary {
  const id = scenarioId ?? randomUUID();
  const stamp = now.toISOString();
  const checksum = scenarioChecksum(scenario);
  db.transaction(() => {
    const existing = db.prepare('SELECT id, deleted_at FROM scenarios WHERE id = ?').get(id) as
      { id: string; deleted_at: string | null } | undefined;
    if (existing?.deleted_at) {
      // An edit arriving after the scenario was deleted (a late autosave) must not bring it back silently.
      throw new ApiFailure(
        'not-found',
        `The scenario "${scenario.name}" is in the trash; restore it before saving over it.`,
        { scenarioId: id },
      );
    }
    if (existing) {
      db.prepare(
        'UPDATE scenarios SET name = ?, description = ?, horizon = ?, volatility = ?, seed = ?, updated_at = ?, checksum = ? WHERE id = ?',
      ).run(
        scenario.name,
        scenario.description ?? '',
        scenario.horizon,
        scenario.environment.volatility,
        scenario.seed ?? null,
        stamp,
        checksum,
        id,
      );
      // Starting roles are updated in place (see writeStartingRoles); the rest is small and replaced.
      db.prepare('DELETE FROM roles WHERE scenario_id = ? AND event_index IS NOT NULL').run(id);
      for (const table of ['events', 'event_role_ids', 'scenario_parameters']) {
        db.prepare(`DELETE FROM ${table} WHERE scenario_id = ?`).run(id);
      }
    } else if (scenarioId !== undefined) {
      throw new ApiFailure('not-found', `This project has no scenario with id "${scenarioId}" to save over.`);
    } else {
      db.prepare(
        `INSERT INTO scenarios (id, name, description, position, horizon, volatility, seed, created_at, updated_at,
                                branched_from, checksum)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        scenario.name,
        scenario.description ?? '',
        positionForNew(db, placement.after),
        scenario.horizon,
        scenario.environment.volatility,
        scenario.seed ?? null,
        stamp,
        stamp,
        placement.branchedFrom ?? null,
        checksum,
      );
    }
    writeRolesAndEvents(db, id, scenario);
  })();
  const headcount = scenario.roles.reduce((sum, role) => sum + roleHeadcount(role), 0);
  return {
    id,
    name: scenario.name,
    description: scenario.description ?? '',
    roleCount: scenario.roles.length,
    headcount,
    updatedAt: stamp,
  };
}

/** Where a new scenario goes: at the end, or right after a given one (a branch sits next to its source). */
export interface NewScenarioPlacement {
  after?: string;
  branchedFrom?: string;
}

function positionForNew(db: Db, after: string | undefined): number {
  const source =
    after === undefined
      ? undefined
      : (db.prepare('SELECT position FROM scenarios WHERE id = ?').get(after) as
          { position: number } | undefined);
  if (!source) {
    const { next } = db.prepare('SELECT COALESCE(MAX(position) + 1, 0) AS next FROM scenarios').get() as {
      next: number;
    };
    return next;
  }
  db.prepare('UPDATE scenarios SET position = position + 1 WHERE position > ?').run(source.position);
  return source.position + 1;
}

/** The columns of a role that a save compares with what is stored (position and ids aside). */
const ROLE_CONTENT_COLUMNS = [
  'title',
  'person',
  'reports_to',
  'team',
  'department',
  'one_on_ones',
  ...STRENGTH_NAMES,
  ...PEOPLE_COLUMNS,
  'rating_error',
] as const satisfies readonly (keyof RoleRow)[];
/** Where the people-data columns start in a row of ROLE_COLUMNS (row_id, event_index, role_id first). */
const PEOPLE_AT = 9 + STRENGTH_NAMES.length;
/** Where the rating error (schema 6) stands in a row of ROLE_COLUMNS. */
const RATING_ERROR_AT = PEOPLE_AT + PEOPLE_COLUMNS.length;

/** The columns of a role row in the order loadScenario reads them (row_id and event_index first). */
const ROLE_COLUMNS = [
  'row_id',
  'event_index',
  'role_id',
  ...ROLE_CONTENT_COLUMNS,
] as const satisfies readonly (keyof RoleRow)[];

/** roleFromRow over a row of ROLE_COLUMNS as an array, without making the row an object first. */
function roleFromValues(values: unknown[], dotted: ReadonlyMap<number, string[]>): Role {
  const strengths = {} as Strengths;
  for (let i = 0; i < STRENGTH_NAMES.length; i++) strengths[STRENGTH_NAMES[i]] = values[9 + i] as number;
  const role: Role = {
    id: values[2] as string,
    title: values[3] as string,
    person: values[4] as string | null,
    reportsTo: values[5] as string | null,
    dottedTo: dotted.get(values[0] as number) ?? [],
    team: values[6] as number,
    strengths,
    oneOnOnes: values[8] === 1,
  };
  if (values[7] !== null) role.department = values[7] as string;
  readPeopleValues(role, values, PEOPLE_AT);
  const ratingError = values[RATING_ERROR_AT];
  if (ratingError !== null && ratingError !== undefined) role.ratingError = ratingError as number;
  return role;
}

/** Whether a stored row ([row_id, role_id, position, ...ROLE_CONTENT_COLUMNS]) holds the role's content. */
function storedAlike(role: Role, row: unknown[]): boolean {
  if (
    row[3] !== role.title ||
    row[4] !== (role.person ?? null) ||
    row[5] !== role.reportsTo ||
    row[6] !== role.team ||
    row[7] !== (role.department ?? null) ||
    row[8] !== (role.oneOnOnes ? 1 : 0)
  )
    return false;
  for (let i = 0; i < STRENGTH_NAMES.length; i++)
    if (row[9 + i] !== role.strengths[STRENGTH_NAMES[i]]) return false;
  const people = peopleValues(role);
  for (let i = 0; i < people.length; i++) if (row[PEOPLE_AT + i] !== people[i]) return false;
  return row[RATING_ERROR_AT] === (role.ratingError ?? null);
}

/** A role's values in the order of ROLE_CONTENT_COLUMNS. */
function roleContent(role: Role): unknown[] {
  const values: unknown[] = [
    role.title,
    role.person ?? null,
    role.reportsTo,
    role.team,
    role.department ?? null,
    role.oneOnOnes ? 1 : 0,
  ];
  for (const name of STRENGTH_NAMES) values.push(role.strengths[name]);
  values.push(...peopleValues(role), role.ratingError ?? null);
  return values;
}

/**
 * Writes the starting roles over those stored, matched by id: a role stored alike (same position,
 * fields and dotted lines) is left as it is, a changed one is updated in its row, a new one inserted, a
 * removed one deleted (when most roles changed, all are replaced at once). A save after an edit touches the roles edited rather than deleting and inserting
 * every row (with three indexes each): that was most of a 10,000-role save (npm run bench). Ids are
 * unique among starting roles, so no update can collide with another row's id.
 */
function writeStartingRoles(
  db: Db,
  scenarioId: string,
  roles: readonly Role[],
  insertRole: (role: Role, position: number, eventIndex: number | null) => void,
): void {
  // id -> [row_id, role_id, position, ...content], the rows as better-sqlite3 gives them.
  const stored = new Map<string, unknown[]>();
  for (const row of db
    .prepare(
      `SELECT row_id, role_id, position, ${ROLE_CONTENT_COLUMNS.join(', ')} FROM roles
        WHERE scenario_id = ? AND event_index IS NULL`,
    )
    .raw()
    .all(scenarioId) as unknown[][]) {
    stored.set(row[1] as string, row);
  }
  const storedDotted = new Map<number, string[]>();
  for (const line of db
    .prepare(
      `SELECT d.role_row_id, d.manager_id FROM role_dotted_lines d
         JOIN roles r ON r.row_id = d.role_row_id
        WHERE r.scenario_id = ? AND r.event_index IS NULL ORDER BY d.role_row_id, d.position`,
    )
    .raw()
    .all(scenarioId) as [number, string][]) {
    const list = storedDotted.get(line[0]);
    if (list) list.push(line[1]);
    else storedDotted.set(line[0], [line[1]]);
  }

  const updateRole = db.prepare(
    `UPDATE roles SET position = ?, ${ROLE_CONTENT_COLUMNS.map((c) => `${c} = ?`).join(', ')} WHERE row_id = ?`,
  );
  const deleteRole = db.prepare('DELETE FROM roles WHERE row_id = ?');
  const deleteDotted = db.prepare('DELETE FROM role_dotted_lines WHERE role_row_id = ?');
  const insertDotted = db.prepare(
    'INSERT INTO role_dotted_lines (role_row_id, position, manager_id) VALUES (?, ?, ?)',
  );
  // What each role needs: nothing, its row updated (1), its dotted lines rewritten (2), both, or inserting.
  const ROW = 1;
  const DOTTED = 2;
  const NEW = 4;
  const needs = new Uint8Array(roles.length);
  const kept = new Set<string>();
  let touched = 0;
  roles.forEach((role, position) => {
    const row = stored.get(role.id);
    if (!row) {
      needs[position] = NEW;
      touched++;
      return;
    }
    kept.add(role.id);
    const same = row[2] === position && storedAlike(role, row);
    const dottedTo = role.dottedTo ?? [];
    const before = storedDotted.get(row[0] as number) ?? [];
    const sameDotted = dottedTo.length === before.length && dottedTo.every((id, i) => id === before[i]);
    needs[position] = (same ? 0 : ROW) | (sameDotted ? 0 : DOTTED);
    if (needs[position] !== 0) touched++;
  });
  touched += stored.size - kept.size;
  if (touched > roles.length / 2) {
    // Most roles changed: replacing them all is quicker than updating each row (and its index entries).
    db.prepare('DELETE FROM roles WHERE scenario_id = ? AND event_index IS NULL').run(scenarioId);
    roles.forEach((role, position) => insertRole(role, position, null));
    return;
  }
  roles.forEach((role, position) => {
    const need = needs[position];
    if (need === 0) return;
    if (need === NEW) {
      insertRole(role, position, null);
      return;
    }
    const rowId = stored.get(role.id)![0] as number;
    if (need & ROW) updateRole.run(position, ...roleContent(role), rowId);
    if (need & DOTTED) {
      deleteDotted.run(rowId);
      (role.dottedTo ?? []).forEach((managerId, i) => insertDotted.run(rowId, i, managerId));
    }
  });
  for (const [roleId, row] of stored) if (!kept.has(roleId)) deleteRole.run(row[0]);
}

function writeRolesAndEvents(db: Db, scenarioId: string, scenario: Scenario): void {
  // Positional parameters: binding 19 named ones per role, from a fresh object each, cost a third of a
  // 10,000-role save (npm run bench).
  const insertRole = db.prepare(
    `INSERT INTO roles (scenario_id, event_index, position, role_id, title, person, reports_to, team, department,
                        one_on_ones, ${STRENGTH_NAMES.join(', ')}, ${PEOPLE_COLUMNS.join(', ')}, rating_error)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ${STRENGTH_NAMES.map(() => '?').join(', ')}, ${PEOPLE_COLUMNS.map(() => '?').join(', ')}, ?)`,
  );
  const insertDotted = db.prepare(
    'INSERT INTO role_dotted_lines (role_row_id, position, manager_id) VALUES (?, ?, ?)',
  );
  const writeRole = (role: Role, position: number, eventIndex: number | null) => {
    const c = roleToColumns(role);
    const { lastInsertRowid } = insertRole.run(
      scenarioId,
      eventIndex,
      position,
      c.role_id,
      c.title,
      c.person,
      c.reports_to,
      c.team,
      c.department,
      c.one_on_ones,
      ...STRENGTH_NAMES.map((name) => role.strengths[name]),
      ...peopleValues(role),
      c.rating_error,
    );
    (role.dottedTo ?? []).forEach((managerId, i) => insertDotted.run(lastInsertRowid, i, managerId));
  };
  writeStartingRoles(db, scenarioId, scenario.roles, writeRole);

  const insertEvent = db.prepare(
    `INSERT INTO events (scenario_id, event_index, quarter, type, role_id, reports_to, team, severity, quarters, size, enabled, timing_spread)
     VALUES (@scenario_id, @event_index, @quarter, @type, @role_id, @reports_to, @team, @severity, @quarters, @size, @enabled, @timing_spread)`,
  );
  const insertListEntry = db.prepare(
    'INSERT INTO event_role_ids (scenario_id, event_index, list, position, role_id) VALUES (?, ?, ?, ?, ?)',
  );
  scenario.events.forEach((event, index) => {
    insertEvent.run({ scenario_id: scenarioId, event_index: index, ...eventToColumns(event) });
    if (event.type === 'hire') writeRole(event.role, 0, index);
    else if (event.type === 'succession') writeRole(successorRole(event), 0, index);
    for (const [list, ids] of Object.entries(eventIdLists(event))) {
      ids.forEach((roleId, position) => insertListEntry.run(scenarioId, index, list, position, roleId));
    }
  });

  const insertParameter = db.prepare(
    'INSERT INTO scenario_parameters (scenario_id, name, value) VALUES (?, ?, ?)',
  );
  for (const [name, value] of Object.entries(scenario.parameters ?? {}))
    insertParameter.run(scenarioId, name, value);
}
