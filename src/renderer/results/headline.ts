/**
 * The one sentence at the top of the results: where the org is heading, from when, and which teams lead
 * it there, e.g. "From Q5 the org tips into chaos, led by Engineering lead and Sales lead." Every part
 * comes from the report (the org's outcome per quarter and the teams' own outcomes and figures).
 */
import type { SimulationReport } from '../../engine/report';
import { topRisks, type OutcomeName } from './outcome-heat';

const TIPS: Record<Exclude<OutcomeName, 'balance'>, string> = {
  chaos: 'tips into chaos',
  bureaucracy: 'hardens into bureaucracy',
  stagnation: 'stagnates',
};
const LEANS: Record<Exclude<OutcomeName, 'balance'>, string> = {
  chaos: 'leans toward chaos',
  bureaucracy: 'leans toward bureaucracy',
  stagnation: 'leans toward stagnation',
};

function list(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function headline(report: SimulationReport, titles: ReadonlyMap<string, string>): string {
  const quarters = report.quarters;
  if (quarters.length === 0) return 'Nothing was simulated.';
  const last = quarters.length - 1;
  const outcomeAt = (q: number) => quarters[q].org.outcome as OutcomeName;
  const final = outcomeAt(last);

  // The start of the final stretch of quarters with the final outcome.
  let from = last;
  while (from > 0 && outcomeAt(from - 1) === final) from--;

  if (final === 'balance') {
    if (from === 0) return `The org holds its balance through Q${last}.`;
    return `The org returns to balance from Q${from} and holds it through Q${last}.`;
  }
  let confirmedFrom = -1;
  for (let q = from; q <= last; q++) {
    if (quarters[q].org.confirmed) {
      confirmedFrom = q;
      break;
    }
  }
  const leaders = topRisks(report, last, titles, 10)
    .filter((r) => r.heat.outcome === final)
    .slice(0, 2)
    .map((r) => r.title);
  const led = leaders.length > 0 ? `, led by ${list(leaders)}` : '';
  const start = from === 0 ? 'From the start' : `From Q${from}`;
  if (confirmedFrom < 0) return `${start} the org ${LEANS[final]} (at risk, not yet confirmed)${led}.`;
  const confirmed = confirmedFrom > from ? ` (confirmed from Q${confirmedFrom})` : '';
  return `${start} the org ${TIPS[final]}${confirmed}${led}.`;
}
