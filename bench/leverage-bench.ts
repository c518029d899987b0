/**
 * `npm run bench:leverage`: how long "Where to act" takes for a 1,000-role org (syntheticOrg(1000, 20)) at
 * its last quarter, with the defaults the app uses when the results run once (LEVERAGE_RUNS Monte Carlo
 * runs per confirmed move). Target (issue 12): within 3 s. In one thread, after one untimed warm-up, it
 * times three runs and prints the median's wall and CPU time, each phase's share (the screen of moves,
 * the tornado, the Monte Carlo confirmation), two yardsticks from the same process (a deterministic run,
 * 200 Monte Carlo runs) and the load average, since the machine may be shared. Then the same on two worker
 * threads sharing the tasks, as the app's pool does (bench/leverage-thread.ts), checked to give the same
 * answer. Benchmark figures: no test asserts them.
 */
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';
import {
  confirmTasks,
  LEVERAGE_RUNS,
  leverage,
  leverageTasks,
  runLeverageTask,
  simulate,
  simulateMonteCarlo,
  summariseLeverage,
  type Leverage,
  type LeverageOptions,
  type LeverageTask,
  type LeverageTaskResult,
} from '../src/engine/index';
import { syntheticOrg } from './synthetic-org';

const scenario = syntheticOrg(1000, 20, false);
const options: LeverageOptions = { quarter: 20, runs: LEVERAGE_RUNS, seed: 1 };

function timed<T>(work: () => T): { value: T; ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = work();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { value, ms, cpuMs: (used.user + used.system) / 1000 };
}

leverage(scenario, options); // JIT warm-up
const runs = [0, 1, 2].map(() => timed(() => leverage(scenario, options)));
const median = [...runs].sort((a, b) => a.ms - b.ms)[1];
const answer = median.value;

// The same work phase by phase, through the task API a worker pool would use.
const phase = { screen: 0, tornado: 0, confirm: 0 };
const results: LeverageTaskResult[] = [];
for (const task of leverageTasks(scenario, options)) {
  const t = timed(() => runLeverageTask(scenario, task));
  results.push(t.value);
  phase[task.kind === 'screen' ? 'screen' : 'tornado'] += t.ms;
}
for (const task of confirmTasks(scenario, options, results))
  phase.confirm += timed(() => runLeverageTask(scenario, task)).ms;

// Yardsticks from the same process, so a figure taken on a busy machine can be read against the engine's
// own (docs/ENGINE-SPEED.md): one deterministic run and 200 Monte Carlo runs of the same org.
const det = timed(() => simulate(scenario, { roleOutputs: false }));
const mc = timed(() => simulateMonteCarlo(scenario, { runs: 200, seed: 1, roleShares: false }));

const f = (ms: number) => `${Math.round(ms)} ms`;
console.log(
  `leverage, 1,000 roles × 20 quarters at Q20: ${f(median.ms)} wall, ${f(median.cpuMs)} CPU (median of 3; ${runs.map((r) => f(r.ms)).join(', ')}); target 3 s`,
);
console.log(
  `  ${answer.candidates} managers, ${answer.screened} screened (${answer.moves} moves), ${answer.suggestions.length} suggestions from ${answer.runs} runs each; ${answer.parametersTested} parameters in the tornado`,
);
console.log(
  `  phases: screen ${f(phase.screen)}, tornado ${f(phase.tornado)}, Monte Carlo confirmation ${f(phase.confirm)}`,
);
console.log(
  `  yardsticks: one deterministic run ${f(det.ms)}, 200 Monte Carlo runs ${f(mc.ms)} (leverage = ${(median.ms / mc.ms).toFixed(1)} × those)`,
);
console.log(
  `  load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);

// The app's way (simulation-client.ts): the tasks spread over a pool, here two worker threads running the
// thread entry bundled by esbuild (each compiles the engine on its own, so the pool is warmed up first).
// A free thread takes the next task; the confirmation starts once the screen has picked its moves.
const bundle = buildSync({
  entryPoints: [join(import.meta.dirname, 'leverage-thread.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  write: false,
  logLevel: 'error',
}).outputFiles[0].text;
const threads = [0, 1].map(() => new Worker(bundle, { eval: true }));

function ask(thread: Worker, task: LeverageTask): Promise<LeverageTaskResult> {
  return new Promise((resolve, reject) => {
    thread.once('error', reject);
    thread.once('message', (result: LeverageTaskResult) => {
      thread.off('error', reject);
      resolve(result);
    });
    thread.postMessage({ scenario, task });
  });
}

async function spread(tasks: readonly LeverageTask[]): Promise<LeverageTaskResult[]> {
  const out: LeverageTaskResult[] = new Array<LeverageTaskResult>(tasks.length);
  let next = 0;
  await Promise.all(
    threads.map(async (thread) => {
      while (next < tasks.length) {
        const k = next++;
        out[k] = await ask(thread, tasks[k]);
      }
    }),
  );
  return out;
}

async function pooled(): Promise<Leverage> {
  const first = await spread(leverageTasks(scenario, options));
  const second = await spread(confirmTasks(scenario, options, first));
  return summariseLeverage(scenario, options, [...first, ...second]);
}

try {
  // Warm-up: every thread compiles the engine's paths (the screen, the tornado, Monte Carlo) on its own.
  for (let k = 0; k < 3; k++) await pooled();
  const times: { ms: number; cpuMs: number; same: boolean }[] = [];
  for (let k = 0; k < 3; k++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const answer2 = await pooled();
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpu);
    times.push({
      ms,
      cpuMs: (used.user + used.system) / 1000,
      same: JSON.stringify(answer2) === JSON.stringify(answer),
    });
  }
  const mid = [...times].sort((a, b) => a.ms - b.ms)[1];
  console.log(
    `  on 2 worker threads (as the app's pool): ${f(mid.ms)} wall (median of 3, best ${f(Math.min(...times.map((t) => t.ms)))}; ${times.map((t) => f(t.ms)).join(', ')}), cores used ${(mid.cpuMs / mid.ms).toFixed(2)}; same answer as one thread: ${times.every((t) => t.same) ? 'yes' : 'NO'}`,
  );
  console.log(
    `  load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
} finally {
  await Promise.all(threads.map((t) => t.terminate()));
}
