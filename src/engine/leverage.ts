/**
 * "Where to act" (issue 12, docs/LEVERAGE.md): for one quarter, which managers' strengths, raised by one
 * point, most improve the org, and which model parameters its verdict is most sensitive to.
 *
 * Both answers are measured in the same points: one point of health (0-100) weighs as much as one
 * percent on the verdict plane, whose axes are ln(leadership ratio) and ln(management ratio) (O2), so
 * 100 x ln ratio is roughly "percent above or below need".
 *  - A move's screen score = health gain + fall in the org's imbalance gap, the gap being 100 x the
 *    distance from the org's point to the balance quadrant (0 when both ratios are at least 1).
 *  - The top moves are then re-run in Monte Carlo against the unchanged scenario with the same seed and
 *    runs (common random numbers: each run draws the same parameters, rating errors and noise in both, so
 *    the difference is the move's, not the draws'); their final score replaces the gap by the fall in
 *    the share of runs that end in chaos, bureaucracy or stagnation, in percentage points.
 *  - A parameter's tornado swing = |health at its high end - at its low end| + 100 x the distance between
 *    the org's two points on the verdict plane.
 *
 * The work is cut into tasks (plain data in, plain data out) so a pool of workers can share it:
 * `leverageTasks` (the screen and the tornado), then `confirmTasks` from their results (the Monte Carlo
 * runs), each run by `runLeverageTask`, and `summariseLeverage` puts the results together. `leverage`
 * does all of it in one thread. No DOM or Node API.
 */
import { PARAMETER_TABLE } from '../core/scenario/parameter-table';
import {
  isVacant,
  LEADERSHIP_STRENGTHS,
  MANAGEMENT_STRENGTHS,
  roleHeadcount,
  type Role,
  type Scenario,
} from '../core/scenario/types';
import { applyEvents, eventsByQuarter, type IndexedEvent } from './events';
import { Kernel, STRIDE } from './kernel';
import { simulateMonteCarlo, type OutcomeShares } from './monte-carlo';
import type { Outcome, Verdict } from './outcome';
import { resolveParameters, type ModelParameters } from './parameters';
import type { OrgQuarter } from './results';
import { orgQuarterOf, simulate } from './simulate';
import { plausibleRange } from './uncertainty';

/** Which four strengths a move raises. */
export type LeverageKind = 'leadership' | 'management';

export interface LeverageMove {
  roleId: string;
  kind: LeverageKind;
}

export interface LeverageOptions {
  /** The quarter the org is judged in (0..horizon). */
  quarter: number;
  /** Monte Carlo runs for the top moves; 1 or fewer confirms nothing (deterministic figures only). */
  runs?: number;
  seed?: number;
  /** Overrides on top of the scenario's own parameters. */
  parameters?: Partial<ModelParameters>;
  /** Moves re-run in Monte Carlo and listed (default LEVERAGE_TOP_MOVES). */
  topMoves?: number;
  /** At most this many managers are screened, the largest subtrees first (default LEVERAGE_SCREEN_LIMIT). */
  screenLimit?: number;
  /** Tornado bars listed (default TORNADO_TOP). */
  tornadoTop?: number;
  /** Moves (or parameters) per screen (or tornado) task, for splitting across workers. */
  chunkSize?: number;
  onProgress?: (done: number, total: number) => void;
  /** Checked between tasks; when true, leverage stops and returns what it has, marked cancelled. */
  isCancelled?: () => boolean;
}

export const LEVERAGE_TOP_MOVES = 6;
/**
 * Why a limit: a move costs a whole run (its quarter 0 changes too, so nothing can be reused), about 3 ms
 * at 1,000 roles, and every role of a large org manages a team. A strength change reaches the org through
 * its own unit and, by cascaded management and inherited alignment, the units below it; the org's
 * figures are headcount-weighted, so the headcount under a manager bounds its reach. Screening the 60
 * largest subtrees keeps a 1,000-role org near its time and covers every manager of an org of up to 60.
 */
export const LEVERAGE_SCREEN_LIMIT = 60;
export const LEVERAGE_RUNS = 48;
export const TORNADO_TOP = 10;
const DEFAULT_CHUNK = 32;

/** The org's figures a suggestion or a tornado end states. */
export interface LeverageFigures {
  health: number;
  chaos: number;
  bureaucracy: number;
  leadershipRatio: number;
  managementRatio: number;
  outcome: Outcome;
  verdict: Verdict;
  /** The neighbouring outcome (borderline) or the trouble the symptoms show (at risk), else null. */
  risk: Outcome | null;
  /** 100 x distance from the org's point to the balance quadrant of the verdict plane (0 in balance). */
  gap: number;
}

export interface LeverageSuggestion extends LeverageMove {
  title: string;
  person: string | null;
  /** Each of the four strengths before and after (capped at 10). */
  strengths: { name: string; before: number; after: number }[];
  /** The subtree's headcount at the start (the screen's reach measure). */
  reach: number;
  /** The deterministic run of the scenario and of the scenario with the move, at the quarter. */
  before: LeverageFigures;
  after: LeverageFigures;
  /** Monte Carlo verdict shares at the quarter, unchanged and with the move (null without Monte Carlo). */
  shares: { before: OutcomeShares; after: OutcomeShares } | null;
  /** Δhealth + fall in gap, from the screen. */
  screenScore: number;
  /** Δhealth + fall in imbalance share (percentage points); without Monte Carlo, the screen score. */
  score: number;
}

export interface TornadoEnd {
  value: number;
  figures: LeverageFigures;
}

export interface TornadoBar {
  name: string;
  label: string;
  value: number;
  low: TornadoEnd;
  high: TornadoEnd;
  healthSwing: number;
  /** |Δhealth| + 100 x distance between the ends' points on the verdict plane. */
  swing: number;
  /** Whether either end gives another outcome or verdict than the scenario's own run. */
  verdictChanges: boolean;
}

export interface Leverage {
  quarter: number;
  baseline: LeverageFigures;
  suggestions: LeverageSuggestion[];
  /** Why the list is empty (null when it is not). */
  reason: string | null;
  /** Managers that could be moved, how many were screened, and how many moves were run. */
  candidates: number;
  screened: number;
  moves: number;
  /** Monte Carlo runs per confirmed move (0 without Monte Carlo). */
  runs: number;
  seed: number;
  tornado: TornadoBar[];
  parametersTested: number;
  cancelled: boolean;
}

/** Plain data for a worker; `options` holds no functions. */
export type LeverageTask =
  | { kind: 'screen'; options: TaskOptions; moves: LeverageMove[] }
  | { kind: 'tornado'; options: TaskOptions; names: string[] }
  | { kind: 'confirm'; options: TaskOptions; move: LeverageMove | null };

export type LeverageTaskResult =
  | { kind: 'screen'; baseline: LeverageFigures; moves: { move: LeverageMove; figures: LeverageFigures }[] }
  | { kind: 'tornado'; baseline: LeverageFigures; bars: Omit<TornadoBar, 'verdictChanges'>[] }
  | { kind: 'confirm'; move: LeverageMove | null; figures: LeverageFigures; shares: OutcomeShares | null };

type TaskOptions = Required<Pick<LeverageOptions, 'quarter' | 'runs' | 'seed'>> & {
  parameters: Partial<ModelParameters>;
};

const KINDS: readonly LeverageKind[] = ['leadership', 'management'];

/** The four strengths a move raises. */
export function strengthsOf(kind: LeverageKind): readonly string[] {
  return kind === 'leadership' ? LEADERSHIP_STRENGTHS : MANAGEMENT_STRENGTHS;
}

/** A strength one point higher, capped at 10 (a missing one is read as 5, as the kernel reads it). */
function raised(v: number | undefined): number {
  return Math.min(10, (typeof v === 'number' && Number.isFinite(v) ? v : 5) + 1);
}

/** The scenario with the move made: what "Try as new scenario" saves. */
export function applyLeverageMove(scenario: Scenario, move: LeverageMove): Scenario {
  const names = strengthsOf(move.kind);
  if (!scenario.roles.some((r) => r.id === move.roleId))
    throw new RangeError(`There is no role "${move.roleId}" in this scenario.`);
  return {
    ...scenario,
    roles: scenario.roles.map((role) => {
      if (role.id !== move.roleId) return role;
      const strengths = { ...role.strengths };
      for (const name of names)
        strengths[name as keyof typeof strengths] = raised(role.strengths[name as never]);
      return { ...role, strengths };
    }),
  };
}

/** Roles that manage someone (child roles or a team) and have a holder, with their subtree's headcount. */
export function leverageCandidates(scenario: Scenario): { role: Role; reach: number }[] {
  const children = new Map<string, Role[]>();
  for (const role of scenario.roles) {
    if (role.reportsTo === null) continue;
    const list = children.get(role.reportsTo);
    if (list) list.push(role);
    else children.set(role.reportsTo, [role]);
  }
  const reach = new Map<string, number>();
  // Post-order without recursion: a deep chain would overflow the stack.
  const root = scenario.roles.find((r) => r.reportsTo === null);
  const stack: [Role, boolean][] = root ? [[root, false]] : [];
  while (stack.length > 0) {
    const [role, expanded] = stack.pop()!;
    const kids = children.get(role.id) ?? [];
    if (!expanded) {
      stack.push([role, true]);
      for (const kid of kids) stack.push([kid, false]);
    } else {
      reach.set(role.id, roleHeadcount(role) + kids.reduce((n, k) => n + (reach.get(k.id) ?? 0), 0));
    }
  }
  return scenario.roles
    .filter((role) => !isVacant(role) && ((children.get(role.id)?.length ?? 0) > 0 || role.team > 0))
    .map((role) => ({ role, reach: reach.get(role.id) ?? roleHeadcount(role) }));
}

function taskOptions(scenario: Scenario, options: LeverageOptions): TaskOptions {
  const horizon = scenario.horizon;
  if (!Number.isInteger(options.quarter) || options.quarter < 0 || options.quarter > horizon)
    throw new RangeError(`The quarter must be a whole number from 0 to ${horizon}, not ${options.quarter}.`);
  return {
    quarter: options.quarter,
    runs: Math.max(0, Math.floor(options.runs ?? LEVERAGE_RUNS)),
    seed: options.seed ?? scenario.seed ?? 1,
    parameters: options.parameters ?? {},
  };
}

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let k = 0; k < list.length; k += size) out.push(list.slice(k, k + size));
  return out;
}

/**
 * The screen's managers: every candidate when few, else the largest subtrees (equal ones in file order),
 * kept in file order so that moves with equal scores rank in file order either way.
 */
function screenedCandidates(scenario: Scenario, options: LeverageOptions) {
  const all = leverageCandidates(scenario);
  const limit = options.screenLimit ?? LEVERAGE_SCREEN_LIMIT;
  if (all.length <= limit) return { all, chosen: all };
  const largest = new Set([...all].sort((a, b) => b.reach - a.reach).slice(0, limit));
  return { all, chosen: all.filter((c) => largest.has(c)) };
}

/** Moves that change something (a strength below 10). */
function possibleMoves(roles: readonly Role[]): LeverageMove[] {
  const moves: LeverageMove[] = [];
  for (const role of roles)
    for (const kind of KINDS)
      if (
        strengthsOf(kind).some(
          (name) => raised(role.strengths[name as never]) !== role.strengths[name as never],
        )
      )
        moves.push({ roleId: role.id, kind });
  return moves;
}

/** Phase 1: the screen of every move and the tornado, in chunks. */
export function leverageTasks(scenario: Scenario, options: LeverageOptions): LeverageTask[] {
  const opts = taskOptions(scenario, options);
  const size = Math.max(1, options.chunkSize ?? DEFAULT_CHUNK);
  const moves = possibleMoves(screenedCandidates(scenario, options).chosen.map((c) => c.role));
  const names = tornadoRows(resolveParameters(scenario.parameters, opts.parameters)).map((r) => r.name);
  const tasks: LeverageTask[] = chunks(moves, size).map((m) => ({ kind: 'screen', options: opts, moves: m }));
  // A screen task with no moves still gives the baseline, so the summary always has one.
  if (tasks.length === 0) tasks.push({ kind: 'screen', options: opts, moves: [] });
  for (const n of chunks(names, Math.max(1, Math.floor(size / 2))))
    tasks.push({ kind: 'tornado', options: opts, names: n });
  return tasks;
}

/** Phase 2: the Monte Carlo runs of the unchanged scenario and of the best moves of the screen. */
export function confirmTasks(
  scenario: Scenario,
  options: LeverageOptions,
  phase1: readonly LeverageTaskResult[],
): LeverageTask[] {
  const opts = taskOptions(scenario, options);
  const best = rankedScreen(phase1).slice(0, options.topMoves ?? LEVERAGE_TOP_MOVES);
  if (best.length === 0) return [];
  return [null, ...best.map((b) => b.move)].map((move) => ({ kind: 'confirm', options: opts, move }));
}

/** Screened moves that improve the org, best first (ties in screen order, so any split ranks alike). */
function rankedScreen(results: readonly LeverageTaskResult[]) {
  const out: { move: LeverageMove; figures: LeverageFigures; screenScore: number }[] = [];
  for (const r of results) {
    if (r.kind !== 'screen') continue;
    for (const m of r.moves) {
      const screenScore = scoreOf(r.baseline, m.figures);
      if (screenScore > 0) out.push({ ...m, screenScore });
    }
  }
  return out.sort((a, b) => b.screenScore - a.screenScore);
}

/** Δhealth + fall in gap: the screen's measure. */
export function scoreOf(before: LeverageFigures, after: LeverageFigures): number {
  return after.health - before.health + (before.gap - after.gap);
}

/** Share of runs in chaos, bureaucracy or stagnation. */
export function imbalanceShare(shares: OutcomeShares): number {
  return shares.chaos + shares.bureaucracy + shares.stagnation;
}

export function runLeverageTask(scenario: Scenario, task: LeverageTask): LeverageTaskResult {
  switch (task.kind) {
    case 'screen':
      return runScreen(scenario, task.options, task.moves);
    case 'tornado':
      return runTornado(scenario, task.options, task.names);
    case 'confirm':
      return runConfirm(scenario, task.options, task.move);
  }
}

export function figuresOf(o: OrgQuarter): LeverageFigures {
  // A ratio of 0 (no one to supply it) would put the point infinitely far away and make gains NaN.
  const x = Math.min(0, Math.log(Math.max(o.leadershipRatio, 1e-9)));
  const y = Math.min(0, Math.log(Math.max(o.managementRatio, 1e-9)));
  return {
    health: o.health,
    chaos: o.chaos,
    bureaucracy: o.bureaucracy,
    leadershipRatio: o.leadershipRatio,
    managementRatio: o.managementRatio,
    outcome: o.outcome,
    verdict: o.verdict,
    risk: o.risk,
    gap: 100 * Math.hypot(x, y),
  };
}

/** One kernel, warmed once; each run restores it, sets what it changes, settles quarter 0 and steps. */
class Runner {
  readonly kernel: Kernel;
  private readonly start: ReturnType<Kernel['snapshot']>;
  private readonly byQ: IndexedEvent[][];
  private readonly steps: number;

  constructor(
    scenario: Scenario,
    params: ModelParameters,
    private readonly quarter: number,
    warm: boolean,
  ) {
    this.kernel = new Kernel(scenario, params);
    this.kernel.unitVerdicts = false;
    if (warm) this.kernel.warmUp();
    this.start = this.kernel.snapshot();
    this.steps = quarter;
    this.byQ = eventsByQuarter(scenario.events, Math.max(1, quarter));
  }

  run(change: (kernel: Kernel) => void): LeverageFigures {
    const k = this.kernel;
    k.restore(this.start);
    change(k);
    k.warmUp();
    for (let q = 1; q <= this.steps; q++) {
      applyEvents(k, q, this.byQ[q], []);
      k.step(q, false);
    }
    return figuresOf(orgQuarterOf(k, this.quarter));
  }
}

function runScreen(
  scenario: Scenario,
  options: TaskOptions,
  moves: readonly LeverageMove[],
): LeverageTaskResult {
  const params = resolveParameters(scenario.parameters, options.parameters);
  // Starting each move from the design's settled quarter 0 makes its own quarter 0 settle in a few passes.
  const runner = new Runner(scenario, params, options.quarter, true);
  const byId = new Map(scenario.roles.map((r) => [r.id, r]));
  const baseline = runner.run(() => {});
  return {
    kind: 'screen',
    baseline,
    moves: moves.map((move) => {
      const role = byId.get(move.roleId)!;
      const figures = runner.run((k) => {
        const b = k.s.slotOf.get(move.roleId)! * STRIDE + (move.kind === 'leadership' ? 0 : 4);
        strengthsOf(move.kind).forEach((name, f) => {
          k.st[b + f] = raised(role.strengths[name as never]) / 10;
        });
      });
      return { move, figures };
    }),
  };
}

interface RangedRow {
  name: string;
  label: string;
  min: number;
  max: number;
}

/** Parameters whose plausible range is not a point (a parameter at 0 has none). */
function tornadoRows(params: ModelParameters): (RangedRow & { value: number; lo: number; hi: number })[] {
  return PARAMETER_TABLE.map((r) => {
    const value = params[r.name as keyof ModelParameters];
    return { ...r, value, ...plausibleRange(r, value) };
  }).filter((r) => r.hi > r.lo);
}

function runTornado(scenario: Scenario, options: TaskOptions, names: readonly string[]): LeverageTaskResult {
  const params = resolveParameters(scenario.parameters, options.parameters);
  const wanted = new Set(names);
  // Each end settles its quarter 0 from the design's own (a few passes instead of dozens from the neutral
  // starting stocks); the settled state is the same to within the warm-up's tolerance.
  const runner = new Runner(scenario, params, options.quarter, true);
  const baseline = runner.run(() => {});
  const bars = tornadoRows(params)
    .filter((r) => wanted.has(r.name))
    .map((r) => {
      const at = (value: number): TornadoEnd => ({
        value,
        figures: runner.run((k) => {
          k.p = { ...params, [r.name]: value };
        }),
      });
      const low = at(r.lo);
      const high = at(r.hi);
      runner.kernel.p = params;
      const healthSwing = Math.abs(high.figures.health - low.figures.health);
      return {
        name: r.name,
        label: r.label,
        value: r.value,
        low,
        high,
        healthSwing,
        swing: healthSwing + 100 * planeDistance(low.figures, high.figures),
      };
    });
  return { kind: 'tornado', baseline, bars };
}

function planeDistance(a: LeverageFigures, b: LeverageFigures): number {
  return Math.hypot(
    Math.log(a.leadershipRatio) - Math.log(b.leadershipRatio),
    Math.log(a.managementRatio) - Math.log(b.managementRatio),
  );
}

/** The exact deterministic figures (simulate itself) and, with runs, Monte Carlo's shares at the quarter. */
function runConfirm(scenario: Scenario, options: TaskOptions, move: LeverageMove | null): LeverageTaskResult {
  const s = move ? applyLeverageMove(scenario, move) : scenario;
  const quarters = Math.max(1, options.quarter);
  const det = simulate(s, { parameters: options.parameters, quarters, roleOutputs: false });
  let shares: OutcomeShares | null = null;
  if (options.runs > 1) {
    const mc = simulateMonteCarlo(s, {
      runs: options.runs,
      seed: options.seed,
      parameters: options.parameters,
      quarters,
      roleShares: false,
    });
    shares = mc.shares[options.quarter];
  }
  return { kind: 'confirm', move, figures: figuresOf(det.org[options.quarter]), shares };
}

const sameMove = (a: LeverageMove | null, b: LeverageMove | null) =>
  a === b || (a !== null && b !== null && a.roleId === b.roleId && a.kind === b.kind);

/** Puts every task's result together: the suggestions, best first, and the tornado, widest first. */
export function summariseLeverage(
  scenario: Scenario,
  options: LeverageOptions,
  results: readonly LeverageTaskResult[],
  cancelled = false,
): Leverage {
  const opts = taskOptions(scenario, options);
  const { all, chosen } = screenedCandidates(scenario, options);
  const reachOf = new Map(chosen.map((c) => [c.role.id, c.reach]));
  const byId = new Map(scenario.roles.map((r) => [r.id, r]));
  const ranked = rankedScreen(results);
  const confirms = results.filter((r) => r.kind === 'confirm');
  const base = confirms.find((c) => c.move === null);
  const screen = results.find((r) => r.kind === 'screen');
  const baseline = base?.figures ?? screen?.baseline ?? results.find((r) => r.kind === 'tornado')?.baseline;
  if (!baseline) throw new RangeError('Leverage needs at least one task result.');
  const moves = results.reduce((n, r) => n + (r.kind === 'screen' ? r.moves.length : 0), 0);

  const suggestions: LeverageSuggestion[] = [];
  for (const { move, screenScore } of ranked) {
    const confirm = confirms.find((c) => sameMove(c.move, move));
    if (!confirm || !base) continue;
    const role = byId.get(move.roleId)!;
    const shares = confirm.shares && base.shares ? { before: base.shares, after: confirm.shares } : null;
    const exact = scoreOf(base.figures, confirm.figures);
    const score = shares
      ? confirm.figures.health -
        base.figures.health +
        100 * (imbalanceShare(shares.before) - imbalanceShare(shares.after))
      : exact;
    if (score <= 0) continue;
    suggestions.push({
      ...move,
      title: role.title,
      person: role.person ?? null,
      strengths: strengthsOf(move.kind).map((name) => ({
        name,
        before: role.strengths[name as never] ?? 5,
        after: raised(role.strengths[name as never]),
      })),
      reach: reachOf.get(move.roleId) ?? 0,
      before: base.figures,
      after: confirm.figures,
      shares,
      screenScore,
      score,
    });
  }
  // Stable: equal scores keep the screen's order.
  suggestions.sort((a, b) => b.score - a.score);

  const baseRun = results.find((r) => r.kind === 'tornado')?.baseline ?? baseline;
  const bars = results
    .flatMap((r) => (r.kind === 'tornado' ? r.bars : []))
    .map((bar) => ({
      ...bar,
      verdictChanges: [bar.low, bar.high].some(
        (end) => end.figures.outcome !== baseRun.outcome || end.figures.verdict !== baseRun.verdict,
      ),
    }))
    .sort((a, b) => b.swing - a.swing || a.name.localeCompare(b.name));

  return {
    quarter: opts.quarter,
    baseline,
    suggestions,
    reason: suggestions.length > 0 ? null : reasonFor(all.length, moves, ranked.length, cancelled),
    candidates: all.length,
    screened: chosen.length,
    moves,
    runs: base?.shares ? opts.runs : 0,
    seed: opts.seed,
    tornado: bars.slice(0, options.tornadoTop ?? TORNADO_TOP),
    parametersTested: bars.length,
    cancelled,
  };
}

function reasonFor(candidates: number, moves: number, improving: number, cancelled: boolean): string {
  if (cancelled) return 'Stopped before any suggestion was confirmed.';
  if (candidates === 0)
    return 'No role manages anyone: suggestions raise the strengths of a role with a team or reports. Give a role a team or a report, then ask again.';
  if (moves === 0)
    return 'Every manager already has all eight strengths at 10: there is no point left to add.';
  if (improving === 0)
    return 'No single one-point rise in a manager’s leadership or management strengths improves the org in this quarter.';
  return 'No move the screen found survived the Monte Carlo check: each one’s gain was within the noise of the runs.';
}

/** A task's share of the work, in runs: a screened move or tornado end is one, a Monte Carlo run one. */
export function leverageTaskCost(task: LeverageTask): number {
  if (task.kind === 'screen') return Math.max(1, task.moves.length);
  if (task.kind === 'tornado') return 2 * task.names.length;
  return Math.max(1, task.options.runs);
}

/** The work of the Monte Carlo phase before the screen says how many moves it confirms (at most this). */
export function confirmCostBound(scenario: Scenario, options: LeverageOptions): number {
  const { runs } = taskOptions(scenario, options);
  return ((options.topMoves ?? LEVERAGE_TOP_MOVES) + 1) * Math.max(1, runs);
}

/** All of it in this thread, with progress in runs (leverageTaskCost). */
export function leverage(scenario: Scenario, options: LeverageOptions): Leverage {
  const phase1 = leverageTasks(scenario, options);
  let total = phase1.reduce((n, t) => n + leverageTaskCost(t), 0) + confirmCostBound(scenario, options);
  let done = 0;
  const results: LeverageTaskResult[] = [];
  const runAll = (tasks: readonly LeverageTask[]): boolean => {
    for (const task of tasks) {
      if (options.isCancelled?.()) return false;
      results.push(runLeverageTask(scenario, task));
      done += leverageTaskCost(task);
      options.onProgress?.(done, total);
    }
    return true;
  };
  options.onProgress?.(0, total);
  if (!runAll(phase1)) return summariseLeverage(scenario, options, results, true);
  const phase2 = confirmTasks(scenario, options, results);
  total = done + phase2.reduce((n, t) => n + leverageTaskCost(t), 0);
  const finished = runAll(phase2);
  if (finished) options.onProgress?.(total, total);
  return summariseLeverage(scenario, options, results, !finished);
}
