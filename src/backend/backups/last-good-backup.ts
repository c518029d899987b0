import { basename } from 'node:path';
import type { BackupInfo } from '../../core/api/contract';
import { ApiFailure } from '../../core/api/errors';
import { openMigratedCopy } from '../db/migrated-copy';
import type { SqliteOptions } from '../db/sqlite';
import { isChecksumMismatch } from '../project/scenario-checksum';
import { loadScenario } from '../project/scenario-store';
import type { ProjectBackups } from './project-backups';

/**
 * The newest backup of a project in which one scenario reads back intact (it passes SQLite's check and
 * its checksum), or null. Each backup is read without being written: an older schema's backup is
 * migrated in an in-memory copy.
 */
export function lastGoodBackup(
  backups: ProjectBackups,
  projectPath: string,
  scenarioId: string,
  sqlite: SqliteOptions = {},
): BackupInfo | null {
  for (const backup of backups.list(projectPath)) {
    try {
      const copy = openMigratedCopy(backups.fileOf(projectPath, backup.id), sqlite);
      try {
        loadScenario(copy, scenarioId);
        return backup;
      } finally {
        copy.close();
      }
    } catch {
      // Damaged, missing the scenario, or holding it damaged too: try the one before.
    }
  }
  return null;
}

/**
 * Runs a read of a project's scenario; when the scenario fails its checksum, the error names the project
 * too and offers the newest backup that holds it intact (`details.lastGoodBackup`), which the UI offers to
 * restore.
 */
export function offeringBackupOnDamage<T>(
  backups: ProjectBackups,
  projectPath: string,
  sqlite: SqliteOptions,
  read: () => T,
): T {
  try {
    return read();
  } catch (error) {
    if (!isChecksumMismatch(error)) throw error;
    const details = error.details as { scenarioId: string; scenarioName: string };
    const backup = lastGoodBackup(backups, projectPath, details.scenarioId, sqlite);
    const offer = backup
      ? `The newest backup holding it intact is from ${backup.takenAt}; restore it from File > Backups.`
      : 'No backup holds it intact.';
    throw new ApiFailure(
      'damaged',
      `The scenario "${details.scenarioName}" in "${basename(projectPath)}" does not match the checksum saved with it: its stored content was damaged on disk or changed outside Ballast, so it was not opened. Nothing was changed. ${offer}`,
      { ...details, path: projectPath, lastGoodBackup: backup },
    );
  }
}
