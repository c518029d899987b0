import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { ApiFailure } from '../../core/api/errors';
import { inspectProjectFile } from './inspect-project-file';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';
import {
  BALLAST_APPLICATION_ID,
  applyConnectionPragmas,
  openSqlite,
  type Db,
  type SqliteOptions,
} from './sqlite';

/** Creates a new, empty project file with the current schema. Refuses to overwrite an existing file. */
export function createProjectDatabase(path: string, projectName: string, options: SqliteOptions = {}): Db {
  if (existsSync(path)) {
    throw new ApiFailure('already-exists', `"${basename(path)}" already exists; choose another name.`, {
      path,
    });
  }
  const db = openSqlite(path, { ...options, create: true });
  try {
    applyConnectionPragmas(db);
    db.pragma(`application_id = ${BALLAST_APPLICATION_ID}`);
    migrate(db, MIGRATIONS);
    const now = new Date().toISOString();
    const put = db.prepare('INSERT INTO project (key, value) VALUES (?, ?)');
    db.transaction(() => {
      put.run('name', projectName);
      put.run('created_at', now);
    })();
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Opens an existing project: checked first without writing, then migrated forward if it is older. */
export function openProjectDatabase(path: string, options: SqliteOptions = {}): Db {
  inspectProjectFile(path, options);
  const db = openSqlite(path, options);
  try {
    applyConnectionPragmas(db);
    migrate(db, MIGRATIONS);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function readProjectName(db: Db): string {
  const row = db.prepare("SELECT value FROM project WHERE key = 'name'").get() as
    { value: string } | undefined;
  return row?.value ?? 'Untitled project';
}
