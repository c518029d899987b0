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
  const leadOk = leadershipRatio >= 1;
  const mgmtOk = managementRatio >= 1;
  const code = leadOk ? (mgmtOk ? 0 : 1) : mgmtOk ? 2 : 3;
  const borderline = Math.abs(leadershipRatio - 1) < band || Math.abs(managementRatio - 1) < band;
  let agree: boolean;
  if (code === 0) agree = chaos < confirmIndex && bureaucracy < confirmIndex;
  else if (code === 1) agree = chaos >= confirmIndex;
  else if (code === 2) agree = bureaucracy >= confirmIndex;
  else agree = health < stagnationHealth;
  return code | (agree && !borderline ? 4 : 0);
}
