import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { ApiFailure } from '../../core/api/errors';
import { MIGRATIONS, CURRENT_SCHEMA_VERSION } from './migrations';
import { recordedVersions } from './migrate';
import { BALLAST_APPLICATION_ID, SQLITE_HEADER, openSqlite, type SqliteOptions } from './sqlite';

/**
 * Decides whether a file may be opened as a project, touching nothing: the header is read with plain
 * file I/O and the database through a read-only connection, so a refused file stays byte-identical.
 * Throws an ApiFailure that names the file and the problem.
 */
export function inspectProjectFile(path: string, options: SqliteOptions = {}): { schemaVersion: number } {
  const name = basename(path);
  let size: number;
  try {
    const stats = statSync(path);
    if (!stats.isFile())
      throw new ApiFailure('not-a-project', `"${name}" is a folder, not a Ballast project file.`);
    size = stats.size;
  } catch (error) {
    if (error instanceof ApiFailure) throw error;
    throw new ApiFailure('not-found', `"${path}" does not exist or cannot be read.`);
  }
  if (size < 100 || !readHeader(path).equals(SQLITE_HEADER)) {
    throw new ApiFailure(
      'not-a-project',
      `"${name}" is not a Ballast project: it is not a SQLite database (${size} bytes, unrecognised header).`,
      { path },
    );
  }

  if (hasHotJournal(path)) recoverInterruptedSave(path, name, options);

  let db;
  try {
    db = openSqlite(path, { ...options, readonly: true });
  } catch (error) {
    throw damaged(name, path, error);
  }
  try {
    let check: string;
    try {
      check = (db.pragma('quick_check', { simple: true }) as string) ?? 'no answer';
    } catch (error) {
      throw damaged(name, path, error);
    }
    if (check !== 'ok') throw damaged(name, path, check);

    const applicationId = db.pragma('application_id', { simple: true }) as number;
    const versions = recordedVersions(db);
    if (applicationId !== BALLAST_APPLICATION_ID || versions.length === 0) {
      throw new ApiFailure(
        'not-a-project',
        `"${name}" is a SQLite database, but not a Ballast project (it was made by another program).`,
        { path, applicationId },
      );
    }
    const newest = versions[versions.length - 1];
    if (newest > CURRENT_SCHEMA_VERSION) {
      throw new ApiFailure(
        'newer-schema',
        `"${name}" was saved by a newer version of Ballast (project schema ${newest}; this version reads up to ${CURRENT_SCHEMA_VERSION}). Update Ballast to open it; the file was not changed.`,
        { path, fileSchema: newest, appSchema: CURRENT_SCHEMA_VERSION },
      );
    }
    const known = MIGRATIONS.slice(0, versions.length).map((m) => m.version);
    if (known.some((v, i) => v !== versions[i])) {
      throw new ApiFailure(
        'damaged',
        `"${name}" records a schema history (${versions.join(', ')}) that this version of Ballast does not recognise; the file was not changed.`,
        { path, recorded: versions },
      );
    }
    return { schemaVersion: newest };
  } finally {
    db.close();
  }
}

/** A rollback journal left beside the file: a save was interrupted (a crash, a kill, a power cut). */
function hasHotJournal(path: string): boolean {
  return (statSync(`${path}-journal`, { throwIfNoEntry: false })?.size ?? 0) > 0;
}

/**
 * Finishes what SQLite does for any writer that finds a journal left by an interrupted save: rolls the
 * unfinished transaction back, restoring the last committed state. A read-only connection cannot, and
 * would report the file as unreadable, so a project killed mid-save would look damaged. Only a file whose
 * header says it is a Ballast project of a schema this version knows is touched; anything else is
 * refused as before, byte-identical. The header is read directly: the application id never changes after
 * creation, and user_version only grows.
 */
function recoverInterruptedSave(path: string, name: string, options: SqliteOptions): void {
  const header = readHeader(path, 100);
  const applicationId = header.readUInt32BE(68);
  const userVersion = header.readUInt32BE(60);
  if (applicationId !== BALLAST_APPLICATION_ID) {
    throw new ApiFailure(
      'not-a-project',
      `"${name}" is a SQLite database, but not a Ballast project (it was made by another program).`,
      { path, applicationId },
    );
  }
  if (userVersion > CURRENT_SCHEMA_VERSION) {
    throw new ApiFailure(
      'newer-schema',
      `"${name}" was saved by a newer version of Ballast (project schema ${userVersion}; this version reads up to ${CURRENT_SCHEMA_VERSION}). Update Ballast to open it; the file was not changed.`,
      { path, fileSchema: userVersion, appSchema: CURRENT_SCHEMA_VERSION },
    );
  }
  let db;
  try {
    db = openSqlite(path, options);
    db.prepare('SELECT COUNT(*) FROM sqlite_master').get(); // the first read rolls the journal back
  } catch (error) {
    throw damaged(name, path, error);
  } finally {
    db?.close();
  }
}

function readHeader(path: string, length = SQLITE_HEADER.length): Buffer {
  const header = Buffer.alloc(length);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  return header;
}

function damaged(name: string, path: string, cause: unknown): ApiFailure {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new ApiFailure(
    'damaged',
    `"${name}" is damaged and cannot be opened (SQLite reports: ${detail}). The file was not changed; restore it from a backup.`,
    { path, sqlite: detail },
  );
}
