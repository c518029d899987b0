/**
 * "By when must this arrive?": the same scenario run with one event (typically the hire of an operator,
 * or the succession that puts one in the founder's seat) moved to each quarter of the horizon in turn, and for each the org's course: the first quarter in which
 * it is confirmed out of balance, its outcome at the end, its peak chaos. The answer is the latest
 * quarter that keeps the org out of confirmed imbalance through the horizon. Deterministic runs of org
 * figures only from one warmed-up quarter 0, so a horizon of 40 is 40 runs of its quarters.
 */
import { checkEvents } from '../core/scenario/check-events';
import type { HireEvent, Scenario, ScenarioEvent, SuccessionEvent } from '../core/scenario/types';
import type { Outcome } from './outcome';
import { applyEvents, eventsByQuarter } from './events';
import { Kernel } from './kernel';
import { resolveParameters, type ModelParameters } from './parameters';
import { orgQuarterOf } from './simulate';

export interface ArrivalOption {
  quarter: number;
  /** Why the event cannot act in this quarter (another event depends on it earlier...), else null. */
  refused: string | null;
  /** First quarter in which the org is confirmed in chaos, bureaucracy or stagnation; null if never. */
  imbalanceFrom: number | null;
  /** The outcome of that first confirmed imbalance. */
  imbalance: Exclude<Outcome, 'balance'> | null;
  /** The org's outcome in the last quarter, and whether the indices confirm it. */
  finalOutcome: Outcome | null;
  finalConfirmed: boolean;
  /** Highest org chaos over the run (0-100). */
  peakChaos: number | null;
}

export interface ArrivalTiming {
  eventIndex: number;
  options: ArrivalOption[];
  /**
   * "Arrive by": the latest quarter such that arriving then, or in any earlier quarter it can act in,
   * keeps the org out of confirmed imbalance through the horizon; null when even the first does not.
   */
  latest: number | null;
}

export interface ArrivalOptions {
  parameters?: Partial<ModelParameters>;
  /** Called after each quarter's run. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Only the quarters from..to (inclusive; 1..horizon by default), so workers can share the question:
   * each answers its own range and mergeArrivalTimings puts them back together in quarter order.
   */
  from?: number;
  to?: number;
}

/**
 * Whether an event is someone's arrival, whose timing the app offers to find: a hire (a new role and its
 * holder) or a succession (a new holder in an existing role). arrivalTiming itself times any event.
 */
export function isArrival(event: ScenarioEvent): event is HireEvent | SuccessionEvent {
  return event.type === 'hire' || event.type === 'succession';
}

export function arrivalTiming(
  scenario: Scenario,
  eventIndex: number,
  { parameters, onProgress, from = 1, to = scenario.horizon }: ArrivalOptions = {},
): ArrivalTiming {
  const options = searchArrival(scenario, eventIndex, parameters, false, onProgress, from, to);
  return { eventIndex, options, latest: latestOf(options) };
}

/**
 * The timing of the whole horizon from timings of consecutive quarter ranges (arrivalTiming's from and
 * to), in any order: the same as arrivalTiming over all of them at once.
 */
export function mergeArrivalTimings(parts: readonly ArrivalTiming[]): ArrivalTiming {
  if (parts.length === 0) throw new RangeError('There is no arrival timing to merge.');
  const options = parts.flatMap((part) => part.options).sort((a, b) => a.quarter - b.quarter);
  return { eventIndex: parts[0].eventIndex, options, latest: latestOf(options) };
}

/**
 * Only the answer ("arrive by"), for the searches that re-ask the question of a changed scenario
 * (arrival-dependencies.ts): the quarters after the first that tips are not run.
 */
export function latestArrival(
  scenario: Scenario,
  eventIndex: number,
  parameters?: Partial<ModelParameters>,
): number | null {
  return latestOf(searchArrival(scenario, eventIndex, parameters, true));
}

/** The latest quarter before the first option that tips, skipping quarters the event cannot act in. */
function latestOf(options: readonly ArrivalOption[]): number | null {
  let latest: number | null = null;
  for (const option of options) {
    if (option.refused !== null) continue;
    if (option.imbalanceFrom !== null) break;
    latest = option.quarter;
  }
  return latest;
}

function searchArrival(
  scenario: Scenario,
  eventIndex: number,
  parameters: Partial<ModelParameters> | undefined,
  stopAtFirstImbalance: boolean,
  onProgress?: (done: number, total: number) => void,
  from = 1,
  to = scenario.horizon,
): ArrivalOption[] {
  if (!scenario.events[eventIndex])
    throw new RangeError(`There is no event ${eventIndex + 1} in this scenario.`);
  const options: ArrivalOption[] = [];
  const startingLines = new Map(scenario.roles.map((r) => [r.id, r.reportsTo]));
  // Quarter 0 does not depend on when events act: warm up once, and start every run from there (as
  // Monte Carlo does), rather than building and warming a kernel per quarter.
  const kernel = new Kernel(scenario, resolveParameters(scenario.parameters, parameters));
  kernel.warmUp();
  const start = kernel.snapshot();
  const atStart = orgQuarterOf(kernel, 0);
  const lowest = Math.max(1, from);
  const highest = Math.min(scenario.horizon, to);
  const total = Math.max(0, highest - lowest + 1);
  for (let quarter = lowest; quarter <= highest; quarter++) {
    if (quarter > lowest) onProgress?.(quarter - lowest, total);
    const moved = {
      ...scenario,
      events: scenario.events.map((e, i) => (i === eventIndex ? { ...e, quarter } : e)),
    };
    // The format's own event checks decide whether the event can act then (a role it hires may be named
    // by an event before it, a role it names may not exist yet); the rest of the scenario is unchanged.
    // (These checks, not the whole parser: the parser would bring its schema library into the worker.)
    const refusal = checkEvents(moved, startingLines, scenario.horizon).find((p) => p.severity === 'error');
    if (refusal) {
      options.push(refusedAt(quarter, refusal.message));
      continue;
    }
    kernel.restore(start);
    const byQ = eventsByQuarter(moved.events, scenario.horizon);
    const org = [atStart];
    for (let q = 1; q <= scenario.horizon; q++) {
      applyEvents(kernel, q, byQ[q], []);
      kernel.step(q, false);
      org.push(orgQuarterOf(kernel, q));
    }
    const first = org.find((q) => q.confirmed && q.outcome !== 'balance');
    const last = org[org.length - 1];
    options.push({
      quarter,
      refused: null,
      imbalanceFrom: first ? first.quarter : null,
      imbalance: first ? (first.outcome as Exclude<Outcome, 'balance'>) : null,
      finalOutcome: last.outcome,
      finalConfirmed: last.confirmed,
      peakChaos: Math.max(...org.map((q) => q.chaos)),
    });
    if (stopAtFirstImbalance && first) break;
  }
  onProgress?.(total, total);
  return options;
}

function refusedAt(quarter: number, reason: string): ArrivalOption {
  return {
    quarter,
    refused: reason,
    imbalanceFrom: null,
    imbalance: null,
    finalOutcome: null,
    finalConfirmed: false,
    peakChaos: null,
  };
}
