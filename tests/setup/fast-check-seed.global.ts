import type { TestProject } from 'vitest/node';

/**
 * Once per vitest run: the seed every fast-check property of the run uses. A new one each run (so CI
 * keeps exploring), printed, so that a failure seen in a log can be replayed exactly:
 *
 *   BALLAST_FC_SEED=<seed> npx vitest run --project unit <file> -t '<test name>'
 *
 * Every fc.assert starts from this seed on its own, so one test replays alone, shrinking included.
 */
export default function setup(project: TestProject): void {
  const given = process.env.BALLAST_FC_SEED;
  const seed = given ? Number(given) : (Math.random() * 2 ** 31) | 0;
  if (!Number.isSafeInteger(seed)) throw new Error(`BALLAST_FC_SEED must be an integer, not "${given}"`);
  // unit and dom each run this setup: the second finds the seed the first drew, and says nothing.
  if (process.env.BALLAST_FC_SEED_SHOWN !== String(seed)) {
    console.log(
      `fast-check seed ${seed}${given ? ' (from BALLAST_FC_SEED)' : ''}: replay a failure with BALLAST_FC_SEED=${seed} (see README.md)`,
    );
    process.env.BALLAST_FC_SEED = process.env.BALLAST_FC_SEED_SHOWN = String(seed);
  }
  project.provide('fcSeed', seed);
}
