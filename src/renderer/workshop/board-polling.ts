/**
 * The board follows the groups' saves by polling scenario.list about once a second and reloading only
 * the scenarios whose updatedAt changed since they were last read (a participant's save in the room, an
 * edit in this window). Pure: which ids to read again.
 */
import type { ScenarioSummary, WorkshopInfo } from '../../core/api/contract';

export const BOARD_POLL_MS = 1000;

/** The workshop's scenarios (baseline and groups) that are new or saved since `seen` recorded them. */
export function scenariosToReload(
  workshop: WorkshopInfo,
  list: readonly ScenarioSummary[],
  seen: ReadonlyMap<string, string>,
): string[] {
  const wanted = new Set([workshop.baselineId, ...workshop.groups.map((g) => g.scenarioId)]);
  return list.filter((s) => wanted.has(s.id) && seen.get(s.id) !== s.updatedAt).map((s) => s.id);
}
