/**
 * The answer behind an outcome: which team leads the org's trouble in a quarter, and the largest driver
 * of that trouble in the team's explanation, e.g. "Engineering lead, span 53 against a capacity of 6
 * (+19.4 chaos)". Pure: the team comes from a report, the driver from `explain()`. The results headline
 * (src/renderer/results/MainDriverButton.tsx) and "by when must this hire arrive?"
 * (arrival-dependencies.ts) both read it from here.
 */
import { readVerdict, type OutcomeName } from '../core/verdict-text';
import type { Driver, ExplainedFigure, TeamExplanation } from './explain';
import type { ReportRole, SimulationReport } from './report';

export interface LeadingTeam {
  roleId: string;
  title: string;
  /** The last quarter, whose outcome the headline states. */
  quarter: number;
  /** The trouble it leads: the org's outcome, or for an org in balance the trouble at risk. */
  trouble: Exclude<OutcomeName, 'balance'>;
}

const figureOf = (role: ReportRole, key: string) =>
  typeof role[key] === 'number' ? (role[key] as number) : 0;

/**
 * How strongly a team shows an outcome, 0..1, from the report's own figures: chaos and bureaucracy by
 * their index, stagnation by how far health has fallen, balance by health.
 */
export function outcomeIntensity(role: ReportRole, outcome: OutcomeName): number {
  switch (outcome) {
    case 'chaos':
      return figureOf(role, 'chaos') / 100;
    case 'bureaucracy':
      return figureOf(role, 'bureaucracy') / 100;
    case 'stagnation':
      return 1 - figureOf(role, 'health') / 100;
    default:
      return figureOf(role, 'health') / 100;
  }
}

/**
 * The team that leads the org's final trouble: of the teams that can be judged in the last quarter, one
 * with that outcome before one without, then the strongest figure of it (the order of the top risks).
 * Null when the org is too small to judge, or in balance with nothing at risk.
 */
export function leadingTeam(
  report: SimulationReport,
  titles: ReadonlyMap<string, string>,
): LeadingTeam | null {
  const quarter = report.quarters.length - 1;
  const q = report.quarters[quarter];
  if (!q) return null;
  const org = readVerdict(q.org);
  if (org.verdict === 'tooSmall') return null;
  const trouble = org.outcome !== 'balance' ? org.outcome : org.risk;
  if (trouble === null || trouble === 'balance') return null;
  let best: { roleId: string; rank: number; intensity: number } | null = null;
  for (const [roleId, role] of Object.entries(q.roles)) {
    const verdict = readVerdict(role);
    if (verdict.verdict === 'tooSmall') continue;
    const rank = verdict.outcome === trouble ? 1 : 0;
    const intensity = outcomeIntensity(role, trouble);
    if (!best || rank > best.rank || (rank === best.rank && intensity > best.intensity))
      best = { roleId, rank, intensity };
  }
  return best
    ? { roleId: best.roleId, title: titles.get(best.roleId) ?? best.roleId, quarter, trouble }
    : null;
}

export interface MainDriver {
  figure: ExplainedFigure;
  driver: Driver;
}

/**
 * Terms of the arithmetic rather than causes: never a main driver. The baseline need to coordinate work
 * is one of them: the same constant in every team, it is no cause anyone could act on (the span, the
 * volatility, the lead's strengths are).
 */
const NOT_CAUSES = new Set(['cap', 'clip', 'lag', 'base', 'demand.base']);

/**
 * The driver that pushes a team furthest into its trouble: the largest rise of chaos or bureaucracy, or
 * for stagnation the largest fall of engagement, execution or innovation (the figures its health reads).
 */
export function mainDriver(
  explanation: TeamExplanation,
  trouble: Exclude<OutcomeName, 'balance'>,
): MainDriver | null {
  const figures: ExplainedFigure[] =
    trouble === 'stagnation' ? ['engagement', 'execution', 'innovation'] : [trouble];
  const sign = trouble === 'stagnation' ? -1 : 1;
  let best: MainDriver | null = null;
  for (const figure of figures) {
    for (const driver of explanation.figures[figure]?.drivers ?? []) {
      if (NOT_CAUSES.has(driver.key) || sign * driver.contribution <= 0) continue;
      if (!best || sign * driver.contribution > sign * best.driver.contribution) best = { figure, driver };
    }
  }
  return best;
}

/**
 * Whether a driver is the team's span (its number of reports against its manager's capacity), and the
 * team's span is past that capacity: the explanation's coverage then counts the manager's own share.
 * Then the team needs managers of its own, whatever else is true of it.
 */
export function isSpanPastCapacity(explanation: TeamExplanation, driver: Driver): boolean {
  const spanDriver = driver.key === 'demand.span' || driver.key.startsWith('coverage.');
  return spanDriver && (explanation.figures.coverage?.drivers ?? []).some((d) => d.key === 'coverage.own');
}

const isIndex = (figure: ExplainedFigure) => figure === 'chaos' || figure === 'bureaucracy';

/** "+19.4 chaos", "−0.12 engagement": the driver's share in its figure's own unit. */
export function contributionText({ figure, driver }: MainDriver): string {
  const c = driver.contribution;
  return `${c >= 0 ? '+' : '−'}${Math.abs(c).toFixed(isIndex(figure) ? 1 : 2)} ${figure}`;
}
