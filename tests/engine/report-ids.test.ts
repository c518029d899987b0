/** Role ids that are Object.prototype's member names survive into the results and the --json report. */
import { describe, expect, it } from 'vitest';
import {
  explain,
  reportRole,
  roleFiguresAt,
  roleSeries,
  simulate,
  toSimulationReport,
} from '../../src/engine/index';
import { HIRED_ID, PROTOTYPE_IDS, prototypeIdScenario } from '../helpers/prototype-ids';

describe('results keyed by role id', () => {
  const scenario = prototypeIdScenario();
  const run = simulate(scenario);

  it('keeps every role, __proto__ included, in the figures of each quarter', () => {
    for (let q = 0; q <= run.quarters; q++) {
      const figures = roleFiguresAt(run, q);
      const alive = q >= 2 ? [...PROTOTYPE_IDS, HIRED_ID] : [...PROTOTYPE_IDS];
      expect(Object.keys(figures).sort(), `q${q}`).toEqual(alive.sort());
      for (const id of alive) expect(figures[id].chaos, `${id} q${q}`).toBeTypeOf('number');
      const builder: string = 'constructor'; // a literal would type-check as Object's own member
      expect(figures[builder].reportsTo).toBe('__proto__');
      expect(figures.__proto__.reportsTo).toBeNull();
    }
    expect(roleFiguresAt(run, 1)[HIRED_ID]).toBeUndefined();
    expect(roleSeries(run, HIRED_ID).slice(0, 2)).toEqual([null, null]);
    expect(roleSeries(run, '__proto__').every((r) => r !== null && r.team === 2)).toBe(true);
    expect(roleSeries(run, 'isPrototypeOf').every((r) => r === null)).toBe(true);
  });

  it('writes every role into the report, and its JSON, and finds them again after a JSON round trip', () => {
    const report = toSimulationReport(run);
    const copy = JSON.parse(JSON.stringify(report)) as typeof report;
    for (const r of [report, copy]) {
      expect(Object.keys(r.quarters[3].roles).sort()).toEqual([...PROTOTYPE_IDS, HIRED_ID].sort());
      expect(Object.keys(r.quarters[0].roles).sort()).toEqual([...PROTOTYPE_IDS].sort());
      for (const id of PROTOTYPE_IDS) expect(reportRole(r.quarters[0], id)?.team, id).toBeTypeOf('number');
      expect(reportRole(r.quarters[1], HIRED_ID)).toBeUndefined();
      expect(reportRole(r.quarters[3], 'isPrototypeOf')).toBeUndefined();
      expect(reportRole(r.quarters[3], '__proto__')?.reportsTo).toBeNull();
    }
    expect(JSON.stringify(report.quarters[0].roles)).toContain('"__proto__":{');
  });

  it('explains each of them', () => {
    expect(
      explain(scenario, { quarter: 3 })
        .map((t) => t.roleId)
        .sort(),
    ).toEqual([...PROTOTYPE_IDS, HIRED_ID].sort());
  });
});
