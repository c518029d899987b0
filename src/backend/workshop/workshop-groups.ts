import type { WorkshopInfo } from '../../core/api/contract';
import { ApiFailure } from '../../core/api/errors';
import { groupNamesProblem } from '../../core/workshop/group-names';
import type { Db } from '../db/sqlite';
import { listScenarios, loadScenario, saveScenario } from '../project/scenario-store';

/**
 * A project's workshop: one baseline scenario and the groups' variants of it (schema 7, table
 * workshop_groups). A variant is an ordinary scenario; this module only records which scenarios are
 * groups, of which baseline, in which order. Trashed scenarios are left out, so trashing a group hides it
 * and restoring it brings it back; a trashed baseline hides the whole workshop until it is restored.
 */

interface GroupRow {
  scenario_id: string;
  baseline_id: string;
  name: string;
}

/** The workshop of the project, or null when it has none (or its baseline is in the trash). */
export function readWorkshop(db: Db): WorkshopInfo | null {
  const baselineId = currentBaselineId(db);
  if (baselineId === null) return null;
  const groups = liveGroups(db, baselineId).map((row) => ({ scenarioId: row.scenario_id, name: row.name }));
  return { baselineId, groups };
}

/**
 * Copies the baseline once per name, in the order given, each placed after the workshop's earlier groups
 * (or right after the baseline for the first), all in one transaction: either every group is made or none.
 */
export function createWorkshopGroups(
  db: Db,
  baselineId: string,
  names: readonly string[],
  now = new Date(),
): WorkshopInfo {
  return db.transaction(() => {
    const live = listScenarios(db);
    const baseline = live.find((s) => s.id === baselineId);
    if (!baseline) {
      throw new ApiFailure(
        'not-found',
        `This project has no scenario with id "${baselineId}" to make groups from (it may be in the trash).`,
        { baselineId },
      );
    }
    const asGroup = db
      .prepare('SELECT baseline_id FROM workshop_groups WHERE scenario_id = ?')
      .get(baselineId);
    if (asGroup) {
      throw new ApiFailure(
        'invalid-request',
        `"${baseline.name}" is itself a group's variant; open the workshop's baseline and make the groups from it.`,
        { baselineId },
      );
    }
    const current = currentBaselineId(db);
    if (current !== null && current !== baselineId && liveGroups(db, current).length > 0) {
      const currentName = live.find((s) => s.id === current)?.name ?? current;
      throw new ApiFailure(
        'invalid-request',
        `This project's workshop already has groups made from "${currentName}". Add groups from that scenario, or move its groups to the trash to start a workshop from "${baseline.name}".`,
        { baselineId, currentBaselineId: current },
      );
    }
    const problem = groupNamesProblem(
      names,
      live.map((s) => s.name),
    );
    if (problem !== null) throw new ApiFailure('invalid-request', problem, { names });

    // Groups of an earlier workshop are all in the trash (checked above): restored later, they come back
    // as ordinary scenarios rather than as groups of a baseline that is no longer the workshop's.
    db.prepare('DELETE FROM workshop_groups WHERE baseline_id <> ?').run(baselineId);

    const { scenario } = loadScenario(db, baselineId);
    let after = lastInScenarioList(db, baselineId);
    const { next } = db
      .prepare('SELECT COALESCE(MAX(position) + 1, 0) AS next FROM workshop_groups')
      .get() as {
      next: number;
    };
    const record = db.prepare(
      'INSERT INTO workshop_groups (scenario_id, baseline_id, name, position) VALUES (?, ?, ?, ?)',
    );
    names.forEach((raw, i) => {
      const name = raw.trim();
      const made = saveScenario(db, { ...scenario, name }, undefined, now, {
        after,
        branchedFrom: baselineId,
      });
      record.run(made.id, baselineId, name, next + i);
      after = made.id;
    });
    return readWorkshop(db)!;
  })();
}

/** The baseline of the most recently made group that is live (so is its baseline), or null. */
function currentBaselineId(db: Db): string | null {
  const row = db
    .prepare(
      `SELECT g.baseline_id FROM workshop_groups g
         JOIN scenarios b ON b.id = g.baseline_id AND b.deleted_at IS NULL
        ORDER BY g.position DESC LIMIT 1`,
    )
    .get() as { baseline_id: string } | undefined;
  return row?.baseline_id ?? null;
}

/**
 * The live groups of a baseline in the order they were made, named as their scenarios are now: renaming
 * a group's scenario renames the group (the name it was made with stays in the row, unused).
 */
function liveGroups(db: Db, baselineId: string): GroupRow[] {
  return db
    .prepare(
      `SELECT g.scenario_id, g.baseline_id, s.name FROM workshop_groups g
         JOIN scenarios s ON s.id = g.scenario_id AND s.deleted_at IS NULL
        WHERE g.baseline_id = ?
        ORDER BY g.position`,
    )
    .all(baselineId) as GroupRow[];
}

/** Where the next group goes: after the baseline's group furthest down the scenario list, or the baseline. */
function lastInScenarioList(db: Db, baselineId: string): string {
  const row = db
    .prepare(
      `SELECT g.scenario_id FROM workshop_groups g
         JOIN scenarios s ON s.id = g.scenario_id AND s.deleted_at IS NULL
        WHERE g.baseline_id = ?
        ORDER BY s.position DESC LIMIT 1`,
    )
    .get(baselineId) as { scenario_id: string } | undefined;
  return row?.scenario_id ?? baselineId;
}
