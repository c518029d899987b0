/**
 * The project's scenarios side by side in one quarter: each scenario's headline, its org outcome and
 * figures in that quarter from its own report, and which scenario does best on each figure. Pure: the
 * reports are the engine's, the same objects the CLI prints with `--json`.
 */
import type { Scenario } from '../../core/scenario/types';
import type { SimulationReport } from '../../engine/report';
import { headline } from '../results/headline';
import { readShares, type OutcomeShares } from '../results/shares';
import { roleTitles } from '../../core/scenario/hired-roles';
import { readVerdict, type OutcomeName, type VerdictName } from '../../core/verdict-text';

export interface ComparedFigure {
  key: 'chaos' | 'bureaucracy' | 'health' | 'engagement' | 'execution' | 'attrition' | 'fit' | 'headcount';
  label: string;
  /** Which way is better; null for a figure that is neither (headcount). */
  better: 'lower' | 'higher' | null;
  format(value: number): string;
}

const index = (value: number) => value.toFixed(1);
const share = (value: number) => value.toFixed(2);

export const COMPARED_FIGURES: readonly ComparedFigure[] = [
  { key: 'chaos', label: 'Chaos', better: 'lower', format: index },
  { key: 'bureaucracy', label: 'Bureaucracy', better: 'lower', format: index },
  { key: 'health', label: 'Health', better: 'higher', format: index },
  { key: 'engagement', label: 'Engagement', better: 'higher', format: share },
  { key: 'execution', label: 'Execution', better: 'higher', format: share },
  { key: 'attrition', label: 'Attrition', better: 'lower', format: (v) => `${(v * 100).toFixed(1)}%` },
  { key: 'fit', label: 'Strategic fit', better: 'higher', format: share },
  { key: 'headcount', label: 'People', better: null, format: (v) => v.toFixed(0) },
];

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
  /** Quarters the scenario runs (its horizon). */
  lastQuarter: number;
}

export interface CompareTable {
  quarter: number;
  rows: CompareRow[];
  /** Per figure, the ids of the scenarios that do best in that quarter (ties share it; none for one row). */
  best: Record<ComparedFigure['key'], ReadonlySet<string>>;
}

export function compareTable(scenarios: readonly ComparedScenario[], quarter: number): CompareTable {
  const rows = scenarios.map(({ id, name, scenario, report }): CompareRow => {
    const q = report.quarters[quarter];
    const org = q?.org as unknown as Record<string, unknown> | undefined;
    const values = Object.fromEntries(
      COMPARED_FIGURES.map((f) => [
        f.key,
        org && typeof org[f.key] === 'number' ? (org[f.key] as number) : null,
      ]),
    ) as CompareRow['values'];
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
      lastQuarter: report.quarters.length - 1,
    };
  });
  const best = Object.fromEntries(
    COMPARED_FIGURES.map((f) => [f.key, bestOf(rows, f)]),
  ) as CompareTable['best'];
  return { quarter, rows, best };
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

function bestOf(rows: readonly CompareRow[], figure: ComparedFigure): ReadonlySet<string> {
  const present = rows.filter((r) => r.values[figure.key] !== null);
  if (figure.better === null || present.length < 2) return new Set();
  const pick = figure.better === 'lower' ? Math.min : Math.max;
  // Figures are compared as shown: a difference the table cannot display is a tie.
  const shown = (r: CompareRow) => figure.format(r.values[figure.key]!);
  const target = pick(...present.map((r) => r.values[figure.key]!));
  const winner = figure.format(target);
  const winners = present.filter((r) => shown(r) === winner);
  return new Set(winners.length === present.length ? [] : winners.map((r) => r.id));
}
