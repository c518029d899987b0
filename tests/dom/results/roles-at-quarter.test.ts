import { describe, expect, it } from 'vitest';
import { layoutOrg, DEFAULT_LAYOUT } from '../../../src/core/org/layout';
import { hiredRoles } from '../../../src/core/scenario/hired-roles';
import { simulate, toSimulationReport } from '../../../src/engine/index';
import { rolesAtQuarter, sameShownOrg } from '../../../src/renderer/canvas/flow-elements';
import { engineRichScenario } from '../../helpers/scenarios';

const scenario = engineRichScenario;
const hired = (s: ReturnType<typeof scenario>) => hiredRoles(s.events);

describe('the org as it stands in a quarter', () => {
  it('adds hired roles from their quarter, drops departed ones, and follows the report’s reporting lines', () => {
    const s = scenario();
    const report = toSimulationReport(simulate(s));
    const at = (q: number) => rolesAtQuarter(s.roles, hired(s), report, q);
    const ids = (q: number) =>
      at(q)
        .map((r) => r.id)
        .sort();

    expect(ids(0)).toEqual(['00155792', 'ceo', 'ops', 'sales']);
    expect(ids(2)).toEqual(['00155792', 'ceo', 'coo', 'ops', 'sales']); // the COO is hired at Q2
    expect(ids(3)).toEqual(['00155792', 'ceo', 'coo', 'sales']); // ops departs at Q3
    expect(ids(9)).not.toContain('coo'); // the COO departs at Q9

    // The hire takes over 00155792 and ops at Q2; sales is reorganised under the COO at Q3.
    const parent = (q: number, id: string) => at(q).find((r) => r.id === id)!.reportsTo;
    expect(parent(1, '00155792')).toBe('ceo');
    expect(parent(2, '00155792')).toBe('coo');
    expect(parent(3, 'sales')).toBe('coo');
    for (let q = 0; q <= 12; q++) {
      for (const role of at(q)) expect(role.reportsTo).toBe(report.quarters[q].roles[role.id].reportsTo);
    }
    // Every quarter's org lays out as one tree.
    for (let q = 0; q <= 12; q++) expect(layoutOrg(at(q), DEFAULT_LAYOUT).placed).toHaveLength(at(q).length);
  });

  it('gives each card the team size of its quarter: grown, shrunk or taken over', () => {
    const s = scenario();
    const report = toSimulationReport(simulate(s));
    const team = (q: number, id: string) =>
      rolesAtQuarter(s.roles, hired(s), report, q).find((r) => r.id === id)!.team;
    expect(team(0, '00155792')).toBe(12);
    expect(team(1, '00155792')).toBe(20); // grows to 20 at Q1
    expect(team(2, 'coo')).toBe(0); // hired without a team of its own
    expect(team(3, 'coo')).toBe(3); // ops departs at Q3 and its team of 3 moves to the COO
    expect(report.quarters[1].roles['00155792'].team).toBe(20);
    // A quarter in which nothing changed gives back the design's own role objects.
    expect(rolesAtQuarter(s.roles, hired(s), report, 0)).toEqual(s.roles);
  });

  it('tells quarters whose chart is the same apart from those where a role, line or team changes', () => {
    const s = scenario(); // events in Q1-Q9, none after
    const report = toSimulationReport(simulate(s));
    const at = (q: number) => rolesAtQuarter(s.roles, hired(s), report, q);
    expect(sameShownOrg(at(10), at(12))).toBe(true);
    expect(sameShownOrg(at(0), at(1))).toBe(false); // a team grows in Q1
    expect(sameShownOrg(at(1), at(2))).toBe(false); // the COO is hired in Q2
    expect(sameShownOrg(at(8), at(9))).toBe(false); // the COO departs in Q9
  });

  it('is the design itself without a report', () => {
    const s = scenario();
    expect(rolesAtQuarter(s.roles, hired(s), null, 3)).toBe(s.roles);
  });
});
