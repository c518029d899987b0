import { existsSync, rmSync, renameSync } from 'node:fs';
import { basename } from 'node:path';
import { ApiFailure } from '../../core/api/errors';
import type { OpenProjects } from './open-projects';

/**
 * Save As: a consistent copy of the open project through SQLite's backup API (never a file copy, which
 * could catch a save half written), which then becomes the open project while the original is closed
 * unchanged.
 *
 * The copy is written beside the target under a temporary name and renamed over it, so an interrupted
 * Save As leaves the target as it was; the target is locked first, so a file open in another Ballast is
 * never replaced under it.
 */
export async function saveProjectAs(
  projects: OpenProjects,
  sourcePath: string,
  targetPath: string,
  replace = false,
): Promise<void> {
  const name = basename(targetPath);
  if (sourcePath === targetPath) {
    throw new ApiFailure(
      'invalid-request',
      `"${name}" is the project itself; choose another file to save as.`,
    );
  }
  if (existsSync(targetPath) && !replace) {
    throw new ApiFailure('already-exists', `"${name}" already exists; choose another name or replace it.`, {
      path: targetPath,
    });
  }
  if (projects.isOpen(targetPath)) {
    throw new ApiFailure('in-use', `"${name}" is open in this Ballast; close it before saving over it.`, {
      path: targetPath,
    });
  }
  const db = projects.open(sourcePath);
  const lock = projects.lockForWriting(targetPath);
  const partial = `${targetPath}.partial`;
  try {
    rmSync(partial, { force: true });
    await db.backup(partial);
    // A journal left by a crash of the replaced file would otherwise be rolled back into the new copy.
    rmSync(`${targetPath}-journal`, { force: true });
    renameSync(partial, targetPath);
  } catch (error) {
    rmSync(partial, { force: true });
    lock.release();
    throw error;
  }
  projects.adopt(targetPath, lock);
  projects.close(sourcePath);
}
