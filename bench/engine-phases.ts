/**
 * Where a deterministic run's time goes, phase by phase, in the steady state (JIT warm):
 *   npx tsx bench/engine-phases.ts [roles=10000] [quarters=40]
 * Prints the median of five runs of: building the kernel (structure and state from the scenario), the
 * quarter-0 warm-up, the quarterly steps, the whole run without per-role results and the whole run with
 * them; the difference of the last two is the cost of keeping per-role figures (docs/ENGINE-SPEED.md).
 */
import { syntheticOrg } from './synthetic-org';
import { simulate } from '../src/engine/index';
import { Kernel, WARM_UP_PASSES } from '../src/engine/kernel';
import { resolveParameters } from '../src/engine/parameters';

const roles = Number(process.argv[2] ?? 10_000);
const quarters = Number(process.argv[3] ?? 40);
const scenario = syntheticOrg(roles, quarters, true); // the benchmark's org, events included
const params = resolveParameters();

function timed(f: () => void): number {
  const start = performance.now();
  f();
  return performance.now() - start;
}

function phases() {
  let kernel: Kernel | undefined;
  const build = timed(() => (kernel = new Kernel(scenario, params)));
  const warmUp = timed(() => kernel!.warmUp());
  const steps = timed(() => {
    for (let q = 1; q <= quarters; q++) kernel!.step(q, false);
  });
  const orgOnly = timed(() => simulate(scenario, { roleOutputs: false }));
  const whole = timed(() => simulate(scenario));
  return { build, warmUp, steps, orgOnly, whole };
}

for (const until = performance.now() + 1000; performance.now() < until;) phases();
const runs = Array.from({ length: 5 }, phases);
const median = (key: keyof ReturnType<typeof phases>) => runs.map((r) => r[key]).sort((a, b) => a - b)[2];
const roleQuarters = roles * quarters;
const row = (label: string, ms: number, perUnit = roleQuarters) =>
  `${label.padEnd(44)} ${ms.toFixed(1).padStart(7)} ms ${((ms * 1e6) / perUnit).toFixed(0).padStart(5)} ns per role-quarter`;
process.stdout.write(
  [
    `${roles} roles x ${quarters} quarters, median of 5 warm runs`,
    row('building the kernel', median('build')),
    row(`quarter-0 warm-up (${WARM_UP_PASSES} passes)`, median('warmUp')),
    row(`quarterly steps (${quarters})`, median('steps')),
    row('whole run, org figures only', median('orgOnly')),
    row('whole run with per-role figures', median('whole')),
    row('  of which keeping per-role figures', median('whole') - median('orgOnly')),
  ].join('\n') + '\n',
);
