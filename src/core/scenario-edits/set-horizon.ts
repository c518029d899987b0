import { EditRefused } from '../org/edits/edit-refused';
import { MAX_HORIZON, MIN_HORIZON, type Scenario } from '../scenario/types';

export interface SetHorizonOptions {
  /** Remove the events that would fall after the new horizon instead of refusing. */
  dropLaterEvents?: boolean;
}

/** Indexes of the events that act after `horizon`, in list order. */
export function eventsAfter(scenario: Scenario, horizon: number): number[] {
  const indexes: number[] = [];
  scenario.events.forEach((event, index) => {
    if (event.quarter > horizon) indexes.push(index);
  });
  return indexes;
}

/**
 * Sets how many quarters the scenario runs (1..40). Shortening it past events is refused, naming how many
 * events and the last quarter used, unless the caller asks to drop them (the UI asks the user first):
 * an edit never loses events silently.
 */
export function setHorizon(draft: Scenario, horizon: number, options: SetHorizonOptions = {}): void {
  if (!Number.isInteger(horizon) || horizon < MIN_HORIZON || horizon > MAX_HORIZON) {
    throw new EditRefused(`The horizon is a whole number of quarters from ${MIN_HORIZON} to ${MAX_HORIZON}.`);
  }
  const later = eventsAfter(draft, horizon);
  if (later.length > 0) {
    if (!options.dropLaterEvents) {
      const last = Math.max(...later.map((i) => draft.events[i].quarter));
      throw new EditRefused(
        `${later.length} event${later.length === 1 ? ' acts' : 's act'} after quarter ${horizon} (the last in Q${last}); move or remove ${later.length === 1 ? 'it' : 'them'} first, or drop ${later.length === 1 ? 'it' : 'them'} with the horizon.`,
      );
    }
    const drop = new Set(later);
    draft.events = draft.events.filter((_, index) => !drop.has(index));
  }
  draft.horizon = horizon;
}
