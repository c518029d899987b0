/**
 * How strongly a team shows its outcome in one quarter, from the report's own figures: chaos and
 * bureaucracy by their index, stagnation by how far health has fallen, balance by health.
 */
import { reportRole, type ReportRole, type SimulationReport } from '../../engine/report';

export type OutcomeName = 'balance' | 'chaos' | 'bureaucracy' | 'stagnation';

export interface RoleHeat {
  outcome: OutcomeName;
  confirmed: boolean;
  /** 0..1. */
  intensity: number;
  /** The figure behind the intensity, as the report gives it, e.g. "chaos 48.1". */
  figure: string;
}

const num = (role: ReportRole, key: string) => (typeof role[key] === 'number' ? (role[key] as number) : 0);

export function heatOf(role: ReportRole): RoleHeat {
  const outcome = role.outcome as OutcomeName;
  const confirmed = role.confirmed === true;
  switch (outcome) {
    case 'chaos':
      return {
        outcome,
        confirmed,
        intensity: num(role, 'chaos') / 100,
        figure: `chaos ${fmt(num(role, 'chaos'))}`,
      };
    case 'bureaucracy':
      return {
        outcome,
        confirmed,
        intensity: num(role, 'bureaucracy') / 100,
        figure: `bureaucracy ${fmt(num(role, 'bureaucracy'))}`,
      };
    case 'stagnation':
      return {
        outcome,
        confirmed,
        intensity: 1 - num(role, 'health') / 100,
        figure: `health ${fmt(num(role, 'health'))}`,
      };
    default:
      return {
        outcome: 'balance',
        confirmed,
        intensity: num(role, 'health') / 100,
        figure: `health ${fmt(num(role, 'health'))}`,
      };
  }
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

export interface TeamRisk {
  roleId: string;
  title: string;
  heat: RoleHeat;
}

/** Teams that are not in balance in a quarter, most intense first. */
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
    .filter((r) => r.heat.outcome !== 'balance')
    .sort(
      (a, b) => b.heat.intensity - a.heat.intensity || Number(b.heat.confirmed) - Number(a.heat.confirmed),
    )
    .slice(0, limit);
}

/**
 * A role's heat in a quarter as one string (a stable value for a store selector, so a card re-renders
 * only when its own heat changes): "outcome|confirmed|intensity|figure|quarter", "absent|quarter", or null.
 */
export function heatKeyAt(report: SimulationReport | null, quarter: number, roleId: string): string | null {
  if (!report) return null;
  const heat = roleHeatAt(report, quarter, roleId);
  if (heat === null) return null;
  if (heat === 'absent') return `absent|${quarter}`;
  return `${heat.outcome}|${heat.confirmed ? 1 : 0}|${heat.intensity.toFixed(3)}|${heat.figure}|${quarter}`;
}

export interface CardHeat {
  absent: boolean;
  quarter: number;
  outcome?: OutcomeName;
  confirmed?: boolean;
  intensity?: number;
  /** For the card's aria-label, e.g. "Q8: chaos (confirmed), chaos 48.1". */
  label: string;
}

export function parseHeatKey(key: string | null): CardHeat | null {
  if (key === null) return null;
  const parts = key.split('|');
  if (parts[0] === 'absent') {
    const quarter = Number(parts[1]);
    return { absent: true, quarter, label: `not in the org in Q${quarter}` };
  }
  const [outcome, confirmed, intensity, figure, quarter] = parts;
  return {
    absent: false,
    quarter: Number(quarter),
    outcome: outcome as OutcomeName,
    confirmed: confirmed === '1',
    intensity: Number(intensity),
    label: `Q${quarter}: ${outcome} (${confirmed === '1' ? 'confirmed' : 'at risk'}), ${figure}`,
  };
}
