import path from 'node:path';

/**
 * What a launch asks for: project files passed by the OS or the shell (a double-clicked `.ballast`
 * file arrives as an argument on Windows and Linux), `--sample <id>` from `npm start`, and
 * `--data-dir <folder>` for the projects folder in place of Documents/Ballast (browser mode's `--data`;
 * the desktop smoke test runs on a temporary one).
 *
 * argv also holds the executable, the app path ('.' when run from source) and Chromium switches, so only
 * arguments that name a `.ballast` file are taken as files.
 */
export interface LaunchRequest {
  projectFiles: string[];
  sampleId: string | null;
  /** An absolute folder, or null for the default (Documents/Ballast). */
  dataDir: string | null;
}

const SAMPLE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export function parseLaunchArgs(argv: readonly string[], cwd: string): LaunchRequest {
  const projectFiles: string[] = [];
  let sampleId: string | null = null;
  let dataDir: string | null = null;
  for (let index = 1; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === '--sample' && index + 1 < argv.length) {
      const value = argv[index + 1];
      if (SAMPLE_ID.test(value)) sampleId = value;
      index += 1;
      continue;
    }
    if (arg.startsWith('--sample=')) {
      const value = arg.slice('--sample='.length);
      if (SAMPLE_ID.test(value)) sampleId = value;
      continue;
    }
    if (arg === '--data-dir' && index + 1 < argv.length) {
      if (argv[index + 1]) dataDir = path.resolve(cwd, argv[index + 1]);
      index += 1;
      continue;
    }
    if (arg.startsWith('--data-dir=')) {
      const value = arg.slice('--data-dir='.length);
      if (value) dataDir = path.resolve(cwd, value);
      continue;
    }
    if (arg.startsWith('-')) continue; // Chromium switches, macOS -psn_ arguments
    if (!arg.toLowerCase().endsWith('.ballast')) continue;
    const resolved = path.resolve(cwd, arg);
    if (!projectFiles.includes(resolved)) projectFiles.push(resolved);
  }
  return { projectFiles, sampleId, dataDir };
}
