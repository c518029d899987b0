import type { Scenario } from '../../core/scenario/types';
import type { StoreKit } from './store-kit';

export interface ScenarioActions {
  createScenario(name: string): Promise<void>;
  renameScenario(scenarioId: string, name: string): Promise<void>;
  /** Branches a scenario: a copy placed after it, opened at once. */
  duplicateScenario(scenarioId: string): Promise<void>;
  /** Moves a scenario to the project's trash, from where it can be restored until the trash is emptied. */
  deleteScenario(scenarioId: string): Promise<void>;
  restoreScenario(scenarioId: string): Promise<void>;
  emptyTrash(): Promise<void>;
  /** Moves a scenario one place left (-1) or right (+1) in the list. */
  moveScenario(scenarioId: string, by: -1 | 1): Promise<void>;
  /** Adds an imported scenario to the open project and shows it. */
  addScenario(scenario: Scenario): Promise<void>;
  /**
   * A workshop's groups: one copy of the baseline per name, in order, after it (docs/WORKSHOP.md). The
   * list is read again and the baseline stays on screen; each group can be moved to the trash as usual.
   */
  makeWorkshopGroups(baselineId: string, names: readonly string[]): Promise<void>;
}

/** The scenario list of the open project: every change goes to the file, then the list is read again. */
export function scenarioActions({
  api,
  editor,
  autosave,
  get,
  attempt,
  refreshProject,
}: StoreKit): ScenarioActions {
  const path = () => {
    const project = get().project;
    if (!project) throw new Error('No project is open.');
    return project.path;
  };
  return {
    createScenario: (name) =>
      attempt('Creating scenario', async () => {
        const created = await api.call('scenario.create', { path: path(), name });
        await refreshProject(created.id);
      }),

    renameScenario: (scenarioId, name) =>
      attempt('Renaming scenario', async () => {
        // A save writes the whole scenario, name included: pending edits are saved under the old name
        // first, and the scenario on screen takes the new one, so the next save keeps it (and the window
        // title and exported file names follow).
        await autosave.flush();
        await api.call('scenario.rename', { path: path(), scenarioId, name });
        const shown = editor.getState();
        if (shown.projectPath === path() && shown.scenarioId === scenarioId && shown.scenario)
          editor.setState({ scenario: { ...shown.scenario, name } });
        await refreshProject();
      }),

    makeWorkshopGroups: (baselineId, names) =>
      attempt('Making groups', async () => {
        await autosave.flush();
        await api.call('workshop.createGroups', { path: path(), baselineId, names: [...names] });
        await refreshProject();
      }),

    duplicateScenario: (scenarioId) =>
      attempt('Duplicating scenario', async () => {
        const copy = await api.call('scenario.duplicate', { path: path(), scenarioId });
        await refreshProject(copy.id);
      }),

    deleteScenario: (scenarioId) =>
      attempt('Moving scenario to the trash', async () => {
        const project = get().project!;
        const index = project.scenarios.findIndex((s) => s.id === scenarioId);
        const neighbour = project.scenarios[index + 1] ?? project.scenarios[index - 1];
        await api.call('scenario.delete', { path: path(), scenarioId });
        await refreshProject(get().scenarioId === scenarioId ? neighbour?.id : undefined);
      }),

    restoreScenario: (scenarioId) =>
      attempt('Restoring scenario', async () => {
        await api.call('scenario.restore', { path: path(), scenarioId });
        await refreshProject(scenarioId);
      }),

    emptyTrash: () =>
      attempt('Emptying the trash', async () => {
        await api.call('scenario.trash.empty', { path: path() });
      }),

    moveScenario: (scenarioId, by) =>
      attempt('Reordering scenarios', async () => {
        const ids = get().project!.scenarios.map((s) => s.id);
        const from = ids.indexOf(scenarioId);
        const to = from + by;
        if (from < 0 || to < 0 || to >= ids.length) return;
        [ids[from], ids[to]] = [ids[to], ids[from]];
        await api.call('scenario.reorder', { path: path(), scenarioIds: ids });
        await refreshProject();
      }),

    addScenario: (scenario) =>
      attempt('Adding scenario', async () => {
        const saved = await api.call('scenario.save', { path: path(), scenario: { ...scenario } });
        await refreshProject(saved.id);
      }),
  };
}
