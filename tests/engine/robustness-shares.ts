/**
 * The robustness of each validation claim: the share of 200 parameter draws (every parameter at once,
 * uniform within its plausible range, a fixed seed) under which the claim holds. docs/MODEL.md reports
 * these shares; robustness.test.ts checks them and that the document matches.
 *   npx tsx tests/engine/robustness-shares.ts   prints the table for docs/MODEL.md
 */
import { PARAMETER_TABLE } from '../../src/core/scenario/parameter-table';
import { Rng } from '../../src/engine/random';
import { CLAIMS, drawParameters } from './validation-claims';

export const DRAWS = 200;
export const DRAW_SEED = 20261206;
/** Every claim must hold in at least this share of the draws. */
export const REQUIRED_SHARE = 0.9;

export interface ClaimShare {
  id: string;
  behaviour: string;
  held: number;
  share: number;
}

export function robustnessShares(draws = DRAWS, seed = DRAW_SEED): ClaimShare[] {
  const rng = new Rng(seed);
  const sets = Array.from({ length: draws }, () => drawParameters(rng, PARAMETER_TABLE));
  return CLAIMS.map((claim) => {
    const held = sets.filter((p) => claim.check(p).holds).length;
    return { id: claim.id, behaviour: claim.behaviour, held, share: held / draws };
  });
}

/** The table as docs/MODEL.md shows it (between its robustness markers). */
export function robustnessTable(shares: readonly ClaimShare[]): string {
  const rows = shares.map(
    (s) => `| \`${s.id}\` | ${s.behaviour} | ${s.held} of ${DRAWS} (${Math.round(s.share * 100)}%) |`,
  );
  return ['| claim | behaviour | holds in |', '| --- | --- | --- |', ...rows].join('\n');
}

if (process.argv[1]?.endsWith('robustness-shares.ts')) console.log(robustnessTable(robustnessShares()));
