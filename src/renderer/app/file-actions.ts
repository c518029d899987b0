import type { StoreKit } from './store-kit';

const RESTORED_KEY = 'ballast.sessionRestored';

export interface FileActions {
  /** Saves a consistent copy of the project under a new name and continues in the copy. */
  saveProjectAs(name?: string): Promise<void>;
  /**
   * Restores a backup of the open project, or of `target.path` (a project whose damaged scenario could
   * not be opened, so it is not the open one), then shows `target.scenarioId` if given.
   */
  restoreBackup(backupId: string, target?: { path: string; scenarioId?: string }): Promise<void>;
  /** After a crash: reopens what was open, once per window. */
  restoreSession(): Promise<void>;
}

export function fileActions({ api, get, set, attempt, showProject, autosave }: StoreKit): FileActions {
  return {
    saveProjectAs: (name) =>
      attempt('Saving a copy', async () => {
        const project = get().project;
        if (!project) return;
        let targetPath: string;
        if (get().info?.nativeDialogs) {
          const chosen = await api.call('dialog.saveProject', {
            suggestedName: name ?? `${project.name} copy`,
          });
          if (!chosen.path) return;
          targetPath = chosen.path;
        } else {
          if (!name) return;
          targetPath = `${name}.ballast`;
        }
        await autosave.flush();
        const copy = await api.call('project.saveAs', { path: project.path, targetPath });
        await showProject(copy);
        set({ notice: `Now working in the copy ${copy.fileName}.ballast` });
      }),

    restoreBackup: (backupId, target) =>
      attempt('Restoring backup', async () => {
        const path = target?.path ?? get().project?.path;
        if (!path) return;
        await autosave.flush();
        const restored = await api.call('backups.restore', { path, backupId });
        // The editor must read the restored scenario, not keep the one it had in memory.
        await showProject(restored, target?.scenarioId ?? get().scenarioId ?? undefined, { reload: true });
        set({ notice: 'Backup restored; the state before it was backed up too.' });
      }),

    restoreSession: async () => {
      if (sessionStorage.getItem(RESTORED_KEY)) return;
      sessionStorage.setItem(RESTORED_KEY, '1');
      const { projects } = await api.call('session.restore', {}).catch(() => ({ projects: [] }));
      const reopen = projects.find((p) => p.exists);
      if (!reopen || get().project) return;
      await attempt('Reopening what was open', async () => {
        await showProject(
          await api.call('project.open', { path: reopen.path }),
          reopen.lastScenarioId ?? undefined,
        );
      });
    },
  };
}
