/**
 * The answer under the headline: which team leads the org's final outcome, and the largest driver of that
 * outcome in its explanation, e.g. "Main driver in Q8: Engineering lead, span 53 against a capacity of 6
 * (+19.4 chaos)". Pure: the team comes from the report, the driver from the engine's `explain()`.
 */
import type { Driver, ExplainedFigure, TeamExplanation } from '../../engine/index';
import type { SimulationReport } from '../../engine/report';
import { readVerdict, type OutcomeName } from '../../core/verdict-text';
import { heatOf, outcomeFigure } from './outcome-heat';

export interface LeadingTeam {
  roleId: string;
  title: string;
  /** The last quarter, whose outcome the headline states. */
  quarter: number;
  /** The trouble it leads: the org's outcome, or for an org in balance the trouble at risk. */
  trouble: Exclude<OutcomeName, 'balance'>;
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
    const heat = heatOf(role);
    if (heat.verdict === 'tooSmall') continue;
    const rank = heat.outcome === trouble ? 1 : 0;
    const { intensity } = outcomeFigure(role, trouble);
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

/** Terms of the arithmetic rather than causes: never a main driver. */
const NOT_CAUSES = new Set(['cap', 'clip', 'lag', 'base']);

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

const isIndex = (figure: ExplainedFigure) => figure === 'chaos' || figure === 'bureaucracy';

/** "+19.4 chaos", "−0.12 engagement": the driver's share in its figure's own unit. */
export function contributionText({ figure, driver }: MainDriver): string {
  const c = driver.contribution;
  return `${c >= 0 ? '+' : '−'}${Math.abs(c).toFixed(isIndex(figure) ? 1 : 2)} ${figure}`;
}
