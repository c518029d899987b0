/**
 * The chosen scenarios side by side in one quarter: each scenario's headline, its org outcome and
 * figures in that quarter from its own report, their deltas against a baseline scenario, each design's
 * spans and layers (the spans & layers panel's `orgStats`), its structural difference from the baseline,
 * and which scenario does meaningfully best on each figure. Pure: the reports are the engine's, the same
 * objects the CLI prints with `--json`.
 */
import type { Scenario } from '../../core/scenario/types';
import type { SimulationReport } from '../../engine/report';
import { headline } from '../results/headline';
import { readShares, type OutcomeShares } from '../results/shares';
import { roleTitles } from '../../core/scenario/hired-roles';
import { readVerdict, type OutcomeName, type VerdictName } from '../../core/verdict-text';
import { orgCost } from '../../core/org/cost';
import { orgStats } from '../../core/org/org-stats';
import { fteText, moneyText } from '../project/CostTable';
import { structuralDiff, type StructuralDiff } from '../../core/org/structural-diff';
import { SHARE_KEYS } from '../results/shares';

export interface ComparedFigure {
  key: 'chaos' | 'bureaucracy' | 'health' | 'engagement' | 'execution' | 'attrition' | 'fit' | 'headcount';
  label: string;
  /** Which way is better; null for a figure that is neither (headcount). */
  better: 'lower' | 'higher' | null;
  /**
   * The smallest gap that earns a ★: two scenarios closer than this on the figure (or, with Monte Carlo
   * bands, one's median inside the other's p10-p90 band) are level on it.
   */
  meaningful: number;
  format(value: number): string;
  /** A difference from the baseline, signed, in the figure's unit: "+3.2", "−0.04", "+1.5 pts", "±0.0". */
  formatDelta(delta: number): string;
}

const index = (value: number) => value.toFixed(1);
const share = (value: number) => value.toFixed(2);

/** "+3.2", "−3.2" (a real minus sign), or "±0.0" when the difference shows as zero. */
export function signed(delta: number, digits: number, unit = ''): string {
  const magnitude = Math.abs(delta).toFixed(digits);
  if (Number(magnitude) === 0) return `±${magnitude}${unit}`;
  return `${delta > 0 ? '+' : '\u2212'}${magnitude}${unit}`;
}

export const COMPARED_FIGURES: readonly ComparedFigure[] = [
  {
    key: 'chaos',
    label: 'Chaos',
    better: 'lower',
    meaningful: 1,
    format: index,
    formatDelta: (d) => signed(d, 1),
  },
  {
    key: 'bureaucracy',
    label: 'Bureaucracy',
    better: 'lower',
    meaningful: 1,
    format: index,
    formatDelta: (d) => signed(d, 1),
  },
  {
    key: 'health',
    label: 'Health',
    better: 'higher',
    meaningful: 1,
    format: index,
    formatDelta: (d) => signed(d, 1),
  },
  {
    key: 'engagement',
    label: 'Engagement',
    better: 'higher',
    meaningful: 0.01,
    format: share,
    formatDelta: (d) => signed(d, 2),
  },
  {
    key: 'execution',
    label: 'Execution',
    better: 'higher',
    meaningful: 0.01,
    format: share,
    formatDelta: (d) => signed(d, 2),
  },
  {
    key: 'attrition',
    label: 'Attrition',
    better: 'lower',
    meaningful: 0.005,
    format: (v) => `${(v * 100).toFixed(1)}%`,
    formatDelta: (d) => signed(d * 100, 1, ' pts'),
  },
  {
    key: 'fit',
    label: 'Strategic fit',
    better: 'higher',
    meaningful: 0.01,
    format: share,
    formatDelta: (d) => signed(d, 2),
  },
  {
    key: 'headcount',
    label: 'People',
    better: null,
    meaningful: 0,
    format: (v) => v.toFixed(0),
    formatDelta: (d) => signed(d, 0),
  },
];

/** A design's spans and layers, from the spans & layers panel's own `orgStats` (not the quarter's). */
export interface DesignFigure {
  key: 'roles' | 'headcount' | 'fte' | 'cost' | 'layers' | 'managerShare' | 'averageSpan' | 'widestSpan';
  label: string;
  format(value: number): string;
  formatDelta(delta: number): string;
}

export const DESIGN_FIGURES: readonly DesignFigure[] = [
  { key: 'roles', label: 'Roles', format: (v) => v.toFixed(0), formatDelta: (d) => signed(d, 0) },
  { key: 'headcount', label: 'Headcount', format: (v) => v.toFixed(0), formatDelta: (d) => signed(d, 0) },
  // FTE and annual cost as the spans & layers panel and the report give them (core/org/cost.ts).
  { key: 'fte', label: 'FTE', format: fteText, formatDelta: (d) => signed(d, 2) },
  {
    key: 'cost',
    label: 'Annual cost',
    format: moneyText,
    formatDelta: (d) => (d < 0 ? '−' : '+') + moneyText(Math.abs(d)),
  },
  { key: 'layers', label: 'Layers', format: (v) => v.toFixed(0), formatDelta: (d) => signed(d, 0) },
  // As the panel shows it: the share of roles with a direct report, as a whole percentage.
  {
    key: 'managerShare',
    label: 'Managers',
    format: (v) => `${Math.round(v * 100)}%`,
    formatDelta: (d) => signed(d * 100, 0, ' pts'),
  },
  {
    key: 'averageSpan',
    label: 'Average span',
    format: (v) => v.toFixed(1),
    formatDelta: (d) => signed(d, 1),
  },
  { key: 'widestSpan', label: 'Widest span', format: (v) => v.toFixed(0), formatDelta: (d) => signed(d, 0) },
];

export function designFigures(roles: Scenario['roles']): Record<DesignFigure['key'], number> {
  const stats = orgStats(roles, 1);
  // The mean of the spans the panel's histogram counts (every role with a direct report).
  const spanSum = stats.spanHistogram.reduce((sum, bin) => sum + bin.span * bin.managers, 0);
  const { total } = orgCost(roles);
  return {
    roles: stats.roles,
    headcount: stats.headcount,
    fte: total.fte,
    cost: total.cost,
    layers: stats.layers,
    managerShare: stats.managerShare,
    averageSpan: stats.managers === 0 ? 0 : spanSum / stats.managers,
    widestSpan: stats.widest[0]?.span ?? 0,
  };
}

export interface ComparedScenario {
  id: string;
  name: string;
  scenario: Scenario;
  report: SimulationReport;
}

export interface CompareRow {
  id: string;
  name: string;
  headline: string;
  /** Null when the quarter is past this scenario's horizon, and when the org is too small to judge. */
  outcome: OutcomeName | null;
  /** Null when the quarter is past this scenario's horizon. */
  verdict: VerdictName | null;
  /** Borderline: the outcome across the boundary; at risk: the trouble the symptoms show. */
  risk: OutcomeName | null;
  confirmed: boolean;
  /** With Monte Carlo runs: the share of runs whose org verdict falls in each outcome; null otherwise. */
  shares: OutcomeShares | null;
  values: Record<ComparedFigure['key'], number | null>;
  /** With Monte Carlo runs: each figure's p10-p90 band in the quarter; null otherwise. */
  bands: Record<ComparedFigure['key'], { p10: number; p90: number } | null>;
  /** Quarters the scenario runs (its horizon). */
  lastQuarter: number;
  /** The scenario the others are measured against. */
  baseline: boolean;
  /** value - the baseline's value; null for the baseline itself and where either has none. */
  deltas: Record<ComparedFigure['key'], number | null>;
  /** share - the baseline's share, per outcome; null for the baseline and where either has no shares. */
  shareDeltas: OutcomeShares | null;
  /** The design's spans and layers (its roles as designed, whatever the quarter). */
  design: Record<DesignFigure['key'], number>;
  designDeltas: Record<DesignFigure['key'], number> | null;
  /** How the baseline's roles change in this design; null for the baseline. */
  diff: StructuralDiff | null;
}

export interface CompareTable {
  quarter: number;
  /** The baseline's id: the one asked for when it is compared, else the first scenario's. */
  baselineId: string | null;
  rows: CompareRow[];
  /**
   * Per figure, the ids of the scenarios that do meaningfully best in that quarter: those level with
   * the best value (see `ComparedFigure.meaningful`), when at least one other scenario is not level
   * with it; none for one row, or when all are level.
   */
  best: Record<ComparedFigure['key'], ReadonlySet<string>>;
}

export function compareTable(
  scenarios: readonly ComparedScenario[],
  quarter: number,
  baselineId: string | null = null,
): CompareTable {
  const base = scenarios.find((s) => s.id === baselineId) ?? scenarios[0];
  const bareRows = scenarios.map(({ id, name, scenario, report }) => {
    const q = report.quarters[quarter];
    const org = q?.org as unknown as Record<string, unknown> | undefined;
    const values = Object.fromEntries(
      COMPARED_FIGURES.map((f) => [
        f.key,
        org && typeof org[f.key] === 'number' ? (org[f.key] as number) : null,
      ]),
    ) as CompareRow['values'];
    const bands = Object.fromEntries(
      COMPARED_FIGURES.map((f) => {
        const band = q?.bands?.[f.key];
        return [f.key, band ? { p10: band.p10, p90: band.p90 } : null];
      }),
    ) as CompareRow['bands'];
    const v = q ? readVerdict(q.org) : null;
    const small = v?.verdict === 'tooSmall';
    return {
      id,
      name,
      headline: headlineOf(report, scenario),
      outcome: v && !small ? v.outcome : null,
      verdict: v ? v.verdict : null,
      risk: v && !small ? v.risk : null,
      confirmed: v?.verdict === 'confirmed',
      shares: q ? readShares(q.org) : null,
      values,
      bands,
      lastQuarter: report.quarters.length - 1,
      design: designFigures(scenario.roles),
    };
  });
  const baseRow = bareRows[scenarios.indexOf(base)];
  const rows = bareRows.map((row, k): CompareRow => {
    const isBase = row === baseRow;
    const deltas = Object.fromEntries(
      COMPARED_FIGURES.map((f) => {
        const value = row.values[f.key];
        const from = baseRow.values[f.key];
        return [f.key, isBase || value === null || from === null ? null : value - from];
      }),
    ) as CompareRow['deltas'];
    const shareDeltas =
      isBase || !row.shares || !baseRow.shares
        ? null
        : (Object.fromEntries(
            SHARE_KEYS.map((key) => [key, row.shares![key] - baseRow.shares![key]]),
          ) as OutcomeShares);
    const designDeltas = isBase
      ? null
      : (Object.fromEntries(
          DESIGN_FIGURES.map((f) => [f.key, row.design[f.key] - baseRow.design[f.key]]),
        ) as CompareRow['designDeltas']);
    return {
      ...row,
      baseline: isBase,
      deltas,
      shareDeltas,
      designDeltas,
      diff: isBase ? null : structuralDiff(base.scenario.roles, scenarios[k].scenario.roles),
    };
  });
  const best = Object.fromEntries(
    COMPARED_FIGURES.map((f) => [f.key, bestOf(rows, f)]),
  ) as CompareTable['best'];
  return { quarter, baselineId: base?.id ?? null, rows, best };
}

/** A scenario's headline reads its whole report: worked out once per report, not at every quarter. */
const headlines = new WeakMap<SimulationReport, string>();
function headlineOf(report: SimulationReport, scenario: Scenario): string {
  let sentence = headlines.get(report);
  if (sentence === undefined) {
    sentence = headline(report, roleTitles(scenario));
    headlines.set(report, sentence);
  }
  return sentence;
}

/**
 * The ★ rule. The leaders are the scenarios level with the best value: less than `meaningful` from it,
 * or (with Monte Carlo bands) with their median inside the best one's p10-p90 band, or the best median
 * inside theirs. They get the ★ only when some scenario is not level: a gap that small, or inside the
 * spread of the runs, is no difference to act on.
 */
export function bestOf(
  rows: readonly Pick<CompareRow, 'id' | 'values' | 'bands'>[],
  figure: ComparedFigure,
): ReadonlySet<string> {
  const present = rows.filter((r) => r.values[figure.key] !== null);
  if (figure.better === null || present.length < 2) return new Set();
  const value = (r: (typeof present)[number]) => r.values[figure.key]!;
  const top = present.reduce((a, b) =>
    (figure.better === 'lower' ? value(b) < value(a) : value(b) > value(a)) ? b : a,
  );
  const inside = (x: number, band: { p10: number; p90: number } | null) =>
    band !== null && x >= Math.min(band.p10, band.p90) && x <= Math.max(band.p10, band.p90);
  const level = (r: (typeof present)[number]) =>
    // A gap of exactly `meaningful` counts, whatever floating point makes of it.
    Math.abs(value(r) - value(top)) < figure.meaningful - 1e-9 ||
    inside(value(r), top.bands[figure.key]) ||
    inside(value(top), r.bands[figure.key]);
  const leaders = present.filter(level);
  return new Set(leaders.length === present.length ? [] : leaders.map((r) => r.id));
}
