/**
 * The one sentence at the top of the results: where the org is heading, from when, and which teams lead
 * it there, e.g. "From Q5 the org tips into chaos, led by Engineering lead and Sales lead." Every part
 * comes from the report (the org's verdict per quarter and the teams' own verdicts and figures). The
 * verdict is model v2's: confirmed, at risk (with the trouble the symptoms show), borderline (between the
 * outcome and the one across the nearest boundary) or too small to judge, which is no verdict at all.
 *
 * With Monte Carlo runs the sentence leads with how many runs end in the final outcome instead, e.g.
 * "Likely chaos from Q5: 62% of runs (balance in 30%), led by ...": a share says how sure the projection
 * is, where a single verdict would read as a forecast.
 */
import type { SimulationReport } from '../../engine/report';
import { judged, readVerdict, type VerdictView } from '../../core/verdict-text';
import { topRisks, type OutcomeName } from './outcome-heat';
import { likelihood, percent, rankedShares, readShares, shareName, type ShareKey } from './shares';

type Trouble = Exclude<OutcomeName, 'balance'>;
const TIPS: Record<Trouble, string> = {
  chaos: 'tips into chaos',
  bureaucracy: 'hardens into bureaucracy',
  stagnation: 'stagnates',
};
const LEANS: Record<Trouble, string> = {
  chaos: 'leans toward chaos',
  bureaucracy: 'leans toward bureaucracy',
  stagnation: 'leans toward stagnation',
};

function list(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Borderline quarters belong to one stretch when they lie on the same boundary (either side of it). */
const boundary = (v: VerdictView) => [v.outcome, v.risk ?? ''].sort().join('|');

export function headline(report: SimulationReport, titles: ReadonlyMap<string, string>): string {
  const quarters = report.quarters;
  if (quarters.length === 0) return 'Nothing was simulated.';
  const last = quarters.length - 1;
  const verdicts = quarters.map((q) => readVerdict(q.org));
  const final = verdicts[last];
  /** The start of the final stretch of quarters that `same` keeps together. */
  const stretch = (same: (v: VerdictView) => boolean) => {
    let from = last;
    while (from > 0 && same(verdicts[from - 1])) from--;
    return from;
  };
  /** The (at most two) teams that show these outcomes most strongly in the last quarter. */
  const ledBy = (outcomes: readonly OutcomeName[]) => {
    const leaders = topRisks(report, last, titles, 10)
      .filter((r) => outcomes.includes(r.heat.outcome))
      .slice(0, 2)
      .map((r) => r.title);
    return leaders.length > 0 ? `, led by ${list(leaders)}` : '';
  };

  const shares = readShares(quarters[last].org);
  if (shares) {
    const key: ShareKey = final.verdict === 'tooSmall' ? 'tooSmall' : final.outcome;
    const from =
      key === 'tooSmall'
        ? stretch((v) => v.verdict === 'tooSmall')
        : stretch((v) => judged(v) && v.outcome === key);
    const since = from === 0 ? 'from the start' : `from Q${from}`;
    const name = shareName(key);
    const runnerUp = rankedShares(shares).find((s) => s.key !== key);
    const others = runnerUp ? ` (${shareName(runnerUp.key)} in ${percent(runnerUp.share)})` : '';
    const led = key === 'tooSmall' || key === 'balance' ? '' : ledBy([key]);
    const word = likelihood(shares, key);
    if (word === null) {
      // The most frequent verdict need not be the most frequent outcome: say which is more frequent.
      const top = rankedShares(shares)[0];
      return `${capital(name)} ${since} in ${percent(shares[key])} of runs, though ${shareName(top.key)} is more frequent (${percent(top.share)})${led}.`;
    }
    return `${capital(word)} ${name} ${since}: ${percent(shares[key])} of runs${others}${led}.`;
  }

  if (final.verdict === 'tooSmall') {
    const from = stretch((v) => v.verdict === 'tooSmall');
    const people = Math.round(Number(quarters[last].org.headcount));
    const who = !Number.isFinite(people)
      ? ''
      : people === 1
        ? ': 1 person works alone'
        : `: ${people} people coordinate directly`;
    return `${from === 0 ? 'The org' : `From Q${from} the org`} is too small to judge${who}.`;
  }

  if (final.verdict === 'borderline') {
    const from = stretch((v) => v.verdict === 'borderline' && boundary(v) === boundary(final));
    const start = from === 0 ? 'From the start' : `From Q${from}`;
    const where = final.risk
      ? `on the border between ${final.outcome} and ${final.risk}`
      : `on the edge of ${final.outcome}`;
    const troubles = [final.outcome, final.risk].filter((o): o is Trouble => o !== null && o !== 'balance');
    return `${start} the org sits ${where}${ledBy(troubles)}.`;
  }

  // Confirmed or at risk: the stretch of judged quarters with the final outcome.
  const from = stretch((v) => judged(v) && v.outcome === final.outcome);
  if (final.outcome === 'balance') {
    const holds =
      from === 0
        ? `The org holds its balance through Q${last}`
        : `The org returns to balance from Q${from} and holds it through Q${last}`;
    if (final.verdict === 'confirmed') return `${holds}.`;
    if (final.risk) {
      const since = from === 0 ? 'The org holds its balance' : `The org returns to balance from Q${from}`;
      return `${since}, but its symptoms show ${final.risk} (at risk).`;
    }
    return `${holds} (at risk, not yet confirmed by its symptoms).`;
  }
  const trouble = final.outcome;
  const start = from === 0 ? 'From the start' : `From Q${from}`;
  const led = ledBy([trouble]);
  if (final.verdict === 'atRisk') {
    if (final.risk)
      return `${start} the org ${LEANS[trouble]}, but its symptoms show ${final.risk} (at risk)${led}.`;
    return `${start} the org ${LEANS[trouble]} (at risk, not yet confirmed)${led}.`;
  }
  // Confirmed since the start of the last unbroken run of confirmed quarters.
  let confirmedFrom = last;
  while (confirmedFrom > from && verdicts[confirmedFrom - 1].verdict === 'confirmed') confirmedFrom--;
  const confirmed = confirmedFrom > from ? ` (confirmed from Q${confirmedFrom})` : '';
  return `${start} the org ${TIPS[trouble]}${confirmed}${led}.`;
}
