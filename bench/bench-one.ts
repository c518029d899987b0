/**
 * One benchmark case in a fresh process, so each figure has its own JIT warm-up and its own peak memory:
 *   node --import tsx bench/bench-one.ts <engine|reference> <deterministic|monteCarlo> <roles> <quarters> [runs]
 * (`npm run bench` runs it bundled, on plain Node). Prints one JSON object. Peak memory is the process's
 * maximum resident set size (the OS's count), which includes Node itself, the scenario object and the
 * results the run keeps (and tsx, when run as above).
 */
import { referenceMonteCarlo, referenceSimulate } from './reference-engine';
import { syntheticOrg } from './synthetic-org';
import { simulate, simulateMonteCarlo } from '../src/engine/index';

const [impl, mode, rolesText, quartersText, runsText] = process.argv.slice(2);
const roles = Number(rolesText);
const quarters = Number(quartersText);
const runs = Number(runsText ?? 1);
const engine = impl === 'engine';

/** One run of the case: its wall time and its CPU time (the machine may be shared; CPU time is not). */
function once(n: number, q: number): { ms: number; cpuMs: number } {
  const scenario = syntheticOrg(n, q, true);
  const cpu = process.cpuUsage();
  const start = performance.now();
  if (mode === 'deterministic') {
    if (engine) simulate(scenario);
    else referenceSimulate(scenario);
  } else if (engine) simulateMonteCarlo(scenario, { runs, seed: 1 });
  else referenceMonteCarlo(scenario, runs, 1);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000 };
}

// JIT warm-up, then the measured case: best of three below 100,000 roles, one run above (a second
// 100,000-role result would only measure the garbage collector). Below 100,000 roles the warm-up repeats
// the measured case itself for half a second: TurboFan compiles step() in the background in about 45 ms,
// and a single warm-up on a small org left measured runs of 1,000 roles in the interpreter (8 ms in one
// process, 25 ms in the next), while the figures are meant to show the steady state a user editing a
// scenario gets. The 100,000-role run (over a second, so the compile hardly counts) warms up on a small
// org, so its peak memory is its own.
if (roles >= 100_000) once(200, 8);
else for (const until = performance.now() + 500; performance.now() < until;) once(roles, quarters);
const repeats = roles >= 100_000 ? 1 : 3;
// The best run's wall time, with that run's CPU time.
let best = { ms: Infinity, cpuMs: 0 };
for (let k = 0; k < repeats; k++) {
  const run = once(roles, quarters);
  if (run.ms < best.ms) best = run;
}
const { ms, cpuMs } = best;
const peakMB = process.resourceUsage().maxRSS / 1024;
const out =
  mode === 'deterministic'
    ? {
        roles,
        quarters,
        ms: round(ms),
        roleQuartersPerSec: Math.round((roles * quarters) / (ms / 1000)),
        peakMB: round(peakMB),
        cpuMs: round(cpuMs),
      }
    : { runs, roles, quarters, ms: round(ms), peakMB: round(peakMB), cpuMs: round(cpuMs) };
process.stdout.write(JSON.stringify(out) + '\n');

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
