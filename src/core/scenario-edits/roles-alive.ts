import type { Scenario } from '../scenario/types';

/**
 * The ids of the roles in the org when an event acts in `quarter`: the design's roles, plus the hires
 * and minus the departures that act before it. Events act by quarter and, within a quarter, in list
 * order; an existing event (`index`) keeps its place in the list wherever it moves, and a new one (no
 * index) goes after the events of its quarter. The same rule the format's checks apply
 * (check-events.ts), so a role offered here is one the edit will accept.
 */
export function rolesAliveAt(scenario: Scenario, quarter: number, index?: number): Set<string> {
  const alive = new Set(scenario.roles.map((r) => r.id));
  const actsBefore = (q: number, i: number) =>
    q < quarter || (q === quarter && (index === undefined || i < index));
  const earlier = scenario.events
    .map((event, i) => ({ event, i }))
    .filter(({ event, i }) => i !== index && actsBefore(event.quarter, i))
    .sort((a, b) => a.event.quarter - b.event.quarter || a.i - b.i);
  for (const { event } of earlier) {
    if (event.type === 'hire') alive.add(event.role.id);
    else if (event.type === 'depart') alive.delete(event.roleId);
  }
  return alive;
}
