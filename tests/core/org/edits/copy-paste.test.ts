import { describe, expect, it } from 'vitest';
import { copySubtree, duplicateSubtree, pasteSubtree } from '../../../../src/core/org/edits';
import { edit, parentOf, smallOrg } from './fixture';

describe('copy, paste and duplicate', () => {
  it('pastes a copied subtree under another manager with fresh ids and the same shape', () => {
    const clipboard = copySubtree(smallOrg(), 'eng');
    expect(clipboard.roles.map((r) => r.id)).toEqual(['eng', 'fe', 'be']);
    let top = '';
    const next = edit(smallOrg(), (d) => (top = pasteSubtree(d, clipboard, 'sales')));
    expect(next.roles).toHaveLength(9);
    expect(parentOf(next, top)).toBe('sales');
    const pasted = next.roles.filter((r) => r.reportsTo === top);
    expect(pasted.map((r) => r.title)).toEqual(['FE', 'BE']);
    expect(new Set(next.roles.map((r) => r.id)).size).toBe(9);
  });

  it('duplicates a subtree beside the original', () => {
    let copy = '';
    const next = edit(smallOrg(), (d) => (copy = duplicateSubtree(d, 'eng')));
    expect(parentOf(next, copy)).toBe('ceo');
    expect(next.roles.filter((r) => r.reportsTo === copy)).toHaveLength(2);
  });

  it('keeps dotted lines inside the copy and drops those leaving it', () => {
    const org = edit(smallOrg(), (d) => {
      d.roles.find((r) => r.id === 'be')!.dottedTo = ['fe', 'sales'];
    });
    let top = '';
    const next = edit(org, (d) => (top = pasteSubtree(d, copySubtree(org, 'eng'), 'ceo')));
    const ids = next.roles.filter((r) => r.reportsTo === top).map((r) => r.id);
    const beCopy = next.roles.find((r) => r.id === ids[1])!;
    expect(beCopy.dottedTo).toEqual([ids[0]]);
  });
});
