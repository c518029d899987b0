import { describe, expect, it } from 'vitest';
import type { SimulationReport } from '../../../src/engine/report';
import { headline } from '../../../src/renderer/results/headline';

type Verdict = [outcome: string, confirmed: boolean];

/** A report whose org has these outcomes per quarter and whose last quarter has these teams. */
function report(
  org: Verdict[],
  teams: Record<string, { outcome: string; chaos?: number; health?: number }> = {},
) {
  return {
    scenario: 'S',
    runs: 1,
    warnings: [],
    quarters: org.map(([outcome, confirmed], quarter) => ({
      quarter,
      org: { outcome, confirmed },
      roles:
        quarter === org.length - 1
          ? Object.fromEntries(
              Object.entries(teams).map(([id, t]) => [
                id,
                {
                  outcome: t.outcome,
                  confirmed: true,
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

  it('from the start, and with no team sharing the outcome', () => {
    const r = report([
      ['bureaucracy', true],
      ['bureaucracy', true],
    ]);
    expect(headline(r, titles)).toBe('From the start the org hardens into bureaucracy.');
  });

  it('balance throughout, or regained', () => {
    expect(
      headline(
        report([
          ['balance', true],
          ['balance', false],
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
  });
});
