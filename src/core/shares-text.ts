/**
 * Verdict shares in words, for every place that shows them: the results screen, the print report, the
 * comparison, the explanations and the command line's table. With Monte Carlo runs a report gives, per
 * quarter, the share of runs whose verdict falls in each outcome or is too small to judge; the keys live
 * here, beside the outcome names (verdict-text.ts), so the engine counts what the words name.
 */
import { OUTCOME_NAMES } from './verdict-text';

/** What a run's verdict counts as in the shares: its outcome, or too small to judge (no outcome at all). */
export const SHARE_KEYS = [...OUTCOME_NAMES, 'tooSmall'] as const;
export type ShareKey = (typeof SHARE_KEYS)[number];
/** Share of runs in each category; the five sum to 1. */
export type OutcomeShares = Record<ShareKey, number>;

export const shareName = (key: ShareKey) => (key === 'tooSmall' ? 'too small to judge' : key);

/**
 * A share as a whole percentage. A share that is there but rounds to 0 (or short of all but rounds to
 * 100) says so, so a rare outcome is never shown as impossible, nor a likely one as certain.
 */
export function percent(share: number): string {
  const whole = Math.round(share * 100);
  if (share > 0 && whole === 0) return '<1%';
  if (share < 1 && whole === 100) return '>99%';
  return `${whole}%`;
}

/** The categories that some run reached, largest share first (ties in SHARE_KEYS order). */
export function rankedShares(shares: OutcomeShares): { key: ShareKey; share: number }[] {
  return SHARE_KEYS.map((key) => ({ key, share: shares[key] }))
    .filter((s) => s.share > 0)
    .sort((a, b) => b.share - a.share);
}

/** "chaos 62%, balance 30%, bureaucracy 8%": every category some run reached, largest first. */
export function sharesText(shares: OutcomeShares): string {
  return rankedShares(shares)
    .map((s) => `${shareName(s.key)} ${percent(s.share)}`)
    .join(', ');
}

/** The plain caveat that goes with shares, the same on screen, in print and on the command line. */
export const CAVEAT = 'A reasoned projection under stated assumptions, not a forecast';
