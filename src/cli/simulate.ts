/**
 * `npm run simulate -- <scenario.json | project.ballast> [--scenario NAME] [--quarters N] [--runs N]
 * [--workers N] [--seed S] [--json]`: runs the engine on one scenario. Exit 0 on success; 2 for a bad file
 * or argument, with each problem on standard error. The JSON output is the engine's toSimulationReport,
 * the same object the app shows, plus `structure` (core/org/cost.ts: the spans & layers panel's
 * figures). Monte Carlo runs are shared by --workers threads (one per core by
 * default, never more than the runs; worker-pool.ts), and the result does not depend on how many.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { structureReport } from '../core/org/cost';
import type { Scenario } from '../core/scenario/types';
import { parseScenarioJson } from '../core/scenario/parse';
import { simulate, simulateMonteCarlo, toSimulationReport } from '../engine/index';
import { parseSimulateArgs, SIMULATE_USAGE } from './simulate-args';
import { formatTable } from './simulate-table';
import { createMonteCarloPool, threadEntryNextTo } from './worker-pool';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Runs the command and returns its exit status (tests call this directly). */
export async function runSimulateCli(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseSimulateArgs(argv);
  if (!args.ok) {
    for (const e of args.errors) io.err(`error: ${e}`);
    io.err(SIMULATE_USAGE);
    return 2;
  }
  const { file, scenarioName, quarters, runs, seed, json } = args.options;
  const workers = Math.min(args.options.workers ?? availableParallelism(), runs);

  let scenario: Scenario;
  if (file.toLowerCase().endsWith('.ballast')) {
    try {
      // Loaded only here, so reading a JSON scenario never needs the native SQLite module.
      const { readScenarioFromProjectFile } = await import('../backend/project/read-scenario');
      scenario = readScenarioFromProjectFile(file, scenarioName);
    } catch (e) {
      io.err(`error: ${(e as Error).message}`);
      return 2;
    }
  } else {
    if (scenarioName !== undefined)
      io.err('warning: --scenario applies to .ballast project files only; ignored.');
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      io.err(`error: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      return 2;
    }
    const parsed = parseScenarioJson(text);
    if (!parsed.ok) {
      for (const p of parsed.problems) io.err(`${p.severity}: ${file}: ${p.message}`);
      return 2;
    }
    for (const w of parsed.warnings) io.err(`warning: ${file}: ${w.message}`);
    scenario = parsed.value;
  }

  const pool = workers > 1 ? createMonteCarloPool(workers, threadEntryNextTo(import.meta.url)) : null;
  try {
    const options = { runs, seed: seed ?? scenario.seed ?? 1, quarters };
    // The threads start on the runs first; the deterministic run goes on here meanwhile.
    const shared = pool?.monteCarlo(scenario, options);
    shared?.catch(() => {}); // awaited below, after the deterministic run (which may throw first)
    const result = simulate(scenario, { quarters });
    const mc = shared ? await shared : runs > 1 ? simulateMonteCarlo(scenario, options) : undefined;
    const report = toSimulationReport(result, mc);
    // The starting org's spans, layers and cost: the figures of the app's spans & layers panel.
    io.out(
      json ? JSON.stringify({ ...report, structure: structureReport(scenario.roles) }) : formatTable(report),
    );
    return 0;
  } catch (e) {
    if (e instanceof RangeError) {
      io.err(`error: ${e.message}`);
      return 2;
    }
    throw e;
  } finally {
    await pool?.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const code = await runSimulateCli(process.argv.slice(2), {
    out: (t) => process.stdout.write(t + '\n'),
    err: (t) => process.stderr.write(t + '\n'),
  });
  process.exitCode = code;
}
