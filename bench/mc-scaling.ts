/**
 * `npx tsx bench/mc-scaling.ts [--json]` (and the last section of `npm run bench`): 200 Monte Carlo runs of
 * 1,000 roles x 20 quarters (the engine benchmark's case, bench/bench-one.ts) on a pool of 1 and of 2
 * worker threads (src/cli/worker-pool.ts, as `npm run simulate -- --workers N` uses it): wall time from
 * posting the batch to the merged result, runs per second, and the 2-against-1 ratio (target: at least
 * 1.8 with two free cores). The threads run the thread entry bundled by esbuild on plain Node, as the
 * command line ships it; each pool is warmed up on the case first (every thread compiles the engine on its
 * own), then the best of three batches counts. Figures are printed, never asserted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { createMonteCarloPool } from '../src/cli/worker-pool';
import type { MonteCarloResult } from '../src/engine/index';
import { syntheticOrg } from './synthetic-org';

const ROLES = 1000;
const QUARTERS = 20;
const RUNS = 200;

export interface ScalingFigures {
  runs: number;
  roles: number;
  quarters: number;
  /**
   * Per pool size: the best batch's wall time, runs per second, and the process's CPU time over that
   * batch divided by its wall time: the cores it actually had (below the workers when others are busy).
   */
  pools: { workers: number; ms: number; runsPerSec: number; coresUsed: number }[];
  /** Wall time with 1 worker over wall time with 2. */
  ratio: number;
  /** Whether both pools gave the same result (they must: the merge is exact). */
  identical: boolean;
  load: { before: number; after: number };
}

export async function measureScaling(): Promise<ScalingFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'ballast-mc-scaling-'));
  const entry = join(dir, 'monte-carlo-thread.mjs');
  buildSync({
    entryPoints: [join(import.meta.dirname, '../src/cli/monte-carlo-thread.ts')],
    outfile: entry,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
  });
  const scenario = syntheticOrg(ROLES, QUARTERS, true);
  const options = { runs: RUNS, seed: 1 };
  const loadBefore = loadavg()[0];
  const pools: ScalingFigures['pools'] = [];
  const results: MonteCarloResult[] = [];
  try {
    for (const workers of [1, 2]) {
      const pool = createMonteCarloPool(workers, pathToFileURL(entry));
      try {
        // Warm-up: thread start, module load and the JIT's compile of the step, in every thread.
        for (const until = performance.now() + 1000; performance.now() < until;)
          await pool.monteCarlo(scenario, options);
        let best = { ms: Infinity, cpuMs: 0 };
        for (let k = 0; k < 3; k++) {
          const cpu = process.cpuUsage();
          const start = performance.now();
          const result = await pool.monteCarlo(scenario, options);
          const ms = performance.now() - start;
          const used = process.cpuUsage(cpu);
          if (ms < best.ms) best = { ms, cpuMs: (used.user + used.system) / 1000 };
          if (k === 0) results.push(result);
        }
        pools.push({
          workers,
          ms: round(best.ms),
          runsPerSec: Math.round(RUNS / (best.ms / 1000)),
          coresUsed: round(best.cpuMs / best.ms),
        });
      } finally {
        await pool.close();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    runs: RUNS,
    roles: ROLES,
    quarters: QUARTERS,
    pools,
    ratio: Math.round((pools[0].ms / pools[1].ms) * 100) / 100,
    identical: JSON.stringify(results[0]) === JSON.stringify(results[1]),
    load: { before: round(loadBefore), after: round(loadavg()[0]) },
  };
}

export function describeScaling(f: ScalingFigures): string[] {
  return [
    `Monte Carlo on worker threads: ${f.runs} runs x ${f.roles.toLocaleString('en')} roles x ${f.quarters} quarters (warm pool, best of 3, wall time)`,
    `load average (1 min): ${f.load.before} before, ${f.load.after} after`,
    ...f.pools.map(
      (p) =>
        `  ${p.workers} worker${p.workers === 1 ? ' ' : 's'}  ${p.ms.toFixed(0).padStart(6)} ms  ${String(p.runsPerSec).padStart(5)} runs/s  (cores used ${p.coresUsed.toFixed(2)})`,
    ),
    `target 2 workers >= 1.8 x 1 worker (two free cores): x${f.ratio.toFixed(2)} -> ${f.ratio >= 1.8 ? 'met' : 'NOT met'}; same result from both: ${f.identical ? 'yes' : 'NO'}`,
  ];
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await measureScaling();
  process.stdout.write(
    process.argv.includes('--json')
      ? JSON.stringify(figures) + '\n'
      : describeScaling(figures).join('\n') + '\n',
  );
}
