import type { ScenarioSummary, TrashedScenario } from '../../core/api/contract';
import { ApiFailure } from '../../core/api/errors';
import { DEFAULT_STRENGTH, STRENGTH_NAMES, type Scenario, type Strengths } from '../../core/scenario/types';
import type { Db } from '../db/sqlite';
import { scenarioChecksum } from './scenario-checksum';
import { listScenarios, listTrashedScenarios, loadScenario, saveScenario } from './scenario-store';

/**
 * Creating, renaming, branching, trashing, restoring and reordering scenarios. Each operation is one
 * transaction, so the scenario list is never seen half changed.
 */

const LAST_SCENARIO_KEY = 'last_scenario_id';

/** A new scenario's starting point: one root role and the defaults an imported org gets. */
export function emptyScenario(name: string): Scenario {
  const strengths = Object.fromEntries(STRENGTH_NAMES.map((s) => [s, DEFAULT_STRENGTH])) as Strengths;
  return {
    name,
    horizon: 8,
    environment: { volatility: 0.3 },
    roles: [
      {
        id: 'root',
        title: 'Head of organisation',
        person: null,
        reportsTo: null,
        dottedTo: [],
        team: 0,
        strengths,
        oneOnOnes: false,
      },
    ],
    events: [],
  };
}

export function createScenario(
  db: Db,
  name: string,
  fromScenarioId?: string,
  now = new Date(),
): ScenarioSummary {
  if (fromScenarioId === undefined) return saveScenario(db, emptyScenario(name), undefined, now);
  return branch(db, fromScenarioId, name, now);
}

/** A copy of any scenario, live or trashed, placed right after it and remembering where it came from. */
export function duplicateScenario(
  db: Db,
  scenarioId: string,
  name?: string,
  now = new Date(),
): ScenarioSummary {
  return branch(db, scenarioId, name, now);
}

function branch(db: Db, sourceId: string, name: string | undefined, now: Date): ScenarioSummary {
  return db.transaction(() => {
    const { scenario } = loadScenario(db, sourceId);
    const copy: Scenario = { ...scenario, name: name ?? `${scenario.name} (copy)` };
    return saveScenario(db, copy, undefined, now, { after: sourceId, branchedFrom: sourceId });
  })();
}

export function renameScenario(db: Db, scenarioId: string, name: string, now = new Date()): ScenarioSummary {
  return db.transaction(() => {
    const live = db.prepare('SELECT 1 FROM scenarios WHERE id = ? AND deleted_at IS NULL').get(scenarioId);
    if (!live) throw missing(scenarioId);
    // The name is content, covered by the checksum: read (and so check) the rest, then sum it anew.
    const { scenario } = loadScenario(db, scenarioId);
    db.prepare('UPDATE scenarios SET name = ?, updated_at = ?, checksum = ? WHERE id = ?').run(
      name,
      now.toISOString(),
      scenarioChecksum({ ...scenario, name }),
      scenarioId,
    );
    return liveSummary(db, scenarioId);
  })();
}

export function trashScenario(db: Db, scenarioId: string, now = new Date()): TrashedScenario {
  return db.transaction(() => {
    const changed = db
      .prepare('UPDATE scenarios SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL')
      .run(now.toISOString(), scenarioId).changes;
    if (changed === 0) throw missing(scenarioId);
    if (lastOpenedScenarioId(db) === scenarioId)
      db.prepare('DELETE FROM project WHERE key = ?').run(LAST_SCENARIO_KEY);
    return listTrashedScenarios(db).find((s) => s.id === scenarioId)!;
  })();
}

/** Back from the trash, at the end of the list (its old place may have been reordered away). */
export function restoreScenario(db: Db, scenarioId: string): ScenarioSummary {
  return db.transaction(() => {
    const { next } = db.prepare('SELECT COALESCE(MAX(position) + 1, 0) AS next FROM scenarios').get() as {
      next: number;
    };
    const changed = db
      .prepare('UPDATE scenarios SET deleted_at = NULL, position = ? WHERE id = ? AND deleted_at IS NOT NULL')
      .run(next, scenarioId).changes;
    if (changed === 0) {
      throw new ApiFailure(
        'not-found',
        `The trash of this project holds no scenario with id "${scenarioId}".`,
        {
          scenarioId,
        },
      );
    }
    return liveSummary(db, scenarioId);
  })();
}

/** Deletes the trashed scenarios for good; their roles, events and parameters go with them (cascade). */
export function emptyTrash(db: Db): number {
  return db.prepare('DELETE FROM scenarios WHERE deleted_at IS NOT NULL').run().changes;
}

/** `ids` must name every live scenario exactly once: a partial order would be ambiguous. */
export function reorderScenarios(db: Db, ids: readonly string[]): ScenarioSummary[] {
  return db.transaction(() => {
    const live = listScenarios(db).map((s) => s.id);
    const same =
      ids.length === live.length && new Set(ids).size === ids.length && ids.every((id) => live.includes(id));
    if (!same) {
      throw new ApiFailure(
        'invalid-request',
        `The new order must list each of the project's ${live.length} scenarios exactly once; it lists ${ids.length} ids.`,
        { expected: live, received: ids },
      );
    }
    const place = db.prepare('UPDATE scenarios SET position = ? WHERE id = ?');
    ids.forEach((id, position) => place.run(position, id));
    return listScenarios(db);
  })();
}

/** The scenario to reopen, if it still exists and is not in the trash. */
export function lastOpenedScenarioId(db: Db): string | null {
  const row = db
    .prepare(
      `SELECT p.value FROM project p JOIN scenarios s ON s.id = p.value AND s.deleted_at IS NULL
        WHERE p.key = ?`,
    )
    .get(LAST_SCENARIO_KEY) as { value: string } | undefined;
  return row?.value ?? null;
}

export function recordLastOpenedScenario(db: Db, scenarioId: string): void {
  db.prepare(
    `INSERT INTO project (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value
      WHERE value <> excluded.value`,
  ).run(LAST_SCENARIO_KEY, scenarioId);
}

function liveSummary(db: Db, scenarioId: string): ScenarioSummary {
  const summary = listScenarios(db).find((s) => s.id === scenarioId);
  if (!summary) throw missing(scenarioId);
  return summary;
}

function missing(scenarioId: string): ApiFailure {
  return new ApiFailure(
    'not-found',
    `This project has no scenario with id "${scenarioId}" (it may be in the trash).`,
    { scenarioId },
  );
}
