import fc from 'fast-check';
import { describe, expect, inject, it } from 'vitest';

describe('one fast-check seed per run, which BALLAST_FC_SEED replays', () => {
  it('configures every property of the run with the seed the run printed', () => {
    const seed = inject('fcSeed');
    expect(Number.isSafeInteger(seed)).toBe(true);
    expect(fc.readConfigureGlobal().seed).toBe(seed);
    // The global setup leaves the seed in the environment, where BALLAST_FC_SEED=<seed> puts it.
    expect(process.env.BALLAST_FC_SEED).toBe(String(seed));
  });

  it('finds the same counterexample on every replay of the seed', () => {
    const failing = fc.property(fc.array(fc.integer()), (xs) => xs.reduce((a, b) => a + b, 0) < 1000);
    const first = fc.check(failing);
    const again = fc.check(failing);
    expect(first.failed).toBe(true);
    expect(first.seed).toBe(inject('fcSeed'));
    expect(again.counterexample).toEqual(first.counterexample);
    expect(again.counterexamplePath).toBe(first.counterexamplePath);
  });
});
