import { describe, expect, it } from 'vitest';
import {
  layerOf,
  rolesAtLayersOf,
  rolesInDepartmentsOf,
  rolesWithTitlesOf,
} from '../../../src/core/org/select-roles';
import { role } from '../../helpers/scenarios';

// ceo -> (eng -> (fe, be), sales -> (rep1, rep2)); departments and titles overlap across branches.
const roles = [
  role('ceo', null, { title: 'CEO' }),
  role('eng', 'ceo', { title: 'Head', department: 'Engineering' }),
  role('fe', 'eng', { title: 'Engineer', department: 'engineering ' }),
  role('be', 'eng', { title: 'Engineer', department: 'Platform' }),
  role('sales', 'ceo', { title: 'Head', department: 'Sales' }),
  role('rep1', 'sales', { title: 'Rep', department: 'Sales' }),
  role('rep2', 'sales', { title: ' engineer', department: 'Sales' }),
];

describe('selecting roles like the ones picked', () => {
  it('by department: every role in the departments of the picked ones, ignoring case and spaces', () => {
    expect(rolesInDepartmentsOf(roles, ['fe'])).toEqual(['eng', 'fe']);
    expect(rolesInDepartmentsOf(roles, ['be', 'rep1'])).toEqual(['be', 'sales', 'rep1', 'rep2']);
    // A role without a department names none.
    expect(rolesInDepartmentsOf(roles, ['ceo'])).toEqual([]);
  });

  it('by layer: every role as deep in the chart as a picked one', () => {
    expect(rolesAtLayersOf(roles, ['fe'])).toEqual(['fe', 'be', 'rep1', 'rep2']);
    expect(rolesAtLayersOf(roles, ['ceo', 'sales'])).toEqual(['ceo', 'eng', 'sales']);
    expect(layerOf(roles, 'ceo')).toBe(1);
    expect(layerOf(roles, 'rep2')).toBe(3);
  });

  it('by title: every role with a picked role’s title', () => {
    expect(rolesWithTitlesOf(roles, ['fe'])).toEqual(['fe', 'be', 'rep2']);
    expect(rolesWithTitlesOf(roles, ['sales'])).toEqual(['eng', 'sales']);
    expect(rolesWithTitlesOf(roles, ['nobody'])).toEqual([]);
  });
});
