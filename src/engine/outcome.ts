/**
 * O1-O2: the verdict. Leadership supply against leadership need and management supply against management
 * need give the outcome (Kotter's four combinations); the indices confirm it or leave it "at risk".
 */

export const OUTCOMES = ['balance', 'chaos', 'bureaucracy', 'stagnation'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const OUTCOME_CODES: Readonly<Record<Outcome, number>> = {
  balance: 0,
  chaos: 1,
  bureaucracy: 2,
  stagnation: 3,
};

/**
 * Returns the outcome code in bits 0-1 and `confirmed` in bit 2 (one integer, so the inner loop allocates
 * nothing).
 *
 * - Each ratio (supply / need) at or above 1 means that system is adequate; strong leadership with weak
 *   management is `chaos`, the reverse `bureaucracy`, both weak `stagnation`, both adequate `balance`.
 * - Confirmed when neither ratio lies within `band` of 1 AND the indices agree: chaos index at least
 *   `confirmIndex` for chaos, bureaucracy index at least `confirmIndex` for bureaucracy, health below
 *   `stagnationHealth` for stagnation, and both indices below `confirmIndex` for balance.
 */
export function classifyOutcome(
  leadershipRatio: number,
  managementRatio: number,
  band: number,
  chaos: number,
  bureaucracy: number,
  health: number,
  confirmIndex: number,
  stagnationHealth: number,
): number {
  // Without branches (outcomes differ from one unit to the next, so branches here mispredict): each test
  // is a 0/1 number, written exactly as the comparison it stands for (a NaN ratio fails every test).
  const leadShort = +!(leadershipRatio >= 1);
  const mgmtShort = +!(managementRatio >= 1);
  const code = mgmtShort + 2 * leadShort; // 0 balance, 1 chaos, 2 bureaucracy, 3 stagnation
  const clear = +!(Math.abs(leadershipRatio - 1) < band) & +!(Math.abs(managementRatio - 1) < band);
  // Bit k: the indices agree with outcome k.
  const agrees =
    (+(chaos < confirmIndex) & +(bureaucracy < confirmIndex)) |
    (+(chaos >= confirmIndex) << 1) |
    (+(bureaucracy >= confirmIndex) << 2) |
    (+(health < stagnationHealth) << 3);
  return code | (((agrees >> code) & 1 & clear) << 2);
}
