import { walkArgs } from './walk-args';
/**
 * Reads the arguments of `npm run simulate` (the command-line contract in the scenario-format document).
 * Every mistake is collected so one run lists them all; flags take their value as the next argument or
 * after "=".
 */
export const SIMULATE_USAGE =
  'usage: npm run simulate -- <scenario.json | project.ballast> [--scenario NAME] [--quarters N] [--runs N] [--workers N] [--seed S] [--json]';

export const MAX_RUNS = 100_000;
/** Most threads --workers may ask for (the default is one per core, and never more than the runs). */
export const MAX_WORKERS = 256;

export interface SimulateCliOptions {
  file: string;
  scenarioName?: string;
  quarters?: number;
  runs: number;
  /** Threads that share the Monte Carlo runs; undefined: one per core (os.availableParallelism). */
  workers?: number;
  seed?: number;
  json: boolean;
}

export type SimulateArgs = { ok: true; options: SimulateCliOptions } | { ok: false; errors: string[] };

export function parseSimulateArgs(argv: readonly string[]): SimulateArgs {
  const errors: string[] = [];
  let scenarioName: string | undefined;
  let quarters: number | undefined;
  let runs = 1;
  let workers: number | undefined;
  let seed: number | undefined;
  let json = false;

  const positional = walkArgs(argv, errors, (flag, value) => {
    switch (flag) {
      case '--json':
        json = true;
        break;
      case '--scenario': {
        const v = value();
        if (v !== undefined) scenarioName = v;
        break;
      }
      case '--quarters': {
        const v = value();
        if (v !== undefined) quarters = wholeNumber(v, '--quarters', 1, 40, errors);
        break;
      }
      case '--runs': {
        const v = value();
        if (v !== undefined) runs = wholeNumber(v, '--runs', 1, MAX_RUNS, errors) ?? 1;
        break;
      }
      case '--workers': {
        const v = value();
        if (v !== undefined) workers = wholeNumber(v, '--workers', 1, MAX_WORKERS, errors);
        break;
      }
      case '--seed': {
        const v = value();
        if (v !== undefined) seed = wholeNumber(v, '--seed', -2147483648, 4294967295, errors);
        break;
      }
      default:
        errors.push(`unknown option ${flag}.`);
    }
  });
  if (positional.length === 0) errors.push('no scenario file given.');
  if (positional.length > 1)
    errors.push(`one scenario file at a time, not ${positional.length}: ${positional.join(', ')}.`);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, options: { file: positional[0], scenarioName, quarters, runs, workers, seed, json } };
}

function wholeNumber(
  text: string,
  flag: string,
  min: number,
  max: number,
  errors: string[],
): number | undefined {
  const n = /^-?\d+$/.test(text.trim()) ? Number(text) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    errors.push(`${flag} must be a whole number from ${min} to ${max}, not "${text}".`);
    return undefined;
  }
  return n;
}
