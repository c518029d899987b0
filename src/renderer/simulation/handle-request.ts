/**
 * The worker's logic without the Worker: takes one request, posts its responses. Unit-tested in Node;
 * `simulation.worker.ts` only wires it to `self`.
 *
 * Cancelling: a run starts one macrotask after its request arrives, so a cancel (or a newer run, which
 * supersedes every older one) that arrives in between stops it before any work. Once the engine is
 * running it is synchronous, so a worker cannot read further messages until it finishes; the engine's
 * `isCancelled` is still consulted before every Monte Carlo run (a cancel handled re-entrantly, as the
 * tests do, takes effect there), and the client stops a long run at once by terminating the worker.
 */
import {
  arrivalDependencies,
  arrivalTiming,
  explain,
  leverage,
  mergeMonteCarlo,
  runLeverageTask,
  runMonteCarloChunk,
  simulate,
  simulateMonteCarlo,
  toSimulationReport,
} from '../../engine/index';
import type { SimulationResult } from '../../engine/index';
import type {
  ChunkRequest,
  MergeRequest,
  RunRequest,
  SimulationRequest,
  SimulationResponse,
} from './protocol';

export type Post = (response: SimulationResponse) => void;

export interface HandlerOptions {
  /** Defers a job by one macrotask (setTimeout 0 by default). */
  defer?: (work: () => void) => void;
  /** Milliseconds clock for elapsedMs and progress throttling. */
  now?: () => number;
  /** Least time between two progress messages (the last run always reports). */
  progressIntervalMs?: number;
}

export interface RequestHandler {
  handle(request: SimulationRequest): void;
}

export function createRequestHandler(post: Post, options: HandlerOptions = {}): RequestHandler {
  const defer = options.defer ?? ((work) => setTimeout(work, 0));
  const now = options.now ?? (() => performance.now());
  const interval = options.progressIntervalMs ?? 50;
  const cancelled = new Set<number>();
  /** Every run with a smaller id is superseded. */
  let latestRun = -Infinity;

  function run(request: RunRequest): void {
    const { id, scenario, runs, seed } = request;
    if (cancelled.has(id) || id < latestRun) {
      cancelled.delete(id);
      post({ id, type: 'cancelled' });
      return;
    }
    const started = now();
    try {
      if (!Number.isInteger(runs) || runs < 1)
        throw new RangeError(`Runs must be a whole number of at least 1, not ${runs}.`);
      const result = simulate(scenario);
      let monteCarlo;
      if (runs > 1) {
        post({ id, type: 'progress', done: 0, total: runs });
        monteCarlo = simulateMonteCarlo(scenario, {
          runs,
          seed,
          isCancelled: () => cancelled.has(id) || id < latestRun,
          onProgress: progressOf(id),
        });
        if (monteCarlo.cancelled) {
          cancelled.delete(id);
          post({ id, type: 'cancelled' });
          return;
        }
      }
      post({
        id,
        type: 'result',
        report: toSimulationReport(result, monteCarlo),
        elapsedMs: now() - started,
      });
    } catch (error) {
      post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      cancelled.delete(id);
    }
  }

  /** The deterministic run a chunk kept for its batch's merge (only the latest batch's). */
  let kept: { id: number; result: SimulationResult } | null = null;

  /** Runs [from, to) of a batch the client splits over its workers; cancelled only by an explicit cancel. */
  function chunk(request: ChunkRequest): void {
    const { id, scenario, runs, seed, from, to, keepResult } = request;
    if (cancelled.has(id)) {
      cancelled.delete(id);
      post({ id, type: 'cancelled' });
      return;
    }
    try {
      if (keepResult) kept = { id, result: simulate(scenario) };
      post({ id, type: 'progress', done: 0, total: to - from });
      const part = runMonteCarloChunk(
        scenario,
        { runs, seed, isCancelled: () => cancelled.has(id), onProgress: progressOf(id) },
        from,
        to,
      );
      post(part.cancelled ? { id, type: 'cancelled' } : { id, type: 'chunk', chunk: part });
    } catch (error) {
      post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      cancelled.delete(id);
    }
  }

  /** A batch's chunks merged, and its report built with the deterministic run (kept, or run now). */
  function merge({ id, scenario, runs, seed, chunks, resultOf }: MergeRequest): void {
    const started = now();
    try {
      const result = kept?.id === resultOf ? kept.result : simulate(scenario);
      kept = null;
      const monteCarlo = mergeMonteCarlo(scenario, { runs, seed }, chunks);
      post({
        id,
        type: 'result',
        report: toSimulationReport(result, monteCarlo),
        elapsedMs: now() - started,
      });
    } catch (error) {
      post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }

  /** Progress of a one-off question, throttled (the last step always reports). */
  function progressOf(id: number) {
    let lastProgress = -Infinity;
    return (done: number, total: number) => {
      const t = now();
      if (done === total || t - lastProgress >= interval) {
        lastProgress = t;
        post({ id, type: 'progress', done, total });
      }
    };
  }

  return {
    handle(request) {
      switch (request.type) {
        case 'cancel':
          cancelled.add(request.id);
          return;
        case 'run':
          latestRun = Math.max(latestRun, request.id);
          defer(() => run(request));
          return;
        case 'chunk':
          defer(() => chunk(request));
          return;
        case 'merge':
          merge(request);
          return;
        case 'explain': {
          const { id, scenario, roleId, quarter } = request;
          try {
            const [explanation] = explain(scenario, { quarter, roleIds: [roleId] });
            post({ id, type: 'explanation', explanation: explanation ?? null });
          } catch (error) {
            post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
          }
          return;
        }
        case 'arrival': {
          const { id, scenario, eventIndex, from, to } = request;
          try {
            const timing = arrivalTiming(scenario, eventIndex, { from, to, onProgress: progressOf(id) });
            post({ id, type: 'arrival', timing });
          } catch (error) {
            post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
          }
          return;
        }
        case 'arrivalDependencies': {
          const { id, scenario, eventIndex, timing } = request;
          try {
            const dependencies = arrivalDependencies(scenario, eventIndex, {
              timing,
              onProgress: progressOf(id),
            });
            post({ id, type: 'arrivalDependencies', dependencies });
          } catch (error) {
            post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
          }
          return;
        }
        case 'leverage': {
          const { id, scenario, quarter, runs, seed } = request;
          try {
            const answer = leverage(scenario, {
              quarter,
              runs,
              seed,
              onProgress: progressOf(id),
              isCancelled: () => cancelled.has(id),
            });
            post(answer.cancelled ? { id, type: 'cancelled' } : { id, type: 'leverage', leverage: answer });
          } catch (error) {
            post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
          } finally {
            cancelled.delete(id);
          }
          return;
        }
        case 'leverageTask': {
          const { id, scenario, task } = request;
          try {
            post({ id, type: 'leverageTask', result: runLeverageTask(scenario, task) });
          } catch (error) {
            post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
          }
          return;
        }
      }
    },
  };
}
