/**
 * The report's role rows (src/engine/report.ts) are built straight from the result's compact arrays: each
 * must hold exactly the figures roleFiguresAt reads there, rounded to 4 decimals, in ROLE_FIGURES order,
 * then the verdict fields, the line manager and the team.
 */
import { describe, expect, it } from 'vitest';
import { ROLE_FIGURES, roleFiguresAt, simulate, toSimulationReport } from '../../src/engine/index';
import { loadScenario } from './load-scenario';

describe('report role rows', () => {
  it('carry every role figure of the result, rounded, in ROLE_FIGURES order, through hires and reorgs', () => {
    const result = simulate(loadScenario('v2-founder-with-operator.scenario.json'));
    const report = toSimulationReport(result);
    let rows = 0;
    for (let q = 0; q <= result.quarters; q++) {
      const figures = roleFiguresAt(result, q);
      expect(Object.keys(report.quarters[q].roles).sort()).toEqual(Object.keys(figures).sort());
      for (const [id, row] of Object.entries(report.quarters[q].roles)) {
        const r = figures[id];
        expect(Object.keys(row)).toEqual([
          ...ROLE_FIGURES,
          'outcome',
          'confirmed',
          'verdict',
          'risk',
          'reportsTo',
          'team',
        ]);
        for (const f of ROLE_FIGURES) expect(row[f], `${id} ${f} q${q}`).toBe(Math.round(r[f] * 1e4) / 1e4);
        expect([row.outcome, row.confirmed, row.verdict, row.risk]).toEqual([
          r.outcome,
          r.confirmed,
          r.verdict,
          r.risk,
        ]);
        expect([row.reportsTo, row.team]).toEqual([r.reportsTo, r.team]);
        rows++;
      }
    }
    expect(rows).toBeGreaterThan(50);
  });
});
