import Database from 'better-sqlite3';
import { inspectProjectFile } from './inspect-project-file';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';
import { openSqlite, type Db, type SqliteOptions } from './sqlite';

/**
 * A project file checked like any open, read through a read-only connection and copied into memory, then
 * migrated to the current schema there: for reading a file that must not be written (a write-protected
 * project, a backup, a file the command line reads). The file itself is never changed.
 */
export function openMigratedCopy(path: string, options: SqliteOptions = {}): Db {
  inspectProjectFile(path, options);
  const file = openSqlite(path, { ...options, readonly: true });
  let copy: Db;
  try {
    copy = new Database(
      file.serialize(),
      options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
    );
  } finally {
    file.close();
  }
  try {
    migrate(copy, MIGRATIONS);
  } catch (error) {
    copy.close();
    throw error;
  }
  return copy;
}
