/**
 * The headline's main driver: the team that leads the org's final trouble (from a hand-made report) and
 * the largest cause of that trouble in its explanation (a hand-made explanation), so no model figure is
 * assumed.
 */
import { describe, expect, it } from 'vitest';
import type { Driver, TeamExplanation } from '../../../src/engine/index';
import type { SimulationReport } from '../../../src/engine/report';
import { contributionText, leadingTeam, mainDriver } from '../../../src/engine/main-driver';

type Team = { outcome: string; verdict?: string; chaos?: number; bureaucracy?: number; health?: number };

function report(
  org: { outcome: string; verdict: string; risk?: string | null },
  teams: Record<string, Team>,
) {
  const roles = Object.fromEntries(
    Object.entries(teams).map(([id, t]) => [
      id,
      {
        chaos: 0,
        bureaucracy: 0,
        health: 60,
        risk: null,
        ...t,
        verdict: t.verdict ?? 'confirmed',
        confirmed: (t.verdict ?? 'confirmed') === 'confirmed',
      },
    ]),
  );
  return {
    scenario: 'S',
    runs: 1,
    warnings: [],
    quarters: [
      { quarter: 0, org: { outcome: 'balance', verdict: 'confirmed', risk: null }, roles: {} },
      { quarter: 1, org: { risk: null, ...org, confirmed: org.verdict === 'confirmed' }, roles },
    ],
  } as unknown as SimulationReport;
}

const titles = new Map([
  ['eng', 'Engineering lead'],
  ['ceo', 'CEO'],
]);

const driver = (key: string, contribution: number, label = key): Driver => ({
  key,
  label,
  value: 0,
  contribution,
});

function explanation(figures: Partial<Record<string, Driver[]>>): TeamExplanation {
  const all = ['chaos', 'bureaucracy', 'engagement', 'execution', 'innovation', 'coverage'];
  return {
    roleId: 'eng',
    title: 'Engineering lead',
    quarter: 1,
    figures: Object.fromEntries(
      all.map((f) => [f, { figure: f, value: 0, drivers: figures[f] ?? [] }]),
    ) as TeamExplanation['figures'],
  };
}

describe('the main driver under the headline', () => {
  it('picks the team with the org’s outcome that shows it most, never one too small to judge', () => {
    const r = report(
      { outcome: 'chaos', verdict: 'confirmed' },
      {
        ceo: { outcome: 'chaos', verdict: 'tooSmall', chaos: 99 },
        eng: { outcome: 'chaos', chaos: 50 },
        ops: { outcome: 'balance', chaos: 70 },
      },
    );
    expect(leadingTeam(r, titles)).toEqual({
      roleId: 'eng',
      title: 'Engineering lead',
      quarter: 1,
      trouble: 'chaos',
    });
  });

  it('for an org in balance at risk, the team that shows the trouble at risk; none with nothing at risk', () => {
    const teams = {
      eng: { outcome: 'balance', bureaucracy: 20 },
      ceo: { outcome: 'balance', bureaucracy: 45 },
    };
    expect(
      leadingTeam(report({ outcome: 'balance', verdict: 'atRisk', risk: 'bureaucracy' }, teams), titles),
    ).toMatchObject({ roleId: 'ceo', trouble: 'bureaucracy' });
    expect(
      leadingTeam(report({ outcome: 'balance', verdict: 'borderline', risk: 'chaos' }, teams), titles),
    ).toMatchObject({ trouble: 'chaos' });
    expect(leadingTeam(report({ outcome: 'balance', verdict: 'confirmed' }, teams), titles)).toBeNull();
  });

  it('none for an org too small to judge', () => {
    const r = report({ outcome: 'chaos', verdict: 'tooSmall' }, { eng: { outcome: 'chaos', chaos: 80 } });
    expect(leadingTeam(r, titles)).toBeNull();
  });

  it('takes the largest cause of the trouble, not the arithmetic terms nor what holds it back', () => {
    const e = explanation({
      chaos: [
        driver('cap', -30),
        driver('supply.management', -25),
        driver('demand.span', 19.4, 'span 53 against a capacity of 6'),
        driver('churn', 4),
      ],
    });
    const found = mainDriver(e, 'chaos')!;
    expect(found.driver.label).toBe('span 53 against a capacity of 6');
    expect(contributionText(found)).toBe('+19.4 chaos');
    expect(mainDriver(explanation({ chaos: [driver('supply.management', -3)] }), 'chaos')).toBeNull();
  });

  it('for stagnation, the largest fall in engagement, execution or innovation', () => {
    const e = explanation({
      engagement: [driver('lag', -0.4), driver('burnout', -0.05)],
      execution: [driver('drag.coordination', -0.12, 'unmet coordination 0.40')],
      innovation: [driver('process', -0.08)],
    });
    const found = mainDriver(e, 'stagnation')!;
    expect(found.figure).toBe('execution');
    expect(contributionText(found)).toBe('−0.12 execution');
  });
});
