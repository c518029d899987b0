import { inspectProjectFile } from '../db/inspect-project-file';
import { openSqlite, type SqliteOptions } from '../db/sqlite';
import type { OpenProjects } from '../project/open-projects';
import type { ProjectBackups } from './project-backups';

/**
 * Puts a backup back in place of a project: the backup is checked like any file being opened, the
 * current state is itself backed up first (so a restore can be undone by restoring that), and the
 * project's content is then replaced through SQLite's backup API, which writes it in one transaction
 * of the project file: a crash during the restore leaves the project as it was.
 */
export async function restoreBackup(
  projects: OpenProjects,
  backups: ProjectBackups,
  projectPath: string,
  backupId: string,
  sqlite: SqliteOptions = {},
  now = new Date(),
): Promise<void> {
  const file = backups.fileOf(projectPath, backupId);
  inspectProjectFile(file, sqlite);
  const db = projects.open(projectPath);
  await backups.take(db, projectPath, 'before-restore', now);
  await projects.withConnectionClosed(projectPath, async () => {
    const source = openSqlite(file, { ...sqlite, readonly: true });
    try {
      await source.backup(projectPath);
    } finally {
      source.close();
    }
  });
}
