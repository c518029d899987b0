/**
 * `npm run bench:leverage`: how long "Where to act" takes for a 1,000-role org (syntheticOrg(1000, 20)) at
 * its last quarter, with the defaults the app uses when the results run once (LEVERAGE_RUNS Monte Carlo
 * runs per confirmed move). Target (issue 12): within 3 s, in one thread. After one untimed warm-up it
 * times three runs and prints the median's wall and CPU time, each phase's share (the screen of moves,
 * the tornado, the Monte Carlo confirmation), two yardsticks from the same process (a deterministic run,
 * 200 Monte Carlo runs) and the load average, since the machine may be shared. A benchmark figure: no test
 * asserts it.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  confirmTasks,
  LEVERAGE_RUNS,
  leverage,
  leverageTasks,
  runLeverageTask,
  simulate,
  simulateMonteCarlo,
  type LeverageOptions,
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
