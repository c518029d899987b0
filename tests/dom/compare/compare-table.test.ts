import { describe, expect, it } from 'vitest';
import { simulate, simulateMonteCarlo, toSimulationReport } from '../../../src/engine/index';
import { orgCost } from '../../../src/core/org/cost';
import { orgStats } from '../../../src/core/org/org-stats';
import { compareCsv } from '../../../src/renderer/compare/compare-csv';
import {
  COMPARED_FIGURES,
  DESIGN_FIGURES,
  bestOf,
  compareTable,
  type ComparedFigure,
} from '../../../src/renderer/compare/compare-table';
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

describe('compareTable against a baseline', () => {
  it('takes the first scenario as the baseline unless asked, and gives the others their deltas', () => {
    const list = scenarios();
    expect(compareTable(list, 4).baselineId).toBe('a');
    const table = compareTable(list, 4, 'b');
    expect(table.baselineId).toBe('b');
    const [a, b] = table.rows;
    expect(b.baseline).toBe(true);
    expect(a.baseline).toBe(false);
    for (const f of COMPARED_FIGURES) {
      expect(b.deltas[f.key]).toBeNull();
      expect(a.deltas[f.key]).toBeCloseTo(a.values[f.key]! - b.values[f.key]!, 9);
    }
    expect(b.diff).toBeNull();
    // A baseline that is not compared falls back on the first scenario.
    expect(compareTable(list, 4, 'gone').baselineId).toBe('a');
  });

  it('gives each design the spans & layers panel’s figures and their deltas', () => {
    const list = scenarios();
    const flatter = base();
    // Everyone below the CEO reports to it: one layer fewer, a wider span.
    flatter.roles = flatter.roles.map((r, k) => (k === 0 ? r : { ...r, reportsTo: flatter.roles[0].id }));
    // Priced, so its cost differs from the unpriced baseline's.
    flatter.roles = flatter.roles.map((r, k) => ({ ...r, salary: 50000 + 1000 * k, fte: k === 1 ? 0.5 : 1 }));
    const table = compareTable([list[0], entry('f', 'Flat', flatter)], 4);
    for (const [k, scenario] of [list[0].scenario, flatter].entries()) {
      const stats = orgStats(scenario.roles);
      const { total } = orgCost(scenario.roles);
      expect(table.rows[k].design).toMatchObject({
        roles: stats.roles,
        headcount: stats.headcount,
        fte: total.fte,
        cost: total.cost,
        layers: stats.layers,
        managerShare: stats.managerShare,
        widestSpan: stats.widest[0].span,
      });
    }
    const [, flat] = table.rows;
    expect(flat.designDeltas!.layers).toBe(flat.design.layers - table.rows[0].design.layers);
    expect(flat.design.cost).toBeGreaterThan(0);
    expect(flat.designDeltas!.cost).toBe(flat.design.cost - table.rows[0].design.cost);
    expect(DESIGN_FIGURES.map((f) => f.key)).toEqual([
      'roles',
      'headcount',
      'fte',
      'cost',
      'layers',
      'managerShare',
      'averageSpan',
      'widestSpan',
    ]);
  });

  it('gives each other scenario its structural difference from the baseline', () => {
    const table = compareTable(scenarios(), 4);
    const operator = table.rows.find((r) => r.id === 'b')!;
    expect(operator.diff!.strengths.map((r) => r.id)).toEqual([base().roles[0].id]);
    expect(operator.diff!.added).toEqual([]);
  });

  it('gives the shares’ deltas against the baseline’s with Monte Carlo runs', () => {
    const s = base();
    const t = base();
    t.roles[0] = { ...t.roles[0], strengths: strengths({ vision: 9, plan: 9, organize: 9, direct: 9 }) };
    const mc = (id: string, scenario: typeof s) => ({
      id,
      name: id,
      scenario,
      report: toSimulationReport(simulate(scenario), simulateMonteCarlo(scenario, { runs: 20, seed: 3 })),
    });
    const [first, second] = compareTable([mc('x', s), mc('y', t)], 6).rows;
    expect(first.shareDeltas).toBeNull();
    for (const key of Object.keys(second.shares!) as (keyof typeof second.shares)[])
      expect(second.shareDeltas![key]).toBeCloseTo(second.shares![key]! - first.shares![key]!, 9);
  });
});

describe('the ★ rule', () => {
  const chaos = COMPARED_FIGURES.find((f) => f.key === 'chaos')!;
  const engagement = COMPARED_FIGURES.find((f) => f.key === 'engagement')!;
  const attrition = COMPARED_FIGURES.find((f) => f.key === 'attrition')!;
  const rows = (figure: ComparedFigure, ...items: [number, [number, number]?][]) =>
    items.map(([value, band], k) => ({
      id: `r${k}`,
      values: { [figure.key]: value } as never,
      bands: { [figure.key]: band ? { p10: band[0], p90: band[1] } : null } as never,
    }));
  const starred = (figure: ComparedFigure, ...items: [number, [number, number]?][]) => [
    ...bestOf(rows(figure, ...items), figure),
  ];

  it('gives no ★ for a gap under 1 point on a 0-100 index (40.9 against 41.0)', () => {
    expect(starred(chaos, [40.9], [41.0])).toEqual([]);
    expect(starred(chaos, [40.9], [41.8])).toEqual([]);
    expect(starred(chaos, [40.9], [41.9])).toEqual(['r0']);
  });

  it('stars every scenario level with the best when another is clearly worse', () => {
    expect(starred(chaos, [40.9], [41.0], [52])).toEqual(['r0', 'r1']);
  });

  it('gives no ★ for a gap under 0.01 on a 0-1 figure, or 0.5 points of attrition', () => {
    expect(starred(engagement, [0.5], [0.505])).toEqual([]);
    expect(starred(engagement, [0.5], [0.52])).toEqual(['r1']);
    expect(starred(attrition, [0.04], [0.0445])).toEqual([]);
    expect(starred(attrition, [0.04], [0.046])).toEqual(['r0']);
  });

  it('gives no ★ where a median lies inside the other’s p10-p90 band', () => {
    expect(starred(chaos, [40, [36, 44]], [43, [41, 47]])).toEqual([]);
    expect(starred(chaos, [40, [38, 41]], [43, [39, 47]])).toEqual([]);
    expect(starred(chaos, [40, [38, 42]], [43, [42.5, 47]])).toEqual(['r0']);
  });
});

describe('compareCsv', () => {
  it('writes each compared scenario with its figures, deltas, shares, spans and structural difference', () => {
    const list = scenarios();
    list[1] = { ...list[1], name: '=Operator' };
    const table = compareTable(list, 4);
    const lines = compareCsv(table).split('\r\n');
    expect(lines.at(-1)).toBe('');
    const header = lines[0].split(',');
    expect(header.slice(0, 6)).toEqual(['scenario', 'baseline', 'quarter', 'outcome', 'verdict', 'risk']);
    for (const column of ['chaos', 'chaos_delta', 'share_chaos_delta', 'layers_delta', 'roles_moved'])
      expect(header).toContain(column);
    expect(header.at(-1)).toBe('structural_difference');
    const cells = (line: string) => Object.fromEntries(header.map((h, k) => [h, line.split(',')[k]]));
    const baseline = cells(lines[1]);
    expect(baseline).toMatchObject({ scenario: 'As is', baseline: 'true', quarter: '4', chaos_delta: '' });
    expect(baseline.structural_difference).toBe('baseline');
    const operator = cells(lines[2]);
    // A name a spreadsheet would run as a formula is neutralised.
    expect(operator.scenario).toBe("'=Operator");
    const [a, b] = table.rows;
    expect(Number(operator.chaos)).toBe(b.values.chaos);
    expect(Number(operator.chaos_delta)).toBeCloseTo(b.values.chaos! - a.values.chaos!, 6);
    expect(operator.roles_new_strengths).toBe('1');
    expect(operator.structural_difference).toBe('against As is: 1 with new strengths');
    expect(operator.share_chaos).toBe('');
    expect(lines).toHaveLength(5);
  });
});
