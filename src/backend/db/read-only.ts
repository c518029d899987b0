import { accessSync, constants } from 'node:fs';
import { basename, dirname } from 'node:path';
import { ApiFailure } from '../../core/api/errors';
import { inspectProjectFile } from './inspect-project-file';
import { openMigratedCopy } from './migrated-copy';
import { CURRENT_SCHEMA_VERSION } from './migrations';
import { openSqlite, type Db, type SqliteOptions } from './sqlite';

/**
 * Why a project file cannot be written, in a sentence, or null when it can. Saving needs the file itself
 * and its folder (SQLite writes its rollback journal beside the file, and Ballast its lock file). Asked of
 * the operating system (access(2)), which answers for the user Ballast runs as, and also knows a
 * read-only disk or share (EROFS).
 */
export function whyReadOnly(path: string): string | null {
  const refused = (target: string): string | null => {
    try {
      accessSync(target, constants.W_OK);
      return null;
    } catch (error) {
      return (error as { code?: string }).code ?? 'EACCES';
    }
  };
  const name = basename(path);
  const file = refused(path);
  if (file === 'EROFS') return `"${name}" is on a read-only disk or share.`;
  if (file !== null) return `"${name}" is write-protected: you may read it but not change it.`;
  const folder = refused(dirname(path));
  if (folder === 'EROFS') return `"${name}" is on a read-only disk or share.`;
  if (folder !== null) {
    return `The folder holding "${name}" is write-protected, and saving needs to write beside the file.`;
  }
  return null;
}

/**
 * Opens a project that cannot be written: checked like any open, then through a read-only connection,
 * so every attempt to write fails inside SQLite instead of half-succeeding. A file of an older schema is
 * migrated in an in-memory copy (never on disk) that refuses writes too (query_only).
 */
export function openProjectDatabaseReadOnly(path: string, options: SqliteOptions = {}): Db {
  const { schemaVersion } = inspectProjectFile(path, options);
  if (schemaVersion === CURRENT_SCHEMA_VERSION) return openSqlite(path, { ...options, readonly: true });
  const copy = openMigratedCopy(path, options);
  copy.pragma('query_only = ON');
  return copy;
}

/** The error for any change asked of a project opened read-only. */
export function readOnlyFailure(path: string, reason: string): ApiFailure {
  return new ApiFailure(
    'read-only',
    `Nothing was saved: ${reason} Ballast opened it read-only. To keep your changes, use Save As to save a copy somewhere you can write.`,
    { path, reason },
  );
}

/** SQLite's codes for a write refused because the database, its journal or its folder is read-only. */
export function isSqliteReadOnlyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_READONLY');
}
