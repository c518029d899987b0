import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../src/core/org/edits';
import { growthSteps, planGrowth, teamBefore } from '../../../src/core/scenario-edits';
import type { Scenario } from '../../../src/core/scenario/types';
import { smallOrg } from '../org/edits/fixture';

const apply = (scenario: Scenario, recipe: (d: Scenario) => unknown) => applyEdit(scenario, recipe).scenario;
const growsOf = (s: Scenario, id: string) =>
  s.events
    .filter((e) => e.type === 'grow' && e.roleId === id)
    .map((e) => [e.quarter, (e as { team: number }).team]);

describe('growthSteps', () => {
  it('is a straight line rounded to whole people, ending exactly on the target', () => {
    expect(growthSteps(10, 60, 1, 6)).toEqual([
      { quarter: 1, team: 18 },
      { quarter: 2, team: 27 },
      { quarter: 3, team: 35 },
      { quarter: 4, team: 43 },
      { quarter: 5, team: 52 },
      { quarter: 6, team: 60 },
    ]);
  });

  it('skips quarters whose rounded size does not change, and shrinks as well as grows', () => {
    expect(growthSteps(10, 12, 1, 6)).toEqual([
      { quarter: 2, team: 11 }, // 10.67 -> 11; 10.33 in Q1 rounds to 10, no event
      { quarter: 5, team: 12 }, // 11.67 -> 12; Q6 is also 12, no event
    ]);
    expect(growthSteps(8, 4, 3, 4)).toEqual([
      { quarter: 3, team: 6 },
      { quarter: 4, team: 4 },
    ]);
  });
});

describe('planGrowth', () => {
  it('"Engineering grows to 20 by Q6": grow events from the team just before the plan starts', () => {
    // smallOrg: eng starts at 4 and grows to 8 in Q1.
    expect(teamBefore(smallOrg(), 'eng', 2)).toBe(8);
    const s = apply(smallOrg(), (d) => planGrowth(d, 'eng', 20, 6, 3));
    expect(growsOf(s, 'eng')).toEqual([
      [1, 8],
      [3, 11],
      [4, 14],
      [5, 17],
      [6, 20],
    ]);
    // The list stays in the order events act.
    expect(s.events.map((e) => e.quarter)).toEqual([...s.events.map((e) => e.quarter)].sort((a, b) => a - b));
  });

  it('replaces earlier grow events of that role in the range, keeping those outside it', () => {
    let s = apply(smallOrg(), (d) => planGrowth(d, 'eng', 40, 8, 1));
    expect(growsOf(s, 'eng')).toHaveLength(8);
    // 4 -> 40 over Q1..Q8: 8.5 rounds up to 9, then 13, 17.5 -> 18, 22, 26.5 -> 27, 31, 35.5 -> 36, 40.
    expect(growsOf(s, 'eng').map(([, team]) => team)).toEqual([9, 13, 18, 22, 27, 31, 36, 40]);
    s = apply(s, (d) => planGrowth(d, 'eng', 10, 4, 2));
    // From 9 (just before Q2) to 10 by Q4: 9.33 -> 9 (no event), 9.67 -> 10, then 10 again (no event).
    expect(growsOf(s, 'eng')).toEqual([
      [1, 9],
      [3, 10],
      [5, 27],
      [6, 31],
      [7, 36],
      [8, 40],
    ]);
  });

  it('refuses a plan that ends before it starts, an unknown role or a bad target', () => {
    expect(() => apply(smallOrg(), (d) => planGrowth(d, 'eng', 10, 2, 4))).toThrow(/Q2 is before Q4/);
    expect(() => apply(smallOrg(), (d) => planGrowth(d, 'ghost', 10, 4, 1))).toThrow(/no role "ghost"/);
    expect(() => apply(smallOrg(), (d) => planGrowth(d, 'eng', -1, 4, 1))).toThrow(/whole number/);
    expect(() => apply(smallOrg(), (d) => planGrowth(d, 'eng', 10, 9, 1))).toThrow(/outside/);
  });
});
