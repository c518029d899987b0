/**
 * Monte Carlo on real worker_threads (src/cli/worker-pool.ts): the batch split over 1, 2 or 4 threads
 * merges to exactly the result of one run on this thread, shares, bands and team shares included. The
 * threads boot the engine's TypeScript through tsx (monte-carlo-thread.source.mjs); the bundled thread
 * the shipped command line starts is checked in cli-bundle.test.ts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  createMonteCarloPool,
  splitRuns,
  threadEntryNextTo,
  type MonteCarloPool,
} from '../../src/cli/worker-pool';
import { simulateMonteCarlo } from '../../src/engine/index';
import { loadScenario } from '../engine/load-scenario';

const pools: MonteCarloPool[] = [];
afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.close()));
});
function pool(size: number): MonteCarloPool {
  const created = createMonteCarloPool(size);
  pools.push(created);
  return created;
}

describe('splitting runs', () => {
  it('cuts a batch into contiguous ranges that differ by one run at most, never more ranges than runs', () => {
    expect(splitRuns(10, 4)).toEqual([
      [0, 2],
      [2, 5],
      [5, 7],
      [7, 10],
    ]);
    expect(splitRuns(3, 8)).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    expect(splitRuns(200, 1)).toEqual([[0, 200]]);
  });

  it('finds the thread beside the module: the bundle beside a bundle, the tsx boot beside sources', () => {
    expect(threadEntryNextTo('file:///app/out/cli/simulate.mjs').href).toBe(
      'file:///app/out/cli/monte-carlo-thread.mjs',
    );
    expect(threadEntryNextTo('file:///repo/src/cli/simulate.ts').href).toBe(
      'file:///repo/src/cli/monte-carlo-thread.source.mjs',
    );
  });
});

describe('the worker_threads pool', () => {
  // Drawn parameters, ratings and event timing, a succession: every source of uncertainty is in play.
  const scenario = loadScenario('v2-founder-with-operator.scenario.json');
  const options = { runs: 37, seed: 11 };
  const here = simulateMonteCarlo(scenario, options);

  it('gives the same seed the same shares, bands and team shares with 1, 2 and 4 threads', async () => {
    const [one, two, four] = await Promise.all([1, 2, 4].map((n) => pool(n).monteCarlo(scenario, options)));
    for (const there of [one, two, four]) {
      expect(there.runs).toBe(37);
      expect(there.shares).toEqual(here.shares);
      expect(there.bands).toEqual(here.bands);
      expect(there.median).toEqual(here.median);
      expect(there.roleShares).toEqual(here.roleShares);
      expect(there).toEqual(here);
    }
    // Not a vacuous check: another seed moves the bands.
    expect(simulateMonteCarlo(scenario, { runs: 37, seed: 12 }).bands).not.toEqual(here.bands);
  });

  it('keeps its threads for the next batch, and turns a thread’s failure into a rejection', async () => {
    const kept = pool(2);
    const first = await kept.monteCarlo(scenario, { runs: 6, seed: 3 });
    const again = await kept.monteCarlo(scenario, { runs: 6, seed: 3 });
    expect(again).toEqual(first);
    await expect(kept.monteCarlo(scenario, { runs: 6, seed: Number.NaN })).rejects.toThrow(
      /Seed must be a number/,
    );
    expect(() => createMonteCarloPool(0)).toThrow(RangeError);
  });
});
