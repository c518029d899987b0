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
});
