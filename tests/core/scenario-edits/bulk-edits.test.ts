import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { applyEdit, EditRefused } from '../../../src/core/org/edits';
import { setDepartmentBulk, setOneOnOnesBulk, setStrengthsBulk } from '../../../src/core/scenario-edits';
import type { Scenario } from '../../../src/core/scenario/types';
import { role } from '../../helpers/scenarios';
import { smallOrg } from '../org/edits/fixture';

const roleOf = (s: Scenario, id: string) => s.roles.find((r) => r.id === id)!;

/** A department of `size` roles under one head, beside a small org. */
function withDepartment(size: number): Scenario {
  const org = smallOrg();
  org.roles.push(role('head', 'ceo', { department: 'Ops' }));
  for (let i = 0; i < size; i++) org.roles.push(role(`op${i}`, 'head', { department: 'Ops' }));
  return org;
}

describe('setStrengthsBulk', () => {
  it('sets one strength on every role named as one edit, and its inverse restores them all', () => {
    const before = smallOrg();
    before.roles.find((r) => r.id === 'fe')!.strengths.vision = 8;
    const ids = ['eng', 'fe', 'be'];
    const applied = applyEdit(before, (d) => setStrengthsBulk(d, ids, { vision: 2 }));
    expect(ids.map((id) => roleOf(applied.scenario, id).strengths.vision)).toEqual([2, 2, 2]);
    expect(roleOf(applied.scenario, 'sales').strengths.vision).toBe(5);
    // Only vision changed.
    expect(roleOf(applied.scenario, 'eng').strengths.plan).toBe(5);
    expect(applyPatches(applied.scenario, applied.inversePatches)).toEqual(before);
  });

  it('applies several strengths (a preset) at once', () => {
    const applied = applyEdit(smallOrg(), (d) =>
      setStrengthsBulk(d, ['eng', 'sales'], { plan: 9, trust: 3 }),
    );
    for (const id of ['eng', 'sales']) {
      expect(roleOf(applied.scenario, id).strengths).toMatchObject({ plan: 9, trust: 3, vision: 5 });
    }
  });

  it('leaves roles that already have the value untouched, so they keep their identity', () => {
    const before = smallOrg();
    before.roles.find((r) => r.id === 'fe')!.strengths.vision = 2;
    const applied = applyEdit(before, (d) => setStrengthsBulk(d, ['eng', 'fe'], { vision: 2 }));
    expect(roleOf(applied.scenario, 'fe')).toBe(roleOf(before, 'fe'));
    expect(roleOf(applied.scenario, 'eng')).not.toBe(roleOf(before, 'eng'));
    expect(applied.patches).toHaveLength(1);
  });

  it('refuses a value out of range, a name that is no strength, or an unknown role, changing nothing', () => {
    const before = smallOrg();
    expect(() => applyEdit(before, (d) => setStrengthsBulk(d, ['eng'], { vision: 11 }))).toThrow(
      /Strengths run from 0 to 10/,
    );
    expect(() => applyEdit(before, (d) => setStrengthsBulk(d, ['eng'], { vision: NaN }))).toThrow(
      EditRefused,
    );
    expect(() =>
      applyEdit(before, (d) => setStrengthsBulk(d, ['eng'], { charm: 3 } as unknown as { vision: number })),
    ).toThrow(/"charm" is not a strength/);
    expect(() => applyEdit(before, (d) => setStrengthsBulk(d, ['eng', 'nobody'], { vision: 3 }))).toThrow(
      /no role "nobody"/,
    );
    expect(before).toEqual(smallOrg());
  });

  it('edits a 1,500-role department in one patch set that one undo takes back', () => {
    const before = withDepartment(1_500);
    const ids = before.roles.filter((r) => r.department === 'Ops').map((r) => r.id);
    expect(ids).toHaveLength(1_501);
    const applied = applyEdit(before, (d) => setStrengthsBulk(d, ids, { organize: 7.5 }));
    expect(applied.scenario.roles.filter((r) => r.strengths.organize === 7.5)).toHaveLength(1_501);
    expect(applyPatches(applied.scenario, applied.inversePatches)).toEqual(before);
  });
});

describe('setDepartmentBulk', () => {
  it('puts every role named in one department (trimmed), and undo restores each one’s own', () => {
    const before = smallOrg();
    before.roles.find((r) => r.id === 'fe')!.department = 'Web';
    const applied = applyEdit(before, (d) => setDepartmentBulk(d, ['fe', 'be', 'eng'], '  Platform '));
    expect(['fe', 'be', 'eng'].map((id) => roleOf(applied.scenario, id).department)).toEqual([
      'Platform',
      'Platform',
      'Platform',
    ]);
    expect(roleOf(applied.scenario, 'sales').department).toBeUndefined();
    const undone = applyPatches(applied.scenario, applied.inversePatches);
    expect(undone).toEqual(before);
    expect(roleOf(undone, 'fe').department).toBe('Web');
    expect('department' in roleOf(undone, 'be')).toBe(false);
  });

  it('takes them out of any department with a blank name', () => {
    const before = withDepartment(3);
    const ids = ['head', 'op0', 'op1'];
    const applied = applyEdit(before, (d) => setDepartmentBulk(d, ids, ' '));
    for (const id of ids) expect('department' in roleOf(applied.scenario, id)).toBe(false);
    expect(roleOf(applied.scenario, 'op2').department).toBe('Ops');
  });
});

describe('setOneOnOnesBulk', () => {
  it('turns one-on-ones on for every role named, and one undo turns them all back', () => {
    const before = smallOrg();
    before.roles.find((r) => r.id === 'be')!.oneOnOnes = true;
    const applied = applyEdit(before, (d) => setOneOnOnesBulk(d, ['eng', 'fe', 'be'], true));
    expect(['eng', 'fe', 'be'].map((id) => roleOf(applied.scenario, id).oneOnOnes)).toEqual([
      true,
      true,
      true,
    ]);
    expect(roleOf(applied.scenario, 'be')).toBe(roleOf(before, 'be'));
    expect(applyPatches(applied.scenario, applied.inversePatches)).toEqual(before);
    const off = applyEdit(applied.scenario, (d) => setOneOnOnesBulk(d, ['eng', 'be'], false)).scenario;
    expect(['eng', 'fe', 'be'].map((id) => roleOf(off, id).oneOnOnes)).toEqual([false, true, false]);
  });
});
