import type { Scenario } from '../scenario/types';
import { checkQuarter, eventAt } from './event-at';

/**
 * Moves the event at `index` to act at the start of another quarter. It keeps its index, so whatever
 * has it selected or focused still finds it; within a quarter, events act in list order.
 */
export function moveEvent(draft: Scenario, index: number, quarter: number): void {
  const event = eventAt(draft, index);
  checkQuarter(draft, quarter);
  event.quarter = quarter;
}
