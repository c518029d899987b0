import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orgCost, structureReport } from '../../../src/core/org/cost';
import { orgStats } from '../../../src/core/org/org-stats';
import { roleHeadcount } from '../../../src/core/scenario/types';
import { role } from '../../helpers/scenarios';
import { validScenario } from '../scenario/arbitraries';

/** ceo (150k) -> eng (part-time 0.5, 60k, team of 4 at 40k) and sales (vacant, budget 70k; team of 2, no pay known). */
function pricedOrg() {
  return [
    role('ceo', null, { person: 'Ana', salary: 150000, department: 'Board' }),
    role('eng', 'ceo', {
      person: 'Bo',
      salary: 60000,
      fte: 0.5,
      team: 4,
      icSalary: 40000,
      department: 'Eng',
    }),
    role('sales', 'ceo', { salary: 70000, team: 2, department: 'Sales' }),
    role('ops', 'ceo', { person: 'Cy' }),
  ];
}

describe('orgCost', () => {
  it('adds up heads, FTE and cost in total, per department and per layer (a team one layer below)', () => {
    const { total, byDepartment, byLayer } = orgCost(pricedOrg());
    expect(total).toEqual({
      roles: 4,
      heads: 9,
      fte: 8.5,
      cost: 370000,
      vacantCost: 70000,
      unpricedHeads: 3,
    });
    expect(byDepartment.map((d) => [d.department, d.heads, d.cost])).toEqual([
      ['Board', 1, 150000],
      ['Eng', 5, 220000],
      ['Sales', 2, 0],
      [null, 1, 0],
    ]);
    expect(byDepartment[2]).toMatchObject({ vacantCost: 70000, unpricedHeads: 2 });
    expect(byLayer).toEqual([
      { layer: 1, roles: 1, heads: 1, fte: 1, cost: 150000, vacantCost: 0, unpricedHeads: 0 },
      { layer: 2, roles: 3, heads: 2, fte: 1.5, cost: 60000, vacantCost: 70000, unpricedHeads: 1 },
      { layer: 3, roles: 0, heads: 6, fte: 6, cost: 160000, vacantCost: 0, unpricedHeads: 2 },
    ]);
  });

  it('departments and layers each add up to the total; heads equal the spans & layers headcount', () => {
    fc.assert(
      fc.property(validScenario, ({ roles }) => {
        const { total, byDepartment, byLayer } = orgCost(roles);
        expect(total.heads).toBe(orgStats(roles).headcount);
        expect(total.heads).toBe(roles.reduce((n, r) => n + roleHeadcount(r), 0));
        for (const groups of [byDepartment, byLayer]) {
          expect(groups.reduce((n, g) => n + g.heads, 0)).toBe(total.heads);
          expect(groups.reduce((n, g) => n + g.roles, 0)).toBe(total.roles);
          expect(groups.reduce((n, g) => n + g.unpricedHeads, 0)).toBe(total.unpricedHeads);
          expect(groups.reduce((n, g) => n + g.cost, 0)).toBeCloseTo(total.cost, 0);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('structureReport carries the spans & layers figures beside the cost', () => {
    const report = structureReport(pricedOrg());
    const stats = orgStats(pricedOrg());
    expect(report).toMatchObject({ headcount: stats.headcount, layers: stats.layers, roles: 4, managers: 3 });
    expect(report.total).toEqual(orgCost(pricedOrg()).total);
  });
});
