/**
 * The command line `npm start` gives Electron: the app folder ('.', so package.json's "main" and
 * version are used), then either what the user passed after `npm start --` or the sample project.
 */
export const DEFAULT_SAMPLE_ID = 'founder-led-startup';

export function electronLaunchArgs(userArgs) {
  return ['.', ...(userArgs.length > 0 ? userArgs : ['--sample', DEFAULT_SAMPLE_ID])];
}

/** Electron's environment: the Electron-ABI binding, and nothing that would turn Electron into Node. */
export function electronLaunchEnv(env, bindingPath) {
  const next = { ...env, BALLAST_NATIVE_BINDING: bindingPath };
  delete next.ELECTRON_RUN_AS_NODE;
  return next;
}
