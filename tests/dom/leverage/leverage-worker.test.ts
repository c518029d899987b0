/** The worker's side of "Where to act": progress in runs, then the engine's answer as it is. */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/core/scenario/types';
import { leverage } from '../../../src/engine/index';
import { createRequestHandler } from '../../../src/renderer/simulation/handle-request';
import { createInProcessWorker } from '../../../src/renderer/simulation/in-process-worker';
import { createSimulationClient } from '../../../src/renderer/simulation/simulation-client';
import type { SimulationResponse } from '../../../src/renderer/simulation/protocol';
import { role, strengths } from '../../helpers/scenarios';

const scenario: Scenario = {
  name: 'Pair',
  horizon: 3,
  environment: { volatility: 0.3 },
  roles: [
    role('a', null, { person: 'Ann', team: 4, strengths: strengths({ plan: 2, organize: 2 }) }),
    role('b', 'a', { person: 'Bea', team: 8 }),
  ],
  events: [],
};

describe('the worker’s leverage request', () => {
  it('reports progress, ending at its total, then answers with the engine’s leverage', () => {
    const posted: SimulationResponse[] = [];
    const handler = createRequestHandler((r) => posted.push(r), { now: () => 0, progressIntervalMs: 0 });
    handler.handle({ id: 4, type: 'leverage', scenario, quarter: 2, runs: 6, seed: 5 });
    const progress = posted.filter((r) => r.type === 'progress');
    expect(progress.length).toBeGreaterThan(2);
    const dones = progress.map((p) => p.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(progress.at(-1)!.done).toBe(progress.at(-1)!.total);
    expect(posted.at(-1)).toEqual({
      id: 4,
      type: 'leverage',
      leverage: leverage(scenario, { quarter: 2, runs: 6, seed: 5 }),
    });
  });

  it('answers an impossible quarter with an error', () => {
    const posted: SimulationResponse[] = [];
    createRequestHandler((r) => posted.push(r)).handle({
      id: 1,
      type: 'leverage',
      scenario,
      quarter: 9,
      runs: 1,
      seed: 1,
    });
    expect(posted).toEqual([{ id: 1, type: 'error', message: expect.stringMatching(/quarter/) }]);
  });

  it('gives the engine’s answer from one worker or spread over a pool, with progress up to its total', async () => {
    const expected = leverage(scenario, { quarter: 3, runs: 6, seed: 2 });
    for (const workers of [1, 3]) {
      const client = createSimulationClient(createInProcessWorker, { workers });
      const progress: [number, number][] = [];
      const answer = await client.leverage(scenario, 3, 6, 2, (done, total) => progress.push([done, total]));
      client.dispose();
      expect(answer).toEqual(expected);
      expect(progress.length).toBeGreaterThan(1);
      expect(progress.at(-1)![0]).toBe(progress.at(-1)![1]);
    }
  });
});
