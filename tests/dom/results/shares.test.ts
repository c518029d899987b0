/**
 * Shares in words: how every place in the results rounds, orders and names them, and what the caveat
 * says the runs drew.
 */
import { describe, expect, it } from 'vitest';
import { likelihood, percent, readShares, runsText, sharesText } from '../../../src/renderer/results/shares';

const shares = (s: Partial<Record<string, number>>) => ({
  balance: 0,
  chaos: 0,
  bureaucracy: 0,
  stagnation: 0,
  tooSmall: 0,
  ...s,
});

describe('verdict shares in words', () => {
  it('rounds to whole percentages, never showing a rare outcome as impossible or a likely one as certain', () => {
    expect(percent(0.615)).toBe('62%');
    expect(percent(0.004)).toBe('<1%');
    expect(percent(0.996)).toBe('>99%');
    expect(percent(1)).toBe('100%');
    expect(percent(0)).toBe('0%');
  });

  it('lists the outcomes some run reached, largest first', () => {
    expect(sharesText(shares({ balance: 0.3, chaos: 0.62, tooSmall: 0.08 }))).toBe(
      'chaos 62%, balance 30%, too small to judge 8%',
    );
  });

  it('calls an outcome likely from half the runs, possibly when none has more', () => {
    const s = shares({ balance: 0.4, chaos: 0.4, stagnation: 0.2 });
    expect(likelihood(s, 'chaos')).toBe('possibly');
    expect(likelihood(s, 'stagnation')).toBeNull();
    expect(likelihood(shares({ chaos: 0.5, balance: 0.5 }), 'chaos')).toBe('likely');
  });

  it('reads shares only where the report has them', () => {
    expect(readShares({})).toBeNull();
    expect(readShares({ shares: { chaos: 1 } })).toEqual(shares({ chaos: 1 }));
  });

  it('names what the runs drew', () => {
    expect(runsText({ runs: 1 })).toBe('one deterministic run, nothing drawn');
    expect(runsText({ runs: 200, uncertainty: { parameters: true, ratings: true, timing: true } })).toBe(
      '200 runs; parameters ±25%, ratings within their stated error, uncertain event timing',
    );
    expect(runsText({ runs: 50, uncertainty: { parameters: false, ratings: true, timing: false } })).toBe(
      '50 runs; ratings within their stated error',
    );
    expect(runsText({ runs: 50, uncertainty: { parameters: false, ratings: false, timing: false } })).toBe(
      '50 runs; process noise only',
    );
  });
});
