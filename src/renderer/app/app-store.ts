import { createStore } from 'zustand/vanilla';
import type { AppInfo, ProjectSummary, RecentProject, SampleInfo } from '../../core/api/contract';
import type { ApiError } from '../../core/api/errors';
import type { ApiClient } from '../api/client';
import type { Autosave } from '../editor/autosave';
import type { EditorStore } from '../editor/editor-store';
import { fileActions, type FileActions } from './file-actions';
import { scenarioActions, type ScenarioActions } from './scenario-actions';
import { createStoreKit } from './store-kit';

export interface AppState {
  info: AppInfo | null;
  recent: RecentProject[];
  samples: SampleInfo[];
  homeLoaded: boolean;
  project: ProjectSummary | null;
  scenarioId: string | null;
  /** A dialog asked for from outside its screen (the native menu, the File menu). */
  dialog: AppDialog | null;
  /** A short confirmation of something done out of sight (a copy saved, a backup restored). */
  notice: string | null;
  /** What the app is doing right now, for a progress hint; null when idle. */
  busy: string | null;
  error: ApiError | null;
  /** The side panel's tab; in the store so other parts (the results' caveat) can show the assumptions. */
  sidePanelTab: SidePanelTab;
}

export type SidePanelTab = 'role' | 'assumptions';

export type AppDialog = 'new-project' | 'import' | 'save-as' | 'backups' | 'trash' | 'compare';

export interface AppActions extends ScenarioActions, FileActions {
  openDialog(dialog: AppDialog): void;
  showSidePanelTab(tab: SidePanelTab): void;
  dismissNotice(): void;
  closeDialog(): void;
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
    const kit = createStoreKit(api, editor, autosave, set, get);
    const { attempt, showProject } = kit;

    return {
      info: null,
      recent: [],
      samples: [],
      homeLoaded: false,
      project: null,
      scenarioId: null,
      dialog: null,
      notice: null,
      busy: null,
      error: null,
      sidePanelTab: 'role',

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
          const created = await api.call('scenario.create', {
            path: project.path,
            name: `Scenario ${project.scenarios.length + 1}`,
          });
          await showProject(await api.call('project.open', { path: project.path }), created.id);
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

      openDialog: (dialog) => set({ dialog }),
      showSidePanelTab: (sidePanelTab) => set({ sidePanelTab }),
      closeDialog: () => set({ dialog: null }),
      dismissNotice: () => set({ notice: null }),

      showError: (error) => set({ error }),
      dismissError: () => set({ error: null }),

      ...scenarioActions(kit),
      ...fileActions(kit),
    };
  });
}
