import type { Scenario, ScenarioEvent } from '../scenario/types';
import { checkEventFields } from './check-event';

/**
 * Where a new event for `quarter` goes in the list: after every event of that quarter or earlier, so the
 * list stays in the order events act and a new event acts last within its quarter.
 */
export function insertionIndex(scenario: Scenario, quarter: number): number {
  let at = 0;
  scenario.events.forEach((event, index) => {
    if (event.quarter <= quarter) at = index + 1;
  });
  return at;
}

/** Adds an event to the timeline; returns its index in the scenario's list. */
export function addEvent(draft: Scenario, event: ScenarioEvent): number {
  checkEventFields(draft, event);
  const at = insertionIndex(draft, event.quarter);
  draft.events.splice(at, 0, event);
  return at;
}
