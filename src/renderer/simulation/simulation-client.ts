/**
 * Owns one simulation worker. A new run supersedes the one in flight (its late answer is dropped);
 * `cancel` stops a run: a queued one by message, a long Monte Carlo run by terminating the worker (the
 * engine is synchronous inside it, so only termination stops it at once), after which a fresh worker is
 * started on the next request.
 */
import type { Scenario } from '../../core/scenario/types';
import type {
  ArrivalDependencies,
  ArrivalTiming,
  SimulationReport,
  TeamExplanation,
} from '../../engine/index';
import { createInProcessWorker } from './in-process-worker';
import type { SimulationRequest, SimulationResponse } from './protocol';

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
  dispose(): void;
}

/** The simulation worker; where Web Workers do not exist (jsdom), the same handler in process. */
export function createWorker(): WorkerLike {
  if (typeof Worker === 'undefined') return createInProcessWorker();
  return new Worker(new URL('./simulation.worker.ts', import.meta.url), {
    type: 'module',
    name: 'ballast-simulation',
  }) as unknown as WorkerLike;
}

export function createSimulationClient(spawn: () => WorkerLike = createWorker): SimulationClient {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  let current: { id: number; callbacks: RunCallbacks; longRun: boolean } | null = null;
  /** Explanations and arrival timings asked for and not answered yet, by request id. */
  const queries = new Map<
    number,
    {
      resolve(answer: SimulationResponse): void;
      reject(e: Error): void;
      onProgress?(done: number, total: number): void;
    }
  >();

  function ensure(): WorkerLike {
    if (worker) return worker;
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
    worker = w;
    return w;
  }

  function stop(): void {
    worker?.terminate();
    worker = null;
    for (const pending of queries.values()) pending.reject(new Error('The simulation was stopped.'));
    queries.clear();
  }

  function receive(response: SimulationResponse): void {
    const pending = queries.get(response.id);
    if (pending && response.type === 'progress') {
      pending.onProgress?.(response.done, response.total);
      return;
    }
    if (pending) {
      queries.delete(response.id);
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
      case 'explanation':
      case 'arrival':
      case 'arrivalDependencies':
        return;
    }
  }

  /** A request answered once, beside any run in flight (it does not supersede the run). */
  function ask(
    id: number,
    request: SimulationRequest,
    onProgress?: (done: number, total: number) => void,
  ): Promise<SimulationResponse> {
    return new Promise((resolve, reject) => {
      queries.set(id, { resolve, reject, onProgress });
      ensure().postMessage(request);
    });
  }

  function cancelCurrent(): void {
    const job = current;
    if (!job) return;
    current = null;
    if (job.longRun) {
      stop();
    } else {
      worker?.postMessage({ id: job.id, type: 'cancel' });
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
      ensure().postMessage({ id, type: 'run', scenario, runs, seed });
      return id;
    },
    cancel: cancelCurrent,
    async explain(scenario, roleId, quarter) {
      const id = nextId++;
      const answer = await ask(id, { id, type: 'explain', scenario, roleId, quarter });
      return answer.type === 'explanation' ? answer.explanation : null;
    },
    async arrival(scenario, eventIndex, onProgress) {
      const id = nextId++;
      const answer = await ask(id, { id, type: 'arrival', scenario, eventIndex }, onProgress);
      if (answer.type !== 'arrival') throw new Error('The simulation worker gave no timing.');
      return answer.timing;
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
    dispose() {
      current = null;
      stop();
    },
  };
}
