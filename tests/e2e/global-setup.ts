import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { findChromium } from './helpers/chromium';

/**
 * Before any browser test: a Chromium must exist (else fail, saying how to get one) and the UI is built
 * fresh, so the tests never drive a stale bundle.
 */
export default function setup(): void {
  findChromium();
  const root = join(import.meta.dirname, '..', '..');
  const build = spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  if (build.status !== 0) throw new Error(`electron-vite build failed:\n${build.stdout}\n${build.stderr}`);
}
