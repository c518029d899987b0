/**
 * What the results screen shows: the latest report (the engine's `toSimulationReport`, identical to the
 * CLI's `--json`), the run's status and progress, the quarter being looked at, and the run settings.
 * One store for the open project, read by the results dock and by every role card (heat).
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { SimulationReport } from '../../engine/index';

export type SimulationStatus = 'idle' | 'running' | 'done' | 'error' | 'cancelled';

export interface SimulationState {
  status: SimulationStatus;
  progress: { done: number; total: number } | null;
  report: SimulationReport | null;
  /** Bumped each time a new report arrives (the screen renders it as data-report-revision). */
  reportRevision: number;
  /** The editor revision the report was computed from. */
  reportScenarioRevision: number | null;
  elapsedMs: number | null;
  error: string | null;
  /** The quarter shown on the canvas and marked on the charts. */
  quarter: number;
  playing: boolean;
  /** Runs asked for: 1 is the deterministic run; more adds Monte Carlo bands. */
  runs: number;
  /** The scenario's seed (1 when it has none, as the CLI). */
  seed: number;
  /** A Monte Carlo run is too big to start by itself after an edit: the dock offers a button. */
  needsManualRun: boolean;
  /** Colour the role cards by outcome. */
  heat: boolean;
}

export interface SimulationActions {
  setQuarter(quarter: number): void;
  setPlaying(playing: boolean): void;
  setRuns(runs: number): void;
  setHeat(heat: boolean): void;
  started(runs: number): void;
  progressed(done: number, total: number): void;
  finished(report: SimulationReport, elapsedMs: number, scenarioRevision: number): void;
  failed(message: string): void;
  cancelled(): void;
  setNeedsManualRun(needed: boolean): void;
  reset(): void;
}

export type SimulationStore = ReturnType<typeof createSimulationStore>;

export const MAX_RUNS = 10_000;

const initial = (): SimulationState => ({
  status: 'idle',
  progress: null,
  report: null,
  reportRevision: 0,
  reportScenarioRevision: null,
  elapsedMs: null,
  error: null,
  quarter: 0,
  playing: false,
  runs: 1,
  seed: 1,
  needsManualRun: false,
  heat: true,
});

export function createSimulationStore() {
  return createStore<SimulationState & SimulationActions>()((set, get) => ({
    ...initial(),
    setQuarter: (quarter) => {
      const last = get().report ? get().report!.quarters.length - 1 : 0;
      set({ quarter: Math.max(0, Math.min(last, Math.round(quarter))) });
    },
    setPlaying: (playing) => set({ playing }),
    setRuns: (runs) =>
      set({ runs: Number.isFinite(runs) ? Math.max(1, Math.min(MAX_RUNS, Math.round(runs))) : 1 }),
    setHeat: (heat) => set({ heat }),
    started: (runs) =>
      set({ status: 'running', progress: runs > 1 ? { done: 0, total: runs } : null, error: null }),
    progressed: (done, total) => set({ progress: { done, total } }),
    finished: (report, elapsedMs, scenarioRevision) => {
      const previous = get().report;
      const last = report.quarters.length - 1;
      // A first report (or another horizon) starts at the last quarter: where the org is heading.
      const quarter =
        previous && previous.quarters.length === report.quarters.length
          ? Math.min(get().quarter, last)
          : last;
      set({
        status: 'done',
        progress: null,
        report,
        reportRevision: get().reportRevision + 1,
        reportScenarioRevision: scenarioRevision,
        elapsedMs,
        error: null,
        quarter,
      });
    },
    failed: (message) => set({ status: 'error', progress: null, error: message }),
    cancelled: () => set({ status: 'cancelled', progress: null }),
    setNeedsManualRun: (needed) => set({ needsManualRun: needed }),
    reset: () => set(initial()),
  }));
}

/** The open project's simulation state. */
export const simulationStore = createSimulationStore();

export function useSimulation<T>(selector: (state: SimulationState & SimulationActions) => T): T {
  return useStore(simulationStore, selector);
}
