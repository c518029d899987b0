import { describe, expect, it } from 'vitest';
import { ORG_FIGURES, simulate, simulateMonteCarlo } from '../../src/engine/index';
import { loadScenario } from './load-scenario';

describe('Monte Carlo', () => {
  const scenario = loadScenario('v1-visionary-founder.scenario.json');

  it('gives p10 <= p50 <= p90 for every org figure and quarter, medians equal to p50', () => {
    const mc = simulateMonteCarlo(scenario, { runs: 60, seed: 3 });
    expect(mc.runs).toBe(60);
    expect(mc.bands).toHaveLength(scenario.horizon + 1);
    for (let q = 0; q <= scenario.horizon; q++) {
      for (const f of ORG_FIGURES) {
        const b = mc.bands[q][f];
        expect(b.p10).toBeLessThanOrEqual(b.p50);
        expect(b.p50).toBeLessThanOrEqual(b.p90);
        expect(mc.median[q][f]).toBe(b.p50);
      }
      const shares = Object.values(mc.shares[q]).reduce((a, b) => a + b, 0);
      expect(shares).toBeCloseTo(1, 12);
    }
  });

  it('with process noise alone, starts every run from the deterministic quarter 0 and spreads afterwards around it', () => {
    const det = simulate(scenario);
    const uncertainty = { parameters: false, ratings: false, timing: false };
    const mc = simulateMonteCarlo(scenario, { runs: 100, seed: 11, uncertainty });
    expect(mc.bands[0].chaos.p10).toBeCloseTo(det.org[0].chaos, 9);
    expect(mc.bands[0].chaos.p90).toBeCloseTo(det.org[0].chaos, 9);
    const last = mc.bands[8];
    expect(last.engagement.p90 - last.engagement.p10).toBeGreaterThan(0.005);
    expect(det.org[8].engagement).toBeGreaterThan(last.engagement.p10 - 0.02);
    expect(det.org[8].engagement).toBeLessThan(last.engagement.p90 + 0.02);
    expect(mc.median[8].outcome).toBe('chaos');
  });

  it('with parameters and ratings drawn, starts each run from its own quarter 0', () => {
    const mc = simulateMonteCarlo(scenario, { runs: 100, seed: 11 });
    expect(mc.bands[0].leadershipRatio.p90 - mc.bands[0].leadershipRatio.p10).toBeGreaterThan(0.05);
    expect(mc.uncertainty).toEqual({ parameters: true, ratings: true, timing: true });
  });

  it('makes coaching gains uncertain: the coached managers end with a spread of management', () => {
    const coaching = loadScenario('v8-coaching-and-360.scenario.json');
    const mc = simulateMonteCarlo(coaching, { runs: 80, seed: 5 });
    expect(mc.bands[8].chaos.p90 - mc.bands[8].chaos.p10).toBeGreaterThan(0.5);
  });

  it('reports progress and stops when cancelled, summarising the runs done', () => {
    const seen: number[] = [];
    let calls = 0;
    const mc = simulateMonteCarlo(scenario, {
      runs: 50,
      seed: 1,
      onProgress: (done, total) => {
        seen.push(done);
        expect(total).toBe(50);
      },
      isCancelled: () => ++calls > 10,
    });
    expect(mc.cancelled).toBe(true);
    expect(mc.runs).toBe(10);
    expect(mc.requestedRuns).toBe(50);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('refuses a bad run count or seed', () => {
    expect(() => simulateMonteCarlo(scenario, { runs: 0, seed: 1 })).toThrow(RangeError);
    expect(() => simulateMonteCarlo(scenario, { runs: 2.5, seed: 1 })).toThrow(RangeError);
    expect(() => simulateMonteCarlo(scenario, { runs: 2, seed: NaN })).toThrow(RangeError);
  });
});
