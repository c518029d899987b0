import { describe, expect, it } from 'vitest';
import { roleTitles } from '../../../src/core/scenario/hired-roles';
import { simulate, toSimulationReport } from '../../../src/engine/index';
import { heatKeyAt, heatOf, parseHeatKey, topRisks } from '../../../src/renderer/results/outcome-heat';
import { engineRichScenario } from '../../helpers/scenarios';

const scenario = engineRichScenario;

describe('heat on the chart', () => {
  it('reads each outcome’s intensity from the team’s own figure', () => {
    const base = { confirmed: true, chaos: 48, bureaucracy: 20, health: 30 };
    expect(heatOf({ ...base, outcome: 'chaos' })).toMatchObject({ intensity: 0.48, figure: 'chaos 48.0' });
    expect(heatOf({ ...base, outcome: 'bureaucracy' })).toMatchObject({ intensity: 0.2 });
    expect(heatOf({ ...base, outcome: 'stagnation' })).toMatchObject({
      intensity: 0.7,
      figure: 'health 30.0',
    });
    expect(heatOf({ ...base, outcome: 'balance' })).toMatchObject({ intensity: 0.3 });
  });

  it('gives each card its outcome in the chosen quarter, and "absent" before a hire and after a departure', () => {
    const s = scenario();
    const report = toSimulationReport(simulate(s));
    const q4 = report.quarters[4].roles.sales;
    expect(parseHeatKey(heatKeyAt(report, 4, 'sales'))).toMatchObject({
      absent: false,
      verdict: q4.verdict,
      ...(q4.verdict === 'tooSmall' ? {} : { outcome: q4.outcome, confirmed: q4.confirmed }),
    });
    expect(parseHeatKey(heatKeyAt(report, 4, 'sales'))!.label).toMatch(
      /^Q4: (\w+ \((confirmed|at risk)[^)]*\), |borderline between \w+ and \w+, |too few people to judge$)/,
    );
    expect(parseHeatKey(heatKeyAt(report, 1, 'coo'))).toEqual({
      absent: true,
      quarter: 1,
      label: 'not in the org in Q1',
    });
    expect(parseHeatKey(heatKeyAt(report, 3, 'ops'))!.absent).toBe(true); // departed at Q3
    expect(heatKeyAt(null, 3, 'ops')).toBeNull();
  });

  it('labels each verdict of model v2; a team too small to judge gets no outcome, no colour, no figure', () => {
    const base = { chaos: 48, bureaucracy: 20, health: 61, confirmed: false };
    const key = (role: Record<string, number | string | boolean | null>) =>
      parseHeatKey(heatKeyAt({ quarters: [{ quarter: 0, org: {}, roles: { r: role } }] } as never, 0, 'r'));
    expect(key({ ...base, outcome: 'balance', verdict: 'borderline', risk: 'chaos' })).toMatchObject({
      outcome: 'balance',
      verdict: 'borderline',
      risk: 'chaos',
      label: 'Q0: borderline between balance and chaos, health 61.0',
    });
    expect(key({ ...base, outcome: 'chaos', verdict: 'atRisk', risk: 'bureaucracy' })!.label).toBe(
      'Q0: chaos (at risk: symptoms show bureaucracy), chaos 48.0',
    );
    const small = key({ ...base, outcome: 'chaos', verdict: 'tooSmall', risk: null })!;
    expect(small).toEqual({
      absent: false,
      quarter: 0,
      verdict: 'tooSmall',
      risk: null,
      label: 'Q0: too few people to judge',
    });
    expect(heatOf({ ...base, outcome: 'chaos', verdict: 'tooSmall' })).toMatchObject({
      intensity: 0,
      figure: '',
    });
  });

  it('never lists a team too small to judge as a risk', () => {
    const role = (verdict: string, chaos: number) => ({
      outcome: 'chaos',
      verdict,
      risk: null,
      chaos,
      health: 50,
    });
    const report = {
      quarters: [{ quarter: 0, org: {}, roles: { a: role('tooSmall', 90), b: role('borderline', 40) } }],
    } as never;
    expect(topRisks(report, 0, new Map()).map((r) => r.roleId)).toEqual(['b']);
  });

  it('lists the teams out of balance, most intense first, with titles of hired roles too', () => {
    const s = scenario();
    const report = toSimulationReport(simulate(s));
    const risks = topRisks(report, 8, roleTitles(s), 10);
    expect(risks.every((r) => r.heat.outcome !== 'balance' && r.heat.verdict !== 'tooSmall')).toBe(true);
    const intensities = risks.map((r) => r.heat.intensity);
    expect(intensities).toEqual([...intensities].sort((a, b) => b - a));
    expect(roleTitles(s).get('coo')).toBe('COO');
  });

  it('with Monte Carlo shares, colours as strongly as the share of runs that reach the outcome shown, and names the trouble’s share', () => {
    const base = {
      chaos: 48,
      bureaucracy: 20,
      health: 61,
      confirmed: true,
      verdict: 'confirmed',
      risk: null,
    };
    const shares = (s: Partial<Record<string, number>>) => ({
      balance: 0,
      chaos: 0,
      bureaucracy: 0,
      stagnation: 0,
      tooSmall: 0,
      ...s,
    });
    const key = (role: Record<string, unknown>) =>
      parseHeatKey(heatKeyAt({ quarters: [{ quarter: 0, org: {}, roles: { r: role } }] } as never, 0, 'r'))!;

    const chaotic = { ...base, outcome: 'chaos', shares: shares({ chaos: 0.62, balance: 0.38 }) };
    expect(heatOf(chaotic)).toMatchObject({ intensity: 0.62, trouble: { outcome: 'chaos', share: 0.62 } });
    expect(key(chaotic)).toMatchObject({
      outcome: 'chaos',
      intensity: 0.62,
      label: 'Q0: chaos (confirmed), chaos 48.0; chaos in 62% of runs',
    });
    // In balance: as strong as its share of balanced runs, and the tooltip names the trouble it risks.
    const balanced = { ...base, outcome: 'balance', shares: shares({ balance: 0.7, bureaucracy: 0.3 }) };
    expect(key(balanced)).toMatchObject({
      outcome: 'balance',
      intensity: 0.7,
      label: 'Q0: balance (confirmed), health 61.0; bureaucracy in 30% of runs',
    });
    expect(key({ ...base, outcome: 'balance', shares: shares({ balance: 1 }) }).label).toBe(
      'Q0: balance (confirmed), health 61.0; no trouble in any run',
    );
    const small = {
      ...base,
      outcome: 'chaos',
      verdict: 'tooSmall',
      shares: shares({ tooSmall: 0.9, chaos: 0.1 }),
    };
    expect(key(small)).toMatchObject({
      verdict: 'tooSmall',
      label: 'Q0: too few people to judge; chaos in 10% of runs',
    });
    expect(key(small).outcome).toBeUndefined(); // still no colour
    // The share ranks the risks: a team sure to be chaotic before a more chaotic one that seldom is.
    const report = {
      quarters: [
        {
          quarter: 0,
          org: {},
          roles: {
            a: { ...base, outcome: 'chaos', chaos: 80, shares: shares({ chaos: 0.2, balance: 0.8 }) },
            b: { ...base, outcome: 'chaos', chaos: 40, shares: shares({ chaos: 0.9, balance: 0.1 }) },
          },
        },
      ],
    } as never;
    expect(topRisks(report, 0, new Map()).map((r) => r.roleId)).toEqual(['b', 'a']);
  });
});
