/**
 * Verdict shares in words: with Monte Carlo runs the report gives, per quarter, the share of runs whose
 * verdict falls in each outcome (or too small to judge), for the org and for every team. Every place that
 * shows a verdict in the results reads them through here (the words themselves are core/shares-text.ts,
 * shared with the command line), so the strip, the headline, the cards, the CSV and the print report
 * word and round them alike. Pure: no DOM.
 */
import {
  CAVEAT,
  percent,
  rankedShares,
  shareName,
  SHARE_KEYS,
  sharesText,
  type OutcomeShares,
  type ShareKey,
} from '../../core/shares-text';
import type { SimulationReport } from '../../engine/report';
import { PLAUSIBLE_SPREAD } from '../../engine/uncertainty';

export {
  CAVEAT,
  percent,
  rankedShares,
  shareName,
  SHARE_KEYS,
  sharesText,
  type OutcomeShares,
  type ShareKey,
};

/**
 * The shares of a report's org or team quarter, or null when there are none (one deterministic run, or
 * a report written before shares existed). Anything that came back through JSON is checked, not trusted.
 */
export function readShares(source: { shares?: unknown } | undefined | null): OutcomeShares | null {
  const shares = source?.shares;
  if (typeof shares !== 'object' || shares === null) return null;
  const out = {} as OutcomeShares;
  for (const key of SHARE_KEYS) {
    const value = (shares as Record<string, unknown>)[key];
    out[key] = typeof value === 'number' && Number.isFinite(value) ? value : 0;
  }
  return out;
}

/**
 * How to call a category: "likely" when at least half the runs reach it, "possibly" when no other
 * category has more runs, null when another is more frequent.
 */
export function likelihood(shares: OutcomeShares, key: ShareKey): 'likely' | 'possibly' | null {
  if (shares[key] >= 0.5) return 'likely';
  return SHARE_KEYS.every((k) => shares[k] <= shares[key]) ? 'possibly' : null;
}

/**
 * What the runs drew, e.g. "200 runs; parameters ±25%, ratings within their stated error, uncertain event
 * timing", or "one deterministic run" without Monte Carlo.
 */
export function runsText(report: Pick<SimulationReport, 'runs' | 'uncertainty'>): string {
  if (report.runs <= 1) return 'one deterministic run, nothing drawn';
  const u = report.uncertainty;
  const drawn = [
    u?.parameters ? `parameters ±${Math.round(PLAUSIBLE_SPREAD * 100)}%` : null,
    u?.ratings ? 'ratings within their stated error' : null,
    u?.timing ? 'uncertain event timing' : null,
  ].filter((part): part is string => part !== null);
  return `${report.runs} runs; ${drawn.length > 0 ? drawn.join(', ') : 'process noise only'}`;
}
