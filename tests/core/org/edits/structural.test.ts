import { applyPatches, produceWithPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import {
  deleteRole,
  describeRemoval,
  EditRefused,
  mergeDepartments,
  moveRoles,
  removeRoles,
  rolesMerged,
  departmentsOf,
} from '../../../../src/core/org/edits';
import type { Scenario } from '../../../../src/core/scenario/types';
import { role } from '../../../helpers/scenarios';
import { edit, parentOf, smallOrg } from './fixture';

/** ceo -> (eng -> (fe -> (fe1, fe2), be), sales); fe and be are "Linear Manager"s. */
function layeredOrg(): Scenario {
  const org = smallOrg();
  org.roles = [
    role('ceo', null),
    role('eng', 'ceo', { department: 'Engineering' }),
    role('fe', 'eng', { title: 'Linear Manager', department: 'engineering ', dottedTo: ['sales'] }),
    role('fe1', 'fe', { department: 'Product', dottedTo: ['eng'] }),
    role('fe2', 'fe', { dottedTo: ['fe'] }),
    role('be', 'eng', { title: 'Linear Manager', department: 'Platform' }),
    role('sales', 'ceo', { department: 'Sales' }),
  ];
  org.events = [
    { quarter: 1, type: 'grow', roleId: 'fe', team: 8 },
    { quarter: 2, type: 'coaching', roleIds: ['fe', 'be', 'sales'], quarters: 2 },
    { quarter: 3, type: 'reorg', roleId: 'fe1', reportsTo: 'be' },
  ];
  return org;
}

describe('removeRoles', () => {
  it('removes every role named and promotes their reports to each removed role’s manager', () => {
    const next = edit(layeredOrg(), (d) => removeRoles(d, ['fe', 'be']));
    expect(next.roles.map((r) => r.id)).toEqual(['ceo', 'eng', 'fe1', 'fe2', 'sales']);
    expect(parentOf(next, 'fe1')).toBe('eng');
    expect(parentOf(next, 'fe2')).toBe('eng');
    // A dotted line to a removed role goes with it.
    expect(next.roles.find((r) => r.id === 'fe2')?.dottedTo).toEqual([]);
    // A dotted line to the new manager gives way to the solid line.
    expect(next.roles.find((r) => r.id === 'fe1')?.dottedTo).toEqual([]);
  });

  it('sends reports past a removed manager whose own manager is removed too', () => {
    const next = edit(layeredOrg(), (d) => removeRoles(d, ['eng', 'fe']));
    expect(parentOf(next, 'fe1')).toBe('ceo');
    expect(parentOf(next, 'be')).toBe('ceo');
  });

  it('changes the events naming removed roles exactly as deleting them one by one does', () => {
    const together = edit(layeredOrg(), (d) => removeRoles(d, ['fe', 'be']));
    const oneByOne = edit(layeredOrg(), (d) => {
      deleteRole(d, 'fe');
      deleteRole(d, 'be');
    });
    expect(together).toEqual(oneByOne);
    // fe's growth goes, the coaching keeps sales, the reorg under be goes.
    expect(together.events).toEqual([{ quarter: 2, type: 'coaching', roleIds: ['sales'], quarters: 2 }]);
  });

  it('is one edit: undoing its patches restores every role and event', () => {
    const before = layeredOrg();
    const [after, , inverse] = produceWithPatches(before, (d) => removeRoles(d, ['fe', 'be', 'sales']));
    expect(after.roles).toHaveLength(4);
    expect(applyPatches(after, inverse)).toEqual(before);
  });

  it('refuses to remove the top role, changing nothing', () => {
    expect(() => edit(layeredOrg(), (d) => removeRoles(d, ['fe', 'ceo']))).toThrow(EditRefused);
  });
});

describe('describeRemoval', () => {
  it('counts the roles that go, where their reports go and the events it changes', () => {
    const impact = describeRemoval(layeredOrg(), ['fe', 'be', 'fe', 'nobody']);
    expect(impact.removed).toBe(2);
    expect(impact.titles).toEqual(['Linear Manager', 'Linear Manager']);
    expect(impact.moves).toEqual([{ managerId: 'eng', manager: 'ENG', reports: ['FE1', 'FE2'] }]);
    expect(impact.affectedEvents).toBe(3);
  });

  it('names the nearest manager that stays', () => {
    expect(describeRemoval(layeredOrg(), ['eng', 'fe']).moves).toEqual([
      { managerId: 'ceo', manager: 'CEO', reports: ['FE1', 'FE2', 'Linear Manager'] },
    ]);
  });

  it('refuses the top role', () => {
    expect(() => describeRemoval(layeredOrg(), ['ceo'])).toThrow(/top role/);
  });
});

describe('moveRoles', () => {
  it('moves several roles with their teams under one manager; a selected report stays in its moved team', () => {
    const next = edit(layeredOrg(), (d) => moveRoles(d, ['fe', 'fe1', 'be'], 'sales'));
    expect(parentOf(next, 'fe')).toBe('sales');
    expect(parentOf(next, 'be')).toBe('sales');
    expect(parentOf(next, 'fe1')).toBe('fe');
    // The dotted line to the new manager becomes the solid line.
    expect(next.roles.find((r) => r.id === 'fe')?.dottedTo ?? []).toEqual([]);
  });

  it('refuses a move under one of the moved teams', () => {
    expect(() => edit(layeredOrg(), (d) => moveRoles(d, ['eng', 'sales'], 'fe2'))).toThrow(/own team/);
  });
});

describe('mergeDepartments', () => {
  it('gives every role of the merged departments (any spelling) and their planned hires one name', () => {
    const org = layeredOrg();
    org.events.push({ quarter: 4, type: 'hire', role: role('new', 'eng', { department: 'Platform' }) });
    expect(rolesMerged(org, ['Engineering', 'Platform'], 'Engineering').map((r) => r.id)).toEqual([
      'fe',
      'be',
    ]);
    const next = edit(org, (d) => mergeDepartments(d, ['Engineering', 'Platform'], 'Engineering'));
    expect(next.roles.map((r) => r.department)).toEqual([
      undefined,
      'Engineering',
      'Engineering',
      'Product',
      undefined,
      'Engineering',
      'Sales',
    ]);
    const hire = next.events.find((e) => e.type === 'hire');
    expect(hire?.type === 'hire' && hire.role.department).toBe('Engineering');
    expect(departmentsOf(next)).toEqual([
      { name: 'Engineering', roles: 3 },
      { name: 'Product', roles: 1 },
      { name: 'Sales', roles: 1 },
    ]);
  });

  it('refuses a blank name', () => {
    expect(() => edit(layeredOrg(), (d) => mergeDepartments(d, ['Sales'], '  '))).toThrow(EditRefused);
  });
});
