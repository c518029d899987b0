/** Vacancies, dotted lines and structural events: what the engine promises about each. */
import { describe, expect, it } from 'vitest';
import type { Role, Scenario, ScenarioEvent } from '../../src/core/scenario/types';
import { roleFiguresAt, simulate } from '../../src/engine/index';
import { strengths } from '../helpers/scenarios';
import { loadScenario } from './load-scenario';

const five = strengths();
const role = (id: string, reportsTo: string | null, team: number, extra: Partial<Role> = {}): Role => ({
  id,
  title: id,
  person: `P-${id}`,
  reportsTo,
  team,
  strengths: five,
  ...extra,
});
const org = (roles: Role[], events: ScenarioEvent[] = [], horizon = 4): Scenario => ({
  name: 'test',
  horizon,
  environment: { volatility: 0.3 },
  roles,
  events,
});

describe('vacancies', () => {
  const filled = org([
    role('head', null, 0),
    role('mgr', 'head', 6),
    role('lead', 'mgr', 8),
    role('peer', 'head', 8),
  ]);
  const vacant = org([
    role('head', null, 0),
    role('mgr', 'head', 6),
    role('lead', 'mgr', 8, { person: null }),
    role('peer', 'head', 8),
  ]);
  const f = roleFiguresAt(simulate(filled), 0);
  const v = roleFiguresAt(simulate(vacant), 0);

  it("covers a vacant manager's reports through the next manager up, at a cost to both", () => {
    expect(v.lead.coverage).toBeGreaterThan(0);
    expect(v.lead.coverage).toBeLessThan(f.lead.coverage);
    expect(v.mgr.coverage).toBeLessThan(f.mgr.coverage);
    expect(v.lead.engagement).toBeLessThan(f.lead.engagement);
    expect(v.lead.management).toBe(f.mgr.management);
  });

  it('leaves units away from the vacancy nearly untouched (only the org headcount, one fewer, differs)', () => {
    expect(v.peer.coverage).toBeCloseTo(f.peer.coverage, 3);
    expect(v.peer.engagement).toBeCloseTo(f.peer.engagement, 2);
  });
});

describe('dotted lines', () => {
  const plain = org([role('head', null, 0), role('a', 'head', 8), role('b', 'head', 6)]);
  const dotted = org([
    role('head', null, 0),
    role('a', 'head', 8),
    role('b', 'head', 6, { dottedTo: ['a'] }),
  ]);
  const p = simulate(plain);
  const d = simulate(dotted);

  it("adds to the dotted-line manager's span and the matrixed unit's coordination demand", () => {
    const p0 = roleFiguresAt(p, 0);
    const d0 = roleFiguresAt(d, 0);
    expect(d0.a.coverage).toBeLessThan(p0.a.coverage);
    expect(d0.b.managementRatio).toBeLessThan(p0.b.managementRatio);
    expect(d.org[0].managementRatio).toBeLessThan(p.org[0].managementRatio);
  });
});

describe('events', () => {
  it('applies an event at the start of its quarter, never in quarter 0', () => {
    const s = org(
      [role('head', null, 0), role('a', 'head', 6)],
      [{ quarter: 2, type: 'grow', roleId: 'a', team: 20 }],
    );
    const r = simulate(s);
    expect(r.org[0].headcount).toBe(8);
    expect(r.org[1].headcount).toBe(8);
    expect(r.org[2].headcount).toBe(22);
  });

  it('hires a role, moves taken-over reports under it, and ramps the new holder up', () => {
    const s = org(
      [role('head', null, 0), role('a', 'head', 6), role('b', 'head', 6)],
      [{ quarter: 1, type: 'hire', role: role('coo', 'head', 0), takeOver: ['a', 'b'] }],
    );
    const r = simulate(s);
    expect(roleFiguresAt(r, 0).coo).toBeUndefined();
    const q1 = roleFiguresAt(r, 1);
    expect(q1.coo.reportsTo).toBe('head');
    expect(q1.a.reportsTo).toBe('coo');
    expect(q1.coo.rampUp).toBe(1);
    expect(r.org[1].layers).toBe(3);
  });

  it("moves a departing role's reports and team to its parent and knocks their trust", () => {
    const s = org(
      [role('head', null, 0), role('mgr', 'head', 4), role('x', 'mgr', 5)],
      [{ quarter: 1, type: 'depart', roleId: 'mgr' }],
    );
    const r = simulate(s);
    const q1 = roleFiguresAt(r, 1);
    expect(q1.mgr).toBeUndefined();
    expect(q1.x.reportsTo).toBe('head');
    expect(r.org[1].headcount).toBe(r.org[0].headcount - 1);
    expect(q1.x.trust).toBeLessThan(roleFiguresAt(r, 0).x.trust);
  });

  it('skips, with a warning, an event that cannot act at its time', () => {
    const s = org(
      [role('head', null, 0), role('a', 'head', 3), role('b', 'a', 3)],
      [
        { quarter: 1, type: 'reorg', roleId: 'a', reportsTo: 'b' },
        { quarter: 2, type: 'depart', roleId: 'b' },
        { quarter: 3, type: 'grow', roleId: 'b', team: 9 },
      ],
    );
    const r = simulate(s);
    expect(r.warnings).toHaveLength(2);
    expect(r.warnings[0]).toMatch(/^Event 0 \(reorg, quarter 1\): "b" is inside the moved subtree/);
    expect(r.warnings[1]).toMatch(/^Event 2 \(grow, quarter 3\): role "b" is not in the org/);
    expect(roleFiguresAt(r, 1).a.reportsTo).toBe('head');
  });

  it('raises process and pressure during a crisis and restores fit only through innovation after a market shift', () => {
    const s = org(
      [role('head', null, 0), role('a', 'head', 8)],
      [
        { quarter: 2, type: 'crisis', severity: 0.8, quarters: 2 },
        { quarter: 2, type: 'marketShift', size: 0.3 },
      ],
      8,
    );
    const r = simulate(s);
    expect(r.org[2].process).toBeGreaterThan(r.org[1].process);
    expect(r.org[2].burnout).toBeGreaterThan(r.org[1].burnout);
    expect(r.org[2].fit).toBeCloseTo(r.org[1].fit - 0.3, 1);
  });
});

describe('succession', () => {
  const operator = strengths({ vision: 4, plan: 8, organize: 8, control: 8, direct: 8, trust: 7 });
  const succession = (quarter: number, roleId: string, extra: Partial<ScenarioEvent> = {}): ScenarioEvent =>
    ({
      quarter,
      type: 'succession',
      roleId,
      person: 'Newcomer',
      strengths: operator,
      ...extra,
    }) as ScenarioEvent;

  it("puts a new holder into the root from its quarter: the newcomer's strengths, ramping up, trust knocked", () => {
    const base = org([role('head', null, 2), role('a', 'head', 6), role('b', 'head', 6)], [], 4);
    const replaced = { ...base, events: [succession(2, 'head')] };
    const r = simulate(replaced);
    const without = simulate(base);
    const [q1, q2] = [roleFiguresAt(r, 1), roleFiguresAt(r, 2)];
    // Before its quarter nothing differs; from it the root is managed with the newcomer's strengths.
    expect(q1.head.management).toBe(roleFiguresAt(without, 1).head.management);
    expect(q2.head.management).toBeGreaterThan(q1.head.management + 2); // 5 -> 8
    // The newcomer ramps up, as a hire's own arrival does (replacing leavers ramps up a little anyway).
    const w2 = roleFiguresAt(without, 2);
    expect(q1.head.rampUp).toBe(roleFiguresAt(without, 1).head.rampUp);
    expect(q2.head.rampUp).toBeGreaterThan(w2.head.rampUp);
    // The old holder's departure knocks the unit's trust, and the reports get a new boss.
    expect(q2.head.trust).toBeLessThan(w2.head.trust);
    expect(q2.a.trust).toBeLessThan(w2.a.trust);
    expect(q2.b.trust).toBeLessThan(w2.b.trust);
    // The same role, the same headcount: nobody is added.
    expect(r.org[2].headcount).toBe(without.org[2].headcount);
    expect(r.warnings).toEqual([]);
  });

  it('fills a vacant role: the role counts its holder and manages with its own strengths from then on', () => {
    const s = org(
      [role('head', null, 0), role('mgr', 'head', 4, { person: null }), role('x', 'mgr', 5)],
      [succession(2, 'mgr', { person: null })], // "to be hired" still fills the role
    );
    const r = simulate(s);
    const [q1, q2] = [roleFiguresAt(r, 1), roleFiguresAt(r, 2)];
    // Covered by the head (management 5) while vacant; managed by the newcomer (8) once filled.
    expect(q1.mgr.management).toBe(q1.head.management);
    expect(q2.mgr.management).toBeGreaterThan(q1.mgr.management + 2);
    expect(q2.x.management).toBeLessThan(q2.mgr.management - 2);
    expect(r.org[2].headcount).toBe(r.org[1].headcount + 1);
    // No old holder left, so only the report's trust is knocked by the new boss.
    const same = simulate({ ...s, events: [] });
    expect(q2.x.trust).toBeLessThan(roleFiguresAt(same, 2).x.trust);
  });

  it('skips, with a warning, a succession in a role that is not in the org then', () => {
    const s = org(
      [role('head', null, 0), role('a', 'head', 3)],
      [{ quarter: 1, type: 'depart', roleId: 'a' }, succession(2, 'a')],
    );
    const r = simulate(s);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/^Event 1 \(succession, quarter 2\): role "a" is not in the org/);
  });

  it('ends a visionary founder with less chaos when an operator (management 8) takes over the root', () => {
    const founder = loadScenario('v1-visionary-founder.scenario.json');
    const root = founder.roles.find((r) => r.reportsTo === null)!.id;
    const withOperator = { ...founder, events: [...founder.events, succession(2, root)] };
    const last = founder.horizon;
    const before = simulate(founder).org[last];
    const after = simulate(withOperator).org[last];
    expect(after.chaos).toBeLessThan(before.chaos);
  });
});
