import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { updateRole } from '../../../src/core/org/edits';
import type { Scenario } from '../../../src/core/scenario/types';
import { createEditorStore } from '../../../src/renderer/editor/editor-store';
import {
  AUTO_MONTE_CARLO_LIMIT,
  createRerunController,
  RERUN_DEBOUNCE_MS,
} from '../../../src/renderer/simulation/rerun-controller';
import type { RunCallbacks, SimulationClient } from '../../../src/renderer/simulation/simulation-client';
import { createSimulationStore } from '../../../src/renderer/simulation/simulation-store';
import { engineRichScenario } from '../../helpers/scenarios';

const scenario = engineRichScenario;

function fakeClient() {
  const runs: { scenario: Scenario; runs: number; seed: number; callbacks: RunCallbacks }[] = [];
  const client: SimulationClient = {
    run: (s, r, seed, callbacks) => runs.push({ scenario: s, runs: r, seed, callbacks }),
    cancel: vi.fn(),
    explain: vi.fn(),
    arrival: vi.fn(),
    arrivalDependencies: vi.fn(),
    leverage: vi.fn(),
    dispose: vi.fn(),
  };
  return { client, runs };
}

function setup() {
  const editor = createEditorStore();
  editor.getState().load('/p.ballast', 's1', scenario());
  const simulation = createSimulationStore();
  const fake = fakeClient();
  const controller = createRerunController(editor, simulation, fake.client);
  return { editor, simulation, controller, ...fake };
}

const setTeam = (editor: ReturnType<typeof createEditorStore>, team: number) =>
  editor.getState().edit('team', (draft) => updateRole(draft, 'sales', { team }));

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('re-running after edits', () => {
  it('runs at once on start, with the scenario’s seed', () => {
    const { runs, simulation } = setup();
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ runs: 1, seed: 7 });
    expect(simulation.getState().status).toBe('running');
  });

  it('re-runs once, debounced, after a burst of edits, with the latest scenario', () => {
    const { editor, runs } = setup();
    setTeam(editor, 20);
    vi.advanceTimersByTime(RERUN_DEBOUNCE_MS - 10);
    setTeam(editor, 30);
    vi.advanceTimersByTime(RERUN_DEBOUNCE_MS - 10);
    expect(runs).toHaveLength(1);
    vi.advanceTimersByTime(20);
    expect(runs).toHaveLength(2);
    expect(runs[1].scenario.roles.find((r) => r.id === 'sales')?.team).toBe(30);
  });

  it('stores the report with the revision it was computed from', () => {
    const { editor, runs, simulation } = setup();
    setTeam(editor, 20);
    vi.advanceTimersByTime(RERUN_DEBOUNCE_MS);
    const report = { scenario: 'Rich', runs: 1, quarters: [{}, {}, {}], warnings: [] } as never;
    runs[1].callbacks.onResult(report, 4);
    expect(simulation.getState()).toMatchObject({
      status: 'done',
      report,
      reportRevision: 1,
      reportScenarioRevision: editor.getState().revision,
      quarter: 2,
    });
  });

  it('re-runs Monte Carlo by itself only while roles x runs is small; otherwise offers a button', () => {
    const { editor, runs, simulation, controller } = setup();
    const roles = 5; // four roles and one hire in the rich scenario
    simulation.getState().setRuns(Math.floor(AUTO_MONTE_CARLO_LIMIT / roles));
    vi.advanceTimersByTime(RERUN_DEBOUNCE_MS);
    expect(runs.at(-1)!.runs).toBe(Math.floor(AUTO_MONTE_CARLO_LIMIT / roles));
    expect(simulation.getState().needsManualRun).toBe(false);

    simulation.getState().setRuns(AUTO_MONTE_CARLO_LIMIT);
    vi.advanceTimersByTime(RERUN_DEBOUNCE_MS);
    expect(runs.at(-1)!.runs).toBe(1); // the deterministic run still updates
    expect(simulation.getState().needsManualRun).toBe(true);
    setTeam(editor, 25);
    vi.advanceTimersByTime(RERUN_DEBOUNCE_MS);
    expect(runs.at(-1)!.runs).toBe(1);

    controller.runNow();
    expect(runs.at(-1)!.runs).toBe(AUTO_MONTE_CARLO_LIMIT);
    expect(simulation.getState().needsManualRun).toBe(false);
    expect(simulation.getState().progress).toEqual({ done: 0, total: AUTO_MONTE_CARLO_LIMIT });
    runs.at(-1)!.callbacks.onCancelled?.(); // stopped: the button comes back
    expect(simulation.getState().needsManualRun).toBe(true);
    controller.runNow();
    runs.at(-1)!.callbacks.onResult({ quarters: [{}] } as never, 10);
    expect(simulation.getState().needsManualRun).toBe(false);
  });

  it('stop cancels through the client and shows the run as stopped', () => {
    const { runs, simulation, controller, client } = setup();
    controller.stop();
    expect(client.cancel).toHaveBeenCalled();
    runs[0].callbacks.onCancelled?.();
    expect(simulation.getState().status).toBe('cancelled');
  });

  it('a run failure shows as an error', () => {
    const { runs, simulation } = setup();
    runs[0].callbacks.onError('Quarters must be a whole number from 1 to 40, not 99.');
    expect(simulation.getState()).toMatchObject({
      status: 'error',
      error: 'Quarters must be a whole number from 1 to 40, not 99.',
    });
  });

  it('stops listening when disposed', () => {
    const { editor, runs, controller, client } = setup();
    controller.dispose();
    setTeam(editor, 40);
    vi.advanceTimersByTime(RERUN_DEBOUNCE_MS * 2);
    expect(runs).toHaveLength(1);
    expect(client.dispose).toHaveBeenCalled();
  });
});
