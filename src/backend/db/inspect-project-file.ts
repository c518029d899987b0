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

function readHeader(path: string): Buffer {
  const header = Buffer.alloc(SQLITE_HEADER.length);
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
