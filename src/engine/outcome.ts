/**
 * O2: the verdict. Leadership and management, each against its need, place a team on Kotter's plane; the
 * region it falls in is the outcome, a band along every boundary makes it borderline, and the symptom
 * indices confirm it, or leave it at risk and name the trouble they show. docs/MODEL.md, "O2".
 */

import { OUTCOME_NAMES, VERDICT_NAMES, type OutcomeName, type VerdictName } from '../core/verdict-text';

/** The four outcomes and four verdicts, in code order: core's lists (the words every reader shows). */
export const OUTCOMES = OUTCOME_NAMES;
export type Outcome = OutcomeName;

/**
 * How firmly the outcome holds:
 * - `confirmed`: clear of every boundary, and the symptoms show it;
 * - `atRisk`: clear of every boundary, but the symptoms do not (yet) show it, or show another trouble;
 * - `borderline`: within the band of a boundary, so a small change in a rating or an assumption could
 *   move it to the outcome named in `risk`;
 * - `tooSmall`: too few people to judge (a handful of people coordinate directly); no verdict.
 */
export const VERDICTS = VERDICT_NAMES;
export type Verdict = VerdictName;

/** The thresholds of the verdict, from the model parameters. */
export interface VerdictRule {
  /** Borderline half-width on the log plane: ln(1 + outcomeBand). */
  band: number;
  /** imbalanceGap: when both fall short, a gap above this share of the stronger is an imbalance. */
  gap: number;
  confirmIndex: number;
  stagnationHealth: number;
}

export function verdictRule(p: {
  outcomeBand: number;
  imbalanceGap: number;
  confirmIndex: number;
  confirmStagnationHealth: number;
}): VerdictRule {
  return {
    band: Math.log(1 + p.outcomeBand),
    gap: p.imbalanceGap,
    confirmIndex: p.confirmIndex,
    stagnationHealth: p.confirmStagnationHealth,
  };
}

/**
 * The region of (x, y) = (ln leadership ratio, ln management ratio): both adequate is balance; management
 * short while leadership is adequate, or more than `gap` (a share of leadership's ratio) behind it, is chaos;
 * the mirror is bureaucracy; both short and close, or both weak, is stagnation. NaN lands in stagnation.
 */
export function region(x: number, y: number, gap: number): number {
  return regionOfRatios(Math.exp(x), Math.exp(y), gap);
}

/** region() on the ratios themselves (l = e^x, m = e^y), without a logarithm: for Monte Carlo's counts. */
export function regionOfRatios(l: number, m: number, gap: number): number {
  if (l >= 1 && m >= 1) return 0;
  if (l >= 1) return 1;
  if (m >= 1) return 2;
  // Both short: stagnation when both are weak (neither covers half its need) or when neither is more than
  // `gap` (a share of the stronger) behind the other; otherwise the imbalance toward the stronger.
  const stronger = l > m ? l : m;
  if (!(stronger >= BOTH_WEAK)) return 3;
  const d = l - m;
  return d > gap * stronger ? 1 : -d > gap * stronger ? 2 : 3;
}

/** The code of an outcome alone, or of "too small to judge" (classifyVerdict's verdict bits). */
export const TOO_SMALL_CODE = 3 << 2;

/** Below this share of its need even the stronger of two short systems is weak: stagnation (Kotter 1999). */
const BOTH_WEAK = 0.5;

/** Eight directions on the plane: a point is borderline when a step of `band` along any changes its region. */
const DIRECTIONS: readonly (readonly [number, number])[] = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
  [Math.SQRT1_2, Math.SQRT1_2],
  [Math.SQRT1_2, -Math.SQRT1_2],
  [-Math.SQRT1_2, Math.SQRT1_2],
  [-Math.SQRT1_2, -Math.SQRT1_2],
];

/** The outcome the symptom indices point to alone, or -1 for none. */
function symptomOutcome(chaos: number, bureaucracy: number, health: number, rule: VerdictRule): number {
  if (chaos >= rule.confirmIndex || bureaucracy >= rule.confirmIndex) return chaos >= bureaucracy ? 1 : 2;
  return health < rule.stagnationHealth ? 3 : -1;
}

/**
 * The verdict as one small integer (so the inner loop allocates nothing): outcome in bits 0-1, verdict
 * (index in VERDICTS) in bits 2-3, and `risk` in bits 4-6 (0 for none, else 1 + its outcome code).
 * `judged` is false for a team or org too small to judge.
 */
export function classifyVerdict(
  leadershipRatio: number,
  managementRatio: number,
  chaos: number,
  bureaucracy: number,
  health: number,
  rule: VerdictRule,
  judged: boolean,
): number {
  const x = Math.log(leadershipRatio);
  const y = Math.log(managementRatio);
  const outcome = region(x, y, rule.gap);
  if (!judged) return outcome | TOO_SMALL_CODE;
  for (const [dx, dy] of DIRECTIONS) {
    const other = region(x + rule.band * dx, y + rule.band * dy, rule.gap);
    if (other !== outcome) return outcome | (2 << 2) | ((1 + other) << 4);
  }
  const agrees =
    outcome === 0
      ? chaos < rule.confirmIndex && bureaucracy < rule.confirmIndex && health >= rule.stagnationHealth
      : outcome === 1
        ? chaos >= rule.confirmIndex
        : outcome === 2
          ? bureaucracy >= rule.confirmIndex
          : health < rule.stagnationHealth;
  if (agrees) return outcome;
  const shown = symptomOutcome(chaos, bureaucracy, health, rule);
  return outcome | (1 << 2) | (shown >= 0 && shown !== outcome ? (1 + shown) << 4 : 0);
}

export interface DecodedVerdict {
  outcome: Outcome;
  verdict: Verdict;
  /** Borderline: the outcome across the nearest boundary. At risk: the trouble the symptoms show, if any. */
  risk: Outcome | null;
  confirmed: boolean;
}

export function decodeVerdict(code: number): DecodedVerdict {
  const verdict = VERDICTS[(code >> 2) & 3];
  const r = (code >> 4) & 7;
  return {
    outcome: OUTCOMES[code & 3],
    verdict,
    risk: r === 0 ? null : OUTCOMES[r - 1],
    confirmed: verdict === 'confirmed',
  };
}
