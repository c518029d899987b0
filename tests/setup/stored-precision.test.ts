import { describe, expect, it } from 'vitest';
import { atMostStored, equalStored, float32Step, storedTolerance } from '../helpers/stored-precision';

describe('comparing figures stored as float32', () => {
  it('knows the float32 step of a value', () => {
    expect(float32Step(1)).toBe(2 ** -23);
    expect(float32Step(0.75)).toBe(2 ** -24);
    expect(float32Step(100)).toBe(2 ** -17);
    expect(float32Step(-100)).toBe(2 ** -17);
    expect(float32Step(0)).toBe(2 ** -149);
  });

  // Two exact figures in order, 1e-12 apart across a float32 rounding boundary near 64 and near 0.8:
  // stored, they come back a whole step apart, the wrong way round. A fixed 1e-6 (the old tolerance)
  // fails the first; a comparison without tolerance fails both.
  it.each([
    ['an index near 64', 64 + 1.5 * 2 ** -17, false],
    ['a share near 0.8', Math.fround(0.8) + 0.5 * float32Step(0.8), true],
  ])('accepts %s that storage put one step out of order', (_, boundary, oldToleranceHolds) => {
    const before = Math.fround(boundary + 1e-12);
    const after = Math.fround(boundary - 1e-12);
    expect(after).toBeLessThan(before);
    expect(after >= before - 1e-6).toBe(oldToleranceHolds);
    expect(atMostStored(before, after)).toBe(true);
    expect(equalStored(before, after)).toBe(true);
  });

  it('still catches a real change', () => {
    expect(atMostStored(50.01, 50)).toBe(false);
    expect(atMostStored(0.5 + 1e-6, 0.5)).toBe(false);
    expect(equalStored(0.3, 0.3 + 1e-6)).toBe(false);
    expect(storedTolerance(100, 99)).toBeLessThan(2e-5);
  });
});
