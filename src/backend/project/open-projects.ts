import { basename, extname } from 'node:path';
import type { ProjectSummary } from '../../core/api/contract';
import { createProjectDatabase, openProjectDatabase, readProjectName } from '../db/project-database';
import type { Db, SqliteOptions } from '../db/sqlite';
import { listScenarios } from './scenario-store';

/**
 * The project files this process has open, one connection each, keyed by absolute path. Handlers ask it
 * for a connection; nothing else holds one.
 */
export class OpenProjects {
  private readonly byPath = new Map<string, Db>();

  constructor(private readonly sqlite: SqliteOptions = {}) {}

  open(path: string): Db {
    const existing = this.byPath.get(path);
    if (existing) return existing;
    const db = openProjectDatabase(path, this.sqlite);
    this.byPath.set(path, db);
    return db;
  }

  create(path: string, name: string): Db {
    const db = createProjectDatabase(path, name, this.sqlite);
    this.byPath.set(path, db);
    return db;
  }

  close(path: string): boolean {
    const db = this.byPath.get(path);
    if (!db) return false;
    db.close();
    this.byPath.delete(path);
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
    };
  }
}
