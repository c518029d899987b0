import { EditRefused } from '../org/edits/edit-refused';
import { MIN_HORIZON, type Scenario, type ScenarioEvent } from '../scenario/types';

/** The event at an index of the scenario's list (or its draft); refuses the edit when there is none. */
export function eventAt(scenario: Scenario, index: number): ScenarioEvent {
  const event = Number.isInteger(index) ? scenario.events[index] : undefined;
  if (!event) throw new EditRefused(`There is no event ${index + 1} in this scenario.`);
  return event;
}

/** Refuses a quarter that is not a whole number within 1..horizon. */
export function checkQuarter(scenario: Scenario, quarter: number): void {
  if (!Number.isInteger(quarter) || quarter < MIN_HORIZON || quarter > scenario.horizon) {
    throw new EditRefused(
      `Quarter ${quarter} is outside this scenario's horizon (quarters ${MIN_HORIZON} to ${scenario.horizon}).`,
    );
  }
}
