/**
 * Monte Carlo mode: N runs of the same kernel, run r seeded with runSeed(seed, r). Each run first draws
 * what it is unsure of (uncertainty.ts: parameters, ratings, event timing), settles the drawn design's own
 * quarter 0, then steps with process noise: engagement and execution targets, binomial quits, strategic-fit
 * noise, the gain of each coaching and 360 event. Org figures are kept per run (for bands); verdicts are
 * counted per quarter for the org and every role (for shares).
 *
 * A batch is cut into chunks of consecutive runs (runMonteCarloChunk), which workers may run anywhere, and
 * merged in run order (mergeMonteCarlo): since every run depends only on its own index, the same seed
 * gives the same result whatever the number of workers. No DOM or Node API.
 */
import type { Scenario } from '../core/scenario/types';
import { applyEvents, eventsByQuarter, type IndexedEvent } from './events';
import { Kernel, RESETTLE_TOLERANCE } from './kernel';
import { SHARE_KEYS, type OutcomeShares, type ShareKey } from '../core/shares-text';
import { decodeVerdict, TOO_SMALL_CODE } from './outcome';
import { resolveParameters, type ModelParameters } from './parameters';
import { Rng, runSeed } from './random';
import { ORG_FIGURES, type OrgFigureName, type OrgQuarter } from './results';
import { resolveQuarters } from './simulate';
import {
  ALL_UNCERTAINTY,
  drawEvents,
  drawParameters,
  perturbRatings,
  type UncertaintySources,
} from './uncertainty';

/** Verdict codes fit in 7 bits (outcome.ts). */
const VERDICT_CODES = 128;

export { SHARE_KEYS, type OutcomeShares, type ShareKey };
const K = SHARE_KEYS.length;
const TOO_SMALL = SHARE_KEYS.indexOf('tooSmall');

/** A verdict code's share category: its outcome (bits 0-1, outcome.ts), or too small to judge. */
const shareCategory = (code: number) => ((code & TOO_SMALL_CODE) === TOO_SMALL_CODE ? TOO_SMALL : code & 3);

export interface MonteCarloOptions {
  runs: number;
  seed: number;
  parameters?: Partial<ModelParameters>;
  quarters?: number;
  /** Which sources of uncertainty each run draws (all by default); process noise is always on. */
  uncertainty?: Partial<UncertaintySources>;
  /** Count every role's verdicts too, for team shares (default true; org shares are always counted). */
  roleShares?: boolean;
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

/** Verdict counts per role and quarter: counts[(role * (quarters + 1) + quarter) * 5 + category]. */
export interface RoleShareCounts {
  /** Every role id any run can hold: the starting roles, then hired roles, in file order. */
  ids: string[];
  counts: Int32Array;
}

export interface MonteCarloResult {
  scenario: string;
  /** Runs actually completed (fewer than asked when cancelled). */
  runs: number;
  requestedRuns: number;
  seed: number;
  quarters: number;
  parameters: ModelParameters;
  uncertainty: UncertaintySources;
  /** Per quarter: each numeric figure is the median over runs; the verdict the most frequent one. */
  median: OrgQuarter[];
  bands: QuarterBands[];
  /** Per quarter: the share of runs in which the org's verdict falls in each category. */
  shares: OutcomeShares[];
  /** Null when roleShares was off. */
  roleShares: RoleShareCounts | null;
  cancelled: boolean;
  warnings: string[];
}

/** The raw figures of runs [from, from + runs): what a worker sends back, merged by mergeMonteCarlo. */
export interface MonteCarloChunk {
  from: number;
  /** Runs completed (fewer than asked when cancelled). */
  runs: number;
  cancelled: boolean;
  /** values[(figure * (quarters + 1) + quarter) * runs + run - from] */
  values: Float64Array;
  /** [quarter][category] */
  orgCounts: Int32Array;
  /** [quarter][verdict code] */
  codeCounts: Int32Array;
  roleCounts: Int32Array | null;
  /** The warnings of run 0 (empty unless this chunk ran it). */
  warnings: string[];
}

export function simulateMonteCarlo(scenario: Scenario, options: MonteCarloOptions): MonteCarloResult {
  checkRuns(options);
  return mergeMonteCarlo(scenario, options, [runMonteCarloChunk(scenario, options, 0, options.runs)]);
}

function checkRuns({ runs, seed }: MonteCarloOptions): void {
  if (!Number.isInteger(runs) || runs < 1)
    throw new RangeError(`Runs must be a whole number of at least 1, not ${runs}.`);
  if (!Number.isFinite(seed)) throw new RangeError(`Seed must be a number, not ${seed}.`);
}

/** Every role id a run of the scenario can hold, each with its index in RoleShareCounts. */
function roleIndexOf(scenario: Scenario): Map<string, number> {
  const index = new Map<string, number>();
  for (const role of scenario.roles) index.set(role.id, index.size);
  for (const event of scenario.events)
    if (event.type === 'hire' && !index.has(event.role.id)) index.set(event.role.id, index.size);
  return index;
}

/** Runs [from, to) of the batch; onProgress counts the runs of this chunk only. */
export function runMonteCarloChunk(
  scenario: Scenario,
  options: MonteCarloOptions,
  from: number,
  to: number,
): MonteCarloChunk {
  checkRuns(options);
  const params = resolveParameters(scenario.parameters, options.parameters);
  const quarters = resolveQuarters(scenario, options.quarters);
  const sources = { ...ALL_UNCERTAINTY, ...options.uncertainty };
  const keepRoles = options.roleShares !== false;
  const Q = quarters + 1;
  const F = ORG_FIGURES.length;
  const size = Math.max(0, to - from);

  const kernel = new Kernel(scenario, params);
  kernel.unitVerdicts = false;
  kernel.unitOutcomes = keepRoles;
  kernel.warmUp();
  const start = kernel.snapshot();
  const plainByQ = eventsByQuarter(scenario.events, quarters);
  const resettles = sources.parameters || sources.ratings;

  const roleIndex = roleIndexOf(scenario);
  const slotRole = new Int32Array(kernel.s.slots + 1).fill(-1);
  const startUsed = kernel.s.used;
  for (let slot = 0; slot < startUsed; slot++) slotRole[slot] = roleIndex.get(kernel.s.ids[slot]) ?? -1;

  const values = new Float64Array(F * Q * size);
  const orgCounts = new Int32Array(K * Q);
  const codeCounts = new Int32Array(VERDICT_CODES * Q);
  const roleCounts = keepRoles ? new Int32Array(roleIndex.size * Q * K) : null;
  const warnings: string[] = [];
  let done = 0;
  let cancelled = false;
  let known = startUsed;

  for (let r = from; r < to; r++) {
    if (options.isCancelled?.()) {
      cancelled = true;
      break;
    }
    const rng = new Rng(runSeed(options.seed, r));
    kernel.restore(start);
    kernel.rng = null;
    kernel.p = sources.parameters ? drawParameters(rng, undefined, params) : params;
    if (sources.ratings) perturbRatings(kernel, scenario.roles, rng);
    const events = drawEvents(rng, scenario.events, sources);
    const byQ = events.some((e, i) => e !== scenario.events[i])
      ? eventsByQuarter(events, quarters)
      : plainByQ;
    // The drawn design settles into its own quarter 0, starting from the rated design's.
    if (resettles) kernel.warmUp(true, RESETTLE_TOLERANCE);
    kernel.rng = rng;
    known = startUsed;
    const runWarnings: string[] = [];
    store(0, r - from);
    for (let q = 1; q <= quarters; q++) {
      applyQuarterEvents(q, byQ[q], runWarnings);
      kernel.step(q, false);
      store(q, r - from);
    }
    if (r === 0) warnings.push(...runWarnings);
    done++;
    options.onProgress?.(done, size);
  }

  function applyQuarterEvents(q: number, list: IndexedEvent[], runWarnings: string[]): void {
    applyEvents(kernel, q, list, runWarnings);
    const s = kernel.s;
    for (; known < s.used; known++) slotRole[known] = roleIndex.get(s.ids[known]) ?? -1;
  }

  function store(q: number, k: number): void {
    const o = kernel.org as unknown as Record<OrgFigureName, number>;
    for (let f = 0; f < F; f++) values[(f * Q + q) * size + k] = o[ORG_FIGURES[f]];
    orgCounts[q * K + shareCategory(kernel.org.code)]++;
    codeCounts[q * VERDICT_CODES + kernel.org.code]++;
    if (!roleCounts) return;
    const { order, count } = kernel.s;
    const verdict = kernel.verdict;
    for (let j = 0; j < count; j++) {
      const i = order[j];
      const role = slotRole[i];
      if (role >= 0) roleCounts[(role * Q + q) * K + shareCategory(verdict[i])]++;
    }
  }

  return { from, runs: done, cancelled, values, orgCounts, codeCounts, roleCounts, warnings };
}

/** Merges chunks (in any order) into the batch's result: bands, medians and shares over all their runs. */
export function mergeMonteCarlo(
  scenario: Scenario,
  options: MonteCarloOptions,
  chunks: readonly MonteCarloChunk[],
): MonteCarloResult {
  const params = resolveParameters(scenario.parameters, options.parameters);
  const quarters = resolveQuarters(scenario, options.quarters);
  const Q = quarters + 1;
  const F = ORG_FIGURES.length;
  const ordered = [...chunks].sort((a, b) => a.from - b.from);
  const done = ordered.reduce((n, c) => n + c.runs, 0);
  const orgCounts = sumOf(
    ordered.map((c) => c.orgCounts),
    K * Q,
  );
  const codeCounts = sumOf(
    ordered.map((c) => c.codeCounts),
    VERDICT_CODES * Q,
  );
  const roleCounts = ordered.every((c) => c.roleCounts !== null)
    ? sumOf(
        ordered.map((c) => c.roleCounts!),
        ordered[0]?.roleCounts?.length ?? 0,
      )
    : null;

  const median: OrgQuarter[] = [];
  const bands: QuarterBands[] = [];
  const shares: OutcomeShares[] = [];
  const sample = new Float64Array(done);
  for (let q = 0; q < Q; q++) {
    const band = {} as QuarterBands;
    const med = { quarter: q } as Record<string, unknown>;
    for (let f = 0; f < F; f++) {
      let n = 0;
      for (const c of ordered) {
        const size = c.values.length / (F * Q);
        const offset = (f * Q + q) * size;
        for (let r = 0; r < c.runs; r++) sample[n++] = c.values[offset + r];
      }
      sample.sort();
      const b = { p10: quantile(sample, 0.1), p50: quantile(sample, 0.5), p90: quantile(sample, 0.9) };
      band[ORG_FIGURES[f]] = b;
      med[ORG_FIGURES[f]] = b.p50;
    }
    shares.push(sharesOf(orgCounts, q * K));
    // The verdict most runs give, among the runs in the most frequent category.
    let best = 0;
    for (let k = 1; k < K; k++) if (orgCounts[q * K + k] > orgCounts[q * K + best]) best = k;
    let bestCode = -1;
    for (let c = 0; c < VERDICT_CODES; c++) {
      const n = codeCounts[q * VERDICT_CODES + c];
      if (shareCategory(c) === best && (bestCode < 0 || n > codeCounts[q * VERDICT_CODES + bestCode]))
        bestCode = c;
    }
    Object.assign(med, decodeVerdict(bestCode));
    median.push(med as unknown as OrgQuarter);
    bands.push(band);
  }
  return {
    scenario: scenario.name,
    runs: done,
    requestedRuns: options.runs,
    seed: options.seed,
    quarters,
    parameters: params,
    uncertainty: { ...ALL_UNCERTAINTY, ...options.uncertainty },
    median,
    bands,
    shares,
    roleShares: roleCounts ? { ids: [...roleIndexOf(scenario).keys()], counts: roleCounts } : null,
    cancelled: ordered.some((c) => c.cancelled),
    warnings: ordered.find((c) => c.from === 0)?.warnings ?? [],
  };
}

/** One role's shares in quarter q, or null when no run had the role in the org then. */
export function roleSharesAt(mc: MonteCarloResult, roleIndex: number, q: number): OutcomeShares | null {
  if (!mc.roleShares) return null;
  const offset = (roleIndex * (mc.quarters + 1) + q) * K;
  const counts = mc.roleShares.counts;
  let seen = 0;
  for (let k = 0; k < K; k++) seen += counts[offset + k];
  return seen > 0 ? sharesOf(counts, offset) : null;
}

/** Shares from the five counts at `offset` (all zero when they are). */
function sharesOf(counts: Int32Array, offset: number): OutcomeShares {
  let total = 0;
  for (let k = 0; k < K; k++) total += counts[offset + k];
  const out = {} as OutcomeShares;
  for (let k = 0; k < K; k++) out[SHARE_KEYS[k]] = total > 0 ? counts[offset + k] / total : 0;
  return out;
}

function sumOf(arrays: readonly Int32Array[], length: number): Int32Array {
  const out = new Int32Array(length);
  for (const a of arrays) for (let i = 0; i < length; i++) out[i] += a[i];
  return out;
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
