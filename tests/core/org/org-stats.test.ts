import { describe, expect, it } from 'vitest';
import { ancestorsOf, findRoles } from '../../../src/core/org/find-roles';
import { orgStats } from '../../../src/core/org/org-stats';
import { STRENGTH_PRESETS } from '../../../src/core/org/presets';
import { STRENGTH_NAMES } from '../../../src/core/scenario/types';
import { role } from '../../helpers/scenarios';
import { smallOrg } from './edits/fixture';

describe('orgStats', () => {
  it('counts headcount, layers, managers and spans (child roles plus team)', () => {
    const stats = orgStats(smallOrg().roles);
    // ceo(1) eng(1+4) fe(1+3) be(1+5) sales(1+6) ops(vacant 0) = 23
    expect(stats).toMatchObject({ headcount: 23, roles: 6, layers: 3, managers: 5 });
    expect(stats.managerShare).toBeCloseTo(5 / 6);
    // eng: 2 child roles + a team of 4 = 6, tied with sales (6 people); ties read alphabetically.
    expect(stats.widest.map((s) => s.roleId)).toEqual(['eng', 'sales', 'be']);
    expect(stats.narrowest.map((s) => s.roleId)).toEqual(['ceo', 'fe', 'be']);
    expect(stats.spanHistogram).toEqual([
      { span: 3, managers: 2 },
      { span: 5, managers: 1 },
      { span: 6, managers: 2 },
    ]);
  });

  it('is all zeros for an empty org', () => {
    expect(orgStats([])).toMatchObject({ headcount: 0, roles: 0, layers: 0, managers: 0, managerShare: 0 });
  });
});

describe('findRoles', () => {
  const roles = [
    role('a', null, { title: 'Chief Executive', person: 'José Álvarez' }),
    role('b', 'a', { title: 'Head of Sales', person: 'Kim', department: 'Revenue' }),
    role('c', 'b', { title: 'Sales rep', person: null }),
  ];

  it('matches title, person or department, ignoring case and accents', () => {
    expect(findRoles(roles, 'jose')).toEqual(['a']);
    expect(findRoles(roles, 'SALES')).toEqual(['b', 'c']);
    expect(findRoles(roles, 'revenue')).toEqual(['b']);
    expect(findRoles(roles, '  ')).toEqual([]);
  });

  it('lists the managers above a role, nearest first', () => {
    expect(ancestorsOf(roles, 'c')).toEqual(['b', 'a']);
    expect(ancestorsOf(roles, 'a')).toEqual([]);
  });
});

describe('strength presets', () => {
  it('give every strength within 0..10, with distinct leadership/management profiles', () => {
    for (const preset of STRENGTH_PRESETS) {
      expect(Object.keys(preset.strengths).sort()).toEqual([...STRENGTH_NAMES].sort());
      for (const value of Object.values(preset.strengths)) expect(value).toBeGreaterThanOrEqual(0);
    }
    const mean = (id: string, names: string[]) => {
      const s = STRENGTH_PRESETS.find((p) => p.id === id)!.strengths as Record<string, number>;
      return names.reduce((sum, n) => sum + s[n], 0) / names.length;
    };
    const L = ['vision', 'inspire', 'innovate', 'develop'];
    const M = ['plan', 'organize', 'control', 'direct'];
    expect(mean('visionary', L)).toBeGreaterThan(mean('visionary', M) + 3);
    expect(mean('operator', M)).toBeGreaterThan(mean('operator', L) + 2);
    expect(mean('absentee', L)).toBeLessThan(3);
  });
});
