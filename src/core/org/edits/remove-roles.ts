import type { Scenario } from '../../scenario/types';
import { deleteRoles, nearestStaying } from './delete-role';
import { EditRefused } from './edit-refused';
import { eventsReferencing } from './event-references';

export interface RemovalImpact {
  /** How many roles go (each once, those that exist). */
  removed: number;
  /** Their titles, in org order. */
  titles: string[];
  /** Where the reports of the removed roles go: each new manager with the reports it gains. */
  moves: { managerId: string; manager: string; reports: string[] }[];
  /** How many timeline events name a removed role and will be changed or removed. */
  affectedEvents: number;
}

const TOP_REFUSAL = 'The top role cannot be removed; it holds the org together.';

/**
 * What removing these roles will do, for the preview the user sees first: each remaining role whose
 * manager goes moves up to the nearest manager above it that stays (its manager's manager, or higher
 * when that one goes too), exactly as deleting them one by one would do.
 */
export function describeRemoval(scenario: Scenario, roleIds: readonly string[]): RemovalImpact {
  const byId = new Map(scenario.roles.map((r) => [r.id, r]));
  const going = new Set(roleIds.filter((id) => byId.has(id)));
  if (scenario.roles.some((r) => r.reportsTo === null && going.has(r.id))) throw new EditRefused(TOP_REFUSAL);
  const staying = nearestStaying(new Map(scenario.roles.map((r) => [r.id, r.reportsTo])), going);
  const moves = new Map<string, string[]>();
  for (const role of scenario.roles) {
    if (going.has(role.id) || role.reportsTo === null || !going.has(role.reportsTo)) continue;
    const to = staying(role.reportsTo);
    moves.set(to, [...(moves.get(to) ?? []), role.title]);
  }
  const events = new Set<number>();
  for (const id of going) for (const index of eventsReferencing(scenario, id)) events.add(index);
  return {
    removed: going.size,
    titles: scenario.roles.filter((r) => going.has(r.id)).map((r) => r.title),
    moves: [...moves].map(([managerId, reports]) => ({
      managerId,
      manager: byId.get(managerId)!.title,
      reports,
    })),
    affectedEvents: events.size,
  };
}

/**
 * Removes several roles as one edit (a layer of the chart, or every "Linear Manager") by the rules of
 * deleting one role (deleteRoles): reports move up to the nearest manager that stays, dotted lines to
 * them go, the events naming them are changed or dropped.
 */
export function removeRoles(draft: Scenario, roleIds: readonly string[]): void {
  const ids = [...new Set(roleIds)];
  const top = draft.roles.find((r) => r.reportsTo === null);
  if (top && ids.includes(top.id)) throw new EditRefused(TOP_REFUSAL);
  deleteRoles(draft, ids);
}
