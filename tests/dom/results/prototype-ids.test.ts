/**
 * Role ids that are Object.prototype's member names, through the results screen's helpers: the CSV, the
 * heat on the cards, the top risks and the chart of a quarter, each fed the report as the worker
 * delivers it (a structured clone, whose roles object has Object's prototype again).
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { simulate, toSimulationReport } from '../../../src/engine/index';
import { hiredRoles, roleTitles } from '../../../src/core/scenario/hired-roles';
import { reportDescribes, rolesAtQuarter } from '../../../src/renderer/canvas/flow-elements';
import { heatKeyAt, roleHeatAt } from '../../../src/renderer/results/outcome-heat';
import { resultsCsv } from '../../../src/renderer/results/results-csv';
import { HIRED_ID, PROTOTYPE_IDS, prototypeIdScenario } from '../../helpers/prototype-ids';

describe('results of roles named like Object.prototype members', () => {
  const scenario = prototypeIdScenario();
  const report = structuredClone(toSimulationReport(simulate(scenario)));

  it('writes every one of them, in every quarter it is alive, into the results CSV', () => {
    const rows = Papa.parse<Record<string, string>>(resultsCsv(report, roleTitles(scenario)), {
      header: true,
      skipEmptyLines: true,
    }).data.filter((r) => r.level === 'team');
    for (let q = 0; q <= 4; q++) {
      const ids = rows.filter((r) => r.quarter === String(q)).map((r) => r.roleId);
      expect(ids.sort(), `Q${q}`).toEqual(
        (q >= 2 ? [...PROTOTYPE_IDS, HIRED_ID] : [...PROTOTYPE_IDS]).sort(),
      );
    }
    const chief = rows.find((r) => r.roleId === '__proto__' && r.quarter === '3')!;
    expect(chief.title).toBe('Chief');
    expect(Number(chief.chaos)).toBe(report.quarters[3].roles.__proto__.chaos);
    expect(rows.find((r) => r.roleId === 'constructor')!.reportsTo).toBe('__proto__');
  });

  it('gives each its heat, and a role not yet hired none, even one named like an inherited member', () => {
    for (const id of PROTOTYPE_IDS) expect(roleHeatAt(report, 0, id)).toHaveProperty('outcome');
    expect(roleHeatAt(report, 1, HIRED_ID)).toBe('absent');
    expect(roleHeatAt(report, 3, HIRED_ID)).not.toBe('absent');
    expect(heatKeyAt(report, 1, HIRED_ID)).toBe('absent|1');
  });

  it('draws each quarter with the roles alive in it, and knows the report is not of another org', () => {
    const hired = hiredRoles(scenario.events);
    expect(rolesAtQuarter(scenario.roles, hired, report, 1).map((r) => r.id)).toEqual([...PROTOTYPE_IDS]);
    expect(rolesAtQuarter(scenario.roles, hired, report, 3)).toHaveLength(5);
    expect(reportDescribes(scenario.roles, report)).toBe(true);
    const other = scenario.roles.map((r, k) => (k === 3 ? { ...r, id: 'isPrototypeOf' } : r));
    expect(reportDescribes(other, report)).toBe(false);
  });
});
