/**
 * A live shock from click to before/after: the edit goes through the editor (one undo step, as adding the
 * event on the timeline), the re-run that follows every edit brings the new report, and the delta between
 * the report on screen before and that one is kept until dismissed.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { roleTitles } from '../../core/scenario/hired-roles';
import type { EditorStore } from '../editor/editor-store';
import { simulationStore, type SimulationStore } from '../simulation/simulation-store';
import type { ShockPlan } from './shock-plan';
import { shockDelta, type ShockDelta } from './shock-delta';

export interface ShockState {
  /** The shock waiting for its results ("Crisis in Q4"), or null. */
  pending: string | null;
  /** The last shock's effect, until dismissed. */
  shown: { edit: string; delta: ShockDelta } | null;
  /** Why the last shock was refused, until the next one. */
  refusal: string | null;
}

export const shockStore = createStore<ShockState>()(() => ({ pending: null, shown: null, refusal: null }));

export function useShocks<T>(selector: (state: ShockState) => T): T {
  return useStore(shockStore, selector);
}

export function dismissShock(): void {
  shockStore.setState({ shown: null, refusal: null });
}

let waiting: (() => void) | null = null;

/** Applies a ready shock; its delta appears once the scenario's next report is in. */
export function applyShock(
  plan: ShockPlan,
  editor: EditorStore,
  simulation: SimulationStore = simulationStore,
): boolean {
  if (!plan.ready) {
    shockStore.setState({ refusal: plan.reason });
    return false;
  }
  const state = editor.getState();
  const before = simulation.getState().report;
  const titlesBefore = roleTitles(state.scenario);
  state.setHint(null);
  state.edit(plan.edit, plan.apply);
  const after = editor.getState();
  if (after.hint !== null) {
    shockStore.setState({ refusal: after.hint, pending: null });
    return false;
  }
  const revision = after.revision;
  const titlesAfter = roleTitles(after.scenario);
  waiting?.();
  shockStore.setState({ pending: plan.edit, refusal: null, shown: null });
  const settle = (report = simulation.getState()) => {
    if (report.status !== 'done' || report.report === null) return false;
    if ((report.reportScenarioRevision ?? -1) < revision) return false;
    stop();
    shockStore.setState({
      pending: null,
      shown: before
        ? { edit: plan.edit, delta: shockDelta(before, report.report, titlesBefore, titlesAfter) }
        : null,
    });
    return true;
  };
  const unsubscribe = simulation.subscribe((s) => void settle(s));
  const stop = () => {
    unsubscribe();
    if (waiting === stop) waiting = null;
  };
  waiting = stop;
  settle();
  return true;
}
