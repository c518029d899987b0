import { describe, expect, it } from 'vitest';
import {
  addPeer,
  addReport,
  deleteRole,
  describeDeletion,
  EditRefused,
} from '../../../../src/core/org/edits';
import { edit, parentOf, smallOrg } from './fixture';

describe('addReport and addPeer', () => {
  it('adds a vacant role with default strengths under a manager, with a fresh readable id', () => {
    let id = '';
    const next = edit(smallOrg(), (d) => (id = addReport(d, 'sales', { title: 'Account executive' })));
    expect(id).toBe('role-7');
    expect(next.roles.find((r) => r.id === id)).toMatchObject({
      title: 'Account executive',
      reportsTo: 'sales',
      person: null,
      team: 0,
      strengths: { vision: 5, trust: 5 },
    });
  });

  it('adds a peer right after its sibling, under the same manager', () => {
    let id = '';
    const next = edit(smallOrg(), (d) => (id = addPeer(d, 'fe')));
    expect(parentOf(next, id)).toBe('eng');
    expect(next.roles.map((r) => r.id).indexOf(id)).toBe(next.roles.map((r) => r.id).indexOf('fe') + 1);
  });

  it('refuses a peer for the top role and a second top role', () => {
    expect(() => edit(smallOrg(), (d) => addPeer(d, 'ceo'))).toThrow(EditRefused);
    expect(() => edit(smallOrg(), (d) => addReport(d, null))).toThrow(/one top role/);
  });

  it('creates the top role of an empty scenario', () => {
    const next = edit({ ...smallOrg(), roles: [], events: [] }, (d) => addReport(d, null, { title: 'CEO' }));
    expect(next.roles).toHaveLength(1);
    expect(next.roles[0]).toMatchObject({ title: 'CEO', reportsTo: null });
  });
});

describe('deleteRole', () => {
  it('moves the reports up to the deleted role’s manager', () => {
    const next = edit(smallOrg(), (d) => deleteRole(d, 'eng'));
    expect(next.roles.map((r) => r.id)).not.toContain('eng');
    expect(parentOf(next, 'fe')).toBe('ceo');
    expect(parentOf(next, 'be')).toBe('ceo');
  });

  it('removes dotted lines to the deleted role and its mentions in events', () => {
    const next = edit(smallOrg(), (d) => deleteRole(d, 'eng'));
    expect(next.roles.find((r) => r.id === 'ops')?.dottedTo).toEqual([]);
    expect(next.events).toEqual([
      { quarter: 2, type: 'coaching', roleIds: ['sales'], quarters: 2 },
      { quarter: 3, type: 'reorg', roleId: 'fe', reportsTo: 'sales' },
    ]);
  });

  it('describes what will move before the user confirms', () => {
    expect(describeDeletion(smallOrg(), 'eng')).toEqual({
      title: 'ENG',
      movingReports: ['FE', 'BE'],
      newManager: 'CEO',
      affectedEvents: 2,
    });
  });

  it('refuses to delete the top role', () => {
    expect(() => edit(smallOrg(), (d) => deleteRole(d, 'ceo'))).toThrow(/top role cannot be deleted/);
  });
});
