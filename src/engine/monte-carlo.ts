/**
 * Monte Carlo mode: N runs of the same kernel with a seeded generator. Each run restarts from the same
 * quarter 0 (the deterministic steady state) and draws: noise on engagement and execution targets, binomial
 * quits, strategic-fit noise, and the gain of each coaching and 360 event. Only org figures are kept per
 * run, so memory is figures x quarters x runs. No DOM or Node API: runs in a Web Worker or worker_threads.
 */
import type { Scenario } from '../core/scenario/types';
import { applyEvents, eventsByQuarter } from './events';
import { Kernel } from './kernel';
import { decodeVerdict, OUTCOMES, type Outcome } from './outcome';

/** Verdict codes fit in 7 bits (outcome.ts). */
const VERDICT_CODES = 128;
import { resolveParameters, type ModelParameters } from './parameters';
import { Rng, runSeed } from './random';
import { ORG_FIGURES, type OrgFigureName, type OrgQuarter } from './results';
import { resolveQuarters } from './simulate';

export interface MonteCarloOptions {
  runs: number;
  seed: number;
  parameters?: Partial<ModelParameters>;
  quarters?: number;
  /** Called after each run. */
  onProgress?: (done: number, total: number) => void;
  /** Checked before each run; when it returns true the runs finished so far are summarised. */
  isCancelled?: () => boolean;
}

export interface Band {
  p10: number;
  p50: number;
  p90: number;
}

export type QuarterBands = Record<OrgFigureName, Band>;

export interface MonteCarloResult {
  scenario: string;
  /** Runs actually completed (fewer than asked when cancelled). */
  runs: number;
  requestedRuns: number;
  seed: number;
  quarters: number;
  parameters: ModelParameters;
  /** Per quarter: each numeric figure is the median over runs; outcome the most frequent, confirmed by majority. */
  median: OrgQuarter[];
  bands: QuarterBands[];
  /** Per quarter: share of runs with each outcome. */
  outcomeShares: Record<Outcome, number>[];
  cancelled: boolean;
  warnings: string[];
}

export function simulateMonteCarlo(scenario: Scenario, options: MonteCarloOptions): MonteCarloResult {
  const { runs, seed } = options;
  if (!Number.isInteger(runs) || runs < 1)
    throw new RangeError(`Runs must be a whole number of at least 1, not ${runs}.`);
  if (!Number.isFinite(seed)) throw new RangeError(`Seed must be a number, not ${seed}.`);
  const params = resolveParameters(scenario.parameters, options.parameters);
  const quarters = resolveQuarters(scenario, options.quarters);
  const Q = quarters + 1;
  const F = ORG_FIGURES.length;

  const kernel = new Kernel(scenario, params);
  kernel.unitVerdicts = false; // only org figures are kept per run
  kernel.warmUp();
  const start = kernel.snapshot();
  const byQ = eventsByQuarter(scenario.events, quarters);

  const values = new Float64Array(F * Q * runs); // [figure][quarter][run]
  const outcomeCounts = new Int32Array(4 * Q);
  const codeCounts = new Int32Array(VERDICT_CODES * Q);
  const warnings: string[] = [];
  let done = 0;
  let cancelled = false;

  for (let r = 0; r < runs; r++) {
    if (options.isCancelled?.()) {
      cancelled = true;
      break;
    }
    kernel.restore(start);
    kernel.rng = new Rng(runSeed(seed, r));
    const runWarnings: string[] = [];
    store(kernel, 0, r);
    for (let q = 1; q <= quarters; q++) {
      applyEvents(kernel, q, byQ[q], runWarnings);
      kernel.step(q, false);
      store(kernel, q, r);
    }
    if (r === 0) warnings.push(...runWarnings);
    done++;
    options.onProgress?.(done, runs);
  }

  function store(k: Kernel, q: number, r: number): void {
    const o = k.org as unknown as Record<OrgFigureName, number>;
    for (let f = 0; f < F; f++) values[(f * Q + q) * runs + r] = o[ORG_FIGURES[f]];
    outcomeCounts[q * 4 + (k.org.code & 3)]++;
    codeCounts[q * VERDICT_CODES + k.org.code]++;
  }

  const median: OrgQuarter[] = [];
  const bands: QuarterBands[] = [];
  const outcomeShares: Record<Outcome, number>[] = [];
  const sample = new Float64Array(done);
  for (let q = 0; q < Q; q++) {
    const band = {} as QuarterBands;
    const med = { quarter: q } as Record<string, unknown>;
    for (let f = 0; f < F; f++) {
      const offset = (f * Q + q) * runs;
      for (let r = 0; r < done; r++) sample[r] = values[offset + r];
      sample.sort();
      const b = { p10: quantile(sample, 0.1), p50: quantile(sample, 0.5), p90: quantile(sample, 0.9) };
      band[ORG_FIGURES[f]] = b;
      med[ORG_FIGURES[f]] = b.p50;
    }
    let best = 0;
    const shares = {} as Record<Outcome, number>;
    for (let k = 0; k < 4; k++) {
      shares[OUTCOMES[k]] = done > 0 ? outcomeCounts[q * 4 + k] / done : 0;
      if (outcomeCounts[q * 4 + k] > outcomeCounts[q * 4 + best]) best = k;
    }
    // The verdict most runs give for the most frequent outcome.
    let bestCode = best;
    for (let c = 0; c < VERDICT_CODES; c++) {
      const n = codeCounts[q * VERDICT_CODES + c];
      if ((c & 3) === best && n > codeCounts[q * VERDICT_CODES + bestCode]) bestCode = c;
    }
    Object.assign(med, decodeVerdict(bestCode));
    median.push(med as unknown as OrgQuarter);
    bands.push(band);
    outcomeShares.push(shares);
  }
  return {
    scenario: scenario.name,
    runs: done,
    requestedRuns: runs,
    seed,
    quarters,
    parameters: params,
    median,
    bands,
    outcomeShares,
    cancelled,
    warnings,
  };
}

/** Linear interpolation between order statistics (Hyndman & Fan type 7, as R and NumPy default). */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
