import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the main process finds its own files and the user's. Built code lives in out/main, out/preload
 * and out/renderer next to each other, both from source and inside the packaged app.asar.
 */

const mainDir = path.dirname(fileURLToPath(import.meta.url));

export const builtPaths = {
  /** The sandboxed preload, bundled to CommonJS (a sandboxed preload cannot be an ES module). */
  preload: path.join(mainDir, '..', 'preload', 'index.cjs'),
  renderer: path.join(mainDir, '..', 'renderer'),
  /** The backend process's entry, forked with utilityProcess (a second input of the main build). */
  backend: path.join(mainDir, 'backend.js'),
};

export interface AppLocations {
  appPath: string;
  isPackaged: boolean;
  resourcesPath: string;
  documentsDir: string;
  userDataDir: string;
  /** `--data-dir` from the command line, used in place of Documents/Ballast. */
  dataDirOverride?: string | null;
}

export function userPaths(locations: AppLocations) {
  return {
    /** New projects and opened samples. */
    dataDir: locations.dataDirOverride ?? path.join(locations.documentsDir, 'Ballast'),
    /** Recent projects, window position. */
    stateDir: locations.userDataDir,
    windowStateFile: path.join(locations.userDataDir, 'window-state.json'),
    /** Packaged: extraResources next to app.asar. From source: the repository's resources folder. */
    samplesDir: locations.isPackaged
      ? path.join(locations.resourcesPath, 'samples')
      : path.join(locations.appPath, 'resources', 'samples'),
  };
}
