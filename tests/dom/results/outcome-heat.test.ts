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
      outcome: q4.outcome,
      confirmed: q4.confirmed,
    });
    expect(parseHeatKey(heatKeyAt(report, 4, 'sales'))!.label).toMatch(/^Q4: \w+ \((confirmed|at risk)\), /);
    expect(parseHeatKey(heatKeyAt(report, 1, 'coo'))).toEqual({
      absent: true,
      quarter: 1,
      label: 'not in the org in Q1',
    });
    expect(parseHeatKey(heatKeyAt(report, 3, 'ops'))!.absent).toBe(true); // departed at Q3
    expect(heatKeyAt(null, 3, 'ops')).toBeNull();
  });

  it('lists the teams out of balance, most intense first, with titles of hired roles too', () => {
    const s = scenario();
    const report = toSimulationReport(simulate(s));
    const risks = topRisks(report, 8, roleTitles(s), 10);
    expect(risks.every((r) => r.heat.outcome !== 'balance')).toBe(true);
    const intensities = risks.map((r) => r.heat.intensity);
    expect(intensities).toEqual([...intensities].sort((a, b) => b - a));
    expect(roleTitles(s).get('coo')).toBe('COO');
  });
});
