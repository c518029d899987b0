import { randomUUID } from 'node:crypto';
import { linkSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename } from 'node:path';
import { z } from 'zod';
import { ApiFailure } from '../../core/api/errors';

/**
 * Keeps a project open in one place at a time: a lock file beside the project (`<file>.lock`) naming
 * the process, the computer and the time it was opened, created on open and removed on close.
 *
 * Why a file rather than SQLite's own locks: SQLite only locks while a transaction runs, and its
 * exclusive locking mode cannot say who holds the file, while the person refused needs to hear
 * "open on Sam's laptop since 09:12". A file beside the project is also seen from another computer
 * through a shared folder, where an advisory OS lock may not be.
 *
 * A lock left by a crash is taken over when it names a process of this computer that no longer runs. A
 * lock from another computer cannot be checked; the message says which file to delete if that computer
 * is known to be off. Two processes taking over the same stale lock in the same millisecond could both
 * win; Electron's single-instance lock keeps one Ballast per user, which makes that practically moot.
 */

const holderSchema = z.object({
  pid: z.number().int(),
  host: z.string(),
  since: z.string(),
  token: z.string(),
});
export type LockHolder = z.infer<typeof holderSchema>;

export function lockPathFor(projectPath: string): string {
  return `${projectPath}.lock`;
}

export class ProjectLock {
  private constructor(
    readonly path: string,
    private readonly token: string,
  ) {}

  /**
   * Takes the lock for `projectPath` or throws an ApiFailure naming who holds it. `token` tells this
   * backend's locks apart from another backend in the same process (two windows, or a test).
   */
  static acquire(projectPath: string, token: string, now = new Date()): ProjectLock {
    const path = lockPathFor(projectPath);
    const mine: LockHolder = { pid: process.pid, host: hostname(), since: now.toISOString(), token };
    for (let attempt = 0; attempt < 3; attempt++) {
      if (createExclusively(path, JSON.stringify(mine, null, 2))) return new ProjectLock(path, token);
      const holder = readHolder(path);
      if (holder?.token === token) return new ProjectLock(path, token);
      if (holder !== null && !isStale(holder)) throw inUse(projectPath, holder);
      if (holder === null && isFresh(path, now)) {
        // Unreadable but just made: most likely another process writing it this instant.
        throw new ApiFailure(
          'in-use',
          `"${basename(projectPath)}" is being opened by another program right now; try again.`,
          {
            path: projectPath,
          },
        );
      }
      // Left behind by a process that died (or unreadable): take it over.
      rmSync(path, { force: true });
    }
    throw new ApiFailure('io', `Could not take the lock file "${basename(path)}"; try again.`, { path });
  }

  /** Removes the lock file if it is still ours (never another process's, should it have taken over). */
  release(): void {
    if (readHolder(this.path)?.token === this.token) rmSync(this.path, { force: true });
  }
}

export function newLockToken(): string {
  return randomUUID();
}

/**
 * Creates the lock file with its whole content in one step: written to a private temporary file, then
 * hard-linked into place, which fails if the lock exists. A reader never sees a half-written lock.
 */
function createExclusively(path: string, content: string): boolean {
  const temporary = `${path}.${process.pid}.${randomUUID()}.tmp`;
  try {
    writeFileSync(temporary, content);
  } catch (error) {
    // SQLite needs the same folder for its journal, so a project there could not be saved either.
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
    throw new ApiFailure(
      'io',
      `Ballast cannot write in the folder of "${basename(path, '.lock')}" (${code}), so it cannot open the project for editing there. Copy it to a folder you can write to.`,
      { path, cause: code },
    );
  }
  try {
    linkSync(temporary, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (!NO_HARD_LINKS.has(code ?? '')) throw error;
  } finally {
    unlinkSync(temporary);
  }
  // A file system without hard links (FAT, exFAT, some network shares): an exclusive create instead; a
  // reader may then briefly see an empty lock, which acquire treats as in use while it is fresh.
  try {
    writeFileSync(path, content, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

export function readHolder(path: string): LockHolder | null {
  try {
    const parsed = holderSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function isFresh(path: string, now: Date): boolean {
  const modified = statSync(path, { throwIfNoEntry: false })?.mtimeMs;
  return modified !== undefined && Math.abs(now.getTime() - modified) < 10_000;
}

function isStale(holder: LockHolder): boolean {
  return holder.host === hostname() && !processIsRunning(holder.pid);
}

function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function inUse(projectPath: string, holder: LockHolder): ApiFailure {
  const name = basename(projectPath);
  const where =
    holder.host !== hostname()
      ? `on the computer "${holder.host}" (process ${holder.pid})`
      : holder.pid === process.pid
        ? 'in another window of this Ballast'
        : `by another Ballast on this computer (process ${holder.pid})`;
  const hint =
    holder.host !== hostname()
      ? ` Close it there first. If that computer crashed or is off, delete "${basename(lockPathFor(projectPath))}" beside the project.`
      : ' Close it there first.';
  return new ApiFailure('in-use', `"${name}" is already open ${where} since ${holder.since}.${hint}`, {
    path: projectPath,
    lockedBy: holder,
  });
}
