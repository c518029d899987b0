import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../src/core/org/edits';
import { addEvent, rolesAliveAt } from '../../../src/core/scenario-edits';
import { engineRichScenario } from '../../helpers/scenarios';

const scenario = engineRichScenario;
const sorted = (ids: Set<string>) => [...ids].sort();

describe('rolesAliveAt', () => {
  it('adds hires and drops departures that act before the event', () => {
    const s = scenario(); // COO hired in Q2, ops departs in Q3, the COO departs in Q9
    expect(sorted(rolesAliveAt(s, 1))).toEqual(['00155792', 'ceo', 'ops', 'sales']);
    expect(sorted(rolesAliveAt(s, 2))).toEqual(['00155792', 'ceo', 'coo', 'ops', 'sales']);
    expect(sorted(rolesAliveAt(s, 3))).toEqual(['00155792', 'ceo', 'coo', 'sales']);
    expect(sorted(rolesAliveAt(s, 10))).toEqual(['00155792', 'ceo', 'sales']);
  });

  it('places an existing event by its place in the list within its quarter, and not after itself', () => {
    const s = scenario();
    // The Q3 depart of ops (index 2) acts before the Q3 reorg (index 3): the reorg cannot name ops.
    expect(rolesAliveAt(s, 3, 2).has('ops')).toBe(true);
    expect(rolesAliveAt(s, 3, 3).has('ops')).toBe(false);
    // The hire (index 1) does not see itself, wherever it moves.
    expect(rolesAliveAt(s, 2, 1).has('coo')).toBe(false);
    expect(rolesAliveAt(s, 5, 1).has('coo')).toBe(false);
  });

  it('offers only roles a new event may name: adding one on any offered role is accepted', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.nat(), (quarter, pick) => {
        const s = scenario();
        const offered = [...rolesAliveAt(s, quarter)].filter((id) => id !== 'ceo');
        const roleId = offered[pick % offered.length];
        expect(() =>
          applyEdit(s, (d) => addEvent(d, { quarter, type: 'grow', roleId, team: 4 })),
        ).not.toThrow();
      }),
    );
  });
});
