import { describe, expect, it } from 'vitest';
import {
  addDottedLine,
  moveRefusal,
  moveSubtree,
  removeDottedLine,
  setStrengths,
  updateRole,
} from '../../../../src/core/org/edits';
import { edit, parentOf, smallOrg } from './fixture';

describe('moveSubtree', () => {
  it('moves a role with its whole team', () => {
    const next = edit(smallOrg(), (d) => moveSubtree(d, 'eng', 'sales'));
    expect(parentOf(next, 'eng')).toBe('sales');
    expect(parentOf(next, 'fe')).toBe('eng');
  });

  it('refuses a move into the role’s own subtree, saying why', () => {
    expect(moveRefusal(smallOrg(), 'eng', 'fe')).toBe(
      '"ENG" cannot move under "FE", who is in its own team.',
    );
    expect(moveRefusal(smallOrg(), 'eng', 'eng')).toMatch(/cannot report to itself/);
    expect(moveRefusal(smallOrg(), 'ceo', 'eng')).toMatch(/top of the org/);
    expect(() => edit(smallOrg(), (d) => moveSubtree(d, 'eng', 'be'))).toThrow(/own team/);
  });

  it('drops a dotted line that the move turns into the solid one', () => {
    const next = edit(smallOrg(), (d) => moveSubtree(d, 'ops', 'eng'));
    expect(next.roles.find((r) => r.id === 'ops')).toMatchObject({ reportsTo: 'eng', dottedTo: [] });
  });
});

describe('updateRole and setStrengths', () => {
  it('edits title, person, team and department; a blank person means vacant', () => {
    const next = edit(smallOrg(), (d) =>
      updateRole(d, 'sales', { title: '  Sales director ', person: ' ', team: 9, department: 'Revenue' }),
    );
    expect(next.roles.find((r) => r.id === 'sales')).toMatchObject({
      title: 'Sales director',
      person: null,
      team: 9,
      department: 'Revenue',
    });
  });

  it('refuses an empty title or an impossible team size', () => {
    expect(() => edit(smallOrg(), (d) => updateRole(d, 'sales', { title: ' ' }))).toThrow(/needs a title/);
    expect(() => edit(smallOrg(), (d) => updateRole(d, 'sales', { team: 2.5 }))).toThrow(/whole number/);
    expect(() => edit(smallOrg(), (d) => updateRole(d, 'sales', { team: -1 }))).toThrow(/whole number/);
  });

  it('sets strengths on several roles at once and refuses values outside 0..10', () => {
    const next = edit(smallOrg(), (d) => setStrengths(d, ['fe', 'be'], { plan: 8, organize: 7.5 }));
    for (const id of ['fe', 'be']) {
      expect(next.roles.find((r) => r.id === id)?.strengths).toMatchObject({
        plan: 8,
        organize: 7.5,
        vision: 5,
      });
    }
    expect(() => edit(smallOrg(), (d) => setStrengths(d, ['fe'], { plan: 11 }))).toThrow(/0 to 10/);
  });
});

describe('dotted lines', () => {
  it('adds and removes a dotted line, never duplicating the solid one', () => {
    const added = edit(smallOrg(), (d) => addDottedLine(d, 'fe', 'sales'));
    expect(added.roles.find((r) => r.id === 'fe')?.dottedTo).toEqual(['sales']);
    expect(() => edit(smallOrg(), (d) => addDottedLine(d, 'fe', 'eng'))).toThrow(/already reports/);
    const removed = edit(added, (d) => removeDottedLine(d, 'fe', 'sales'));
    expect(removed.roles.find((r) => r.id === 'fe')?.dottedTo).toEqual([]);
  });
});

describe('applyEdit', () => {
  it('refuses a move that would turn a later reorg event into a cycle, changing nothing', async () => {
    const { applyEdit } = await import('../../../../src/core/org/edits');
    const start = smallOrg(); // event: in quarter 3, fe moves under sales
    expect(() => applyEdit(start, (d) => moveSubtree(d, 'sales', 'fe'))).toThrow(
      /would break the scenario.*cycle/,
    );
    expect(start).toEqual(smallOrg());
  });

  it('returns the patches that undo the edit', async () => {
    const { applyEdit } = await import('../../../../src/core/org/edits');
    const { applyPatches } = await import('immer');
    const applied = applyEdit(smallOrg(), (d) => moveSubtree(d, 'eng', 'sales'));
    expect(applyPatches(applied.scenario, applied.inversePatches)).toEqual(smallOrg());
  });
});
