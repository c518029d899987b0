import { describe, expect, it } from 'vitest';
import {
  arrivalDependencies,
  arrivalTiming,
  runMonteCarloChunk,
  simulate,
  simulateMonteCarlo,
  toSimulationReport,
} from '../../../src/engine/index';
import { createRequestHandler } from '../../../src/renderer/simulation/handle-request';
import type { SimulationResponse } from '../../../src/renderer/simulation/protocol';
import { engineRichScenario } from '../../helpers/scenarios';

const richScenario = engineRichScenario;

/** A handler whose deferred jobs wait in a queue until the test runs them. */
function setup() {
  const posted: SimulationResponse[] = [];
  const queue: (() => void)[] = [];
  const handler = createRequestHandler((r) => posted.push(r), {
    defer: (work) => queue.push(work),
    progressIntervalMs: 0,
  });
  const flush = () => {
    while (queue.length) queue.shift()!();
  };
  return { posted, handler, flush };
}

describe('the simulation worker protocol (request handler)', () => {
  it('answers a run with the CLI report of the deterministic run', () => {
    const { posted, handler, flush } = setup();
    const scenario = richScenario();
    handler.handle({ id: 1, type: 'run', scenario, runs: 1, seed: 7 });
    expect(posted).toEqual([]); // deferred, so a cancel can still arrive
    flush();
    expect(posted).toHaveLength(1);
    const [response] = posted;
    expect(response.type).toBe('result');
    if (response.type !== 'result') return;
    expect(response.report).toEqual(toSimulationReport(simulate(scenario)));
    expect(response.report.quarters[0].bands).toBeUndefined();
    expect(response.elapsedMs).toBeGreaterThanOrEqual(0);
  });

  it('reports progress through a Monte Carlo run and answers with medians and bands', () => {
    const { posted, handler, flush } = setup();
    const scenario = richScenario();
    handler.handle({ id: 3, type: 'run', scenario, runs: 20, seed: 7 });
    flush();
    const progress = posted.filter((r) => r.type === 'progress');
    expect(progress.length).toBeGreaterThan(2);
    const done = progress.map((r) => (r.type === 'progress' ? r.done : -1));
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(progress.at(-1)).toEqual({ id: 3, type: 'progress', done: 20, total: 20 });
    const result = posted.at(-1)!;
    expect(result.type).toBe('result');
    if (result.type !== 'result') return;
    const expected = toSimulationReport(
      simulate(scenario),
      simulateMonteCarlo(scenario, { runs: 20, seed: 7 }),
    );
    expect(result.report).toEqual(expected);
    expect(result.report.runs).toBe(20);
    expect(result.report.quarters[8].bands!.chaos.p10).toBeLessThanOrEqual(
      result.report.quarters[8].bands!.chaos.p90,
    );
  });

  it('answers chunks with the raw figures of their runs, and merges them into the CLI report; neither supersedes a run', () => {
    const { posted, handler, flush } = setup();
    const scenario = richScenario();
    handler.handle({ id: 4, type: 'run', scenario, runs: 1, seed: 1 });
    handler.handle({ id: 5, type: 'chunk', scenario, runs: 20, seed: 7, from: 0, to: 8, keepResult: true });
    handler.handle({ id: 6, type: 'chunk', scenario, runs: 20, seed: 7, from: 8, to: 20, keepResult: false });
    flush();
    expect(posted.filter((r) => r.type !== 'progress').map((r) => [r.id, r.type])).toEqual([
      [4, 'result'],
      [5, 'chunk'],
      [6, 'chunk'],
    ]);
    expect(posted.filter((r) => r.id === 6 && r.type === 'progress').at(-1)).toEqual({
      id: 6,
      type: 'progress',
      done: 12,
      total: 12,
    });
    const chunks = [5, 6].map((id) => {
      const answer = posted.find((r) => r.id === id && r.type === 'chunk');
      if (answer?.type !== 'chunk') throw new Error('no chunk');
      return answer.chunk;
    });
    expect(chunks[1]).toEqual(runMonteCarloChunk(scenario, { runs: 20, seed: 7 }, 8, 20));
    // Merged in run order whatever order they come in, with the deterministic run chunk 5 kept.
    handler.handle({
      id: 7,
      type: 'merge',
      scenario,
      runs: 20,
      seed: 7,
      chunks: chunks.reverse(),
      resultOf: 5,
    });
    const merged = posted.at(-1)!;
    if (merged.type !== 'result') throw new Error(`no result: ${merged.type}`);
    expect(merged.report).toEqual(
      toSimulationReport(simulate(scenario), simulateMonteCarlo(scenario, { runs: 20, seed: 7 })),
    );
    // Without the kept run (another worker's chunk kept it), the worker runs it again: the same report.
    handler.handle({ id: 8, type: 'merge', scenario, runs: 20, seed: 7, chunks, resultOf: 99 });
    expect(posted.at(-1)).toMatchObject({ id: 8, type: 'result', report: merged.report });
  });

  it('cancels a chunk before it starts', () => {
    const { posted, handler, flush } = setup();
    handler.handle({
      id: 7,
      type: 'chunk',
      scenario: richScenario(),
      runs: 9,
      seed: 1,
      from: 0,
      to: 9,
      keepResult: true,
    });
    handler.handle({ id: 7, type: 'cancel' });
    flush();
    expect(posted).toEqual([{ id: 7, type: 'cancelled' }]);
  });

  it('cancels a run before it starts', () => {
    const { posted, handler, flush } = setup();
    handler.handle({ id: 5, type: 'run', scenario: richScenario(), runs: 1, seed: 1 });
    handler.handle({ id: 5, type: 'cancel' });
    flush();
    expect(posted).toEqual([{ id: 5, type: 'cancelled' }]);
  });

  it('cancels a Monte Carlo run between runs, with no result', () => {
    const posted: SimulationResponse[] = [];
    const handler = createRequestHandler(
      (r) => {
        posted.push(r);
        // The cancel arrives while the engine is working (re-entrantly, as a message would be read).
        if (r.type === 'progress' && r.done === 3) handler.handle({ id: 9, type: 'cancel' });
      },
      { defer: (work) => work(), progressIntervalMs: 0 },
    );
    handler.handle({ id: 9, type: 'run', scenario: richScenario(), runs: 50, seed: 1 });
    expect(posted.at(-1)).toEqual({ id: 9, type: 'cancelled' });
    expect(posted.some((r) => r.type === 'result')).toBe(false);
    const last = posted.filter((r) => r.type === 'progress').at(-1);
    expect(last).toEqual({ id: 9, type: 'progress', done: 3, total: 50 });
  });

  it('a newer run supersedes an older one that has not started', () => {
    const { posted, handler, flush } = setup();
    handler.handle({ id: 1, type: 'run', scenario: richScenario(), runs: 1, seed: 1 });
    handler.handle({ id: 2, type: 'run', scenario: richScenario(), runs: 1, seed: 1 });
    flush();
    expect(posted.map((r) => [r.id, r.type])).toEqual([
      [1, 'cancelled'],
      [2, 'result'],
    ]);
  });

  it('answers an engine error as an error message, not a throw', () => {
    const { posted, handler, flush } = setup();
    handler.handle({ id: 4, type: 'run', scenario: { ...richScenario(), horizon: 99 }, runs: 1, seed: 1 });
    flush();
    handler.handle({ id: 6, type: 'run', scenario: richScenario(), runs: 0.5, seed: 1 });
    flush();
    expect(posted).toEqual([
      { id: 4, type: 'error', message: 'Quarters must be a whole number from 1 to 40, not 99.' },
      { id: 6, type: 'error', message: 'Runs must be a whole number of at least 1, not 0.5.' },
    ]);
  });

  it('explains one team in one quarter, and says null for a role not in the org then', () => {
    const { posted, handler } = setup();
    handler.handle({ id: 7, type: 'explain', scenario: richScenario(), roleId: 'sales', quarter: 4 });
    handler.handle({ id: 8, type: 'explain', scenario: richScenario(), roleId: 'coo', quarter: 1 });
    expect(posted[0].type).toBe('explanation');
    if (posted[0].type !== 'explanation') return;
    expect(posted[0].explanation?.roleId).toBe('sales');
    expect(posted[0].explanation?.figures.chaos.drivers.length).toBeGreaterThan(0);
    expect(posted[1]).toEqual({ id: 8, type: 'explanation', explanation: null });
  });

  it("answers an arrival question with the engine's timing, and a bad event index as an error", () => {
    const { posted, handler } = setup();
    handler.handle({ id: 9, type: 'arrival', scenario: richScenario(), eventIndex: 1 });
    handler.handle({ id: 10, type: 'arrival', scenario: richScenario(), eventIndex: 42 });
    const horizon = richScenario().horizon;
    // Progress after each quarter's run, then the answer.
    expect(posted.slice(0, horizon)).toEqual(
      Array.from({ length: horizon }, (_, k) => ({ id: 9, type: 'progress', done: k + 1, total: horizon })),
    );
    expect(posted[horizon]).toEqual({ id: 9, type: 'arrival', timing: arrivalTiming(richScenario(), 1) });
    expect(posted[horizon + 1]).toEqual({
      id: 10,
      type: 'error',
      message: 'There is no event 43 in this scenario.',
    });
    // A range of quarters, as a worker of the pool is asked.
    handler.handle({ id: 11, type: 'arrival', scenario: richScenario(), eventIndex: 1, from: 3, to: 6 });
    expect(posted.at(-2)).toEqual({ id: 11, type: 'progress', done: 4, total: 4 });
    expect(posted.at(-1)).toEqual({
      id: 11,
      type: 'arrival',
      timing: arrivalTiming(richScenario(), 1, { from: 3, to: 6 }),
    });
  });

  it("answers what an arrival's timing relies on with the engine's dependencies, after progress per event", () => {
    const { posted, handler } = setup();
    const timing = arrivalTiming(richScenario(), 1);
    handler.handle({ id: 11, type: 'arrivalDependencies', scenario: richScenario(), eventIndex: 1, timing });
    const expected = arrivalDependencies(richScenario(), 1, { timing });
    const answer = posted.at(-1)!;
    expect(answer).toEqual({ id: 11, type: 'arrivalDependencies', dependencies: expected });
    const progress = posted.slice(0, -1);
    expect(progress.every((p) => p.type === 'progress' && p.id === 11)).toBe(true);
    expect(progress).toHaveLength(expected.examined.length + (expected.shortfall ? 1 : 0));
  });
});
