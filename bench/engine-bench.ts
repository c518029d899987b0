/**
 * `npm run bench [-- --json]`: the engine against the plain object-per-role reference (bench/reference-
 * engine.ts), each case in its own process (bench/bench-one.ts). Targets on one core: at least 20 million
 * role-quarters per second at 10,000 roles; 200 Monte Carlo runs of 1,000 roles x 20 quarters within
 * 250 ms; 100,000 roles x 40 quarters within 500 MB.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { describeScaling, measureScaling } from './mc-scaling';
import { describeStorage, type StorageFigures } from './storage-bench';

interface Det {
  roles: number;
  quarters: number;
  ms: number;
  roleQuartersPerSec: number;
  peakMB: number;
  /** CPU time of the measured run (includes the JIT's background compilation, if any). */
  cpuMs: number;
}
interface Mc {
  runs: number;
  roles: number;
  quarters: number;
  ms: number;
  peakMB: number;
  cpuMs: number;
}
interface Side {
  deterministic: Det[];
  monteCarlo: Mc;
}

// Each case runs the engine as shipped: bundled JavaScript on plain Node, not TypeScript through tsx,
// whose transpiler would add about 33 MB to every process's memory and compile time to its first runs.
const bundleDir = mkdtempSync(join(tmpdir(), 'ballast-bench-'));
const one = join(bundleDir, 'bench-one.mjs');
buildSync({
  entryPoints: [join(import.meta.dirname, 'bench-one.ts')],
  outfile: one,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'error',
});
const run = <T>(...args: (string | number)[]): T =>
  JSON.parse(execFileSync(process.execPath, [one, ...args.map(String)], { encoding: 'utf8' })) as T;

function side(impl: 'engine' | 'reference'): Side {
  return {
    deterministic: [1000, 10_000, 100_000].map((n) => run<Det>(impl, 'deterministic', n, 40)),
    monteCarlo: run<Mc>(impl, 'monteCarlo', 1000, 20, 200),
  };
}

const json = process.argv.includes('--json');
/** One-minute load average before and after (2 busy cores on a 2-core machine read as 2): figures taken
 * under load are slower, so every result carries it. */
const loadBefore = loadavg()[0];
const engine = side('engine');
const reference = side('reference');
rmSync(bundleDir, { recursive: true, force: true });
// Saving and opening through the backend, in its own process too (bench/storage-bench.ts).
const storage = JSON.parse(
  execFileSync(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'storage-bench.ts'), '--json'],
    {
      encoding: 'utf8',
    },
  ),
) as StorageFigures;
const load = { before: round2(loadBefore), after: round2(loadavg()[0]) };
const result = { engine, reference, storage, load };

if (json) {
  process.stdout.write(JSON.stringify(result) + '\n');
} else {
  const lines = [
    'Ballast engine benchmark (one process per case, JIT warmed on the case; best of 3 below 100,000 roles; wall time, CPU time in brackets)',
    `load average (1 min): ${load.before} before, ${load.after} after`,
    '',
  ];
  lines.push('deterministic, 40 quarters     engine                         reference');
  for (let k = 0; k < 3; k++) {
    const e = engine.deterministic[k];
    const r = reference.deterministic[k];
    const cell = (d: Det) =>
      `${(d.roleQuartersPerSec / 1e6).toFixed(2).padStart(6)} M rq/s ${d.ms.toFixed(0).padStart(6)} ms ${d.peakMB.toFixed(0).padStart(4)} MB`;
    lines.push(`  ${String(e.roles).padStart(7)} roles            ${cell(e)}    ${cell(r)}`);
  }
  const mc = (m: Mc) =>
    `${m.ms.toFixed(0).padStart(6)} ms (${m.cpuMs.toFixed(0)}) ${m.peakMB.toFixed(0).padStart(4)} MB`;
  lines.push(
    `Monte Carlo 200 runs x 1,000 roles x 20 quarters: engine ${mc(engine.monteCarlo)}, reference ${mc(reference.monteCarlo)}`,
  );
  lines.push('');
  const d10 = engine.deterministic[1];
  const d100 = engine.deterministic[2];
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  lines.push(
    `target >= 20 M role-quarters/s at 10,000 roles: ${(d10.roleQuartersPerSec / 1e6).toFixed(2)} M -> ${verdict(d10.roleQuartersPerSec >= 20e6)}`,
  );
  lines.push(
    `target <= 250 ms for 200 Monte Carlo runs: ${engine.monteCarlo.ms} ms -> ${verdict(engine.monteCarlo.ms <= 250)}`,
  );
  lines.push(
    `target < 500 MB at 100,000 roles x 40 quarters: ${d100.peakMB} MB -> ${verdict(d100.peakMB < 500)}`,
  );
  lines.push(
    `speed-up over the reference at 10,000 roles: x${(d10.roleQuartersPerSec / reference.deterministic[1].roleQuartersPerSec).toFixed(1)}`,
  );
  lines.push('', ...describeStorage(storage));
  process.stdout.write(lines.join('\n') + '\n');
}
// Last, on the cores the cases above left free: Monte Carlo on 1 and 2 worker threads (bench/mc-scaling.ts,
// which prints its figures as JSON on its own with --json).
if (!json) process.stdout.write(['', ...describeScaling(await measureScaling())].join('\n') + '\n');

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
