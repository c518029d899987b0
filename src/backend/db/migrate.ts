import type Database from 'better-sqlite3';
import type { Migration } from './migrations/migration';

/**
 * Brings a project file up to the newest schema, one migration per transaction, recording each in
 * `schema_migrations` and in `PRAGMA user_version` (the quick read used before a file is trusted).
 */
export function migrate(db: Database.Database, migrations: readonly Migration[], now = new Date()): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map(
      (r) => r.version,
    ),
  );
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const ran: number[] = [];
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.up);
      migration.fill?.(db);
      record.run(migration.version, migration.name, now.toISOString());
      db.pragma(`user_version = ${migration.version}`);
    })();
    ran.push(migration.version);
  }
  return ran;
}

/** The versions recorded in a file, in order; empty for a file with no migration table. */
export function recordedVersions(db: Database.Database): number[] {
  const table = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
    .get();
  if (!table) return [];
  return (
    db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[]
  ).map((r) => r.version);
}
