import type { ApiClient } from '../api/client';
import { errorOf } from '../api/client';
import type { EditorStore } from './editor-store';

export const AUTOSAVE_DELAY_MS = 500;

/**
 * Saves the scenario on its own, a moment after the last edit: each save is one transaction in the
 * project file. A save that fails leaves the edits in memory, marked unsaved, and is tried again on the
 * next edit. `flush` saves now (before switching scenario or closing).
 */
export function startAutosave(store: EditorStore, api: ApiClient, delay = AUTOSAVE_DELAY_MS) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> = Promise.resolve();

  const save = async () => {
    timer = null;
    const { projectPath, scenarioId, scenario, revision, savedRevision } = store.getState();
    if (!projectPath || !scenarioId || !scenario || revision === savedRevision) return;
    store.getState().markSaving();
    try {
      await api.call('scenario.save', { path: projectPath, scenarioId, scenario: { ...scenario } });
      if (store.getState().scenarioId === scenarioId) store.getState().markSaved(revision);
    } catch (error) {
      store.getState().markSaveFailed(errorOf(error).message);
    }
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.revision === previous.revision || state.scenarioId !== previous.scenarioId) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      inFlight = inFlight.then(save);
    }, delay);
  });

  return {
    flush: async () => {
      if (timer) {
        clearTimeout(timer);
        timer = null;
        inFlight = inFlight.then(save);
      }
      await inFlight;
    },
    stop: () => {
      if (timer) clearTimeout(timer);
      unsubscribe();
    },
  };
}

export type Autosave = ReturnType<typeof startAutosave>;
