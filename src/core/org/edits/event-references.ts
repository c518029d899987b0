import type { Scenario, ScenarioEvent } from '../../scenario/types';

/** Events that name a role and would be left pointing at nothing if it went. */
export function eventsReferencing(scenario: Scenario, roleId: string): number[] {
  const indexes: number[] = [];
  scenario.events.forEach((event, index) => {
    if (references(event, roleId)) indexes.push(index);
  });
  return indexes;
}

function references(event: ScenarioEvent, id: string): boolean {
  switch (event.type) {
    case 'grow':
    case 'succession':
      return event.roleId === id;
    case 'depart':
      return event.roleId === id || event.reportsTo === id;
    case 'reorg':
      return event.roleId === id || event.reportsTo === id;
    case 'hire':
      return (
        event.role.reportsTo === id ||
        event.role.dottedTo?.includes(id) === true ||
        event.takeOver?.includes(id) === true
      );
    case 'coaching':
    case 'feedback360':
    case 'oneOnOnes':
      return event.roleIds.includes(id);
    default:
      return false;
  }
}

/**
 * Removes a role from the events: from id lists where others remain, and whole events that would
 * otherwise be about nobody or point at a missing role.
 */
export function dropEventReferences(draft: Scenario, roleId: string): void {
  const kept: ScenarioEvent[] = [];
  for (const event of draft.events) {
    if (!references(event, roleId)) {
      kept.push(event);
      continue;
    }
    if (event.type === 'coaching' || event.type === 'feedback360' || event.type === 'oneOnOnes') {
      event.roleIds = event.roleIds.filter((id) => id !== roleId);
      if (event.roleIds.length > 0) kept.push(event);
    } else if (event.type === 'hire' && event.role.reportsTo !== roleId) {
      event.takeOver = (event.takeOver ?? []).filter((id) => id !== roleId);
      event.role.dottedTo = (event.role.dottedTo ?? []).filter((id) => id !== roleId);
      kept.push(event);
    }
  }
  draft.events = kept;
}
