import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCliBundles, cliBundleIsStale, cliBundlePath } from '../../scripts/lib/cli-bundle.mjs';

/**
 * `npm run simulate` and `npm run import` start from an esbuild bundle, not through tsx (which spent
 * most of a short run compiling at start-up), and the bundle is rebuilt by itself when a source changes.
 */

const run = promisify(execFile);
const repo = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'ballast-cli-bundle-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const packageJson = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};

describe('command-line start-up', () => {
  it('runs simulate and import through the bundling wrapper, never tsx', () => {
    expect(packageJson.scripts.simulate).toBe('node scripts/cli.mjs simulate');
    expect(packageJson.scripts.import).toBe('node scripts/cli.mjs import-csv');
  });

  it('builds the bundles, keeping the native SQLite module out of the JSON path', async () => {
    const outDir = join(work, 'out');
    expect(cliBundleIsStale(repo, outDir)).toBe(true);
    await buildCliBundles(repo, outDir);
    expect(cliBundleIsStale(repo, outDir)).toBe(false);
    const simulate = readFileSync(cliBundlePath(repo, 'simulate', outDir), 'utf8');
    expect(simulate).not.toContain('better-sqlite3');
    expect(simulate).not.toContain('tsx');
    // The Monte Carlo threads run a bundle of their own beside it, with no tsx either.
    expect(readFileSync(cliBundlePath(repo, 'monte-carlo-thread', outDir), 'utf8')).not.toContain('tsx');
  });

  it('shares Monte Carlo runs among bundled worker threads, with the same report for 1 and 3 of them', async () => {
    const outDir = join(work, 'threads');
    await buildCliBundles(repo, outDir);
    const scenario = join(repo, 'resources', 'scenarios', 'v2-founder-with-operator.scenario.json');
    const [one, three] = await Promise.all(
      ['1', '3'].map((workers) =>
        run(process.execPath, [
          cliBundlePath(repo, 'simulate', outDir),
          scenario,
          '--runs',
          '24',
          '--workers',
          workers,
          '--json',
        ]),
      ),
    );
    expect(JSON.parse(one.stdout)).toMatchObject({ runs: 24 });
    expect(three.stdout).toBe(one.stdout);
  });

  it('is stale again once a source file it was built from changes, or the bundle is gone', async () => {
    const outDir = join(work, 'stale');
    await buildCliBundles(repo, outDir);
    const stamp = JSON.parse(readFileSync(join(outDir, 'inputs.json'), 'utf8')) as { inputs: string[] };
    expect(stamp.inputs).toContain('src/engine/index.ts');
    expect(stamp.inputs).toContain('src/cli/import-csv.ts');
    expect(stamp.inputs).toContain('src/cli/monte-carlo-thread.ts');
    expect(stamp.inputs.some((input) => input.includes('node_modules'))).toBe(false);

    // Make the bundle older than the sources instead of touching a source file others are editing.
    const past = new Date(Date.now() - 3_600_000 * 24 * 365 * 20);
    utimesSync(cliBundlePath(repo, 'simulate', outDir), past, past);
    expect(cliBundleIsStale(repo, outDir)).toBe(true);
    await buildCliBundles(repo, outDir);
    expect(cliBundleIsStale(repo, outDir)).toBe(false);
    rmSync(cliBundlePath(repo, 'import-csv', outDir));
    expect(cliBundleIsStale(repo, outDir)).toBe(true);
  });

  it('runs the bundled simulate as `npm run simulate` does, with its exit codes', async () => {
    const scenario = join(repo, 'resources', 'scenarios', 'v1-visionary-founder.scenario.json');
    const { stdout } = await run(
      process.execPath,
      ['scripts/cli.mjs', 'simulate', scenario, '--quarters', '4', '--json'],
      { cwd: repo },
    );
    const report = JSON.parse(stdout) as { quarters: unknown[] };
    expect(report.quarters.length).toBeGreaterThan(0);
    await expect(
      run(process.execPath, ['scripts/cli.mjs', 'simulate', '--bogus'], { cwd: repo }),
    ).rejects.toMatchObject({ code: 2 });
    await expect(run(process.execPath, ['scripts/cli.mjs', 'nope'], { cwd: repo })).rejects.toMatchObject({
      code: 2,
    });
  });
});
