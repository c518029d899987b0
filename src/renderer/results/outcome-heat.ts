/**
 * How strongly a team shows its outcome in one quarter, from the report's own figures: chaos and
 * bureaucracy by their index, stagnation by how far health has fallen, balance by health. A team too
 * small to judge has no outcome to show: no colour, no intensity, and it is never a risk.
 *
 * With Monte Carlo runs a team also has shares: then the strength of its colour is the share of runs that
 * reach the outcome it shows (the deterministic verdict alone would read as a certainty), and its label
 * says how often its trouble comes, e.g. "chaos in 62% of runs".
 */
import { outcomeIntensity } from '../../engine/main-driver';
import { reportRole, type ReportRole, type SimulationReport } from '../../engine/report';
import {
  readVerdict,
  verdictText,
  type OutcomeName,
  type VerdictName,
  type VerdictView,
} from '../../core/verdict-text';
import { percent, readShares, type OutcomeShares } from './shares';

export type { OutcomeName, VerdictName } from '../../core/verdict-text';

export interface RoleHeat extends VerdictView {
  /** verdict === 'confirmed'. */
  confirmed: boolean;
  /** 0..1; 0 when too small to judge. */
  intensity: number;
  /** The figure behind the intensity, as the report gives it, e.g. "chaos 48.1"; '' when too small. */
  figure: string;
  /**
   * Only with Monte Carlo shares: the trouble the team shows (or, in balance or too small to judge, the
   * one its runs reach most often) and its share of runs; null when no run reaches any trouble.
   */
  trouble?: TroubleShare | null;
}

export interface TroubleShare {
  outcome: Exclude<OutcomeName, 'balance'>;
  share: number;
}

const TROUBLES = ['chaos', 'bureaucracy', 'stagnation'] as const;

/** The trouble a team's runs point to: its own outcome when that is one, else the most frequent one. */
export function troubleShare(v: VerdictView, shares: OutcomeShares): TroubleShare | null {
  if (v.verdict !== 'tooSmall' && v.outcome !== 'balance')
    return { outcome: v.outcome, share: shares[v.outcome] };
  let best: TroubleShare | null = null;
  for (const outcome of TROUBLES)
    if (shares[outcome] > 0 && (!best || shares[outcome] > best.share))
      best = { outcome, share: shares[outcome] };
  return best;
}

/** "chaos in 62% of runs", or "no trouble in any run". */
export function troubleText(trouble: TroubleShare | null): string {
  return trouble ? `${trouble.outcome} in ${percent(trouble.share)} of runs` : 'no trouble in any run';
}

const num = (role: ReportRole, key: string) => (typeof role[key] === 'number' ? (role[key] as number) : 0);

/** The figure that shows an outcome: its index, or health (fallen, for stagnation). */
export function outcomeFigure(role: ReportRole, outcome: OutcomeName): { intensity: number; figure: string } {
  const intensity = outcomeIntensity(role, outcome);
  switch (outcome) {
    case 'chaos':
      return { intensity, figure: `chaos ${fmt(num(role, 'chaos'))}` };
    case 'bureaucracy':
      return { intensity, figure: `bureaucracy ${fmt(num(role, 'bureaucracy'))}` };
    default:
      return { intensity, figure: `health ${fmt(num(role, 'health'))}` };
  }
}

export function heatOf(role: ReportRole): RoleHeat {
  const v = readVerdict(role);
  const confirmed = v.verdict === 'confirmed';
  const shares = readShares(role);
  const runs = shares ? { trouble: troubleShare(v, shares) } : {};
  if (v.verdict === 'tooSmall') return { ...v, confirmed, intensity: 0, figure: '', ...runs };
  const shown = outcomeFigure(role, v.outcome);
  return { ...v, confirmed, ...shown, ...runs, intensity: shares ? shares[v.outcome] : shown.intensity };
}

/** A role's heat in a quarter, or 'absent' when the role is not in the org then (hired later, departed). */
export function roleHeatAt(
  report: SimulationReport,
  quarter: number,
  roleId: string,
): RoleHeat | 'absent' | null {
  const q = report.quarters[quarter];
  if (!q) return null;
  const role = reportRole(q, roleId);
  return role ? heatOf(role) : 'absent';
}

/** One decimal, as every figure on the results screen. */
export function fmt(value: number): string {
  return value.toFixed(1);
}

/**
 * "chaos (confirmed), chaos 48.1"; "too few people to judge" alone, with no figure. With Monte Carlo
 * shares it ends with the trouble's share: "...; chaos in 62% of runs".
 */
export function heatText(heat: RoleHeat): string {
  const text = heat.verdict === 'tooSmall' ? verdictText(heat) : `${verdictText(heat)}, ${heat.figure}`;
  return heat.trouble === undefined ? text : `${text}; ${troubleText(heat.trouble)}`;
}

export interface TeamRisk {
  roleId: string;
  title: string;
  heat: RoleHeat;
}

/** How firmly, for ordering teams of equal intensity: confirmed first, then at risk, then borderline. */
const FIRMNESS: Record<VerdictName, number> = { confirmed: 3, atRisk: 2, borderline: 1, tooSmall: 0 };

/** Teams that are judged and not in balance in a quarter, most intense first. */
export function topRisks(
  report: SimulationReport,
  quarter: number,
  titles: ReadonlyMap<string, string>,
  limit = 5,
): TeamRisk[] {
  const q = report.quarters[quarter];
  if (!q) return [];
  return Object.entries(q.roles)
    .map(([roleId, role]) => ({ roleId, title: titles.get(roleId) ?? roleId, heat: heatOf(role) }))
    .filter((r) => r.heat.verdict !== 'tooSmall' && r.heat.outcome !== 'balance')
    .sort(
      (a, b) => b.heat.intensity - a.heat.intensity || FIRMNESS[b.heat.verdict] - FIRMNESS[a.heat.verdict],
    )
    .slice(0, limit);
}

/**
 * A role's heat in a quarter as one string (a stable value for a store selector, so a card re-renders
 * only when its own heat changes): "outcome|verdict|risk|intensity|figure|quarter|shares", where shares is
 * "" without Monte Carlo, "-" when no run reaches a trouble, else "trouble:share"; "absent|quarter"; or
 * null.
 */
export function heatKeyAt(report: SimulationReport | null, quarter: number, roleId: string): string | null {
  if (!report) return null;
  const heat = roleHeatAt(report, quarter, roleId);
  if (heat === null) return null;
  if (heat === 'absent') return `absent|${quarter}`;
  const runs =
    heat.trouble === undefined ? '' : heat.trouble ? `${heat.trouble.outcome}:${heat.trouble.share}` : '-';
  return `${heat.outcome}|${heat.verdict}|${heat.risk ?? ''}|${heat.intensity.toFixed(3)}|${heat.figure}|${quarter}|${runs}`;
}

export interface CardHeat {
  absent: boolean;
  quarter: number;
  /** Undefined when absent, and when the team is too small to judge (no colour). */
  outcome?: OutcomeName;
  verdict?: VerdictName;
  risk?: OutcomeName | null;
  confirmed?: boolean;
  intensity?: number;
  /**
   * For the card's aria-label and tooltip, e.g. "Q8: chaos (confirmed), chaos 48.1", "Q3: borderline
   * between balance and chaos, health 61.0", "Q2: too few people to judge"; with Monte Carlo shares
   * followed by, e.g., "; chaos in 62% of runs".
   */
  label: string;
}

function parseTrouble(text: string): TroubleShare {
  const [outcome, share] = text.split(':');
  return { outcome: outcome as TroubleShare['outcome'], share: Number(share) };
}

export function parseHeatKey(key: string | null): CardHeat | null {
  if (key === null) return null;
  const parts = key.split('|');
  if (parts[0] === 'absent') {
    const quarter = Number(parts[1]);
    return { absent: true, quarter, label: `not in the org in Q${quarter}` };
  }
  const [outcome, verdict, risk, intensity, figure, quarter, runs = ''] = parts;
  const heat: RoleHeat = {
    ...readVerdict({ outcome, verdict, risk: risk === '' ? null : risk }),
    confirmed: verdict === 'confirmed',
    intensity: Number(intensity),
    figure,
  };
  if (runs !== '') heat.trouble = runs === '-' ? null : parseTrouble(runs);
  const label = `Q${quarter}: ${heatText(heat)}`;
  if (heat.verdict === 'tooSmall')
    return { absent: false, quarter: Number(quarter), verdict: 'tooSmall', risk: null, label };
  return {
    absent: false,
    quarter: Number(quarter),
    outcome: heat.outcome,
    verdict: heat.verdict,
    risk: heat.risk,
    confirmed: heat.confirmed,
    intensity: heat.intensity,
    label,
  };
}
