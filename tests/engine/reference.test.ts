/** The benchmark's plain reference model computes the same equations: same figures on a small org. */
import { describe, expect, it } from 'vitest';
import { referenceMonteCarlo, referenceSimulate } from '../../bench/reference-engine';
import { syntheticOrg } from '../../bench/synthetic-org';
import { ORG_FIGURES, quantile, simulate, simulateMonteCarlo } from '../../src/engine/index';

describe('bench reference model', () => {
  const scenario = syntheticOrg(120, 12, true);

  it("gives the engine's org figures and outcomes, quarter by quarter, within 1e-9", () => {
    const engine = simulate(scenario).org;
    const reference = referenceSimulate(scenario);
    expect(reference).toHaveLength(engine.length);
    for (let q = 0; q < engine.length; q++) {
      for (const f of ORG_FIGURES) expect(reference[q][f], `${f} q${q}`).toBeCloseTo(engine[q][f], 9);
      expect(reference[q].outcome).toBe(engine[q].outcome);
    }
  });

  it("draws its Monte Carlo noise in the same order, so its median chaos matches the engine's", () => {
    const runs = 9;
    const engine = simulateMonteCarlo(scenario, { runs, seed: 4 });
    const reference = referenceMonteCarlo(scenario, runs, 4);
    for (let q = 1; q <= scenario.horizon; q++) {
      const sorted = Float64Array.from(reference.map((series) => series[q - 1])).sort();
      expect(quantile(sorted, 0.5)).toBeCloseTo(engine.bands[q].chaos.p50, 9);
    }
  });
});
