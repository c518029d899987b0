import { describe, expect, it } from 'vitest';
import { EXPLAINED_FIGURES, explain, roleFiguresAt, simulate } from '../../src/engine/index';
import { engineRichScenario } from '../helpers/scenarios';
import { loadScenario } from './load-scenario';

const FILES = [
  'v1-visionary-founder.scenario.json',
  'v2-founder-with-operator.scenario.json',
  'v6-crisis-management-heavy.scenario.json',
  'v7-span-shock.scenario.json',
  'v8-coaching-and-360.scenario.json',
];

describe('explain', () => {
  it.each(FILES)(
    'gives, for every team and quarter of %s, ordered drivers summing to the figure the run reports',
    (file) => {
      const scenario = loadScenario(file);
      const run = simulate(scenario);
      for (let q = 0; q <= run.quarters; q++) {
        const figures = roleFiguresAt(run, q);
        const teams = explain(scenario, { quarter: q });
        expect(teams.map((t) => t.roleId).sort()).toEqual(Object.keys(figures).sort());
        for (const team of teams) {
          expect(team.quarter).toBe(q);
          for (const name of EXPLAINED_FIGURES) {
            const f = team.figures[name];
            const sum = f.drivers.reduce((t, d) => t + d.contribution, 0);
            expect(sum).toBeCloseTo(f.value, 9);
            // Per-role figures are stored as 32-bit floats.
            expect(f.value).toBeCloseTo(figures[team.roleId][name], 3);
            for (let k = 1; k < f.drivers.length; k++) {
              expect(Math.abs(f.drivers[k - 1].contribution)).toBeGreaterThanOrEqual(
                Math.abs(f.drivers[k].contribution),
              );
            }
            for (const d of f.drivers) {
              expect(d.key).toMatch(/^[a-zA-Z.]+$/);
              expect(d.label.length).toBeGreaterThan(3);
              expect(Number.isFinite(d.contribution)).toBe(true);
            }
          }
        }
      }
    },
  );

  it('explains a chaotic team by its span, its size and its lead, naming the lead', () => {
    const [sales] = explain(loadScenario('v1-visionary-founder.scenario.json'), {
      quarter: 8,
      roleIds: ['sales'],
    });
    const chaos = sales.figures.chaos;
    expect(chaos.value).toBeGreaterThan(40);
    const span = chaos.drivers.find((d) => d.key === 'demand.span')!;
    expect(span.label).toMatch(/^span 33 against a capacity of 7$/);
    expect(span.roleId).toBe('sales');
    const lead = chaos.drivers.find((d) => d.key === 'supply.management')!;
    expect(lead.label).toMatch(/its lead scores 3\.\d on plan and 3\.\d on organize/);
    expect(lead.contribution).toBeLessThan(0);
    expect(chaos.drivers.find((d) => d.key === 'size')!.label).toMatch(/^121 people/);
    expect(chaos.drivers.find((d) => d.key === 'supply.inherited')!.roleId).toBe('founder');
  });

  it('explains bureaucracy in a deep division by inherited procedure, layers and control', () => {
    const scenario = loadScenario('v3-rule-bound-division.scenario.json');
    const [leaf] = explain(scenario, { quarter: 6, roleIds: ['r.1.1.1.1.1.1'] });
    const keys = leaf.figures.bureaucracy.drivers
      .slice(0, 4)
      .map((d) => d.key)
      .sort();
    expect(keys).toEqual(['control.gap', 'latency', 'process.control', 'process.inherited']);
    expect(leaf.figures.bureaucracy.drivers.find((d) => d.key === 'latency')!.label).toBe(
      '7 layers of approval',
    );
  });

  it("explains coverage past capacity by the manager's own share, the team and one-on-ones", () => {
    const scenario = loadScenario('v7-span-shock.scenario.json');
    const [m5, m9] = explain(scenario, { quarter: 2, roleIds: ['m5', 'm9'] });
    const share = (team: typeof m5, key: string) =>
      team.figures.coverage.drivers.find((d) => d.key === key)?.contribution ?? 0;
    expect(m9.figures.coverage.drivers[0].key).toBe('coverage.own');
    expect(m9.figures.coverage.drivers[0].label).toBe(
      "its manager's own attention: span 25 against a capacity of 11",
    );
    expect(share(m9, 'coverage.oneOnOnes')).toBeGreaterThan(0.15);
    expect(share(m9, 'coverage.team')).toBeGreaterThan(0.05);
    expect(share(m5, 'coverage.oneOnOnes')).toBe(0); // m5 holds none
    const [head] = explain(scenario, { quarter: 2, roleIds: ['head'] });
    expect(head.figures.coverage.drivers.map((d) => d.key)).toEqual(['coverage.withinCapacity']);
    expect(head.figures.coverage.value).toBe(1);
  });

  it("explains a vacant team's coverage as its acting manager's, naming that manager", () => {
    const scenario = engineRichScenario();
    const [sales] = explain(scenario, { quarter: 1, roleIds: ['sales'] });
    const [driver] = sales.figures.coverage.drivers;
    expect(driver.key).toBe('coverage.acting');
    expect(driver.roleId).toBe('ceo');
    expect(driver.contribution).toBeCloseTo(sales.figures.coverage.value, 12);
  });

  it('refuses a quarter outside the run', () => {
    const scenario = loadScenario('v7-span-shock.scenario.json');
    expect(() => explain(scenario, { quarter: 9 })).toThrow(RangeError);
    expect(() => explain(scenario, { quarter: -1 })).toThrow(RangeError);
  });
});
