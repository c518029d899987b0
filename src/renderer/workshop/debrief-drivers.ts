/**
 * The drivers behind each design's outcome for the debrief, from the engine alone: the team that leads
 * the org's final trouble (engine/main-driver.ts `leadingTeam`) and the largest driver of that trouble in
 * the team's explanation (`mainDriver` over `explain`, computed in a worker), worded as the results
 * headline's main-driver line words it.
 */
import { roleTitles } from '../../core/scenario/hired-roles';
import type { Scenario } from '../../core/scenario/types';
import type { TeamExplanation } from '../../engine/explain';
import {
  contributionText,
  leadingTeam,
  mainDriver,
  type LeadingTeam,
  type MainDriver,
} from '../../engine/main-driver';
import type { SimulationReport } from '../../engine/report';

export type Explainer = (
  scenario: Scenario,
  roleId: string,
  quarter: number,
) => Promise<TeamExplanation | null>;

/** "Main driver in Q8: Engineering lead, span 53 against a capacity of 6 (+19.4 chaos)". Pure. */
export function driverSentence(team: LeadingTeam | null, driver: MainDriver | null): string {
  if (!team)
    return 'Nothing leads it into trouble: in balance with nothing at risk at the end, or too small to judge.';
  if (!driver)
    return `${team.title} leads its ${team.trouble} in Q${team.quarter}; no single driver stands out.`;
  return `Main driver in Q${team.quarter}: ${team.title}, ${driver.driver.label} (${contributionText(driver)})`;
}

/** The sentence for one scenario's report, asking the worker for the leading team's explanation. */
export async function driverOf(
  scenario: Scenario,
  report: SimulationReport,
  explain: Explainer,
): Promise<string> {
  const team = leadingTeam(report, roleTitles(scenario));
  if (!team) return driverSentence(null, null);
  const explanation = await explain(scenario, team.roleId, team.quarter).catch(() => null);
  return driverSentence(team, explanation ? mainDriver(explanation, team.trouble) : null);
}
