import { describe, expect, it } from 'vitest';
import { simulate, simulateMonteCarlo, toSimulationReport } from '../../../src/engine/index';
import { COMPARED_FIGURES, compareTable } from '../../../src/renderer/compare/compare-table';
import { engineRichScenario, role, strengths } from '../../helpers/scenarios';

const base = engineRichScenario;
const entry = (id: string, name: string, scenario: ReturnType<typeof base>) => ({
  id,
  name,
  scenario,
  report: toSimulationReport(simulate(scenario)),
});

/** The same org with an operator-strength CEO, and a shorter one. */
function scenarios() {
  const weak = base();
  const strong = base();
  strong.roles[0] = {
    ...strong.roles[0],
    strengths: strengths({ vision: 9, plan: 9, organize: 9, direct: 9, control: 7 }),
  };
  const short = { ...base(), horizon: 4 };
  return [entry('a', 'As is', weak), entry('b', 'Operator CEO', strong), entry('c', 'One year', short)];
}

describe('compareTable', () => {
  it("gives each scenario its report's org figures and outcome in the quarter, and its headline", () => {
    const list = scenarios();
    const table = compareTable(list, 4);
    expect(table.rows.map((r) => r.name)).toEqual(['As is', 'Operator CEO', 'One year']);
    for (const [k, row] of table.rows.entries()) {
      const org = list[k].report.quarters[4].org;
      for (const f of COMPARED_FIGURES) expect(row.values[f.key]).toBe(org[f.key]);
      expect(row.verdict).toBe(org.verdict);
      expect(row.outcome).toBe(org.verdict === 'tooSmall' ? null : org.outcome);
      expect(row.risk).toBe(org.verdict === 'tooSmall' ? null : org.risk);
      expect(row.confirmed).toBe(org.confirmed);
      expect(row.headline).toMatch(/^(From Q\d+|The org)/);
    }
  });

  it('marks the best scenario of each figure, the way that figure is better', () => {
    const table = compareTable(scenarios(), 4);
    const value = (id: string, key: (typeof COMPARED_FIGURES)[number]['key']) =>
      table.rows.find((r) => r.id === id)!.values[key]!;
    for (const f of COMPARED_FIGURES) {
      const best = [...table.best[f.key]];
      if (f.better === null) {
        expect(best).toEqual([]);
        continue;
      }
      for (const id of best) {
        for (const other of table.rows) {
          const shown = (x: number) => Number(f.format(x).replace('%', ''));
          if (f.better === 'lower')
            expect(shown(value(id, f.key))).toBeLessThanOrEqual(shown(other.values[f.key]!));
          else expect(shown(value(id, f.key))).toBeGreaterThanOrEqual(shown(other.values[f.key]!));
        }
      }
    }
    expect(table.best.chaos.size + table.best.health.size).toBeGreaterThan(0);
  });

  it('gives an org too small to judge its verdict and no outcome', () => {
    const solo = {
      ...base(),
      name: 'Solo',
      roles: [role('solo', null, { team: 2, person: 'Ana' })],
      events: [],
    };
    const [row] = compareTable([entry('s', 'Solo', solo)], 2).rows;
    expect(row).toMatchObject({ verdict: 'tooSmall', outcome: null, risk: null, confirmed: false });
    expect(row.headline).toMatch(/^The org is too small to judge: \d+ people coordinate directly\.$/);
  });

  it('leaves a quarter past a scenario’s horizon empty for it, and compares the others', () => {
    const table = compareTable(scenarios(), 8);
    const short = table.rows.find((r) => r.id === 'c')!;
    expect(short.outcome).toBeNull();
    expect(short.verdict).toBeNull();
    expect(short.values.chaos).toBeNull();
    expect(short.lastQuarter).toBe(4);
    expect(table.best.chaos.has('c')).toBe(false);
  });

  it('gives each row the org’s verdict shares in the quarter with Monte Carlo runs, and none without', () => {
    const s = base();
    const mc = {
      id: 'm',
      name: 'MC',
      scenario: s,
      report: toSimulationReport(simulate(s), simulateMonteCarlo(s, { runs: 20, seed: 3 })),
    };
    const [withRuns, alone] = compareTable([mc, entry('d', 'One run', s)], 6).rows;
    expect(withRuns.shares).toEqual(mc.report.quarters[6].org.shares);
    expect(Object.values(withRuns.shares!).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
    expect(alone.shares).toBeNull();
    const past = compareTable(
      [
        {
          ...mc,
          scenario: { ...s, horizon: 4 },
          report: toSimulationReport(
            simulate({ ...s, horizon: 4 }),
            simulateMonteCarlo({ ...s, horizon: 4 }, { runs: 5, seed: 3 }),
          ),
        },
      ],
      8,
    ).rows[0];
    expect(past.shares).toBeNull();
  });
});
