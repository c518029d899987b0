import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Which better-sqlite3 binary the backend loads under Electron.
 *
 * `node_modules/better-sqlite3/build` holds the Node-ABI build the tests use; Electron needs a build
 * for its own ABI. When running from source, `npm start` builds that one apart, in
 * `.native/electron-<version>/better_sqlite3.node`, and passes its path here. A packaged app uses the
 * module bundled in the package, which electron-builder rebuilt for Electron.
 */

/** Where `npm start` puts the Electron build (keep in step with scripts/lib/native-paths.mjs). */
export function electronBindingPath(appRoot: string, electronVersion: string): string {
  return path.join(appRoot, '.native', `electron-${electronVersion}`, 'better_sqlite3.node');
}

export type NativeBindingChoice =
  | { kind: 'bundled' }
  | { kind: 'file'; path: string }
  | { kind: 'missing'; expectedPath: string; message: string };

export interface NativeBindingContext {
  isPackaged: boolean;
  appRoot: string;
  electronVersion: string;
  /** BALLAST_NATIVE_BINDING, set by the start script. */
  envPath?: string;
  exists?: (filePath: string) => boolean;
}

export function chooseNativeBinding(context: NativeBindingContext): NativeBindingChoice {
  const exists = context.exists ?? existsSync;
  if (context.isPackaged) return { kind: 'bundled' };
  const expectedPath = context.envPath || electronBindingPath(context.appRoot, context.electronVersion);
  if (exists(expectedPath)) return { kind: 'file', path: expectedPath };
  return {
    kind: 'missing',
    expectedPath,
    message:
      `Ballast needs better-sqlite3 built for Electron ${context.electronVersion}, expected at ${expectedPath}. ` +
      'Start the app with `npm start`, which builds it (this needs internet once).',
  };
}
