/**
 * The headline is a pure function of a report: each case is a hand-made report, one per verdict of model
 * v2 (confirmed, at risk with and without the trouble its symptoms show, borderline, too small to judge),
 * so the wording is checked without depending on the model's figures.
 */
import { describe, expect, it } from 'vitest';
import type { SimulationReport } from '../../../src/engine/report';
import { headline } from '../../../src/renderer/results/headline';

/** [outcome, confirmed] as format-1 reports had it, or [outcome, verdict, risk] as model v2 gives it. */
type Verdict =
  [outcome: string, confirmed: boolean] | [outcome: string, verdict: string, risk: string | null];

const org = (v: Verdict, headcount: number) =>
  typeof v[1] === 'boolean'
    ? { outcome: v[0], confirmed: v[1], headcount }
    : { outcome: v[0], verdict: v[1], risk: v[2] ?? null, confirmed: v[1] === 'confirmed', headcount };

/** A report whose org has these verdicts per quarter and whose last quarter has these teams. */
function report(
  verdicts: Verdict[],
  teams: Record<string, { outcome: string; verdict?: string; chaos?: number; health?: number }> = {},
  headcount = 40,
) {
  return {
    scenario: 'S',
    runs: 1,
    warnings: [],
    quarters: verdicts.map((v, quarter) => ({
      quarter,
      org: org(v, headcount),
      roles:
        quarter === verdicts.length - 1
          ? Object.fromEntries(
              Object.entries(teams).map(([id, t]) => [
                id,
                {
                  outcome: t.outcome,
                  verdict: t.verdict ?? 'confirmed',
                  risk: null,
                  confirmed: (t.verdict ?? 'confirmed') === 'confirmed',
                  chaos: t.chaos ?? 0,
                  bureaucracy: 0,
                  health: t.health ?? 50,
                },
              ]),
            )
          : {},
    })),
  } as unknown as SimulationReport;
}

const titles = new Map([
  ['eng', 'Engineering'],
  ['sales', 'Sales'],
  ['cs', 'Customer success'],
  ['ceo', 'CEO'],
]);

describe('the headline', () => {
  it('names the quarter the org tips, when it is confirmed, and the two most chaotic teams', () => {
    const r = report(
      [
        ['balance', true],
        ['balance', true],
        ['chaos', false],
        ['chaos', true],
        ['chaos', true],
      ],
      {
        ceo: { outcome: 'balance', health: 80 },
        cs: { outcome: 'chaos', chaos: 20 },
        eng: { outcome: 'chaos', chaos: 55 },
        sales: { outcome: 'chaos', chaos: 48 },
      },
    );
    expect(headline(r, titles)).toBe(
      'From Q2 the org tips into chaos (confirmed from Q3), led by Engineering and Sales.',
    );
  });

  it('counts only the final stretch: a dip back into balance restarts it', () => {
    const r = report(
      [
        ['chaos', true],
        ['balance', true],
        ['chaos', true],
      ],
      { eng: { outcome: 'chaos', chaos: 30 } },
    );
    expect(headline(r, titles)).toBe('From Q2 the org tips into chaos, led by Engineering.');
  });

  it('says "at risk" when the symptoms have not confirmed it', () => {
    const r = report(
      [
        ['balance', true],
        ['stagnation', false],
      ],
      { cs: { outcome: 'stagnation', health: 30 } },
    );
    expect(headline(r, titles)).toBe(
      'From Q1 the org leans toward stagnation (at risk, not yet confirmed), led by Customer success.',
    );
  });

  it('at risk with other symptoms: names the trouble they show', () => {
    const r = report(
      [
        ['chaos', 'atRisk', null],
        ['chaos', 'atRisk', 'bureaucracy'],
      ],
      { eng: { outcome: 'chaos', verdict: 'atRisk', chaos: 25 } },
    );
    expect(headline(r, titles)).toBe(
      'From the start the org leans toward chaos, but its symptoms show bureaucracy (at risk), led by Engineering.',
    );
  });

  it('from the start, and with no team sharing the outcome', () => {
    const r = report([
      ['bureaucracy', true],
      ['bureaucracy', true],
    ]);
    expect(headline(r, titles)).toBe('From the start the org hardens into bureaucracy.');
  });

  it('confirmed only from the last unbroken run of confirmed quarters', () => {
    const r = report([
      ['chaos', 'confirmed', null],
      ['chaos', 'atRisk', null],
      ['chaos', 'confirmed', null],
      ['chaos', 'confirmed', null],
    ]);
    expect(headline(r, titles)).toBe('From the start the org tips into chaos (confirmed from Q2).');
  });

  it('balance throughout, or regained; at risk when its symptoms show trouble', () => {
    expect(
      headline(
        report([
          ['balance', 'confirmed', null],
          ['balance', 'confirmed', null],
        ]),
        titles,
      ),
    ).toBe('The org holds its balance through Q1.');
    expect(
      headline(
        report([
          ['chaos', true],
          ['balance', true],
          ['balance', true],
        ]),
        titles,
      ),
    ).toBe('The org returns to balance from Q1 and holds it through Q2.');
    expect(
      headline(
        report([
          ['balance', 'confirmed', null],
          ['balance', 'atRisk', 'bureaucracy'],
        ]),
        titles,
      ),
    ).toBe('The org holds its balance, but its symptoms show bureaucracy (at risk).');
    expect(
      headline(
        report([
          ['chaos', 'confirmed', null],
          ['balance', 'atRisk', 'stagnation'],
        ]),
        titles,
      ),
    ).toBe('The org returns to balance from Q1, but its symptoms show stagnation (at risk).');
    // A format-1 report, at risk with no trouble named.
    expect(
      headline(
        report([
          ['balance', true],
          ['balance', false],
        ]),
        titles,
      ),
    ).toBe('The org holds its balance through Q1 (at risk, not yet confirmed by its symptoms).');
  });

  it('borderline: on the border between the outcome and the one across it, from when it stays there', () => {
    const r = report(
      [
        ['balance', 'confirmed', null],
        ['balance', 'borderline', 'chaos'],
        ['chaos', 'borderline', 'balance'],
        ['chaos', 'borderline', 'balance'],
      ],
      {
        eng: { outcome: 'chaos', verdict: 'borderline', chaos: 40 },
        ceo: { outcome: 'balance', health: 70 },
      },
    );
    expect(headline(r, titles)).toBe(
      'From Q1 the org sits on the border between chaos and balance, led by Engineering.',
    );
    expect(
      headline(
        report([
          ['chaos', 'confirmed', null],
          ['balance', 'borderline', 'chaos'],
        ]),
        titles,
      ),
    ).toBe('From Q1 the org sits on the border between balance and chaos.');
    // Another boundary restarts the stretch.
    expect(
      headline(
        report([
          ['chaos', 'borderline', 'stagnation'],
          ['chaos', 'borderline', 'balance'],
        ]),
        titles,
      ),
    ).toBe('From Q1 the org sits on the border between chaos and balance.');
  });

  it('too small to judge: no outcome at all, only how many people coordinate directly', () => {
    const small = report(
      [
        ['chaos', 'tooSmall', null],
        ['stagnation', 'tooSmall', null],
      ],
      { ceo: { outcome: 'chaos', verdict: 'tooSmall', chaos: 90 } },
      3,
    );
    expect(headline(small, titles)).toBe('The org is too small to judge: 3 people coordinate directly.');
    expect(headline(small, titles)).not.toMatch(/chaos|stagnation|balance/);
    expect(headline(report([['balance', 'tooSmall', null]], {}, 1), titles)).toBe(
      'The org is too small to judge: 1 person works alone.',
    );
    // Shrunk below the size that can be judged.
    expect(
      headline(
        report(
          [
            ['chaos', 'confirmed', null],
            ['chaos', 'tooSmall', null],
            ['chaos', 'tooSmall', null],
          ],
          {},
          5,
        ),
        titles,
      ),
    ).toBe('From Q1 the org is too small to judge: 5 people coordinate directly.');
  });

  it('a team too small to judge never leads the org', () => {
    const r = report(
      [
        ['chaos', 'confirmed', null],
        ['chaos', 'confirmed', null],
      ],
      {
        ceo: { outcome: 'chaos', verdict: 'tooSmall', chaos: 95 },
        sales: { outcome: 'chaos', chaos: 45 },
      },
    );
    expect(headline(r, titles)).toBe('From the start the org tips into chaos, led by Sales.');
  });

  it('a quarter too small to judge ends the stretch of an outcome', () => {
    const r = report([
      ['chaos', 'tooSmall', null],
      ['chaos', 'confirmed', null],
    ]);
    expect(headline(r, titles)).toBe('From Q1 the org tips into chaos.');
  });
});

/** The same report with Monte Carlo shares in its last quarter (the rest of each quarter as given). */
function withShares(r: SimulationReport, shares: Partial<Record<string, number>>): SimulationReport {
  const full = { balance: 0, chaos: 0, bureaucracy: 0, stagnation: 0, tooSmall: 0, ...shares };
  const last = r.quarters[r.quarters.length - 1];
  return {
    ...r,
    runs: 200,
    seed: 7,
    quarters: [...r.quarters.slice(0, -1), { ...last, org: { ...last.org, shares: full } }],
  } as SimulationReport;
}

describe('the headline with Monte Carlo shares', () => {
  const tipping = () =>
    report(
      [
        ['balance', true],
        ['balance', true],
        ['chaos', false],
        ['chaos', true],
        ['chaos', true],
      ],
      {
        ceo: { outcome: 'balance', health: 80 },
        eng: { outcome: 'chaos', chaos: 55 },
        sales: { outcome: 'chaos', chaos: 48 },
      },
    );

  it('says "likely" when at least half the runs end in the final outcome, from the final stretch', () => {
    const r = withShares(tipping(), { chaos: 0.62, balance: 0.3, bureaucracy: 0.08 });
    expect(headline(r, titles)).toBe(
      'Likely chaos from Q2: 62% of runs (balance in 30%), led by Engineering and Sales.',
    );
    expect(headline(withShares(tipping(), { chaos: 0.5, balance: 0.5 }), titles)).toMatch(/^Likely chaos /);
  });

  it('says "possibly" when the final outcome is the most frequent but short of half', () => {
    const r = withShares(tipping(), { chaos: 0.45, balance: 0.35, stagnation: 0.2 });
    expect(headline(r, titles)).toBe(
      'Possibly chaos from Q2: 45% of runs (balance in 35%), led by Engineering and Sales.',
    );
  });

  it('says which outcome is more frequent when the final verdict is not', () => {
    const r = withShares(tipping(), { chaos: 0.3, balance: 0.4, bureaucracy: 0.3 });
    expect(headline(r, titles)).toBe(
      'Chaos from Q2 in 30% of runs, though balance is more frequent (40%), led by Engineering and Sales.',
    );
  });

  it('balance from the start, every run; too small to judge', () => {
    const balanced = report([
      ['balance', 'confirmed', null],
      ['balance', 'atRisk', 'chaos'],
    ]);
    expect(headline(withShares(balanced, { balance: 1 }), titles)).toBe(
      'Likely balance from the start: 100% of runs.',
    );
    const small = report(
      [
        ['chaos', 'confirmed', null],
        ['stagnation', 'tooSmall', null],
      ],
      {},
      3,
    );
    expect(headline(withShares(small, { tooSmall: 0.996, chaos: 0.004 }), titles)).toBe(
      'Likely too small to judge from Q1: >99% of runs (chaos in <1%).',
    );
  });

  it('keeps the deterministic wording when the report has no shares', () => {
    expect(headline(tipping(), titles)).toBe(
      'From Q2 the org tips into chaos (confirmed from Q3), led by Engineering and Sales.',
    );
  });
});
