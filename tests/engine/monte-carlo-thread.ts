/** Runs the Monte Carlo mode inside a worker thread (tests/engine/worker-thread.test.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { simulateMonteCarlo } from '../../src/engine/index';
import type { Scenario } from '../../src/core/scenario/types';

const { scenario, runs, seed } = workerData as { scenario: Scenario; runs: number; seed: number };
parentPort!.postMessage(simulateMonteCarlo(scenario, { runs, seed }));
