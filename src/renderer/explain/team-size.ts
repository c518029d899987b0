/**
 * Which team size a number is. The design's team (what the inspector edits), a simulated quarter's team
 * (after grow and shrink events and teams taken over: what the card shows as the scrubber moves) and the
 * span in an explanation (the team plus the roles reporting, newcomers, dotted lines and vacancies
 * carried, model E1) are different numbers; each is shown with where it comes from.
 */
import { reportRole, type SimulationReport } from '../../engine/report';

/** A team size as shown: whole numbers as they are, fractions (a gradual growth plan) to one decimal. */
export const teamNumber = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** "team of 50 (Q8)", or "team of 6 (design)". */
export function teamLabel(team: number, quarter: number | null): string {
  return `team of ${teamNumber(team)} (${quarter === null ? 'design' : `Q${quarter}`})`;
}

export interface TeamSize {
  quarter: number;
  /** Individual contributors in that quarter. */
  team: number;
  /** Roles reporting to it in that quarter. */
  reports: number;
}

/** A role's team and reporting roles in a simulated quarter, from the report; null when absent. */
export function teamSizeAt(report: SimulationReport, quarter: number, roleId: string): TeamSize | null {
  const q = report.quarters[quarter];
  const role = q ? reportRole(q, roleId) : undefined;
  if (!q || !role) return null;
  let reports = 0;
  for (const other of Object.values(q.roles)) if (other.reportsTo === roleId) reports++;
  return { quarter, team: typeof role.team === 'number' ? role.team : 0, reports };
}

/** "team of 50 (Q8) and 3 roles reporting". */
export function teamSizeText(size: TeamSize): string {
  const roles =
    size.reports === 0 ? '' : ` and ${size.reports} role${size.reports === 1 ? '' : 's'} reporting`;
  return `${teamLabel(size.team, size.quarter)}${roles}`;
}

/** The explanation's drivers that read the team's span. */
const SPAN_DRIVERS = new Set(['demand.span', 'coverage.own', 'coverage.withinCapacity']);

/**
 * A driver's label, a span driver's with what its span is made of in that quarter, e.g. "span 53 against
 * a capacity of 6: team of 50 (Q8) and 3 roles reporting". `value` is the driver's own value, the span.
 */
export function driverLabel(
  driver: { key: string; label: string; value: number },
  size: TeamSize | null,
): string {
  if (!size || !SPAN_DRIVERS.has(driver.key)) return driver.label;
  const rest = driver.value - size.team - size.reports;
  const extra = rest >= 0.5 ? ', plus newcomers, dotted lines or vacancies carried' : '';
  return `${driver.label}: ${teamSizeText(size)}${extra}`;
}
