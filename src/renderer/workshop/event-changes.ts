/**
 * What a group did to the baseline's events: the events it added, removed, and changed (an event of the
 * same kind acting on the same role, or of a kind with no role in the same quarter, whose details differ).
 * Events carry no ids, so identical events are matched first, then the rest pair up by kind and target,
 * each at most once. Pure.
 */
import type { ScenarioEvent } from '../../core/scenario/types';
import { eventLabel, eventWhen } from '../timeline/event-label';

export interface EventChanges {
  added: ScenarioEvent[];
  removed: ScenarioEvent[];
  changed: { before: ScenarioEvent; after: ScenarioEvent }[];
}

export function eventChanges(
  baseline: readonly ScenarioEvent[],
  variant: readonly ScenarioEvent[],
): EventChanges {
  const left = [...baseline];
  const unmatched: ScenarioEvent[] = [];
  for (const event of variant) {
    const key = JSON.stringify(canonical(event));
    const same = left.findIndex((b) => JSON.stringify(canonical(b)) === key);
    if (same >= 0) left.splice(same, 1);
    else unmatched.push(event);
  }
  const changed: EventChanges['changed'] = [];
  const added: ScenarioEvent[] = [];
  for (const event of unmatched) {
    const partner = left.findIndex((b) => target(b) === target(event));
    if (partner >= 0) changed.push({ before: left.splice(partner, 1)[0], after: event });
    else added.push(event);
  }
  return { added, removed: left, changed };
}

export function eventChangeCount(changes: EventChanges): number {
  return changes.added.length + changes.removed.length + changes.changed.length;
}

/** Each change as a line for the board, the CSV and the debrief: "Added: Q3 Crisis 0.6 ×2". */
export function eventChangeLines(changes: EventChanges, titles: ReadonlyMap<string, string>): string[] {
  const text = (event: ScenarioEvent) => `${eventLabel(event, titles)} (${eventWhen(event)})`;
  return [
    ...changes.added.map((e) => `Added: ${text(e)}`),
    ...changes.removed.map((e) => `Removed: ${text(e)}`),
    ...changes.changed.map(({ before, after }) => `Changed: ${text(before)} → ${text(after)}`),
  ];
}

/** What an event acts on, for pairing a changed event with its original. */
function target(event: ScenarioEvent): string {
  switch (event.type) {
    case 'grow':
    case 'depart':
    case 'reorg':
    case 'succession':
      return `${event.type}:${event.roleId}`;
    case 'hire':
      return `hire:${event.role.id}`;
    case 'coaching':
    case 'feedback360':
    case 'oneOnOnes':
      return `${event.type}:${[...event.roleIds].sort().join(',')}`;
    default:
      return `${event.type}:q${event.quarter}`;
  }
}

/** The event with its keys sorted, so two equal events compare equal as text whatever their key order. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  return value;
}
