/**
 * The verdict of a team or org quarter (model v2) in plain words, for every place that shows one: the
 * results screen, the chart export, the print report, the comparison and the command line's table. It
 * reads the report's own fields (`outcome`, `verdict`, `risk`, `confirmed`), so it lives in core and
 * takes plain values; a report written before `verdict` existed is read from `confirmed`.
 *
 * A `tooSmall` verdict is no verdict: the outcome beside it is meaningless and is never shown as one.
 */

export const OUTCOME_NAMES = ['balance', 'chaos', 'bureaucracy', 'stagnation'] as const;
export type OutcomeName = (typeof OUTCOME_NAMES)[number];
export const VERDICT_NAMES = ['confirmed', 'atRisk', 'borderline', 'tooSmall'] as const;
export type VerdictName = (typeof VERDICT_NAMES)[number];

export interface VerdictView {
  outcome: OutcomeName;
  verdict: VerdictName;
  /** Borderline: the outcome across the nearest boundary. At risk: the trouble the symptoms show, if any. */
  risk: OutcomeName | null;
}

const isOutcome = (v: unknown): v is OutcomeName => (OUTCOME_NAMES as readonly unknown[]).includes(v);
const isVerdict = (v: unknown): v is VerdictName => (VERDICT_NAMES as readonly unknown[]).includes(v);

/** The verdict fields of a report's org or role quarter (anything JSON gave back). */
export function readVerdict(source: {
  outcome?: unknown;
  verdict?: unknown;
  risk?: unknown;
  confirmed?: unknown;
}): VerdictView {
  const outcome = isOutcome(source.outcome) ? source.outcome : 'balance';
  const verdict = isVerdict(source.verdict)
    ? source.verdict
    : source.confirmed === true
      ? 'confirmed'
      : 'atRisk';
  const risk = isOutcome(source.risk) && source.risk !== outcome ? source.risk : null;
  return { outcome, verdict, risk };
}

/** True when there is a finding to show: every verdict but `tooSmall`. */
export const judged = (v: VerdictView) => v.verdict !== 'tooSmall';

/**
 * The verdict in a few words, e.g. "chaos (confirmed)", "chaos (at risk)", "balance (at risk: symptoms
 * show bureaucracy)", "borderline between balance and chaos", "too few people to judge".
 */
export function verdictText(v: VerdictView): string {
  switch (v.verdict) {
    case 'tooSmall':
      return 'too few people to judge';
    case 'borderline':
      return v.risk ? `borderline between ${v.outcome} and ${v.risk}` : `borderline ${v.outcome}`;
    case 'atRisk':
      return v.risk ? `${v.outcome} (at risk: symptoms show ${v.risk})` : `${v.outcome} (at risk)`;
    default:
      return `${v.outcome} (confirmed)`;
  }
}

/**
 * The same, short enough for a table cell or a card: the outcome alone when confirmed, "chaos (at risk)",
 * "balance / chaos (borderline)", "too small to judge".
 */
export function verdictShort(v: VerdictView): string {
  switch (v.verdict) {
    case 'tooSmall':
      return 'too small to judge';
    case 'borderline':
      return v.risk ? `${v.outcome} / ${v.risk} (borderline)` : `${v.outcome} (borderline)`;
    case 'atRisk':
      return v.risk ? `${v.outcome} (at risk: ${v.risk})` : `${v.outcome} (at risk)`;
    default:
      return v.outcome;
  }
}
