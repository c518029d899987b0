/**
 * Re-runs the scenario by itself after each edit, debounced, so consequences appear without a button.
 * The deterministic run always re-runs; Monte Carlo re-runs by itself only while roles x runs is small
 * (AUTO_MONTE_CARLO_LIMIT), otherwise the deterministic run updates and the dock offers "Run N
 * simulations" with progress and Stop.
 */
import { hiredRoles } from '../../core/scenario/hired-roles';
import type { Scenario } from '../../core/scenario/types';
import type { TeamExplanation } from '../../engine/index';
import type { EditorStore } from '../editor/editor-store';
import type { SimulationClient } from './simulation-client';
import type { SimulationStore } from './simulation-store';

export const RERUN_DEBOUNCE_MS = 150;
/** Roles x runs up to which Monte Carlo re-runs after every edit (well under half a second here). */
export const AUTO_MONTE_CARLO_LIMIT = 5_000;

export interface RerunController {
  /** Runs now with the chosen number of runs, however large. */
  runNow(): void;
  stop(): void;
  /** The engine's explanation of one team in one quarter of the scenario as it is now (in the worker). */
  explain(roleId: string, quarter: number): Promise<TeamExplanation | null>;
  dispose(): void;
}

/** Roles in the scenario plus those its events hire. */
export function modelledRoles(scenario: Scenario): number {
  return scenario.roles.length + hiredRoles(scenario.events).length;
}

export function createRerunController(
  editor: EditorStore,
  simulation: SimulationStore,
  client: SimulationClient,
  debounceMs = RERUN_DEBOUNCE_MS,
): RerunController {
  let timer: ReturnType<typeof setTimeout> | null = null;

  function start(force: boolean): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const { scenario, revision } = editor.getState();
    if (!scenario) return;
    // The seed is the scenario's (set in the assumptions), so the CLI run of the same file matches.
    const seed = scenario.seed ?? 1;
    if (seed !== simulation.getState().seed) simulation.setState({ seed });
    const sim = simulation.getState();
    const auto = sim.runs === 1 || modelledRoles(scenario) * sim.runs <= AUTO_MONTE_CARLO_LIMIT;
    const runs = auto || force ? sim.runs : 1;
    sim.setNeedsManualRun(!(auto || force));
    sim.started(runs);
    client.run(scenario, runs, sim.seed, {
      onProgress: (done, total) => simulation.getState().progressed(done, total),
      onResult: (report, elapsedMs) => simulation.getState().finished(report, elapsedMs, revision),
      onError: (message) => simulation.getState().failed(message),
      onCancelled: () => {
        simulation.getState().cancelled();
        // A stopped Monte Carlo run can be started again.
        if (!auto) simulation.getState().setNeedsManualRun(true);
      },
    });
  }

  function schedule(): void {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => start(false), debounceMs);
  }

  const unsubscribeEditor = editor.subscribe((state, previous) => {
    if (state.scenarioId !== previous.scenarioId) {
      simulation.setState({
        report: null,
        status: 'idle',
        quarter: 0,
        playing: false,
      });
      start(false);
    } else if (state.scenario !== previous.scenario) {
      schedule();
    }
  });
  const unsubscribeSimulation = simulation.subscribe((state, previous) => {
    if (state.runs !== previous.runs) schedule();
  });
  start(false);

  return {
    runNow: () => start(true),
    stop: () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      client.cancel();
    },
    explain: (roleId, quarter) => {
      const scenario = editor.getState().scenario;
      return scenario ? client.explain(scenario, roleId, quarter) : Promise.resolve(null);
    },
    dispose: () => {
      if (timer !== null) clearTimeout(timer);
      unsubscribeEditor();
      unsubscribeSimulation();
      client.dispose();
    },
  };
}
