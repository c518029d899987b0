import Database from 'better-sqlite3';

export type Db = Database.Database;

/**
 * Where the native module comes from. Tests and the CLI run on Node and use node_modules' own build; the
 * Electron app passes the separate Electron-ABI build (see docs/ELECTRON.md), so neither breaks the other.
 */
export interface SqliteOptions {
  nativeBinding?: string;
}

export function openSqlite(
  path: string,
  options: SqliteOptions & { readonly?: boolean; create?: boolean },
): Db {
  return new Database(path, {
    readonly: options.readonly ?? false,
    fileMustExist: !options.create,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
}

/** The first 16 bytes of every SQLite 3 database file. */
export const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** Marks a SQLite file as a Ballast project ("BALS"), so another program's database is told apart. */
export const BALLAST_APPLICATION_ID = 0x42414c53;

/** Pragmas every read-write connection to a project uses: durable commits and enforced references. */
export function applyConnectionPragmas(db: Db): void {
  db.pragma('foreign_keys = ON');
  db.pragma('journal_mode = DELETE');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 2000');
}
