/**
 * Each validation claim must hold not only at the defaults but across the plausible range of the model's
 * assumptions: in at least 90% of 200 draws of every parameter at once. docs/MODEL.md reports the share
 * per claim; this test recomputes them and checks the document, so a model change that moves a share
 * fails here until the document says so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REQUIRED_SHARE, robustnessShares, robustnessTable } from './robustness-shares';

/**
 * Claims that do not yet reach the required share, each with docs/MODEL.md's account of why. The test
 * fails if one of them reaches it (so the list never outlives its reason) or if any other claim falls short.
 */
const KNOWN_SHORT = new Set(['over-led-no-better']);

describe('robustness of the validation claims', () => {
  const shares = robustnessShares();

  it('holds each claim in at least 90% of the draws, except the documented shortfalls', () => {
    for (const s of shares) {
      if (KNOWN_SHORT.has(s.id))
        expect(s.share, `${s.id} now reaches the required share`).toBeLessThan(REQUIRED_SHARE);
      else expect(s.share, s.id).toBeGreaterThanOrEqual(REQUIRED_SHARE);
    }
  });

  it('reports the same shares in docs/MODEL.md', () => {
    const doc = readFileSync(join(import.meta.dirname, '../../docs/MODEL.md'), 'utf8');
    const match = /<!-- robustness:start -->\n([\s\S]*?)\n<!-- robustness:end -->/.exec(doc);
    expect(match, 'docs/MODEL.md has no robustness table').not.toBeNull();
    expect(match![1].trim()).toBe(robustnessTable(shares));
  });
});
