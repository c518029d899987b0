import { describe, expect, it } from 'vitest';
import { addReport, moveSubtree, updateRole } from '../../../src/core/org/edits';
import { createEditorStore } from '../../../src/renderer/editor/editor-store';
import { smallOrg } from '../../core/org/edits/fixture';

function loaded() {
  const store = createEditorStore();
  store.getState().load('/p.ballast', 's1', smallOrg());
  return store;
}

describe('editor store', () => {
  it('undoes and redoes edits exactly, in order', () => {
    const store = loaded();
    const { edit } = store.getState();
    edit('Rename', (d) => updateRole(d, 'eng', { title: 'Engineering' }));
    edit('Move', (d) => moveSubtree(d, 'sales', 'eng'));
    const afterBoth = store.getState().scenario;
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().scenario).toEqual(smallOrg());
    store.getState().redo();
    store.getState().redo();
    expect(store.getState().scenario).toEqual(afterBoth);
  });

  it('drops the redo branch on a new edit', () => {
    const store = loaded();
    store.getState().edit('Rename', (d) => updateRole(d, 'eng', { title: 'A' }));
    store.getState().undo();
    expect(store.getState().history.future).toHaveLength(1);
    store.getState().edit('Rename', (d) => updateRole(d, 'eng', { title: 'B' }));
    expect(store.getState().history.future).toHaveLength(0);
    store.getState().redo();
    expect(store.getState().scenario?.roles.find((r) => r.id === 'eng')?.title).toBe('B');
  });

  it('keeps a refused edit out of the history and says why', () => {
    const store = loaded();
    const result = store.getState().edit('Move', (d) => moveSubtree(d, 'eng', 'fe'));
    expect(result).toBeUndefined();
    expect(store.getState().hint).toMatch(/own team/);
    expect(store.getState().history.past).toHaveLength(0);
    expect(store.getState().saveState).toBe('saved');
  });

  it('never records selection, collapse or overlay in the history', () => {
    const store = loaded();
    store.getState().select(['eng']);
    store.getState().toggleCollapsed('eng');
    store.getState().setOverlay('trust');
    expect(store.getState().history.past).toHaveLength(0);
    expect(store.getState().revision).toBe(0);
  });

  it('reveals a role by expanding every collapsed manager above it', () => {
    const store = loaded();
    store.getState().toggleCollapsed('ceo');
    store.getState().toggleCollapsed('eng');
    store.getState().reveal('fe');
    expect([...store.getState().collapsed]).toEqual([]);
    expect(store.getState().selection).toEqual(['fe']);
  });

  it('drops deleted roles from the selection after undoing an addition', () => {
    const store = loaded();
    const id = store.getState().edit('Add', (d) => addReport(d, 'eng'))!;
    store.getState().select([id]);
    store.getState().undo();
    expect(store.getState().selection).toEqual([]);
  });

  it('copies a subtree and pastes it under the selected role as one edit', () => {
    const store = loaded();
    store.getState().select(['eng']);
    store.getState().copySelection();
    store.getState().select(['sales']);
    store.getState().paste();
    const roles = store.getState().scenario!.roles;
    const added = roles.slice(smallOrg().roles.length);
    // The subtree: eng's copy under sales, fe's and be's copies under it, each with new ids.
    expect(added.map((r) => r.title)).toEqual(['ENG', 'FE', 'BE']);
    const [top, ...below] = added;
    expect(top.reportsTo).toBe('sales');
    expect(below.map((r) => r.reportsTo)).toEqual([top.id, top.id]);
    expect(new Set(roles.map((r) => r.id)).size).toBe(roles.length);
    expect(added.map((r) => r.team)).toEqual([4, 3, 5]);
    expect(store.getState().selection).toEqual([top.id]);
    // One edit: one history entry, and one undo restores the org exactly.
    expect(store.getState().history.past.map((e) => e.label)).toEqual(['Paste']);
    store.getState().undo();
    expect(store.getState().scenario).toEqual(smallOrg());
  });

  it('marks edits unsaved until the save of the current revision is confirmed', () => {
    const store = loaded();
    store.getState().edit('Rename', (d) => updateRole(d, 'eng', { title: 'A' }));
    const first = store.getState().revision;
    store.getState().edit('Rename', (d) => updateRole(d, 'eng', { title: 'B' }));
    store.getState().markSaved(first);
    expect(store.getState().saveState).toBe('unsaved');
    store.getState().markSaved(store.getState().revision);
    expect(store.getState().saveState).toBe('saved');
  });

  it('keeps the selection as ids in order and as a set, toggled one role at a time', () => {
    const store = loaded();
    store.getState().select(['eng']);
    store.getState().toggleSelected('sales');
    store.getState().toggleSelected('fe');
    store.getState().toggleSelected('eng');
    expect(store.getState().selection).toEqual(['sales', 'fe']);
    expect([...store.getState().selectedIds]).toEqual(['sales', 'fe']);
    store.getState().addToSelection(['fe', 'be']);
    expect(store.getState().selection).toEqual(['sales', 'fe', 'be']);
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('selects roles like the selected ones, and keeps the same selection object through edits that spare it', () => {
    const store = loaded();
    store.getState().select(['fe']);
    store.getState().selectLike('layer');
    expect(store.getState().selection).toEqual(['fe', 'be']);
    expect(store.getState().selectionNote).toBe('everyone on layer 3');
    store.getState().select(['fe']);
    store.getState().selectLike('title');
    expect(store.getState().selection).toEqual(['fe']);
    expect(store.getState().selectionNote).toBe('every FE');
    const before = store.getState().selectedIds;
    store.getState().edit('Rename', (d) => updateRole(d, 'eng', { title: 'Engineering' }));
    expect(store.getState().selectedIds).toBe(before);
    store.getState().selectLike('find', 'engineering');
    expect(store.getState().selection).toEqual(['eng']);
  });
});
