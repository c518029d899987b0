import { join } from 'node:path';
import type { RecentProject } from '../core/api/contract';
import { createDispatch, type Dispatch } from './api/dispatch';
import { handlers } from './api/handlers';
import { openableRecent } from './api/handlers/recent';
import { ProjectBackups } from './backups/project-backups';
import type { BackendContext, BackendOptions } from './context';
import { PathPolicy } from './paths/path-policy';
import { OpenProjects } from './project/open-projects';
import { RoomSession } from './room/room-session';
import { SampleLibrary } from './samples/sample-library';
import { RecentProjects } from './state/recent-projects';
import { Session } from './state/session';

export type { BackendOptions, HostServices } from './context';

export interface Backend {
  /** Validates, runs and answers one operation; never throws. */
  dispatch: Dispatch;
  /** Allows a path the user chose outside the API (a dialog, the command line, the OS). */
  grantPath(path: string): void;
  recentProjects(): RecentProject[];
  close(): void;
}

/** The whole Node side of Ballast behind one function: both transports wrap what this returns. */
export function createBackend(options: BackendOptions): Backend {
  const session = new Session(options.stateDir);
  const backups = new ProjectBackups(join(options.stateDir, 'backups'), options.backupIntervalMs);
  // The room server answers participants through this backend's own dispatch, made below.
  let dispatch: Dispatch | null = null;
  const room = new RoomSession({ dispatch: () => dispatch!, staticDir: options.staticDir });
  const context: BackendContext = {
    options,
    paths: new PathPolicy(options.dataDir),
    projects: new OpenProjects(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}, {
      opened: (path, lastScenarioId) => {
        session.opened(path, lastScenarioId);
        // A backup killed mid-copy (a crash, a kill) left a project-sized partial file; this is its turn.
        backups.removeStalePartials(path);
      },
      closed: (path) => {
        session.closed(path);
        void room.projectClosed(path);
      },
    }),
    recent: new RecentProjects(options.stateDir),
    samples: new SampleLibrary(options.samplesDir),
    backups,
    session,
    room,
  };
  // In the desktop app every recent project was once chosen by the user, so it may open again from the
  // start screen's list. Browser mode stays confined to its data folder.
  if (options.transport === 'electron') {
    for (const entry of context.recent.list()) context.paths.grant(entry.path);
  }
  dispatch = createDispatch(handlers, context);
  return {
    dispatch,
    grantPath: (path) => context.paths.grant(path),
    recentProjects: () => openableRecent(context),
    // A clean close: every lock released and nothing left in the session to reopen.
    close: () => {
      void room.end();
      context.projects.closeAll();
      session.clear();
    },
  };
}
