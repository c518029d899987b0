import { describe, expect, it, vi } from 'vitest';
import { createInProcessWorker } from '../../../src/renderer/simulation/in-process-worker';
import type { SimulationRequest, SimulationResponse } from '../../../src/renderer/simulation/protocol';
import { createSimulationClient, type WorkerLike } from '../../../src/renderer/simulation/simulation-client';
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

  it('passes progress on, and stops a Monte Carlo run by terminating its worker; the next run gets a new one', () => {
    const workers: ReturnType<typeof fakeWorker>[] = [];
    const client = createSimulationClient(() => {
      workers.push(fakeWorker());
      return workers.at(-1)!.worker;
    });
    const job = callbacks();
    const id = client.run(scenario(), 500, 1, job);
    workers[0].answer({ id, type: 'progress', done: 10, total: 500 });
    expect(job.onProgress).toHaveBeenCalledWith(10, 500);
    client.cancel();
    expect(job.onCancelled).toHaveBeenCalledOnce();
    expect(workers[0].isTerminated()).toBe(true);
    client.run(scenario(), 1, 1, callbacks());
    expect(workers).toHaveLength(2);
    expect(workers[1].sent[0]).toMatchObject({ type: 'run', runs: 1 });
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
    const client = createSimulationClient(() => fake.worker);
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
