import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';

const REPO_ROOT = join(import.meta.dirname, '..', '..');
// Inside node_modules, so the bundle's external imports (better-sqlite3) resolve as the app's do.
const OUT_DIR = join(REPO_ROOT, 'node_modules', '.cache', 'ballast-test-children');
const bundles = new Map<string, Promise<string>>();

/**
 * A test's child script bundled by esbuild to plain JavaScript, once per test process. Children that
 * are started a hundred times (the crash tests) then start in plain Node instead of paying tsx's
 * compile at every start, which on a busy machine took most of the test's time.
 */
export function bundledChild(script: string): Promise<string> {
  let bundle = bundles.get(script);
  if (!bundle) {
    const outfile = join(OUT_DIR, `${basename(script, '.ts')}-${process.pid}.mjs`);
    mkdirSync(OUT_DIR, { recursive: true });
    bundle = build({
      entryPoints: [script],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: ['better-sqlite3'],
      logLevel: 'error',
    }).then(() => outfile);
    bundles.set(script, bundle);
  }
  return bundle;
}
