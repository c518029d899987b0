import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../src/core/api/errors';
import { CURRENT_SCHEMA_VERSION } from '../../src/backend/db/migrations';
import {
  createProjectDatabase,
  openProjectDatabase,
  readProjectName,
} from '../../src/backend/db/project-database';
import { saveScenario } from '../../src/backend/project/scenario-store';
import { richScenario } from '../helpers/scenarios';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();

function failureOf(action: () => unknown): ApiFailure {
  try {
    action();
  } catch (error) {
    if (error instanceof ApiFailure) return error;
    throw error;
  }
  throw new Error('expected the action to fail');
}

function newProject(dir: string, name = 'p.ballast'): string {
  const path = join(dir, name);
  const db = createProjectDatabase(path, 'Test project');
  saveScenario(db, richScenario());
  db.close();
  return path;
}

describe('project file', () => {
  it('is created with the current schema, recorded migrations and our application id', () => {
    const path = newProject(tempDir());
    const db = openProjectDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(0x42414c53);
    expect(db.prepare('SELECT version, name FROM schema_migrations').all()).toEqual([
      { version: 1, name: 'initial' },
      { version: 2, name: 'scenario-lifecycle' },
      { version: 3, name: 'scenario-checksums' },
      { version: 4, name: 'succession-events' },
      { version: 5, name: 'people-data' },
      { version: 6, name: 'uncertainty' },
      { version: 7, name: 'workshop-groups' },
    ]);
    expect(readProjectName(db)).toBe('Test project');
    db.close();
  });

  it('refuses to create over an existing file', () => {
    const path = newProject(tempDir());
    const before = readFileSync(path);
    expect(failureOf(() => createProjectDatabase(path, 'again')).code).toBe('already-exists');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a text file renamed .ballast and leaves it byte-identical', () => {
    const path = join(tempDir(), 'notes.ballast');
    writeFileSync(path, 'These are meeting notes, not a database.\n'.repeat(10));
    const before = readFileSync(path);
    const failure = failureOf(() => openProjectDatabase(path));
    expect(failure.code).toBe('not-a-project');
    expect(failure.message).toContain('notes.ballast');
    expect(failure.message).toContain('not a SQLite database');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses an empty file and a missing one with distinct messages', () => {
    const dir = tempDir();
    const empty = join(dir, 'empty.ballast');
    writeFileSync(empty, '');
    expect(failureOf(() => openProjectDatabase(empty)).code).toBe('not-a-project');
    expect(readFileSync(empty).length).toBe(0);
    expect(failureOf(() => openProjectDatabase(join(dir, 'missing.ballast'))).code).toBe('not-found');
  });

  it('refuses a file from a newer schema, says which, and leaves it byte-identical', () => {
    const path = newProject(tempDir());
    const db = new Database(path);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', 'x')").run();
    db.pragma('user_version = 99');
    db.close();
    const before = readFileSync(path);
    const failure = failureOf(() => openProjectDatabase(path));
    expect(failure.code).toBe('newer-schema');
    expect(failure.message).toContain('newer version of Ballast');
    expect(failure.message).toContain('99');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it("refuses another program's SQLite database", () => {
    const path = join(tempDir(), 'other.ballast');
    const db = new Database(path);
    db.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)');
    db.close();
    const before = readFileSync(path);
    expect(failureOf(() => openProjectDatabase(path)).code).toBe('not-a-project');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a damaged file and leaves it byte-identical', () => {
    const path = newProject(tempDir());
    const bytes = readFileSync(path);
    const pageSize = bytes.readUInt16BE(16);
    // Scribble over every page after the first: the schema page survives, so SQLite opens the file and
    // only the integrity check can tell.
    for (let offset = pageSize; offset < bytes.length; offset += 7) bytes[offset] = 0xa5;
    writeFileSync(path, bytes);
    const failure = failureOf(() => openProjectDatabase(path));
    expect(failure.code).toBe('damaged');
    expect(failure.message).toContain('p.ballast');
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it("refuses another program's database with a leftover journal without rolling anything back", () => {
    const path = join(tempDir(), 'other.ballast');
    const db = new Database(path);
    db.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)');
    db.close();
    writeFileSync(`${path}-journal`, Buffer.alloc(1024, 7));
    const before = readFileSync(path);
    expect(failureOf(() => openProjectDatabase(path)).code).toBe('not-a-project');
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readFileSync(`${path}-journal`).equals(Buffer.alloc(1024, 7))).toBe(true);
  });
});
