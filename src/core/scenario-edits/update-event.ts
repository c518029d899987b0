import { EditRefused } from '../org/edits/edit-refused';
import type { ScenarioEvent, Scenario } from '../scenario/types';
import { checkEventFields } from './check-event';
import { eventAt } from './event-at';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * New values for some of an event's fields. A field set to undefined is removed (a depart's optional
 * `reportsTo`, say). The type of an event never changes: remove it and add another.
 */
export type EventPatch = Partial<DistributiveOmit<ScenarioEvent, 'type'>> & { type?: never };

/** Changes some fields of the event at `index`; it keeps its place in the list. */
export function updateEvent(draft: Scenario, index: number, patch: EventPatch): void {
  const event = eventAt(draft, index) as unknown as Record<string, unknown>;
  if ('type' in patch && patch.type !== undefined && patch.type !== event.type) {
    throw new EditRefused('An event keeps its type; remove it and add one of the other type.');
  }
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'type') continue;
    if (value === undefined) delete event[key];
    else event[key] = value;
  }
  checkEventFields(draft, event as unknown as ScenarioEvent);
}
