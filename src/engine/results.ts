/**
 * The plain-data results of a run. Org figures are kept per quarter as objects (41 at most); per-role
 * figures, which can be 100,000 roles x 41 quarters, are kept compactly in one Float32Array and read
 * through roleFiguresAt / roleSeries.
 */
import type { ModelParameters } from './parameters';
import { decodeVerdict, type Outcome, type Verdict } from './outcome';

/** Org figures of one quarter (shares on 0-1; chaos, bureaucracy, health on 0-100). */
export interface OrgQuarter {
  quarter: number;
  headcount: number;
  layers: number;
  alignment: number;
  engagement: number;
  execution: number;
  innovation: number;
  /** Process load (E4). */
  process: number;
  /** Unmet coordination (E3). */
  unmet: number;
  /** Share of people still ramping up (E10). */
  rampUp: number;
  trust: number;
  burnout: number;
  /** Share of headcount that quit this quarter. */
  attrition: number;
  /** Strategic fit during this quarter. */
  fit: number;
  chaos: number;
  bureaucracy: number;
  health: number;
  /** Leadership supply / need (O1); below 1 means leadership falls short. */
  leadershipRatio: number;
  /** Management supply / need (O1). */
  managementRatio: number;
  /** Where leadership and management stand against their needs (O2); meaningful only when judged. */
  outcome: Outcome;
  /** How firmly: confirmed, at risk, borderline, or too small to judge (outcome.ts). */
  verdict: Verdict;
  /** Borderline: the outcome across the nearest boundary; at risk: the trouble the symptoms show. */
  risk: Outcome | null;
  /** verdict === 'confirmed' (kept for readers of format-1 reports). */
  confirmed: boolean;
}

/** The numeric org figures, in report order (every one gets Monte Carlo bands). */
export const ORG_FIGURES = [
  'headcount',
  'layers',
  'alignment',
  'engagement',
  'execution',
  'innovation',
  'process',
  'unmet',
  'rampUp',
  'trust',
  'burnout',
  'attrition',
  'fit',
  'chaos',
  'bureaucracy',
  'health',
  'leadershipRatio',
  'managementRatio',
] as const;
export type OrgFigureName = (typeof ORG_FIGURES)[number];

/** Per-role figures stored for every live role and quarter. */
export const ROLE_FIGURES = [
  'alignment',
  'engagement',
  'execution',
  'innovation',
  'process',
  'unmet',
  'rampUp',
  'trust',
  'burnout',
  'attrition',
  'coverage',
  'chaos',
  'bureaucracy',
  'health',
  'leadershipRatio',
  'managementRatio',
  /** Mean of the four leadership strengths (0-10) of whoever manages the unit (acting manager if vacant). */
  'leadership',
  /** Mean of the four management strengths (0-10). */
  'management',
] as const;
export type RoleFigureName = (typeof ROLE_FIGURES)[number];

export type RoleQuarter = Record<RoleFigureName, number> & {
  outcome: Outcome;
  verdict: Verdict;
  risk: Outcome | null;
  confirmed: boolean;
  /** The line manager's id in this quarter (null for the root). */
  reportsTo: string | null;
  /** Team size in this quarter (individual contributors, after grow, shrink and take-over events). */
  team: number;
};

export interface RoleSeries {
  /** Role id per slot (slots are stable over the run; hires get new slots). */
  ids: readonly string[];
  titles: readonly string[];
  slots: number;
  /** values[((quarter * slots) + slot) * ROLE_FIGURES.length + figure] */
  values: Float32Array;
  /** NOT_ALIVE, or the verdict code of outcome.ts (classifyVerdict), per (quarter * slots + slot). */
  codes: Uint8Array;
  /**
   * Parent slot per slot (-1 for the root), one array per quarter; quarters in which the structure did
   * not change share the previous quarter's array, so a run without reorganisations keeps one.
   */
  parents: Int32Array[];
  /** Team size per slot, one array per quarter, shared with the previous quarter's when unchanged. */
  teams: Float64Array[];
}

export const NOT_ALIVE = 255;

export interface SimulationResult {
  scenario: string;
  /** Quarters simulated after quarter 0 (org has quarters + 1 entries). */
  quarters: number;
  parameters: ModelParameters;
  org: OrgQuarter[];
  /** Null when the caller asked for org figures only. */
  roles: RoleSeries | null;
  /** Events that could not act at their time, one sentence each. */
  warnings: string[];
}

/**
 * Figures of every role alive in quarter q, by role id. The object has no prototype, so every id is an
 * own key (`__proto__` included) and an id that is not in the org (`constructor`, `toString`) reads as
 * undefined rather than as an inherited member.
 */
export function roleFiguresAt(result: SimulationResult, q: number): Record<string, RoleQuarter> {
  const out = Object.create(null) as Record<string, RoleQuarter>;
  const r = result.roles;
  if (!r) return out;
  const F = ROLE_FIGURES.length;
  for (let slot = 0; slot < r.slots; slot++) {
    const cell = q * r.slots + slot;
    const code = r.codes[cell];
    if (code === NOT_ALIVE) continue;
    const fig = {} as Record<RoleFigureName, number>;
    for (let f = 0; f < F; f++) fig[ROLE_FIGURES[f]] = r.values[cell * F + f];
    const parent = r.parents[q][slot];
    out[r.ids[slot]] = {
      ...fig,
      ...decodeVerdict(code),
      reportsTo: parent >= 0 ? r.ids[parent] : null,
      team: r.teams[q][slot],
    };
  }
  return out;
}

/** One role's figures over the run (null in quarters when it was not in the org). */
export function roleSeries(result: SimulationResult, roleId: string): (RoleQuarter | null)[] {
  const out: (RoleQuarter | null)[] = [];
  for (let q = 0; q <= result.quarters; q++) out.push(roleFiguresAt(result, q)[roleId] ?? null);
  return out;
}
