import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { simulateMonteCarlo, type MonteCarloResult } from '../../src/engine/index';
import { loadScenario } from './load-scenario';

const THREAD = new URL('./monte-carlo-thread.ts', import.meta.url).href;

function inWorkerThread(workerData: unknown): Promise<MonteCarloResult> {
  // The thread loads the engine's TypeScript through tsx, registered in the thread itself (a worker does
  // not inherit the test runner's loader).
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(THREAD)}); })`;
  const worker = new Worker(boot, { eval: true, workerData });
  return new Promise((resolve, reject) => {
    worker.once('message', (result: MonteCarloResult) => {
      void worker.terminate();
      resolve(result);
    });
    worker.once('error', reject);
  });
}

describe('the engine in worker_threads', () => {
  it('runs Monte Carlo in a worker thread with the same bands as on the main thread', async () => {
    const scenario = loadScenario('v2-founder-with-operator.scenario.json');
    const there = await inWorkerThread({ scenario, runs: 30, seed: 5 });
    const here = simulateMonteCarlo(scenario, { runs: 30, seed: 5 });
    expect(there.runs).toBe(30);
    expect(there.bands).toEqual(here.bands);
  });
});
