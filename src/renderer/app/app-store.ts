import { createStore } from 'zustand/vanilla';
import type { AppInfo, ProjectSummary, RecentProject, SampleInfo } from '../../core/api/contract';
import type { ApiError } from '../../core/api/errors';
import { errorOf, type ApiClient } from '../api/client';
import type { Autosave } from '../editor/autosave';
import type { EditorStore } from '../editor/editor-store';

export interface AppState {
  info: AppInfo | null;
  recent: RecentProject[];
  samples: SampleInfo[];
  homeLoaded: boolean;
  project: ProjectSummary | null;
  scenarioId: string | null;
  /** What the app is doing right now, for a progress hint; null when idle. */
  busy: string | null;
  error: ApiError | null;
}

export interface AppActions {
  loadHome(): Promise<void>;
  openProject(path: string): Promise<void>;
  openSample(sampleId: string): Promise<void>;
  createProject(name: string): Promise<void>;
  /** Native open dialog in the desktop app; null when the user cancelled. */
  chooseProjectToOpen(): Promise<void>;
  selectScenario(scenarioId: string): Promise<void>;
  /** Adds a first scenario to an empty project: one top role, ready to build on. */
  startScenario(): Promise<void>;
  closeProject(): Promise<void>;
  showError(error: ApiError): void;
  dismissError(): void;
}

export type AppStore = ReturnType<typeof createAppStore>;

/**
 * The app's session: which project and scenario are open, and what failed. Components read it and call
 * its actions; only the actions talk to the API.
 */
export function createAppStore(api: ApiClient, editor: EditorStore, autosave: Autosave) {
  return createStore<AppState & AppActions>()((set, get) => {
    /** Runs one user intent, showing progress and turning any failure into a visible error. */
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

    /** Shows a project and its first scenario; pending edits of the previous one are saved first. */
    async function showProject(project: ProjectSummary): Promise<void> {
      await autosave.flush();
      const first = project.scenarios[0];
      if (first) {
        const stored = await api.call('scenario.load', { path: project.path, scenarioId: first.id });
        editor.getState().load(project.path, first.id, stored.scenario);
      } else {
        editor.getState().unload();
      }
      set({ project, scenarioId: first?.id ?? null });
    }

    return {
      info: null,
      recent: [],
      samples: [],
      homeLoaded: false,
      project: null,
      scenarioId: null,
      busy: null,
      error: null,

      loadHome: () =>
        attempt('Loading', async () => {
          const [info, recent, samples] = await Promise.all([
            api.call('app.info', {}),
            api.call('recent.list', {}),
            api.call('samples.list', {}),
          ]);
          set({ info, recent, samples, homeLoaded: true });
        }),

      openProject: (path) =>
        attempt('Opening project', async () => showProject(await api.call('project.open', { path }))),

      openSample: (sampleId) =>
        attempt('Opening sample', async () => showProject(await api.call('samples.open', { sampleId }))),

      createProject: (name) =>
        attempt('Creating project', async () => {
          let path: string | undefined;
          if (get().info?.nativeDialogs) {
            const chosen = await api.call('dialog.saveProject', { suggestedName: name });
            if (!chosen.path) return;
            path = chosen.path;
          }
          await showProject(await api.call('project.create', path ? { name, path } : { name }));
        }),

      chooseProjectToOpen: () =>
        attempt('Opening project', async () => {
          const chosen = await api.call('dialog.openProject', {});
          if (chosen.path) await showProject(await api.call('project.open', { path: chosen.path }));
        }),

      selectScenario: (scenarioId) =>
        attempt('Loading scenario', async () => {
          const project = get().project;
          if (!project) return;
          await autosave.flush();
          const stored = await api.call('scenario.load', { path: project.path, scenarioId });
          editor.getState().load(project.path, scenarioId, stored.scenario);
          set({ scenarioId });
        }),

      startScenario: () =>
        attempt('Creating scenario', async () => {
          const project = get().project;
          if (!project) return;
          await api.call('scenario.save', {
            path: project.path,
            scenario: { ...firstScenario(project.scenarios.length + 1) },
          });
          await showProject(await api.call('project.open', { path: project.path }));
        }),

      closeProject: () =>
        attempt('Saving', async () => {
          await autosave.flush();
          const project = get().project;
          if (project) await api.call('project.close', { path: project.path }).catch(() => undefined);
          editor.getState().unload();
          set({ project: null, scenarioId: null });
          await get().loadHome();
        }),

      showError: (error) => set({ error }),
      dismissError: () => set({ error: null }),
    };
  });
}

/** A new scenario's starting point: the one top role every org has. */
function firstScenario(number: number) {
  return {
    name: `Scenario ${number}`,
    horizon: 8,
    environment: { volatility: 0.3 },
    roles: [{ id: 'top', title: 'Top role', person: null, reportsTo: null, team: 0, strengths: {} }],
    events: [],
  };
}
