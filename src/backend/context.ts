import type { ProjectBackups } from './backups/project-backups';
import type { PathPolicy } from './paths/path-policy';
import type { RoomSession } from './room/room-session';
import type { OpenProjects } from './project/open-projects';
import type { SampleLibrary } from './samples/sample-library';
import type { RecentProjects } from './state/recent-projects';
import type { SqliteOptions } from './db/sqlite';
import type { Session } from './state/session';

/** What the native host (Electron) can do that browser mode cannot. */
export interface HostServices {
  chooseOpenPath?(): Promise<string | null>;
  chooseSavePath?(suggestedName?: string): Promise<string | null>;
}

export interface BackendOptions {
  transport: 'electron' | 'web';
  /** Where new projects and opened samples are written (Electron: Documents/Ballast). */
  dataDir: string;
  /** App state such as the recent-projects list (Electron: userData). */
  stateDir: string;
  samplesDir: string;
  version: string;
  host?: HostServices;
  /** An Electron-ABI better_sqlite3.node, kept apart from the Node build the tests use. */
  nativeBinding?: string;
  onProjectOpened?(path: string): void;
  /** The least time between two automatic backups of a project (default 10 minutes). */
  backupIntervalMs?: number;
  /** The built UI (out/renderer), which a room session serves to participants; none: no room sessions. */
  staticDir?: string;
}

/** Everything a handler may use; built once per backend. */
export interface BackendContext {
  options: BackendOptions;
  paths: PathPolicy;
  projects: OpenProjects;
  recent: RecentProjects;
  samples: SampleLibrary;
  backups: ProjectBackups;
  session: Session;
  /** The workshop's room session (at most one; off until the facilitator starts it). */
  room: RoomSession;
}

/** The native module to open extra SQLite files with (a backup being checked, say). */
export function sqliteOptions(context: BackendContext): SqliteOptions {
  const { nativeBinding } = context.options;
  return nativeBinding ? { nativeBinding } : {};
}
