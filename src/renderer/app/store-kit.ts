import type { ProjectSummary } from '../../core/api/contract';
import { errorOf, type ApiClient } from '../api/client';
import type { Autosave } from '../editor/autosave';
import type { EditorStore } from '../editor/editor-store';
import type { AppActions, AppState } from './app-store';

type Set = (partial: Partial<AppState>) => void;
type Get = () => AppState & AppActions;

/** What every slice of the app store shares: the API, the editor, and the two habits below. */
export interface StoreKit {
  api: ApiClient;
  editor: EditorStore;
  autosave: Autosave;
  set: Set;
  get: Get;
  /** Runs one user intent, showing progress and turning any failure into a visible error. */
  attempt(label: string, work: () => Promise<void>): Promise<void>;
  /**
   * Shows a project and one of its scenarios (the one asked for, else the last opened, else the first);
   * pending edits of the scenario on screen are saved first.
   */
  showProject(project: ProjectSummary, scenarioId?: string, options?: { reload?: boolean }): Promise<void>;
  /** The open project, read again after a change to its scenario list. */
  refreshProject(preferredScenarioId?: string): Promise<void>;
}

export function createStoreKit(
  api: ApiClient,
  editor: EditorStore,
  autosave: Autosave,
  set: Set,
  get: Get,
): StoreKit {
  async function attempt(label: string, work: () => Promise<void>): Promise<void> {
    set({ busy: label, error: null });
    try {
      await work();
    } catch (error) {
      set({ error: errorOf(error) });
    } finally {
      set({ busy: null });
    }
  }

  async function showProject(
    project: ProjectSummary,
    scenarioId?: string,
    options: { reload?: boolean } = {},
  ): Promise<void> {
    await autosave.flush();
    const ids = project.scenarios.map((s) => s.id);
    const wanted = [scenarioId, project.lastScenarioId ?? undefined].find((id) => id && ids.includes(id));
    const shown = wanted ?? ids[0];
    const current = editor.getState();
    if (!shown) editor.getState().unload();
    else if (options.reload || current.projectPath !== project.path || current.scenarioId !== shown) {
      const stored = await api.call('scenario.load', { path: project.path, scenarioId: shown });
      editor.getState().load(project.path, shown, stored.scenario);
    }
    set({ project, scenarioId: shown ?? null });
  }

  async function refreshProject(preferredScenarioId?: string): Promise<void> {
    const project = get().project;
    if (!project) return;
    await showProject(
      await api.call('project.open', { path: project.path }),
      preferredScenarioId ?? get().scenarioId ?? undefined,
    );
  }

  return { api, editor, autosave, set, get, attempt, showProject, refreshProject };
}
