/**
 * Monte Carlo uncertainty (src/engine/uncertainty.ts, monte-carlo.ts): shares that are counts of real runs,
 * a batch that gives the same result however it is cut into chunks, and each source of uncertainty acting
 * as documented in docs/MODEL.md ("Uncertainty").
 */
import { describe, expect, it } from 'vitest';
import { PARAMETER_TABLE } from '../../src/core/scenario/parameter-table';
import type { Scenario } from '../../src/core/scenario/types';
import {
  mergeMonteCarlo,
  roleSharesAt,
  runMonteCarloChunk,
  SHARE_KEYS,
  simulateMonteCarlo,
  type MonteCarloOptions,
} from '../../src/engine/monte-carlo';
import { Rng } from '../../src/engine/random';
import { drawParameters, PLAUSIBLE_SPREAD } from '../../src/engine/uncertainty';
import { loadScenario } from './load-scenario';

const sum = (shares: Record<string, number>) => Object.values(shares).reduce((a, b) => a + b, 0);

/** v5's org with one leaf team's manager weak at management, rated with the given error. */
function weakLeadRated(ratingError: number, management = 4): { scenario: Scenario; index: number } {
  const s = loadScenario('v5-both-strong.scenario.json');
  const index = 10;
  const roles = s.roles.map((r, i) =>
    i !== index
      ? r
      : {
          ...r,
          ratingError,
          strengths: {
            ...r.strengths,
            plan: management,
            organize: management,
            control: management,
            direct: management,
          },
        },
  );
  return { scenario: { ...s, roles }, index };
}

describe('Monte Carlo shares', () => {
  const scenario = loadScenario('v2-founder-with-operator.scenario.json');
  const options: MonteCarloOptions = { runs: 24, seed: 7 };

  it('sum to 1 and count the runs: each quarter’s shares are the verdicts of the runs one by one', () => {
    const mc = simulateMonteCarlo(scenario, options);
    const counts = mc.shares.map(() => Object.fromEntries(SHARE_KEYS.map((k) => [k, 0])));
    for (let r = 0; r < options.runs; r++) {
      const one = mergeMonteCarlo(scenario, options, [runMonteCarloChunk(scenario, options, r, r + 1)]);
      one.median.forEach((q, i) => counts[i][q.verdict === 'tooSmall' ? 'tooSmall' : q.outcome]++);
    }
    mc.shares.forEach((shares, q) => {
      expect(sum(shares)).toBeCloseTo(1, 12);
      for (const k of SHARE_KEYS) expect(shares[k] * options.runs).toBeCloseTo(counts[q][k], 9);
    });
    // Not all runs agree, or the test would prove little.
    expect(mc.shares.some((s) => Math.max(...Object.values(s)) < 1)).toBe(true);
  });

  it('are identical however the runs are cut into chunks and in whatever order the chunks come back', () => {
    const whole = simulateMonteCarlo(scenario, options);
    for (const cuts of [
      [0, 24],
      [0, 12, 24],
      [0, 5, 11, 18, 24],
    ]) {
      const chunks = cuts.slice(1).map((to, i) => runMonteCarloChunk(scenario, options, cuts[i], to));
      const merged = mergeMonteCarlo(scenario, options, chunks.reverse());
      expect(merged.shares).toEqual(whole.shares);
      expect(merged.bands).toEqual(whole.bands);
      expect(merged.median).toEqual(whole.median);
      expect(merged.roleShares!.counts).toEqual(whole.roleShares!.counts);
      expect(merged.warnings).toEqual(whole.warnings);
    }
  });

  it('give every team its own shares, summing to 1 in the quarters it exists and absent before it is hired', () => {
    const mc = simulateMonteCarlo(scenario, options);
    const ids = mc.roleShares!.ids;
    const hire = scenario.events.find((e) => e.type === 'hire');
    expect(hire).toBeDefined();
    const hired = ids.indexOf(hire!.type === 'hire' ? hire!.role.id : '');
    expect(roleSharesAt(mc, hired, hire!.quarter - 1)).toBeNull();
    expect(sum(roleSharesAt(mc, hired, hire!.quarter)!)).toBeCloseTo(1, 12);
    for (let q = 0; q <= mc.quarters; q++) expect(sum(roleSharesAt(mc, 0, q)!)).toBeCloseTo(1, 12);
  });
});

describe('sources of uncertainty', () => {
  it('a team whose manager is rated from a 360 has firmer shares than one whose manager is a guess', () => {
    const opts = { runs: 300, seed: 3 };
    const firmness = (error: number) => {
      const { scenario, index } = weakLeadRated(error);
      const mc = simulateMonteCarlo(scenario, opts);
      return roleSharesAt(mc, index, scenario.horizon)!.balance;
    };
    const from360 = firmness(0.5);
    const guess = firmness(2);
    expect(from360).toBeGreaterThan(0.95);
    expect(from360 - guess).toBeGreaterThan(0.03);
    // With only the ratings uncertain the difference is the ratings' alone.
    const ratingsOnly = (error: number) => {
      const { scenario, index } = weakLeadRated(error, 2.5);
      const mc = simulateMonteCarlo(scenario, { ...opts, uncertainty: { parameters: false } });
      return roleSharesAt(mc, index, scenario.horizon)!;
    };
    expect(ratingsOnly(0.5).balance).toBeGreaterThan(ratingsOnly(2).balance);
  });

  it('moves an event with a timing spread, and only that event', () => {
    const s = loadScenario('v2-founder-with-operator.scenario.json');
    const hireAt = s.events.findIndex((e) => e.type === 'hire');
    const spread = { ...s, events: s.events.map((e, i) => (i === hireAt ? { ...e, timingSpread: 2 } : e)) };
    const q = s.events[hireAt].quarter;
    const uncertainty = { parameters: false, ratings: false };
    const fixed = simulateMonteCarlo(s, { runs: 60, seed: 1, uncertainty });
    const moved = simulateMonteCarlo(spread, { runs: 60, seed: 1, uncertainty });
    // Fixed: every run has the hire from its quarter; moved: some runs have it earlier, some later.
    expect(fixed.bands[q - 1].headcount.p90).toBe(fixed.bands[q - 1].headcount.p10);
    expect(moved.bands[q - 1].headcount.p90).toBeGreaterThan(moved.bands[q - 1].headcount.p10);
    expect(moved.bands[q].headcount.p10).toBeLessThan(moved.bands[q].headcount.p90);
    const off = simulateMonteCarlo(spread, {
      runs: 60,
      seed: 1,
      uncertainty: { ...uncertainty, timing: false },
    });
    expect(off.bands).toEqual(fixed.bands);
  });

  it('draws each parameter within ±25% of its value and inside its allowed range', () => {
    const rng = new Rng(9);
    const around = { capacityScale: 11.5 };
    for (let d = 0; d < 200; d++) {
      const p = drawParameters(rng, PARAMETER_TABLE, around) as Record<string, number>;
      for (const row of PARAMETER_TABLE) {
        const centre = around[row.name as 'capacityScale'] ?? row.default;
        expect(p[row.name]).toBeGreaterThanOrEqual(Math.max(row.min, centre * (1 - PLAUSIBLE_SPREAD)));
        expect(p[row.name]).toBeLessThanOrEqual(Math.min(row.max, centre * (1 + PLAUSIBLE_SPREAD)));
      }
    }
  });
});
