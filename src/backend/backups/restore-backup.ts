import { inspectProjectFile } from '../db/inspect-project-file';
import { openSqlite, type SqliteOptions } from '../db/sqlite';
import type { OpenProjects } from '../project/open-projects';
import type { ProjectBackups } from './project-backups';

/**
 * Puts a backup back in place of a project: the backup is checked like any file being opened, the
 * current state is itself backed up first (so a restore can be undone by restoring that), and the
 * project's content is then replaced by replaceProjectContent.
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
  await replaceProjectContent(projects, projectPath, file, sqlite);
}

/**
 * Called between steps of a long copy with the pages left; returns how many pages the next step
 * copies. For a progress bar, and for the crash test, which kills the process between two steps.
 */
export type BackupProgress = (info: { totalPages: number; remainingPages: number }) => number;

/**
 * Replaces an open project's content with another project file's, through SQLite's backup API with the
 * project as destination: SQLite writes it in one transaction of the project file, under the project's
 * own rollback journal, so a crash during the replacement leaves the project as it was. The project's
 * connection is closed meanwhile (its lock kept) and reopened after, checked and migrated like any open.
 */
export async function replaceProjectContent(
  projects: OpenProjects,
  projectPath: string,
  sourceFile: string,
  sqlite: SqliteOptions = {},
  progress?: BackupProgress,
): Promise<void> {
  await projects.withConnectionClosed(projectPath, async () => {
    const source = openSqlite(sourceFile, { ...sqlite, readonly: true });
    try {
      await (progress ? source.backup(projectPath, { progress }) : source.backup(projectPath));
    } finally {
      source.close();
    }
  });
}
