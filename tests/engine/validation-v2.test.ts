/**
 * Model v2's validation claims at the default parameters (validation-claims.ts; docs/MODEL.md,
 * "Validation"). robustness.test.ts checks the same claims across 200 parameter draws.
 */
import { describe, expect, it } from 'vitest';
import { CLAIMS } from './validation-claims';

describe('model v2 validation claims at the defaults', () => {
  for (const claim of CLAIMS) {
    it(`${claim.id}: ${claim.behaviour}`, () => {
      const { holds, why } = claim.check({});
      expect(holds, why).toBe(true);
    });
  }
});
