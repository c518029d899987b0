import { existsSync, rmSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { ProjectSummary } from '../../core/api/contract';
import { ApiFailure } from '../../core/api/errors';
import { inspectProjectFile } from '../db/inspect-project-file';
import { createProjectDatabase, openProjectDatabase, readProjectName } from '../db/project-database';
import {
  isSqliteReadOnlyError,
  openProjectDatabaseReadOnly,
  readOnlyFailure,
  whyReadOnly,
} from '../db/read-only';
import type { Db, SqliteOptions } from '../db/sqlite';
import { ProjectLock, newLockToken } from './project-lock';
import { lastOpenedScenarioId } from './scenario-lifecycle';
import { listScenarios } from './scenario-store';

/** Told when a project is opened or closed, so the crash-recovery session can follow. */
export interface OpenProjectsListener {
  opened(path: string, lastScenarioId: string | null): void;
  closed(path: string): void;
}

interface OpenProject {
  db: Db;
  /** None for a project opened read-only: it is never written, and its folder may not take a lock file. */
  lock: ProjectLock | null;
  /** Why the project could only be opened read-only; null when it is writable. */
  readOnly: string | null;
}

/**
 * The project files this process has open, one connection and one lock file each, keyed by absolute
 * path. Handlers ask it for a connection; nothing else holds one. A file another process holds is
 * refused before it is touched (see project-lock.ts).
 */
export class OpenProjects {
  private readonly byPath = new Map<string, OpenProject>();
  private readonly token = newLockToken();
  private readonly replacing = new Set<string>();

  constructor(
    private readonly sqlite: SqliteOptions = {},
    private readonly listener?: OpenProjectsListener,
    /** Why a file cannot be written (null: it can); a parameter so tests can stand in for the OS. */
    private readonly probeReadOnly: (path: string) => string | null = whyReadOnly,
  ) {}

  open(path: string): Db {
    if (this.replacing.has(path)) {
      // Its connection is closed while a backup is written over it; another request must not reopen it.
      throw new ApiFailure(
        'io',
        `"${basename(path)}" is being restored from a backup; try again in a moment.`,
        {
          reason: 'busy',
          path,
        },
      );
    }
    const existing = this.byPath.get(path);
    if (existing) return existing.db;
    // A missing or foreign file is reported as such, without leaving a lock file beside it.
    if (!existsSync(path)) inspectProjectFile(path, this.sqlite);
    const readOnly = this.probeReadOnly(path);
    if (readOnly !== null) return this.openReadOnly(path, readOnly);
    try {
      return this.register(path, () => openProjectDatabase(path, this.sqlite));
    } catch (error) {
      // Writable by the permissions, yet SQLite was refused a write (an immutable file, a share that
      // only says so when written): open it read-only all the same, saying why.
      if (!isSqliteReadOnlyError(error)) throw error;
      return this.openReadOnly(path, `The file system refused to write to "${basename(path)}".`);
    }
  }

  /** The connection for a change: refused with a plain `read-only` error for a project opened read-only. */
  openForWriting(path: string): Db {
    const db = this.open(path);
    const readOnly = this.byPath.get(path)?.readOnly ?? null;
    if (readOnly !== null) throw readOnlyFailure(path, readOnly);
    return db;
  }

  /** Why an open project is read-only, or null. */
  readOnlyReason(path: string): string | null {
    return this.byPath.get(path)?.readOnly ?? null;
  }

  private openReadOnly(path: string, reason: string): Db {
    const db = openProjectDatabaseReadOnly(path, this.sqlite);
    this.byPath.set(path, { db, lock: null, readOnly: reason });
    this.listener?.opened(path, lastOpenedScenarioId(db));
    return db;
  }

  create(path: string, name: string): Db {
    if (existsSync(path)) return createProjectDatabase(path, name, this.sqlite); // throws already-exists
    return this.register(path, () => createProjectDatabase(path, name, this.sqlite));
  }

  isOpen(path: string): boolean {
    return this.byPath.has(path);
  }

  /**
   * Takes the lock for a path this process is about to write as a whole (Save As's target) without
   * opening it yet; `adopt` then opens it under that lock.
   */
  lockForWriting(path: string): ProjectLock {
    return ProjectLock.acquire(path, this.token);
  }

  adopt(path: string, lock: ProjectLock): Db {
    try {
      const db = openProjectDatabase(path, this.sqlite);
      this.byPath.set(path, { db, lock, readOnly: null });
      this.listener?.opened(path, lastOpenedScenarioId(db));
      return db;
    } catch (error) {
      lock.release();
      throw error;
    }
  }

  /**
   * Runs `replace` with the project's connection closed but its lock kept, then reopens it (checked and
   * migrated like any open): for restoring a backup over the file.
   */
  async withConnectionClosed(path: string, replace: () => Promise<void>): Promise<Db> {
    const entry = this.byPath.get(path);
    if (!entry) throw new Error(`${path} is not open`);
    if (entry.readOnly !== null) throw readOnlyFailure(path, entry.readOnly);
    entry.db.close();
    this.replacing.add(path);
    let failure: unknown;
    try {
      await replace();
    } catch (error) {
      failure = error;
    } finally {
      this.replacing.delete(path);
    }
    try {
      entry.db = openProjectDatabase(path, this.sqlite);
    } catch (error) {
      // Not openable any more: forget it (and free its lock) rather than keep a closed connection.
      this.byPath.delete(path);
      entry.lock?.release();
      this.listener?.closed(path);
      throw failure ?? error;
    }
    if (failure !== undefined) throw failure;
    return entry.db;
  }

  close(path: string): boolean {
    const entry = this.byPath.get(path);
    if (!entry) return false;
    this.byPath.delete(path);
    try {
      entry.db.close();
    } finally {
      entry.lock?.release();
      this.listener?.closed(path);
    }
    return true;
  }

  closeAll(): void {
    for (const path of [...this.byPath.keys()]) this.close(path);
  }

  summary(path: string): ProjectSummary {
    const db = this.open(path);
    return {
      path,
      fileName: basename(path, extname(path)),
      name: readProjectName(db),
      scenarios: listScenarios(db),
      lastScenarioId: lastOpenedScenarioId(db),
      ...(this.readOnlyReason(path) === null ? {} : { readOnly: this.readOnlyReason(path)! }),
    };
  }

  private register(path: string, openDb: () => Db): Db {
    const lock = ProjectLock.acquire(path, this.token);
    // A Save As onto this file killed mid-copy left its project-sized copy here. A Save As takes the
    // target's lock first, so with the lock ours, nobody is writing it.
    rmSync(`${path}.partial`, { force: true });
    let db: Db;
    try {
      db = openDb();
    } catch (error) {
      lock.release();
      throw error;
    }
    this.byPath.set(path, { db, lock, readOnly: null });
    this.listener?.opened(path, lastOpenedScenarioId(db));
    return db;
  }
}
