/**
 * The `--json` object of the command-line contract (docs: shared scenario-format, "Command line"), built
 * in one place so the CLI and the UI show identical figures. With Monte Carlo results, each org figure is
 * the median over runs and `bands` gives p10/p50/p90; per-role figures are always the deterministic run's
 * (the Monte Carlo mode keeps org figures only).
 */
import { roleSharesAt, type MonteCarloResult, type OutcomeShares, type QuarterBands } from './monte-carlo';
import type { UncertaintySources } from './uncertainty';

import { decodeVerdict, type DecodedVerdict } from './outcome';
import { NOT_ALIVE, ORG_FIGURES, ROLE_FIGURES, type OrgQuarter, type SimulationResult } from './results';

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
    const roles = reportRolesAt(result, q, (id) => {
      const index = roleIndex.get(id);
      return mc && index !== undefined ? roleSharesAt(mc, index, q) : null;
    });
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

/** Each verdict code decoded once (codes fit in 7 bits, outcome.ts). */
const DECODED: readonly DecodedVerdict[] = Array.from({ length: 128 }, (_, code) => decodeVerdict(code));

/**
 * The roles of quarter q, read straight from the result's compact arrays. Each row is one object literal
 * of a fixed shape, figures in ROLE_FIGURES order (tests/engine/report.test.ts checks the keys): building
 * a 5,000-role report key by key, through roleFiguresAt's own objects first, took several times longer
 * than the run itself, and an edit waits for it.
 */
function reportRolesAt(
  result: SimulationResult,
  q: number,
  sharesOf: (id: string) => OutcomeShares | null,
): Record<string, ReportRole> {
  const roles = Object.create(null) as Record<string, ReportRole>;
  const r = result.roles;
  if (!r) return roles;
  const F = ROLE_FIGURES.length;
  const v = r.values;
  const parents = r.parents[q];
  const teams = r.teams[q];
  for (let slot = 0; slot < r.slots; slot++) {
    const cell = q * r.slots + slot;
    const code = r.codes[cell];
    if (code === NOT_ALIVE) continue;
    const o = cell * F;
    const d = DECODED[code];
    const parent = parents[slot];
    const id = r.ids[slot];
    const role: ReportRole = {
      alignment: round(v[o]),
      engagement: round(v[o + 1]),
      execution: round(v[o + 2]),
      innovation: round(v[o + 3]),
      process: round(v[o + 4]),
      unmet: round(v[o + 5]),
      rampUp: round(v[o + 6]),
      trust: round(v[o + 7]),
      burnout: round(v[o + 8]),
      attrition: round(v[o + 9]),
      coverage: round(v[o + 10]),
      chaos: round(v[o + 11]),
      bureaucracy: round(v[o + 12]),
      health: round(v[o + 13]),
      leadershipRatio: round(v[o + 14]),
      managementRatio: round(v[o + 15]),
      leadership: round(v[o + 16]),
      management: round(v[o + 17]),
      outcome: d.outcome,
      confirmed: d.confirmed,
      verdict: d.verdict,
      risk: d.risk,
      reportsTo: parent >= 0 ? r.ids[parent] : null,
      team: teams[slot],
    };
    const shares = sharesOf(id);
    if (shares) role.shares = roundShares(shares);
    roles[id] = role;
  }
  return roles;
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
