import { describe, expect, it } from 'vitest';
import { arrivalTiming, isArrival, mergeArrivalTimings, simulate } from '../../src/engine/index';
import { sampleScenario } from '../helpers/sample-scenario';
import { engineRichScenario, strengths } from '../helpers/scenarios';
import { loadScenario } from './load-scenario';

describe('arrivalTiming', () => {
  const scenario = sampleScenario('founder-led-startup', 'Operator hired in Q3');
  const coo = scenario.events.findIndex((e) => e.type === 'hire' && e.role.id === 'coo');
  const timing = arrivalTiming(scenario, coo);

  it('runs the scenario with the hire in each quarter, each option the run of that moved scenario', () => {
    expect(timing.options.map((o) => o.quarter)).toEqual(
      Array.from({ length: scenario.horizon }, (_, i) => i + 1),
    );
    for (const option of [timing.options[0], timing.options[6], timing.options[11]]) {
      const moved = {
        ...scenario,
        events: scenario.events.map((e, i) => (i === coo ? { ...e, quarter: option.quarter } : e)),
      };
      const { org } = simulate(moved);
      const first = org.find((q) => q.confirmed && q.outcome !== 'balance');
      expect(option.imbalanceFrom).toBe(first?.quarter ?? null);
      expect(option.finalOutcome).toBe(org.at(-1)!.outcome);
      expect(option.peakChaos).toBe(Math.max(...org.map((q) => q.chaos)));
    }
  });

  it('answers with the latest quarter before which every arrival keeps the org out of confirmed imbalance', () => {
    expect(timing.latest).not.toBeNull();
    for (const option of timing.options) {
      if (option.quarter <= timing.latest!) expect(option.imbalanceFrom).toBeNull();
    }
    const next = timing.options[timing.latest!]; // the quarter after "arrive by"
    if (next) expect(next.imbalanceFrom).not.toBeNull();
    // Later is never better here: peak chaos does not fall as the arrival moves later.
    for (let k = 1; k < timing.options.length; k++)
      expect(timing.options[k].peakChaos!).toBeGreaterThanOrEqual(timing.options[k - 1].peakChaos! - 1e-9);
  });

  it('refuses the quarters in which the event cannot act, with the reason, and skips them', () => {
    // The rich scenario hires the COO in Q2, and in Q3 ops departs with its reports moving to the COO.
    const rich = engineRichScenario();
    const hire = rich.events.findIndex((e) => e.type === 'hire');
    const { options, latest } = arrivalTiming(rich, hire);
    expect(options.find((o) => o.quarter === 3)!.refused).toBeNull(); // hired first within Q3, by list order
    const late = options.find((o) => o.quarter === 4)!;
    expect(late.refused).toMatch(/event 3 \(depart\).*"coo"/);
    expect(late.peakChaos).toBeNull();
    expect(latest === null || latest <= 3).toBe(true);
    expect(() => arrivalTiming(rich, 99)).toThrow(RangeError);
  });

  it('answers a range of quarters, and ranges merged in any order give the whole answer, as workers share it', () => {
    const progress: [number, number][] = [];
    const middle = arrivalTiming(scenario, coo, {
      from: 4,
      to: 7,
      onProgress: (d, t) => progress.push([d, t]),
    });
    expect(middle.options.map((o) => o.quarter)).toEqual([4, 5, 6, 7]);
    expect(middle.options).toEqual(timing.options.slice(3, 7));
    expect(progress.at(-1)).toEqual([4, 4]);
    const ranges = [
      [8, scenario.horizon],
      [1, 3],
      [4, 7],
    ];
    const parts = ranges.map(([from, to]) => arrivalTiming(scenario, coo, { from, to }));
    expect(mergeArrivalTimings(parts)).toEqual(timing);
    // The rich scenario, whose refused quarters the answer skips, split in two.
    const rich = engineRichScenario();
    const hire = rich.events.findIndex((e) => e.type === 'hire');
    const halves = [arrivalTiming(rich, hire, { to: 5 }), arrivalTiming(rich, hire, { from: 6 })];
    expect(mergeArrivalTimings(halves)).toEqual(arrivalTiming(rich, hire));
  });
});

describe('arrivalTiming of a succession', () => {
  // The visionary founder steps aside for an operator: by when must the operator take the seat?
  const founder = loadScenario('v1-visionary-founder.scenario.json');
  const root = founder.roles.find((r) => r.reportsTo === null)!.id;
  const operator = strengths({ vision: 4, plan: 8, organize: 8, control: 8, direct: 8, trust: 7 });
  const scenario = {
    ...founder,
    events: [
      ...founder.events,
      { quarter: 3, type: 'succession' as const, roleId: root, person: null, strengths: operator },
    ],
  };
  const index = scenario.events.length - 1;

  it('is an arrival, as a hire is, and each option is the run of the scenario with it moved there', () => {
    expect(isArrival(scenario.events[index])).toBe(true);
    expect(isArrival(founder.events[0])).toBe(false);
    const timing = arrivalTiming(scenario, index);
    expect(timing.options).toHaveLength(scenario.horizon);
    for (const option of timing.options) {
      expect(option.refused).toBeNull();
      const moved = {
        ...scenario,
        events: scenario.events.map((e, i) => (i === index ? { ...e, quarter: option.quarter } : e)),
      };
      const { org } = simulate(moved);
      expect(option.peakChaos).toBe(Math.max(...org.map((q) => q.chaos)));
      expect(option.finalOutcome).toBe(org.at(-1)!.outcome);
    }
  });

  it('refuses the quarters before the role it fills exists', () => {
    const hire = {
      quarter: 4,
      type: 'hire' as const,
      role: { ...founder.roles[1], id: 'coo', title: 'COO', reportsTo: root, person: 'Kim' },
      takeOver: [],
    };
    const late = {
      ...founder,
      events: [hire, { quarter: 6, type: 'succession' as const, roleId: 'coo', strengths: operator }],
    };
    const { options } = arrivalTiming(late, 1);
    expect(options.find((o) => o.quarter === 3)!.refused).toMatch(
      /event 2 \(succession\): roleId "coo" is only hired by a later event/,
    );
    expect(options.find((o) => o.quarter === 4)!.refused).toBeNull();
  });
});
