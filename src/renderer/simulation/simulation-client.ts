/**
 * Owns a pool of simulation workers (one per core, navigator.hardwareConcurrency, 1 to 8; started when
 * first needed). A Monte Carlo run is split into contiguous chunks of runs, one per worker; the first
 * worker runs the deterministic run meanwhile, then merges every chunk in run order (engine
 * `mergeMonteCarlo`) and builds the report, so the same seed gives the same report whatever the number of
 * workers, and none of it runs on the UI thread. An arrival question is split by quarters the same way,
 * merged here (a few numbers a quarter). The deterministic run alone goes to the first worker.
 *
 * A new run supersedes the one in flight (its late answer is dropped); `cancel` stops a run: a queued one
 * by message, a long Monte Carlo run by terminating every worker (the engine is synchronous inside them,
 * so only termination stops it at once), after which fresh workers are started on the next request.
 */
import type { Scenario } from '../../core/scenario/types';
import {
  confirmCostBound,
  confirmTasks,
  leverageTaskCost,
  leverageTasks,
  mergeArrivalTimings,
  summariseLeverage,
  type ArrivalDependencies,
  type ArrivalTiming,
  type Leverage,
  type LeverageTask,
  type LeverageTaskResult,
  type SimulationReport,
  type TeamExplanation,
} from '../../engine/index';
import { createInProcessWorker } from './in-process-worker';
import type { SimulationRequest, SimulationResponse } from './protocol';
import { contiguousRanges } from '../../engine/contiguous-ranges';

/** The part of a Worker the client uses, so tests can pass an in-process stand-in. */
export interface WorkerLike {
  postMessage(message: SimulationRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<SimulationResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface RunCallbacks {
  onProgress?(done: number, total: number): void;
  onResult(report: SimulationReport, elapsedMs: number): void;
  onError(message: string): void;
  onCancelled?(): void;
}

export interface SimulationClient {
  /** Starts a run, superseding any run in flight (whose callbacks are not called again); returns its id. */
  run(scenario: Scenario, runs: number, seed: number, callbacks: RunCallbacks): number;
  /** Cancels the run in flight, if any; its onCancelled is called. */
  cancel(): void;
  explain(scenario: Scenario, roleId: string, quarter: number): Promise<TeamExplanation | null>;
  /** The scenario run with one event in each quarter of the horizon (engine `arrivalTiming`). */
  arrival(
    scenario: Scenario,
    eventIndex: number,
    onProgress?: (done: number, total: number) => void,
  ): Promise<ArrivalTiming>;
  /**
   * What that timing relies on: the other events whose removal changes it, and what else is needed when
   * no quarter works (engine `arrivalDependencies`).
   */
  arrivalDependencies(
    scenario: Scenario,
    eventIndex: number,
    timing: ArrivalTiming,
    onProgress?: (done: number, total: number) => void,
  ): Promise<ArrivalDependencies>;
  /**
   * Where to act at a quarter: the managers whose one-point rise most improves the org, and the tornado of
   * parameters (engine `leverage`); progress counts runs.
   */
  leverage(
    scenario: Scenario,
    quarter: number,
    runs: number,
    seed: number,
    onProgress?: (done: number, total: number) => void,
  ): Promise<Leverage>;
  dispose(): void;
}

/** Most workers a pool starts, however many cores there are. */
export const MAX_WORKERS = 8;

/** One worker per core the browser reports, 1 to MAX_WORKERS. */
export function defaultWorkers(): number {
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency;
  return Math.max(1, Math.min(MAX_WORKERS, Math.floor(cores) || 1));
}

export interface SimulationClientOptions {
  /** Workers in the pool (defaultWorkers() unless given). */
  workers?: number;
}

export { contiguousRanges };

/** The simulation worker; where Web Workers do not exist (jsdom), the same handler in process. */
export function createWorker(): WorkerLike {
  if (typeof Worker === 'undefined') return createInProcessWorker();
  return new Worker(new URL('./simulation.worker.ts', import.meta.url), {
    type: 'module',
    name: 'ballast-simulation',
  }) as unknown as WorkerLike;
}

export function createSimulationClient(
  spawn: () => WorkerLike = createWorker,
  { workers: size = defaultWorkers() }: SimulationClientOptions = {},
): SimulationClient {
  /** The pool, by index; null until a worker is needed (and again once the pool is stopped). */
  const pool: (WorkerLike | null)[] = Array.from({ length: Math.max(1, Math.floor(size)) }, () => null);
  /** Questions each worker has not answered yet: a question goes to the least busy. */
  const busy = pool.map(() => 0);
  let nextId = 1;
  let current: { id: number; callbacks: RunCallbacks; longRun: boolean } | null = null;
  /** Explanations and arrival timings asked for and not answered yet, by request id. */
  const queries = new Map<
    number,
    {
      resolve(answer: SimulationResponse): void;
      reject(e: Error): void;
      onProgress?(done: number, total: number): void;
      worker: number;
    }
  >();

  function ensure(index = 0): WorkerLike {
    const existing = pool[index];
    if (existing) return existing;
    const w = spawn();
    w.onmessage = (event) => receive(event.data);
    w.onerror = (event) => {
      event.preventDefault?.();
      const message = event.message || 'The simulation worker failed to start.';
      const job = current;
      current = null;
      stop();
      job?.callbacks.onError(message);
    };
    pool[index] = w;
    return w;
  }

  function stop(): void {
    for (const [k, w] of pool.entries()) {
      w?.terminate();
      pool[k] = null;
      busy[k] = 0;
    }
    const stopped = [...queries.values()];
    queries.clear();
    for (const pending of stopped) pending.reject(new Error('The simulation was stopped.'));
  }

  function receive(response: SimulationResponse): void {
    const pending = queries.get(response.id);
    if (pending && response.type === 'progress') {
      pending.onProgress?.(response.done, response.total);
      return;
    }
    if (pending) {
      queries.delete(response.id);
      busy[pending.worker]--;
      if (response.type === 'error') pending.reject(new Error(response.message));
      else pending.resolve(response);
      return;
    }
    const job = current;
    if (!job || job.id !== response.id) return; // a superseded run's late answer
    switch (response.type) {
      case 'progress':
        job.callbacks.onProgress?.(response.done, response.total);
        return;
      case 'result':
        current = null;
        job.callbacks.onResult(response.report, response.elapsedMs);
        return;
      case 'error':
        current = null;
        job.callbacks.onError(response.message);
        return;
      case 'cancelled':
        current = null;
        job.callbacks.onCancelled?.();
        return;
      case 'chunk':
      case 'explanation':
      case 'arrival':
      case 'arrivalDependencies':
      case 'leverage':
      case 'leverageTask':
        return;
    }
  }

  /**
   * A request answered once, beside any run in flight (it does not supersede the run), by the given
   * worker or else the least busy one.
   */
  function ask(
    id: number,
    request: SimulationRequest,
    onProgress?: (done: number, total: number) => void,
    worker = busy.indexOf(Math.min(...busy)),
  ): Promise<SimulationResponse> {
    return new Promise((resolve, reject) => {
      queries.set(id, { resolve, reject, onProgress, worker });
      busy[worker]++;
      ensure(worker).postMessage(request);
    });
  }

  /**
   * A Monte Carlo batch over the pool: chunk k of the runs on worker k (the first also runs the
   * deterministic run meanwhile), then the chunks merged in run order and the report built by the first
   * worker (a big org's report takes long enough to keep off this thread); progress is the runs finished
   * over all chunks.
   */
  async function batch(
    scenario: Scenario,
    runs: number,
    seed: number,
    onProgress?: (done: number, total: number) => void,
  ): Promise<{ report: SimulationReport; elapsedMs: number }> {
    const started = performance.now();
    const ranges = contiguousRanges(runs, pool.length);
    const done = ranges.map(() => 0);
    const ids = ranges.map(() => nextId++);
    const chunks = await Promise.all(
      ranges.map(async ([from, to], k) => {
        const id = ids[k];
        const request = { id, type: 'chunk' as const, scenario, runs, seed, from, to, keepResult: k === 0 };
        const answer = await ask(
          id,
          request,
          (finished) => {
            done[k] = finished;
            onProgress?.(
              done.reduce((sum, n) => sum + n, 0),
              runs,
            );
          },
          k,
        );
        if (answer.type !== 'chunk') throw new Error('The simulation was stopped.');
        return answer.chunk;
      }),
    );
    const id = nextId++;
    const merged = await ask(
      id,
      { id, type: 'merge', scenario, runs, seed, chunks, resultOf: ids[0] },
      undefined,
      0,
    );
    if (merged.type !== 'result') throw new Error('The simulation worker gave no result.');
    return { report: merged.report, elapsedMs: performance.now() - started };
  }

  function cancelCurrent(): void {
    const job = current;
    if (!job) return;
    current = null;
    if (job.longRun) {
      stop();
    } else {
      pool[0]?.postMessage({ id: job.id, type: 'cancel' });
    }
    job.callbacks.onCancelled?.();
  }

  return {
    run(scenario, runs, seed, callbacks) {
      // A superseded run is dropped without callbacks (the handler skips it if it has not started);
      // a long Monte Carlo run in flight would delay the new one, so its worker is stopped outright.
      if (current?.longRun) stop();
      current = null;
      const id = nextId++;
      current = { id, callbacks, longRun: runs > 1 };
      if (runs <= 1) {
        ensure().postMessage({ id, type: 'run', scenario, runs, seed });
        return id;
      }
      // A stopped batch's chunks are rejected, after it stopped being current: nothing more is said.
      const isCurrent = () => current?.id === id;
      batch(scenario, runs, seed, (done, total) => {
        if (isCurrent()) callbacks.onProgress?.(done, total);
      }).then(
        ({ report, elapsedMs }) => {
          if (!isCurrent()) return;
          current = null;
          callbacks.onResult(report, elapsedMs);
        },
        (error: unknown) => {
          if (!isCurrent()) return;
          current = null;
          callbacks.onError(error instanceof Error ? error.message : String(error));
        },
      );
      return id;
    },
    cancel: cancelCurrent,
    async explain(scenario, roleId, quarter) {
      const id = nextId++;
      const answer = await ask(id, { id, type: 'explain', scenario, roleId, quarter });
      return answer.type === 'explanation' ? answer.explanation : null;
    },
    async arrival(scenario, eventIndex, onProgress) {
      // Quarters from..to of the horizon on each worker, merged in quarter order.
      const ranges = contiguousRanges(scenario.horizon, pool.length);
      const done = ranges.map(() => 0);
      const parts = await Promise.all(
        ranges.map(async ([from, to], k) => {
          const id = nextId++;
          const answer = await ask(
            id,
            { id, type: 'arrival', scenario, eventIndex, from: from + 1, to },
            (finished) => {
              done[k] = finished;
              onProgress?.(
                done.reduce((sum, n) => sum + n, 0),
                scenario.horizon,
              );
            },
            k,
          );
          if (answer.type !== 'arrival') throw new Error('The simulation worker gave no timing.');
          return answer.timing;
        }),
      );
      return mergeArrivalTimings(parts);
    },
    async arrivalDependencies(scenario, eventIndex, timing, onProgress) {
      const id = nextId++;
      const answer = await ask(
        id,
        { id, type: 'arrivalDependencies', scenario, eventIndex, timing },
        onProgress,
      );
      if (answer.type !== 'arrivalDependencies')
        throw new Error('The simulation worker gave no dependencies.');
      return answer.dependencies;
    },
    async leverage(scenario, quarter, runs, seed, onProgress) {
      if (pool.length === 1) {
        const id = nextId++;
        const answer = await ask(id, { id, type: 'leverage', scenario, quarter, runs, seed }, onProgress);
        if (answer.type !== 'leverage') throw new Error('The simulation worker gave no suggestions.');
        return answer.leverage;
      }
      // With more workers, its tasks spread over the pool (the engine's answer does not depend on the
      // split); the screen and tornado first, then the Monte Carlo runs of the best moves.
      const options = { quarter, runs, seed };
      const phase1 = leverageTasks(scenario, options);
      let total = phase1.reduce((n, t) => n + leverageTaskCost(t), 0) + confirmCostBound(scenario, options);
      let done = 0;
      onProgress?.(0, total);
      const spread = (tasks: readonly LeverageTask[]) =>
        Promise.all(
          tasks.map(async (task): Promise<LeverageTaskResult> => {
            const id = nextId++;
            const answer = await ask(id, { id, type: 'leverageTask', scenario, task });
            if (answer.type !== 'leverageTask') throw new Error('The simulation worker gave no suggestions.');
            done += leverageTaskCost(task);
            onProgress?.(done, total);
            return answer.result;
          }),
        );
      const first = await spread(phase1);
      const phase2 = confirmTasks(scenario, options, first);
      total = done + phase2.reduce((n, t) => n + leverageTaskCost(t), 0);
      const second = await spread(phase2);
      onProgress?.(total, total);
      return summariseLeverage(scenario, options, [...first, ...second]);
    },
    dispose() {
      current = null;
      stop();
    },
  };
}
