import { describe, expect, it, vi } from 'vitest';
import {
  arrivalTiming,
  simulate,
  simulateMonteCarlo,
  toSimulationReport,
  type SimulationReport,
} from '../../../src/engine/index';
import { createInProcessWorker } from '../../../src/renderer/simulation/in-process-worker';
import type { SimulationRequest, SimulationResponse } from '../../../src/renderer/simulation/protocol';
import {
  contiguousRanges,
  createSimulationClient,
  defaultWorkers,
  type WorkerLike,
} from '../../../src/renderer/simulation/simulation-client';
import { engineRichScenario } from '../../helpers/scenarios';

const scenario = engineRichScenario;

/** A worker stand-in that records requests and answers only when told. */
function fakeWorker() {
  const sent: SimulationRequest[] = [];
  let terminated = false;
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage: (m) => sent.push(m),
    terminate: () => {
      terminated = true;
    },
  };
  return {
    worker,
    sent,
    isTerminated: () => terminated,
    answer: (r: SimulationResponse) => worker.onmessage?.({ data: r } as MessageEvent<SimulationResponse>),
  };
}

const callbacks = () => ({
  onProgress: vi.fn(),
  onResult: vi.fn(),
  onError: vi.fn(),
  onCancelled: vi.fn(),
});

describe('the simulation client', () => {
  it('runs through a worker and hands back the report', async () => {
    const client = createSimulationClient(createInProcessWorker);
    const result = await new Promise<unknown>((resolve, reject) =>
      client.run(scenario(), 1, 1, { onResult: resolve, onError: reject }),
    );
    expect((result as { quarters: unknown[] }).quarters).toHaveLength(13);
    client.dispose();
  });

  it('drops a superseded run’s late answer', () => {
    const fake = fakeWorker();
    const client = createSimulationClient(() => fake.worker);
    const first = callbacks();
    const second = callbacks();
    const a = client.run(scenario(), 1, 1, first);
    const b = client.run(scenario(), 1, 1, second);
    fake.answer({ id: a, type: 'result', report: { quarters: [] } as never, elapsedMs: 1 });
    expect(first.onResult).not.toHaveBeenCalled();
    fake.answer({ id: b, type: 'result', report: { quarters: [] } as never, elapsedMs: 1 });
    expect(second.onResult).toHaveBeenCalledOnce();
    expect(fake.isTerminated()).toBe(false); // short runs are superseded by message, not termination
  });

  it('splits a Monte Carlo run into chunks, one per worker, sums their progress, and stops it by terminating every worker; the next run gets new ones', () => {
    const workers: ReturnType<typeof fakeWorker>[] = [];
    const client = createSimulationClient(
      () => {
        workers.push(fakeWorker());
        return workers.at(-1)!.worker;
      },
      { workers: 2 },
    );
    const job = callbacks();
    client.run(scenario(), 500, 1, job);
    expect(workers).toHaveLength(2);
    const [first, second] = workers.map((w) => w.sent[0] as Extract<SimulationRequest, { type: 'chunk' }>);
    expect(first).toMatchObject({ type: 'chunk', runs: 500, from: 0, to: 250, keepResult: true });
    expect(second).toMatchObject({ type: 'chunk', runs: 500, from: 250, to: 500, keepResult: false });
    workers[0].answer({ id: first.id, type: 'progress', done: 10, total: 250 });
    expect(job.onProgress).toHaveBeenLastCalledWith(10, 500);
    workers[1].answer({ id: second.id, type: 'progress', done: 30, total: 250 });
    expect(job.onProgress).toHaveBeenLastCalledWith(40, 500);
    client.cancel();
    expect(job.onCancelled).toHaveBeenCalledOnce();
    expect(workers.map((w) => w.isTerminated())).toEqual([true, true]);
    client.run(scenario(), 1, 1, callbacks());
    expect(workers).toHaveLength(3);
    expect(workers[2].sent[0]).toMatchObject({ type: 'run', runs: 1 });
    expect(job.onError).not.toHaveBeenCalled(); // the stopped chunks' rejections say nothing
  });

  it('cancels a quick run by message', () => {
    const fake = fakeWorker();
    const client = createSimulationClient(() => fake.worker);
    const job = callbacks();
    const id = client.run(scenario(), 1, 1, job);
    client.cancel();
    expect(fake.sent.at(-1)).toEqual({ id, type: 'cancel' });
    expect(job.onCancelled).toHaveBeenCalledOnce();
  });

  it('reports an error answer and a worker that fails', () => {
    const fake = fakeWorker();
    const client = createSimulationClient(() => fake.worker);
    const job = callbacks();
    const id = client.run(scenario(), 1, 1, job);
    fake.answer({ id, type: 'error', message: 'bad scenario' });
    expect(job.onError).toHaveBeenCalledWith('bad scenario');
    const next = callbacks();
    client.run(scenario(), 1, 1, next);
    fake.worker.onerror?.({ message: 'script failed', preventDefault() {} } as ErrorEvent);
    expect(next.onError).toHaveBeenCalledWith('script failed');
    expect(fake.isTerminated()).toBe(true);
  });

  it('explains through the worker', async () => {
    const client = createSimulationClient(createInProcessWorker);
    const explanation = await client.explain(scenario(), 'sales', 4);
    expect(explanation?.roleId).toBe('sales');
    client.dispose();
  });

  it('asks when an event must act through the worker, beside a run in flight, and fails with the worker', async () => {
    const fake = fakeWorker();
    const client = createSimulationClient(() => fake.worker, { workers: 1 });
    const run = callbacks();
    client.run(scenario(), 1, 1, run);
    const progress = vi.fn();
    const timing = client.arrival(scenario(), 1, progress);
    expect(fake.sent.map((m) => m.type)).toEqual(['run', 'arrival']);
    const asked = fake.sent[1] as Extract<SimulationRequest, { type: 'arrival' }>;
    fake.answer({ id: asked.id, type: 'progress', done: 3, total: 12 });
    expect(progress).toHaveBeenCalledWith(3, 12);
    expect(run.onProgress).not.toHaveBeenCalled();
    const answer = { eventIndex: 1, options: [], latest: null };
    fake.answer({ id: asked.id, type: 'arrival', timing: answer });
    await expect(timing).resolves.toEqual(answer);
    expect(run.onCancelled).not.toHaveBeenCalled(); // the run was not superseded
    const failing = client.arrival(scenario(), 99);
    const again = fake.sent[2] as Extract<SimulationRequest, { type: 'arrival' }>;
    fake.answer({ id: again.id, type: 'error', message: 'There is no event 100 in this scenario.' });
    await expect(failing).rejects.toThrow('There is no event 100');
    client.dispose();
  });
});

/** In-process workers (the handler, one macrotask away, structured clone between), each one recorded. */
function inProcessPool() {
  const started: { worker: WorkerLike; terminated: () => boolean; sent: SimulationRequest[] }[] = [];
  const spawn = () => {
    const worker = createInProcessWorker();
    const sent: SimulationRequest[] = [];
    const post = worker.postMessage.bind(worker);
    worker.postMessage = (request) => {
      sent.push(request);
      post(request);
    };
    let terminated = false;
    const terminate = worker.terminate.bind(worker);
    worker.terminate = () => {
      terminated = true;
      terminate();
    };
    started.push({ worker, terminated: () => terminated, sent });
    return worker;
  };
  return { spawn, started };
}

function runToReport(
  client: ReturnType<typeof createSimulationClient>,
  s: ReturnType<typeof scenario>,
  runs: number,
  seed: number,
  onProgress?: (done: number, total: number) => void,
) {
  return new Promise<SimulationReport>((resolve, reject) =>
    client.run(s, runs, seed, { onProgress, onResult: resolve, onError: (m) => reject(new Error(m)) }),
  );
}

describe('the worker pool', () => {
  // Drawn parameters, ratings and event timing: every source of uncertainty is in play.
  const rich = scenario();
  const uncertain = { ...rich, events: rich.events.map((e) => ({ ...e, timingSpread: 1 })) };
  const expected = toSimulationReport(
    simulate(uncertain),
    simulateMonteCarlo(uncertain, { runs: 23, seed: 5 }),
  );

  it('has one worker per core, 1 to 8, and cuts work into contiguous ranges that differ by one at most', () => {
    expect(defaultWorkers()).toBe(Math.max(1, Math.min(8, navigator.hardwareConcurrency)));
    expect(contiguousRanges(10, 4)).toEqual([
      [0, 2],
      [2, 5],
      [5, 7],
      [7, 10],
    ]);
    expect(contiguousRanges(2, 4)).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  it('gives the same seed the same shares and bands with 1, 2 and 4 workers, the CLI’s report', async () => {
    for (const workers of [1, 2, 4]) {
      const { spawn, started } = inProcessPool();
      const client = createSimulationClient(spawn, { workers });
      const progress: [number, number][] = [];
      const report = await runToReport(client, uncertain, 23, 5, (d, t) => progress.push([d, t]));
      expect(started).toHaveLength(workers);
      expect(report.quarters.map((q) => q.org.shares)).toEqual(expected.quarters.map((q) => q.org.shares));
      expect(report.quarters.map((q) => q.bands)).toEqual(expected.quarters.map((q) => q.bands));
      expect(report).toEqual(expected);
      expect(progress.at(-1)).toEqual([23, 23]);
      client.dispose();
    }
  });

  it('a newer run supersedes a Monte Carlo run in flight: its workers are terminated and only the newer answers', async () => {
    const { spawn, started } = inProcessPool();
    const client = createSimulationClient(spawn, { workers: 2 });
    const old = callbacks();
    client.run(uncertain, 40, 5, old);
    expect(started).toHaveLength(2);
    const report = await runToReport(client, uncertain, 23, 5);
    expect(started.slice(0, 2).map((w) => w.terminated())).toEqual([true, true]);
    expect(report).toEqual(expected);
    expect(old.onResult).not.toHaveBeenCalled();
    expect(old.onError).not.toHaveBeenCalled();
    client.dispose();
  });

  it('fails a Monte Carlo run when one chunk fails', () => {
    const workers: ReturnType<typeof fakeWorker>[] = [];
    const client = createSimulationClient(
      () => {
        workers.push(fakeWorker());
        return workers.at(-1)!.worker;
      },
      { workers: 3 },
    );
    const job = callbacks();
    client.run(scenario(), 30, 1, job);
    const chunk = workers[2].sent[0];
    workers[2].answer({ id: chunk.id, type: 'error', message: 'out of memory' });
    return vi.waitFor(() => expect(job.onError).toHaveBeenCalledWith('out of memory'));
  });

  it('splits an arrival question by quarters over the workers and merges them into the whole answer', async () => {
    const { spawn, started } = inProcessPool();
    const client = createSimulationClient(spawn, { workers: 3 });
    const progress: [number, number][] = [];
    const s = scenario();
    const timing = await client.arrival(s, 1, (d, t) => progress.push([d, t]));
    expect(started).toHaveLength(3);
    expect(timing).toEqual(arrivalTiming(s, 1));
    expect(progress.at(-1)).toEqual([s.horizon, s.horizon]);
    client.dispose();
  });
});
