import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo } from '../../core/api/contract';
import { ApiFailure } from '../../core/api/errors';
import type { Db } from '../db/sqlite';
import { DEFAULT_RETENTION, chooseBackupsToKeep, type RetentionPolicy } from './retention';

/**
 * Rolling backups of project files, each a consistent copy made with SQLite's backup API (never a file
 * copy, which could catch a save half written).
 *
 * Where: `<stateDir>/backups/<first 16 hex of sha256(project path)>/`, with the project's path in
 * `project.json` there. Not beside the project: a user's folder stays uncluttered, a synced folder
 * (Dropbox, OneDrive, a network share) does not upload ten copies of every project, and a backup that
 * is only on this computer survives a sync conflict overwriting the original. The cost: a moved project
 * starts a new backup folder (its old backups stay under the old path's folder).
 */

export const DEFAULT_BACKUP_INTERVAL_MS = 10 * 60 * 1000;

const NAME_PATTERN = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)\.(autosave|before-restore)\.ballast$/;

export class ProjectBackups {
  private readonly inFlight = new Set<string>();

  constructor(
    private readonly root: string,
    private readonly intervalMs = DEFAULT_BACKUP_INTERVAL_MS,
    private readonly retention: RetentionPolicy = DEFAULT_RETENTION,
  ) {}

  folderFor(projectPath: string): string {
    const hash = createHash('sha256').update(projectPath).digest('hex').slice(0, 16);
    return join(this.root, hash);
  }

  /** Newest first. */
  list(projectPath: string): BackupInfo[] {
    const folder = this.folderFor(projectPath);
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      return [];
    }
    const backups: BackupInfo[] = [];
    for (const name of names) {
      const match = NAME_PATTERN.exec(name);
      if (!match) continue;
      const stats = statSync(join(folder, name), { throwIfNoEntry: false });
      if (!stats) continue;
      backups.push({
        id: name,
        takenAt: fromFileStamp(match[1]),
        bytes: stats.size,
        reason: match[2] as BackupInfo['reason'],
      });
    }
    return backups.sort((a, b) => b.takenAt.localeCompare(a.takenAt));
  }

  /** The file of one backup; the id is checked against the naming pattern, so it cannot leave the folder. */
  fileOf(projectPath: string, backupId: string): string {
    const found = NAME_PATTERN.test(backupId) && this.list(projectPath).some((b) => b.id === backupId);
    if (!found) {
      throw new ApiFailure('not-found', `There is no backup "${backupId}" of this project.`, { backupId });
    }
    return join(this.folderFor(projectPath), backupId);
  }

  /**
   * After a save: a backup unless one was taken within the interval (or one is being taken now). A
   * failing backup is logged, never reported as a failed save: the save itself has committed.
   */
  async afterSave(db: Db, projectPath: string, now = new Date(), log = console.error): Promise<void> {
    if (this.inFlight.has(projectPath)) return;
    const newest = this.list(projectPath)[0];
    if (newest && now.getTime() - Date.parse(newest.takenAt) < this.intervalMs) return;
    try {
      await this.take(db, projectPath, 'autosave', now);
    } catch (error) {
      log(`Backup of ${projectPath} failed:`, error);
    }
  }

  /**
   * A backup now, then the retention rule applied. Written under a temporary name and renamed, so a
   * crash never leaves a half-written file that looks like a backup.
   */
  async take(
    db: Db,
    projectPath: string,
    reason: BackupInfo['reason'],
    now = new Date(),
  ): Promise<BackupInfo> {
    this.inFlight.add(projectPath);
    try {
      const folder = this.folderFor(projectPath);
      mkdirSync(folder, { recursive: true });
      removePartials(folder);
      writeFileSync(join(folder, 'project.json'), JSON.stringify({ path: projectPath }, null, 2));
      let stamp = now;
      // Two backups in the same millisecond (a restore right after a save) get distinct names.
      while (this.list(projectPath).some((b) => b.takenAt === stamp.toISOString())) {
        stamp = new Date(stamp.getTime() + 1);
      }
      const name = `${toFileStamp(stamp)}.${reason}.ballast`;
      const partial = join(folder, `${name}.partial`);
      rmSync(partial, { force: true });
      await db.backup(partial);
      renameSync(partial, join(folder, name));
      this.prune(projectPath, now);
      return this.list(projectPath).find((b) => b.id === name)!;
    } finally {
      this.inFlight.delete(projectPath);
    }
  }

  /**
   * Deletes what a backup killed mid-copy left behind: `*.partial` files, each as large as the project,
   * which nothing would ever remove. Only this process writes a project's backups (it holds the project's
   * lock), one at a time (inFlight), so while none is being taken every partial in the folder is stale.
   * Called when a project is opened and before each backup. Never throws: tidying must not fail an open.
   */
  removeStalePartials(projectPath: string): void {
    if (this.inFlight.has(projectPath)) return;
    removePartials(this.folderFor(projectPath));
  }

  prune(projectPath: string, now = new Date()): void {
    const backups = this.list(projectPath);
    const keep = chooseBackupsToKeep(
      backups.map((b) => ({ id: b.id, takenAt: new Date(b.takenAt) })),
      now,
      this.retention,
    );
    for (const backup of backups) {
      if (!keep.has(backup.id)) rmSync(join(this.folderFor(projectPath), backup.id), { force: true });
    }
  }
}

function removePartials(folder: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return; // no backups yet
  }
  for (const name of names) {
    if (!name.endsWith('.partial')) continue;
    try {
      rmSync(join(folder, name), { force: true });
    } catch {
      // Left for the next attempt; a partial never looks like a backup (NAME_PATTERN).
    }
  }
}

/** `2026-11-28T04:02:45.123Z` -> `2026-11-28T04-02-45-123Z`: no colons, which Windows forbids in names. */
function toFileStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

function fromFileStamp(stamp: string): string {
  const [date, time] = stamp.split('T');
  const [h, m, s, ms] = time.replace('Z', '').split('-');
  return `${date}T${h}:${m}:${s}.${ms}Z`;
}
