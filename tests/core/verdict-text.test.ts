import { describe, expect, it } from 'vitest';
import { readVerdict, verdictShort, verdictText } from '../../src/core/verdict-text';

describe('the verdict in words', () => {
  it('says each verdict of model v2, and never an outcome for a team too small to judge', () => {
    const words = (outcome: string, verdict: string, risk: string | null) =>
      [verdictText, verdictShort].map((f) => f(readVerdict({ outcome, verdict, risk })));
    expect(words('chaos', 'confirmed', null)).toEqual(['chaos (confirmed)', 'chaos']);
    expect(words('chaos', 'atRisk', null)).toEqual(['chaos (at risk)', 'chaos (at risk)']);
    expect(words('balance', 'atRisk', 'bureaucracy')).toEqual([
      'balance (at risk: symptoms show bureaucracy)',
      'balance (at risk: bureaucracy)',
    ]);
    expect(words('balance', 'borderline', 'chaos')).toEqual([
      'borderline between balance and chaos',
      'balance / chaos (borderline)',
    ]);
    expect(words('chaos', 'tooSmall', 'stagnation')).toEqual([
      'too few people to judge',
      'too small to judge',
    ]);
  });

  it('reads a report written before `verdict` from `confirmed`', () => {
    expect(readVerdict({ outcome: 'chaos', confirmed: true })).toEqual({
      outcome: 'chaos',
      verdict: 'confirmed',
      risk: null,
    });
    expect(readVerdict({ outcome: 'stagnation', confirmed: false }).verdict).toBe('atRisk');
  });
});
