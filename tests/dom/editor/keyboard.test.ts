import { describe, expect, it } from 'vitest';
import { keyAction, neighbour, type KeyPress } from '../../../src/renderer/editor/keyboard';
import { initialCollapse } from '../../../src/renderer/editor/initial-collapse';
import { role } from '../../helpers/scenarios';
import { smallOrg } from '../../core/org/edits/fixture';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('editor keyboard', () => {
  it('maps undo and redo with Ctrl or Cmd', () => {
    expect(keyAction(press('z', { ctrlKey: true }))).toEqual({ type: 'command', id: 'undo' });
    expect(keyAction(press('Z', { metaKey: true, shiftKey: true }))).toEqual({ type: 'command', id: 'redo' });
    expect(keyAction(press('y', { ctrlKey: true }))).toEqual({ type: 'command', id: 'redo' });
  });

  it('maps the structural keys and leaves Shift+Tab to move focus', () => {
    expect(keyAction(press('Tab'))).toEqual({ type: 'command', id: 'add-report' });
    expect(keyAction(press('Tab', { shiftKey: true }))).toBeNull();
    expect(keyAction(press('Enter'))).toEqual({ type: 'command', id: 'add-peer' });
    expect(keyAction(press('Delete'))).toEqual({ type: 'command', id: 'delete' });
    expect(keyAction(press('F2'))).toEqual({ type: 'command', id: 'rename' });
    expect(keyAction(press('a'))).toBeNull();
  });

  it('maps Alt+Shift+D, L and T to selecting roles like the selection, and Alt+Enter to the find results', () => {
    const alt = { altKey: true, shiftKey: true };
    expect(keyAction(press('D', { ...alt, code: 'KeyD' }))).toEqual({
      type: 'command',
      id: 'select-department',
    });
    expect(keyAction(press('L', { ...alt, code: 'KeyL' }))).toEqual({ type: 'command', id: 'select-layer' });
    expect(keyAction(press('T', { ...alt, code: 'KeyT' }))).toEqual({ type: 'command', id: 'select-title' });
    // macOS's Option turns the letter into another character; the physical key still names it.
    expect(keyAction(press('Î', { ...alt, code: 'KeyD' }))).toEqual({
      type: 'command',
      id: 'select-department',
    });
    expect(keyAction(press('Enter', { altKey: true }))).toEqual({ type: 'command', id: 'select-find' });
    // Without Shift, Alt+D stays the browser's (the address bar).
    expect(keyAction(press('d', { altKey: true, code: 'KeyD' }))).toBeNull();
    expect(keyAction(press('Escape'))).toEqual({ type: 'clear-selection' });
  });

  it('walks the chart: up to the manager, down to the first shown report, sideways to peers', () => {
    const roles = smallOrg().roles;
    expect(neighbour(roles, new Set(), 'fe', 'up')).toBe('eng');
    expect(neighbour(roles, new Set(), 'eng', 'down')).toBe('fe');
    expect(neighbour(roles, new Set(['eng']), 'eng', 'down')).toBeNull();
    expect(neighbour(roles, new Set(), 'fe', 'right')).toBe('be');
    expect(neighbour(roles, new Set(), 'fe', 'left')).toBeNull();
    expect(neighbour(roles, new Set(), 'ceo', 'right')).toBeNull();
  });
});

describe('initial collapse of big orgs', () => {
  it('leaves small orgs open', () => {
    expect(initialCollapse(smallOrg().roles)).toEqual(new Set());
  });

  it('collapses the deepest layer that keeps the shown cards within budget', () => {
    // A root with 10 managers of 10 reports each: 111 roles.
    const roles = [role('r', null)];
    for (let m = 0; m < 10; m++) {
      roles.push(role(`m${m}`, 'r'));
      for (let i = 0; i < 10; i++) roles.push(role(`m${m}-${i}`, `m${m}`));
    }
    expect(initialCollapse(roles, 50)).toEqual(
      new Set(roles.filter((r) => r.reportsTo === 'r').map((r) => r.id)),
    );
  });
});
