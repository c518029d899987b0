import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { applyEdit, EditRefused } from '../../../src/core/org/edits';
import { checkPeopleValue, setPeopleData } from '../../../src/core/scenario-edits';
import type { Scenario } from '../../../src/core/scenario/types';
import { smallOrg } from '../org/edits/fixture';

const roleOf = (s: Scenario, id: string) => s.roles.find((r) => r.id === id)!;

describe('setPeopleData', () => {
  it('sets a field on every role named as one edit, and its inverse restores them', () => {
    const before = smallOrg();
    const applied = applyEdit(before, (d) => setPeopleData(d, ['eng', 'fe'], 'salary', 90000));
    expect([roleOf(applied.scenario, 'eng').salary, roleOf(applied.scenario, 'fe').salary]).toEqual([
      90000, 90000,
    ]);
    expect(roleOf(applied.scenario, 'be').salary).toBeUndefined();
    expect(applyPatches(applied.scenario, applied.inversePatches)).toEqual(before);
  });

  it('trims text, and removes the field for null or blank text', () => {
    let s = applyEdit(smallOrg(), (d) => setPeopleData(d, ['eng'], 'grade', '  L6 ')).scenario;
    expect(roleOf(s, 'eng').grade).toBe('L6');
    s = applyEdit(s, (d) => setPeopleData(d, ['eng'], 'grade', ' ')).scenario;
    expect(roleOf(s, 'eng')).not.toHaveProperty('grade');
    s = applyEdit(s, (d) => setPeopleData(d, ['eng'], 'fte', 0.6)).scenario;
    s = applyEdit(s, (d) => setPeopleData(d, ['eng'], 'fte', null)).scenario;
    expect(roleOf(s, 'eng')).not.toHaveProperty('fte');
  });

  it('refuses what the format refuses, naming the rule', () => {
    expect(() => applyEdit(smallOrg(), (d) => setPeopleData(d, ['eng'], 'fte', 1.5))).toThrow(EditRefused);
    expect(checkPeopleValue('fte', 1.5)).toBe('FTE runs from 0 to 1 (1 is full time).');
    expect(checkPeopleValue('salary', -1)).toBe('An annual amount is 0 or more.');
    expect(checkPeopleValue('icSalary', Number.NaN)).toBe('Enter a number.');
    expect(checkPeopleValue('location', 'Leeds')).toBeNull();
    expect(() => applyEdit(smallOrg(), (d) => setPeopleData(d, ['nobody'], 'salary', 1))).toThrow(
      EditRefused,
    );
  });
});
