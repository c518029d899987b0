import { describe, expect, it } from 'vitest';
import {
  structuralDiff,
  structuralDiffCounts,
  structuralDiffSummary,
} from '../../../src/core/org/structural-diff';
import { role, strengths } from '../../helpers/scenarios';

/** ceo <- eng <- (fe, be); ceo <- sales. */
function baseline() {
  return [
    role('ceo', null, { title: 'CEO', person: 'Ana' }),
    role('eng', 'ceo', { title: 'Engineering lead', person: 'Bo' }),
    role('fe', 'eng', { title: 'Frontend lead' }),
    role('be', 'eng', { title: 'Backend lead', person: 'Cy' }),
    role('sales', 'ceo', { title: 'Sales lead', strengths: strengths({ plan: 4 }) }),
  ];
}

describe('structuralDiff', () => {
  it('finds nothing between a design and itself', () => {
    const diff = structuralDiff(baseline(), baseline());
    expect(Object.values(structuralDiffCounts(diff))).toEqual([0, 0, 0, 0, 0, 0]);
    expect(structuralDiffSummary(diff)).toBe('no change');
  });

  it('lists roles added and removed, matched by id', () => {
    const other = baseline().filter((r) => r.id !== 'fe');
    other.push(role('ops', 'ceo', { title: 'Operator' }));
    const diff = structuralDiff(baseline(), other);
    expect(diff.added).toEqual([{ id: 'ops', title: 'Operator' }]);
    expect(diff.removed).toEqual([{ id: 'fe', title: 'Frontend lead' }]);
    expect(diff.moved).toEqual([]);
  });

  it('lists roles moved to a new manager, naming the old and the new one', () => {
    const other = baseline();
    other.push(role('ops', 'ceo', { title: 'Operator' }));
    other[1] = { ...other[1], reportsTo: 'ops' };
    other[3] = { ...other[3], reportsTo: 'ceo' };
    const diff = structuralDiff(baseline(), other);
    expect(diff.moved).toEqual([
      {
        id: 'eng',
        title: 'Engineering lead',
        from: { id: 'ceo', title: 'CEO' },
        to: { id: 'ops', title: 'Operator' },
      },
      {
        id: 'be',
        title: 'Backend lead',
        from: { id: 'eng', title: 'Engineering lead' },
        to: { id: 'ceo', title: 'CEO' },
      },
    ]);
  });

  it('lists re-titled roles and new holders', () => {
    const other = baseline();
    other[2] = { ...other[2], title: 'Web lead', person: 'Dee' };
    other[3] = { ...other[3], person: null };
    const diff = structuralDiff(baseline(), other);
    expect(diff.retitled).toEqual([{ id: 'fe', title: 'Web lead', from: 'Frontend lead' }]);
    expect(diff.newHolders).toEqual([
      { id: 'fe', title: 'Web lead', from: null, to: 'Dee' },
      { id: 'be', title: 'Backend lead', from: 'Cy', to: null },
    ]);
    expect(diff.moved).toEqual([]);
  });

  it('lists changed strengths: which, from, to and by how much', () => {
    const other = baseline();
    other[4] = { ...other[4], strengths: strengths({ plan: 7, trust: 3 }) };
    const diff = structuralDiff(baseline(), other);
    expect(diff.strengths).toEqual([
      {
        id: 'sales',
        title: 'Sales lead',
        changes: [
          { name: 'plan', from: 4, to: 7, change: 3 },
          { name: 'trust', from: 5, to: 3, change: -2 },
        ],
      },
    ]);
    expect(structuralDiffSummary(diff)).toBe('1 with new strengths');
  });

  it('sums it up in counts', () => {
    const other = baseline().filter((r) => r.id !== 'fe');
    other.push(role('ops', 'ceo', { title: 'Operator' }), role('pm', 'ops', { title: 'PM' }));
    other[0] = { ...other[0], title: 'Founder' };
    other[2] = { ...other[2], reportsTo: 'ops', person: 'Eve' };
    const diff = structuralDiff(baseline(), other);
    expect(structuralDiffCounts(diff)).toEqual({
      added: 2,
      removed: 1,
      moved: 1,
      retitled: 1,
      newHolders: 1,
      strengths: 0,
    });
    expect(structuralDiffSummary(diff)).toBe('2 added, 1 removed, 1 moved, 1 re-titled, 1 new holder');
  });

  it('sees two unrelated designs as one removed and the other added', () => {
    const other = [role('x', null), role('y', 'x')];
    const diff = structuralDiff(baseline(), other);
    expect(diff.removed).toHaveLength(5);
    expect(diff.added).toHaveLength(2);
  });
});
