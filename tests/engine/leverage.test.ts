import { describe, expect, it } from 'vitest';
import { PARAMETER_TABLE } from '../../src/core/scenario/parameter-table';
import type { Scenario } from '../../src/core/scenario/types';
import {
  applyLeverageMove,
  confirmTasks,
  imbalanceShare,
  leverage,
  leverageTasks,
  PLAUSIBLE_SPREAD,
  runLeverageTask,
  scoreOf,
  simulate,
  simulateMonteCarlo,
  summariseLeverage,
  type LeverageFigures,
  type LeverageOptions,
  type OrgQuarter,
} from '../../src/engine/index';
import { sampleScenario } from '../helpers/sample-scenario';
import { role, strengths } from '../helpers/scenarios';

const scenario = sampleScenario('founder-led-startup', 'No operator');
const options: LeverageOptions = { quarter: 8, runs: 24, seed: 7 };
const result = leverage(scenario, options);

function expectFigures(figures: LeverageFigures, org: OrgQuarter): void {
  expect(figures.health).toBe(org.health);
  expect(figures.chaos).toBe(org.chaos);
  expect(figures.bureaucracy).toBe(org.bureaucracy);
  expect(figures.leadershipRatio).toBe(org.leadershipRatio);
  expect(figures.managementRatio).toBe(org.managementRatio);
  expect(figures.outcome).toBe(org.outcome);
  expect(figures.verdict).toBe(org.verdict);
  expect(figures.risk).toBe(org.risk);
}

/** 100 x the distance from the org's point (ln L, ln M) to the balance quadrant. */
const gapOf = (o: OrgQuarter) =>
  100 * Math.hypot(Math.min(0, Math.log(o.leadershipRatio)), Math.min(0, Math.log(o.managementRatio)));

describe('leverage: suggestions', () => {
  it('finds moves in the founder-led org, each a manager whose four strengths rise by one point', () => {
    expect(result.reason).toBeNull();
    expect(result.suggestions.length).toBeGreaterThan(0);
    for (const s of result.suggestions) {
      const before = scenario.roles.find((r) => r.id === s.roleId)!;
      const after = applyLeverageMove(scenario, s).roles.find((r) => r.id === s.roleId)!;
      for (const { name, before: b, after: a } of s.strengths) {
        expect(b).toBe(before.strengths[name as keyof typeof before.strengths]);
        expect(a).toBe(Math.min(10, b + 1));
        expect(after.strengths[name as keyof typeof after.strengths]).toBe(a);
      }
      // Nothing else changes.
      const others = Object.keys(before.strengths).filter((n) => !s.strengths.some((x) => x.name === n));
      for (const n of others)
        expect(after.strengths[n as keyof typeof after.strengths]).toBe(
          before.strengths[n as keyof typeof before.strengths],
        );
    }
  });

  it('states figures that re-simulating the edited scenario gives exactly, and they improve the org', () => {
    const base = simulate(scenario);
    const baseMc = simulateMonteCarlo(scenario, { runs: 24, seed: 7 });
    for (const s of result.suggestions) {
      const edited = applyLeverageMove(scenario, { roleId: s.roleId, kind: s.kind });
      const run = simulate(edited);
      expectFigures(s.before, base.org[8]);
      expectFigures(s.after, run.org[8]);
      expect(s.before.gap).toBe(gapOf(base.org[8]));
      expect(s.after.gap).toBe(gapOf(run.org[8]));
      const mc = simulateMonteCarlo(edited, { runs: 24, seed: 7 });
      expect(s.shares).toEqual({ before: baseMc.shares[8], after: mc.shares[8] });
      // "Improves" in the documented measure: health gain plus the fall in imbalance share (points).
      const claimed =
        run.org[8].health -
        base.org[8].health +
        100 * (imbalanceShare(baseMc.shares[8]) - imbalanceShare(mc.shares[8]));
      expect(s.score).toBe(claimed);
      expect(claimed).toBeGreaterThan(0);
    }
  });

  it('lists the best first by its score, after confirming the best moves of the screen', () => {
    const scores = result.suggestions.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // The screen's score is Δhealth + the fall in gap; the moves confirmed are its top ones.
    const phase1 = leverageTasks(scenario, options).map((t) => runLeverageTask(scenario, t));
    const screened = phase1.flatMap((r) =>
      r.kind === 'screen' ? r.moves.map((m) => ({ ...m.move, score: scoreOf(r.baseline, m.figures) })) : [],
    );
    const confirmed = confirmTasks(scenario, { ...options, topMoves: 3 }, phase1).flatMap((t) =>
      t.kind === 'confirm' && t.move ? [t.move] : [],
    );
    expect(confirmed).toHaveLength(3);
    const best = [...screened].sort((a, b) => b.score - a.score).slice(0, 3);
    expect(confirmed).toEqual(best.map(({ roleId, kind }) => ({ roleId, kind })));
    for (const s of result.suggestions) {
      const own = screened.find((m) => m.roleId === s.roleId && m.kind === s.kind)!;
      expect(s.screenScore).toBe(own.score);
    }
  });

  it('without Monte Carlo ranks by the exact screen measure: health gain plus the fall in gap', () => {
    const det = leverage(scenario, { quarter: 8, runs: 1 });
    expect(det.runs).toBe(0);
    expect(det.suggestions.length).toBeGreaterThan(0);
    for (const s of det.suggestions) {
      expect(s.shares).toBeNull();
      expect(s.score).toBe(s.after.health - s.before.health + (s.before.gap - s.after.gap));
    }
    const scores = det.suggestions.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('screens the largest subtrees first when there are more managers than the limit', () => {
    const limited = leverage(scenario, { quarter: 8, runs: 1, screenLimit: 2 });
    expect(limited.screened).toBe(2);
    expect(limited.candidates).toBe(5);
    // The CEO holds the whole org; engineering is the largest department.
    const screened = leverageTasks(scenario, { quarter: 8, screenLimit: 2 }).flatMap((t) =>
      t.kind === 'screen' ? t.moves.map((m) => m.roleId) : [],
    );
    expect(new Set(screened)).toEqual(new Set(['ceo', 'eng']));
    expect(limited.suggestions.every((s) => s.roleId === 'ceo' || s.roleId === 'eng')).toBe(true);
  });

  it('gives the same answer however the tasks are split (a worker pool may run them anywhere)', () => {
    const small = { ...options, chunkSize: 1 };
    const phase1 = leverageTasks(scenario, small).map((t) => runLeverageTask(scenario, t));
    const phase2 = confirmTasks(scenario, small, phase1).map((t) => runLeverageTask(scenario, t));
    const split = summariseLeverage(scenario, small, [...phase2.reverse(), ...phase1.reverse()]);
    expect(split.suggestions).toEqual(result.suggestions);
    expect(split.tornado).toEqual(result.tornado);
  });

  it('gives an empty list with a reason for an org with no managers', () => {
    const solo: Scenario = {
      name: 'Solo',
      horizon: 4,
      environment: { volatility: 0.2 },
      roles: [role('a', null, { person: 'Ann', strengths: strengths() })],
      events: [],
    };
    const r = leverage(solo, { quarter: 4, runs: 8 });
    expect(r.suggestions).toEqual([]);
    expect(r.candidates).toBe(0);
    expect(r.reason).toMatch(/No role manages anyone/);
    expect(r.tornado.length).toBeGreaterThan(0);
  });

  it('says so when every manager is already at 10', () => {
    const top = strengths(
      Object.fromEntries(
        ['vision', 'inspire', 'innovate', 'develop', 'plan', 'organize', 'control', 'direct'].map((n) => [
          n,
          10,
        ]),
      ),
    );
    const maxed: Scenario = {
      name: 'Maxed',
      horizon: 2,
      environment: { volatility: 0.2 },
      roles: [role('a', null, { person: 'Ann', team: 4, strengths: top })],
      events: [],
    };
    const r = leverage(maxed, { quarter: 2, runs: 1 });
    expect(r.suggestions).toEqual([]);
    expect(r.reason).toMatch(/already has all eight strengths at 10/);
  });

  it('judges quarter 0 too: a move changes the starting design’s own steady state', () => {
    const start = leverage(scenario, { quarter: 0, runs: 1 });
    expect(start.suggestions.length).toBeGreaterThan(0);
    for (const s of start.suggestions) {
      expectFigures(s.before, simulate(scenario).org[0]);
      expectFigures(s.after, simulate(applyLeverageMove(scenario, s)).org[0]);
    }
  });

  it('stops when cancelled, saying so', () => {
    let calls = 0;
    const stopped = leverage(scenario, { ...options, isCancelled: () => ++calls > 2 });
    expect(stopped.cancelled).toBe(true);
    expect(stopped.suggestions).toEqual([]);
    expect(stopped.reason).toMatch(/Stopped/);
  });

  it('refuses a quarter outside the horizon', () => {
    expect(() => leverage(scenario, { quarter: scenario.horizon + 1 })).toThrow(/quarter/);
  });
});

describe('leverage: tornado', () => {
  const full = leverage(scenario, { quarter: 8, runs: 1, tornadoTop: 1000 });
  const base = simulate(scenario).org[8];

  it('sets each parameter to the ends of its plausible range and matches direct runs there', () => {
    expect(full.tornado.length).toBe(full.parametersTested);
    for (const bar of full.tornado) {
      const row = PARAMETER_TABLE.find((r) => r.name === bar.name)!;
      expect(bar.low.value).toBe(Math.max(row.min, row.default * (1 - PLAUSIBLE_SPREAD)));
      expect(bar.high.value).toBe(Math.min(row.max, row.default * (1 + PLAUSIBLE_SPREAD)));
    }
    // Every 7th bar, and the widest, against simulate() with the parameter set there.
    for (const bar of full.tornado.filter((_, k) => k % 7 === 0)) {
      const ends = [bar.low, bar.high].map(
        (end) => simulate(scenario, { parameters: { [bar.name]: end.value } }).org[8],
      );
      ends.forEach((org, k) => {
        const end = [bar.low, bar.high][k].figures;
        // Each end settles its quarter 0 from the design's own: equal within the warm-up's tolerance.
        for (const f of ['health', 'chaos', 'bureaucracy', 'leadershipRatio', 'managementRatio'] as const)
          expect(Math.abs(end[f] - org[f])).toBeLessThan(1e-8);
        expect(end.outcome).toBe(org.outcome);
        expect(end.verdict).toBe(org.verdict);
      });
      const [lo, hi] = ends;
      const swing =
        Math.abs(hi.health - lo.health) +
        100 *
          Math.hypot(
            Math.log(hi.leadershipRatio / lo.leadershipRatio),
            Math.log(hi.managementRatio / lo.managementRatio),
          );
      expect(Math.abs(bar.swing - swing)).toBeLessThan(1e-6);
      const changes = ends.some((o) => o.outcome !== base.outcome || o.verdict !== base.verdict);
      expect(bar.verdictChanges).toBe(changes);
    }
  });

  it('is sorted by swing, widest first, and shows the top ones', () => {
    const swings = full.tornado.map((b) => b.swing);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    expect(swings[0]).toBeGreaterThan(0);
    expect(result.tornado).toEqual(full.tornado.slice(0, 10));
  });

  it('leaves out parameters whose plausible range is a point (a value of 0)', () => {
    const zero = PARAMETER_TABLE.filter((r) => r.default === 0).map((r) => r.name);
    for (const name of zero) expect(full.tornado.some((b) => b.name === name)).toBe(false);
    expect(full.parametersTested).toBe(PARAMETER_TABLE.length - zero.length);
  });
});
