/**
 * What "by when must this arrive?" relies on, on the validation founder scenarios (built by
 * validation-builders.ts, read through the real parser): the events whose removal changes the answer, the
 * world events it assumes, and the main driver of what remains when no quarter works. The assertions are
 * on ids and structure, never on figure values, which may still be tuned; where a figure decides a
 * precondition (no quarter works), the test says so before relying on it.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/core/scenario/parse';
import type { HireEvent, Scenario, ScenarioEvent } from '../../src/core/scenario/types';
import { arrivalDependencies, arrivalTiming } from '../../src/engine/index';
import { scenarioWithout } from '../../src/engine/arrival-dependencies';
import { scenario1, scenario2, scenario2WithAllManagers, type ScenarioFileSpec } from './validation-builders';

function parsed(spec: ScenarioFileSpec): Scenario {
  const result = parseScenario(spec);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.value;
}

const hireOf = (scenario: Scenario, id: string) =>
  scenario.events.findIndex((e) => e.type === 'hire' && e.role.id === id);

const withEvents = (scenario: Scenario, events: ScenarioEvent[]): Scenario =>
  parsed({ format: 'ballast.scenario', version: 1, ...scenario, events } as unknown as ScenarioFileSpec);

describe('arrivalDependencies: what the answer relies on', () => {
  const founder = parsed(scenario2WithAllManagers());
  const coo = hireOf(founder, 'coo');
  const timing = arrivalTiming(founder, coo);
  const found = arrivalDependencies(founder, coo, { timing });

  it('names the four manager hires the COO timing relies on, each with its people back with its lead', () => {
    const relied = found.reliesOn.map((d) => founder.events[d.eventIndex]);
    expect(relied.map((e) => (e.type === 'hire' ? e.role.id : `${e.type}:${e.quarter}`)).sort()).toEqual([
      'mgr-eng',
      'mgr-ops',
      'mgr-product',
      'mgr-sales',
    ]);
    expect(found.reliesOn.map((d) => d.teamStaysWith?.roleId).sort()).toEqual([
      'eng',
      'ops',
      'product',
      'sales',
    ]);
    for (const d of found.reliesOn) {
      expect(d.required).toBe(false);
      expect(d.latestWithout).not.toBe(found.latest);
    }
    expect(found.latest).toBe(timing.latest);
    expect(found.shortfall).toBeNull(); // a quarter works, so nothing else is needed
  });

  it('examines the structural events first and at most the limit, and says how many it left', () => {
    const others = founder.events.length - 1;
    expect(found.examined).toHaveLength(12);
    expect(found.notExamined).toBe(others - 12);
    expect(found.examined).toEqual(
      expect.arrayContaining([hireOf(founder, 'mgr-eng'), hireOf(founder, 'mgr-sales')]),
    );
    // The nearest in time first: the two Q4 hires, right after the COO's Q3.
    const two = arrivalDependencies(founder, coo, { timing, limit: 2 });
    expect([...two.examined].sort((a, b) => a - b)).toEqual(
      [hireOf(founder, 'mgr-eng'), hireOf(founder, 'mgr-product')].sort((a, b) => a - b),
    );
    expect(two.notExamined).toBe(others - 2);
  });

  it('leaves out only what it reports: without an event not relied on, the answer is the same', () => {
    const kept = found.examined.filter((i) => !found.reliesOn.some((d) => d.eventIndex === i));
    expect(kept.length).toBeGreaterThan(0);
    const index = kept[0];
    const without = scenarioWithout(founder, index, coo);
    expect(without.scenario.events).toHaveLength(founder.events.length - 1);
    expect(arrivalTiming(without.scenario, without.arrivalIndex!).latest).toBe(found.latest);
  });

  it("gives a manager's people back to the lead it reports to, from its quarter on", () => {
    const mgr = hireOf(founder, 'mgr-eng');
    const { scenario, arrivalIndex } = scenarioWithout(founder, mgr, coo);
    expect(scenario.events[arrivalIndex!]).toEqual(founder.events[coo]);
    const grows = (s: Scenario) =>
      s.events
        .filter((e) => e.type === 'grow' && e.roleId === 'eng')
        .map((e) => [e.quarter, (e as { team: number }).team]);
    const people = (founder.events[mgr] as HireEvent).role.team;
    expect(grows(scenario)).toEqual(grows(founder).map(([q, t]) => [q, q >= 4 ? t + people : t]));
  });

  it('lists crises and market shifts as assumed, and never removes them', () => {
    const events: ScenarioEvent[] = [
      ...founder.events,
      { quarter: 4, type: 'crisis', severity: 0.6, quarters: 2 },
      { quarter: 2, type: 'marketShift', size: 0.3 },
    ];
    const world = withEvents(founder, events);
    const d = arrivalDependencies(world, coo, { limit: 40 }); // every event, so none is left out by the limit
    const crisis = events.length - 2;
    const shift = events.length - 1;
    expect(d.assumes).toEqual([shift, crisis]); // in the order they act
    expect(d.examined).not.toContain(crisis);
    expect(d.examined).not.toContain(shift);
    expect(d.reliesOn.map((r) => r.eventIndex)).not.toContain(crisis);
  });

  it('relies outright on a hire the arrival takes over, and removes the events that name it', () => {
    const cto: ScenarioEvent = {
      quarter: 1,
      type: 'hire',
      role: {
        ...(founder.events[hireOf(founder, 'mgr-eng')] as HireEvent).role,
        id: 'cto',
        title: 'CTO',
        reportsTo: 'founder',
        team: 0,
      },
      takeOver: [],
    };
    const events = founder.events.map((e) =>
      e.type === 'hire' && e.role.id === 'coo' ? { ...e, takeOver: [...(e.takeOver ?? []), 'cto'] } : e,
    );
    const named: ScenarioEvent = { quarter: 6, type: 'coaching', roleIds: ['cto'], quarters: 2 };
    const withCto = withEvents(founder, [...events, cto, named]);
    const ctoIndex = hireOf(withCto, 'cto');
    const d = arrivalDependencies(withCto, coo, { limit: 40 });
    const onCto = d.reliesOn.find((r) => r.eventIndex === ctoIndex)!;
    expect(onCto.required).toBe(true);
    expect(onCto.latestWithout).toBeNull();
    // Without the COO's takeover, the CTO hire alone is removable, and the coaching that names it goes too.
    const plain = withEvents(founder, [...founder.events, cto, named]);
    const without = scenarioWithout(plain, hireOf(plain, 'cto'), coo);
    expect(without.alsoRemoved).toEqual([plain.events.length - 1]);
    expect(without.arrivalIndex).toBe(coo);
  });

  it('refuses an event that is not there', () => {
    expect(() => arrivalDependencies(founder, 99)).toThrow(RangeError);
  });
});

describe('arrivalDependencies: what else is needed when no quarter works', () => {
  // A lone COO on the founder with no operators: no lead moves under it, so the leads keep their spans.
  const founder = parsed(scenario1());
  const operator = (
    parsed(scenario2()).events.find((e) => e.type === 'hire' && e.role.id === 'coo') as HireEvent
  ).role;
  const lone = withEvents(founder, [
    ...founder.events,
    { quarter: 3, type: 'hire', role: operator, takeOver: [] },
  ]);
  const coo = hireOf(lone, 'coo');
  const timing = arrivalTiming(lone, coo);
  const found = arrivalDependencies(lone, coo, { timing });

  it('runs the earliest arrival and names the team that leads the trouble and its main driver', () => {
    expect(timing.latest).toBeNull(); // the precondition: no quarter works for a lone COO
    const shortfall = found.shortfall!;
    expect(shortfall).not.toBeNull();
    expect(shortfall.arrival).toBe(timing.options.find((o) => o.refused === null)!.quarter);
    expect(shortfall.org.outcome).not.toBe('balance');
    expect(['eng', 'product', 'sales', 'ops']).toContain(shortfall.team!.roleId);
    expect(shortfall.team!.title).toBe(`${shortfall.team!.roleId} lead`);
    const { driver } = shortfall.driver!;
    expect(driver.label).not.toBe('');
    expect(['cap', 'clip', 'lag', 'base', 'demand.base']).not.toContain(driver.key);
    // The "needs managers" hint belongs to span drivers only.
    if (shortfall.spanPastCapacity)
      expect(driver.key === 'demand.span' || driver.key.startsWith('coverage.')).toBe(true);
  });

  it('gives no shortfall where a quarter works', () => {
    const scenario = parsed(scenario2WithAllManagers());
    const coo2 = hireOf(scenario, 'coo');
    const d = arrivalDependencies(scenario, coo2, { limit: 0 });
    expect(d.latest).not.toBeNull();
    expect(d.shortfall).toBeNull();
    expect(d.examined).toEqual([]);
  });
});
