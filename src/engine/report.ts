/**
 * The `--json` object of the command-line contract (docs: shared scenario-format, "Command line"), built
 * in one place so the CLI and the UI show identical figures. With Monte Carlo results, each org figure is
 * the median over runs and `bands` gives p10/p50/p90; per-role figures are always the deterministic run's
 * (the Monte Carlo mode keeps org figures only).
 */
import { roleSharesAt, type MonteCarloResult, type OutcomeShares, type QuarterBands } from './monte-carlo';
import type { UncertaintySources } from './uncertainty';

import { ORG_FIGURES, roleFiguresAt, ROLE_FIGURES, type OrgQuarter, type SimulationResult } from './results';

export type ReportOrg = Omit<OrgQuarter, 'quarter'> & {
  /** With Monte Carlo: the share of runs whose verdict falls in each outcome (or too small to judge). */
  shares?: OutcomeShares;
};
export interface ReportRole {
  [figure: string]: number | string | boolean | null | OutcomeShares | undefined;
  outcome?: string;
  verdict?: string;
  risk?: string | null;
  confirmed?: boolean;
  reportsTo?: string | null;
  team?: number;
  /** With Monte Carlo: the team's own shares, over the runs that have the role in the org this quarter. */
  shares?: OutcomeShares;
}
export interface ReportQuarter {
  quarter: number;
  org: ReportOrg;
  /**
   * By role id. Built without a prototype, so any id, `__proto__` included, is an own key; a copy that
   * went through JSON or postMessage has Object's prototype again, so look roles up with reportRole.
   */
  roles: Record<string, ReportRole>;
  bands?: QuarterBands;
}
export interface SimulationReport {
  scenario: string;
  runs: number;
  seed?: number;
  /** With Monte Carlo: what each run drew besides process noise. */
  uncertainty?: UncertaintySources;
  quarters: ReportQuarter[];
  warnings: string[];
}

/** Figures are rounded to 4 decimals: enough for any display, and JSON stays readable. */
const round = (x: number) => Math.round(x * 1e4) / 1e4;

export function toSimulationReport(
  result: SimulationResult,
  monteCarlo?: MonteCarloResult,
): SimulationReport {
  const mc = monteCarlo && monteCarlo.runs > 1 ? monteCarlo : undefined;
  const roleIndex = new Map(mc?.roleShares?.ids.map((id, i) => [id, i]));
  const quarters: ReportQuarter[] = [];
  for (let q = 0; q <= result.quarters; q++) {
    const source = mc ? mc.median[q] : result.org[q];
    const org = {} as Record<string, number | string | boolean | null | OutcomeShares>;
    for (const f of ORG_FIGURES) org[f] = round(source[f]);
    org.outcome = source.outcome;
    org.confirmed = source.confirmed;
    org.verdict = source.verdict;
    org.risk = source.risk;
    if (mc) org.shares = roundShares(mc.shares[q]);
    const roles = Object.create(null) as Record<string, ReportRole>;
    for (const [id, r] of Object.entries(roleFiguresAt(result, q))) {
      const role: ReportRole = {};
      for (const f of ROLE_FIGURES) role[f] = round(r[f]);
      role.outcome = r.outcome;
      role.confirmed = r.confirmed;
      role.verdict = r.verdict;
      role.risk = r.risk;
      role.reportsTo = r.reportsTo;
      role.team = r.team;
      const index = roleIndex.get(id);
      const shares = mc && index !== undefined ? roleSharesAt(mc, index, q) : null;
      if (shares) role.shares = roundShares(shares);
      roles[id] = role;
    }
    const entry: ReportQuarter = { quarter: q, org: org as unknown as ReportOrg, roles };
    if (mc) {
      const bands = {} as QuarterBands;
      for (const f of ORG_FIGURES) {
        const b = mc.bands[q][f];
        bands[f] = { p10: round(b.p10), p50: round(b.p50), p90: round(b.p90) };
      }
      entry.bands = bands;
    }
    quarters.push(entry);
  }
  const report: SimulationReport = {
    scenario: result.scenario,
    runs: mc ? mc.runs : 1,
    quarters,
    warnings: result.warnings,
  };
  if (mc) {
    report.seed = mc.seed;
    report.uncertainty = { ...mc.uncertainty };
  }
  return report;
}

function roundShares(shares: OutcomeShares): OutcomeShares {
  const out = {} as OutcomeShares;
  for (const [k, v] of Object.entries(shares) as [keyof OutcomeShares, number][]) out[k] = round(v);
  return out;
}

/**
 * A role's figures in a report quarter, or undefined when the role is not in the org then. Only own keys
 * count: a report that came through JSON or postMessage inherits `toString`, `constructor` and the like.
 */
export function reportRole(quarter: ReportQuarter, roleId: string): ReportRole | undefined {
  return Object.hasOwn(quarter.roles, roleId) ? quarter.roles[roleId] : undefined;
}
