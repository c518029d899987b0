import { EditRefused } from '../org/edits/edit-refused';
import { eventsReferencing } from '../org/edits/event-references';
import type { Scenario } from '../scenario/types';
import { eventAt } from './event-at';

/**
 * Removes the event at `index`. A hire whose role other events still name (a later grow of the new
 * team, say) is refused with how many, rather than leaving those events pointing at nobody.
 */
export function removeEvent(draft: Scenario, index: number): void {
  const event = eventAt(draft, index);
  if (event.type === 'hire') {
    const naming = eventsReferencing(draft, event.role.id).filter((i) => i !== index);
    if (naming.length > 0) {
      throw new EditRefused(
        `${naming.length} other event${naming.length === 1 ? ' names' : 's name'} "${event.role.title}"; remove ${naming.length === 1 ? 'it' : 'them'} before the hire.`,
      );
    }
  }
  draft.events.splice(index, 1);
}
