/**
 * What the answer to "by when must this arrive?" (arrival.ts) relies on, and what else is needed when no
 * quarter is enough:
 *
 * - **Relies on**: for each other structural or people event (hire, succession, depart, reorg, grow,
 *   coaching, one-on-ones, 360 feedback), the arrival search is run again without it; the events whose
 *   removal changes the answer (the deadline quarter, or whether any quarter works) are the ones it
 *   relies on. Without a hire, so are the events that name the role it hires (the format would refuse
 *   them), and a hire that brings a team leaves its people with the manager it reports to: a front-line
 *   manager carved out of a lead's team, removed, gives the lead those people back. Crises and market
 *   shifts are assumptions about the world, not plans: they are listed as assumed, never removed.
 * - **Shortfall**: when no quarter keeps the org out of confirmed imbalance, the scenario is run with
 *   the arrival in the first quarter it can act in, and the team that leads the trouble is explained
 *   (main-driver.ts), as the results headline does.
 *
 * Cheap by construction: each search is deterministic, org figures only, and stops at the first quarter
 * that tips; at most `limit` events are examined (structural ones first, then the nearest in time).
 */
import { checkEvents } from '../core/scenario/check-events';
import { roleTitles } from '../core/scenario/hired-roles';
import type { GrowEvent, HireEvent, Scenario, ScenarioEvent } from '../core/scenario/types';
import { readVerdict, type VerdictView } from '../core/verdict-text';
import { arrivalTiming, latestArrival, type ArrivalTiming } from './arrival';
import { explain } from './explain';
import {
  isSpanPastCapacity,
  leadingTeam,
  mainDriver,
  type LeadingTeam,
  type MainDriver,
} from './main-driver';
import type { ModelParameters } from './parameters';
import { toSimulationReport } from './report';
import { simulate } from './simulate';

/** Assumptions about the world the org lives in: never removed, listed as assumed. */
export const WORLD_EVENT_TYPES: readonly ScenarioEvent['type'][] = ['crisis', 'marketShift'];

/** Examined before people events and growth steps: they change who reports to whom. */
const STRUCTURAL = new Set<ScenarioEvent['type']>(['hire', 'succession', 'depart', 'reorg']);
const PEOPLE = new Set<ScenarioEvent['type']>(['coaching', 'oneOnOnes', 'feedback360']);

export const DEFAULT_DEPENDENCY_LIMIT = 12;

export interface ArrivalDependency {
  /** The event relied on, by its index in the scenario. */
  eventIndex: number;
  /** Events removed with it because they name a role it hires (indices); usually none. */
  alsoRemoved: number[];
  /** A hire that brings a team: without it, that many people stay with this role (its manager). */
  teamStaysWith: { roleId: string; people: number } | null;
  /** Without it, the arrival cannot act where it is (it names a role this event provides). */
  required: boolean;
  /** The answer without it: the latest arrival quarter, null when no quarter works (or it cannot act). */
  latestWithout: number | null;
}

export interface ArrivalShortfall {
  /** The first quarter the arrival can act in, where it was run. */
  arrival: number;
  /** The quarter explained: the last, or the first confirmed imbalance when the org recovers by then. */
  quarter: number;
  /** The org's verdict in that quarter. */
  org: VerdictView;
  /** The team that leads the trouble, and the largest driver of it; null when none can be named. */
  team: LeadingTeam | null;
  driver: MainDriver | null;
  /** The driver is the team's span, past its manager's capacity: the team needs managers of its own. */
  spanPastCapacity: boolean;
}

export interface ArrivalDependencies {
  eventIndex: number;
  /** The answer being explained (arrivalTiming's `latest`). */
  latest: number | null;
  /** The examined events whose removal changes the answer, in the order they act. */
  reliesOn: ArrivalDependency[];
  /** Every structural or people event examined (indices). */
  examined: number[];
  /** How many structural or people events were not examined, beyond the limit. */
  notExamined: number;
  /** Crises and market shifts (indices, in the order they act): assumed, not examined. */
  assumes: number[];
  /** When no quarter works: what else is needed; null otherwise. */
  shortfall: ArrivalShortfall | null;
}

export interface ArrivalDependencyOptions {
  parameters?: Partial<ModelParameters>;
  /** The timing already found for this scenario and event (saves running it again). */
  timing?: ArrivalTiming;
  /** Most events to examine (default 12). */
  limit?: number;
  /** Called after each examined event, and after the shortfall's run. */
  onProgress?: (done: number, total: number) => void;
}

export function arrivalDependencies(
  scenario: Scenario,
  eventIndex: number,
  { parameters, timing, limit = DEFAULT_DEPENDENCY_LIMIT, onProgress }: ArrivalDependencyOptions = {},
): ArrivalDependencies {
  const arrival = scenario.events[eventIndex];
  if (!arrival) throw new RangeError(`There is no event ${eventIndex + 1} in this scenario.`);
  const startingLines = new Map(scenario.roles.map((r) => [r.id, r.reportsTo]));
  const refused = checkEvents(scenario, startingLines, scenario.horizon).find((p) => p.severity === 'error');
  // Removing an event is only telling of a scenario the format accepts as it is.
  if (refused) throw new RangeError(refused.message);
  const found = timing ?? arrivalTiming(scenario, eventIndex, { parameters });
  const actingOrder = (a: number, b: number) =>
    scenario.events[a].quarter - scenario.events[b].quarter || a - b;

  const candidates: number[] = [];
  const assumes: number[] = [];
  scenario.events.forEach((e, i) => {
    if (i === eventIndex) return;
    if (WORLD_EVENT_TYPES.includes(e.type)) assumes.push(i);
    else candidates.push(i);
  });
  const rank = (i: number) => {
    const type = scenario.events[i].type;
    return STRUCTURAL.has(type) ? 0 : PEOPLE.has(type) ? 1 : 2;
  };
  const distance = (i: number) => Math.abs(scenario.events[i].quarter - arrival.quarter);
  candidates.sort((a, b) => rank(a) - rank(b) || distance(a) - distance(b) || a - b);
  const examined = candidates.slice(0, Math.max(0, limit));
  const shortfallNeeded = found.latest === null && found.options.some((o) => o.refused === null);
  const total = examined.length + (shortfallNeeded ? 1 : 0);

  const reliesOn: ArrivalDependency[] = [];
  examined.forEach((index, k) => {
    const without = scenarioWithout(scenario, index, eventIndex);
    const latestWithout =
      without.arrivalIndex === null
        ? null
        : latestArrival(without.scenario, without.arrivalIndex, parameters);
    if (without.arrivalIndex === null || latestWithout !== found.latest) {
      reliesOn.push({
        eventIndex: index,
        alsoRemoved: without.alsoRemoved,
        teamStaysWith: without.teamStaysWith,
        required: without.arrivalIndex === null,
        latestWithout,
      });
    }
    onProgress?.(k + 1, total);
  });
  reliesOn.sort((a, b) => actingOrder(a.eventIndex, b.eventIndex));
  assumes.sort(actingOrder);

  let shortfall: ArrivalShortfall | null = null;
  if (shortfallNeeded) {
    shortfall = shortfallAt(scenario, eventIndex, found, parameters);
    onProgress?.(total, total);
  }
  return {
    eventIndex,
    latest: found.latest,
    reliesOn,
    examined: [...examined].sort(actingOrder),
    notExamined: candidates.length - examined.length,
    assumes,
    shortfall,
  };
}

interface Without {
  scenario: Scenario;
  /** The arrival's index in the scenario without the event; null when the arrival cannot act without it. */
  arrivalIndex: number | null;
  alsoRemoved: number[];
  teamStaysWith: { roleId: string; people: number } | null;
}

/**
 * The scenario without one event. A hire that brings a team leaves its people with its manager (the
 * manager's later growth steps carry them too, and a step is added where the manager had none); then
 * whatever the format refuses for want of the removed event (an event naming a role it hired, a growth
 * step of that role) goes too, until the format accepts the rest. If the arrival itself is refused, it
 * needs the event to act at all.
 */
export function scenarioWithout(scenario: Scenario, removedIndex: number, arrivalIndex: number): Without {
  const removedEvent = scenario.events[removedIndex];
  // Events carry their original index through the edits, so removals and the arrival can be traced.
  let events: { event: ScenarioEvent; index: number | null }[] = scenario.events.map((event, index) => ({
    event,
    index,
  }));
  events = events.filter((e) => e.index !== removedIndex);
  let teamStaysWith: Without['teamStaysWith'] = null;
  if (removedEvent.type === 'hire' && removedEvent.role.team > 0 && removedEvent.role.reportsTo !== null) {
    teamStaysWith = { roleId: removedEvent.role.reportsTo, people: removedEvent.role.team };
    events = foldTeam(scenario, events, removedEvent);
  }
  const startingLines = new Map(scenario.roles.map((r) => [r.id, r.reportsTo]));
  const alsoRemoved: number[] = [];
  for (;;) {
    const candidate = { ...scenario, events: events.map((e) => e.event) };
    const refused = new Set<number>();
    for (const problem of checkEvents(candidate, startingLines, scenario.horizon)) {
      if (problem.severity === 'error' && problem.eventIndex !== undefined) refused.add(problem.eventIndex);
    }
    const refusedArrival = [...refused].some((k) => events[k]?.index === arrivalIndex);
    if (refusedArrival) return { scenario: candidate, arrivalIndex: null, alsoRemoved, teamStaysWith };
    if (refused.size === 0) {
      const at = events.findIndex((e) => e.index === arrivalIndex);
      return {
        scenario: candidate,
        arrivalIndex: at,
        alsoRemoved: alsoRemoved.sort((a, b) => a - b),
        teamStaysWith,
      };
    }
    for (const k of refused) {
      const original = events[k]?.index;
      if (original !== null && original !== undefined) alsoRemoved.push(original);
    }
    events = events.filter((_, k) => !refused.has(k));
  }
}

/** A team's size after the events of `quarter` (inclusive): its last growth step by then, or its start. */
function teamAt(
  events: readonly { event: ScenarioEvent; index: number | null }[],
  roleId: string,
  start: number,
  quarter: number,
): number {
  let size = start;
  let when = -Infinity;
  for (const { event } of events) {
    if (
      event.type === 'grow' &&
      event.roleId === roleId &&
      event.quarter <= quarter &&
      event.quarter >= when
    ) {
      size = event.team;
      when = event.quarter;
    }
  }
  return size;
}

/**
 * Without the hire of `hire`, its team (as its own growth steps make it) stays with its manager from the
 * hire's quarter on: the manager's steps from then carry the extra people, and a step is added in each
 * quarter where the hire's team changes and the manager has none (and in the hire's own quarter).
 */
function foldTeam(
  scenario: Scenario,
  events: { event: ScenarioEvent; index: number | null }[],
  hire: HireEvent,
): { event: ScenarioEvent; index: number | null }[] {
  const manager = hire.role.reportsTo!;
  const hiredId = hire.role.id;
  const managerStart =
    scenario.roles.find((r) => r.id === manager)?.team ??
    scenario.events.find((e): e is HireEvent => e.type === 'hire' && e.role.id === manager)?.role.team ??
    0;
  const hiredTeam = (q: number) => teamAt(events, hiredId, hire.role.team, q);
  const managerTeam = (q: number) => teamAt(events, manager, managerStart, q);
  const stepQuarters = new Set<number>([hire.quarter]);
  for (const { event } of events) {
    if (event.type === 'grow' && event.roleId === hiredId && event.quarter >= hire.quarter)
      stepQuarters.add(event.quarter);
  }
  const folded = events.map((e) =>
    e.event.type === 'grow' && e.event.roleId === manager && e.event.quarter >= hire.quarter
      ? { ...e, event: { ...e.event, team: e.event.team + hiredTeam(e.event.quarter) } }
      : e,
  );
  const added: { event: GrowEvent; index: null }[] = [];
  for (const q of [...stepQuarters].sort((a, b) => a - b)) {
    const hasStep = events.some(
      (e) => e.event.type === 'grow' && e.event.roleId === manager && e.event.quarter === q,
    );
    if (!hasStep) {
      added.push({
        event: { quarter: q, type: 'grow', roleId: manager, team: managerTeam(q) + hiredTeam(q) },
        index: null,
      });
    }
  }
  return [...folded, ...added];
}

function shortfallAt(
  scenario: Scenario,
  eventIndex: number,
  timing: ArrivalTiming,
  parameters: Partial<ModelParameters> | undefined,
): ArrivalShortfall | null {
  const first = timing.options.find((o) => o.refused === null);
  if (!first) return null;
  const moved = {
    ...scenario,
    events: scenario.events.map((e, i) => (i === eventIndex ? { ...e, quarter: first.quarter } : e)),
  };
  const report = toSimulationReport(simulate(moved, { parameters }));
  const last = report.quarters.length - 1;
  const lastOrg = readVerdict(report.quarters[last].org);
  // An org that ends in balance (confirmed) after an imbalance is explained where the imbalance began.
  const quarter =
    lastOrg.outcome === 'balance' && lastOrg.verdict === 'confirmed' && first.imbalanceFrom !== null
      ? first.imbalanceFrom
      : last;
  const upTo = { ...report, quarters: report.quarters.slice(0, quarter + 1) };
  const team = leadingTeam(upTo, roleTitles(moved));
  let driver: MainDriver | null = null;
  let spanPastCapacity = false;
  if (team) {
    const [explanation] = explain(moved, { quarter, roleIds: [team.roleId], parameters });
    driver = explanation ? mainDriver(explanation, team.trouble) : null;
    spanPastCapacity =
      explanation !== undefined && driver !== null && isSpanPastCapacity(explanation, driver.driver);
  }
  return {
    arrival: first.quarter,
    quarter,
    org: readVerdict(report.quarters[quarter].org),
    team,
    driver,
    spanPastCapacity,
  };
}
