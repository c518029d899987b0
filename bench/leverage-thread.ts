/**
 * One thread of bench/leverage-bench.ts's pool: runs each leverage task it is sent (engine
 * `runLeverageTask`), as a Web Worker of the app's pool does for a `leverageTask` request.
 */
import { parentPort } from 'node:worker_threads';
import type { Scenario } from '../src/core/scenario/types';
import { runLeverageTask, type LeverageTask } from '../src/engine/index';

const port = parentPort;
if (!port) throw new Error('leverage-thread runs inside a worker thread only.');
port.on('message', ({ scenario, task }: { scenario: Scenario; task: LeverageTask }) =>
  port.postMessage(runLeverageTask(scenario, task)),
);
