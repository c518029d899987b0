import { describe, expect, it } from 'vitest';
import { moveByDrop } from '../../../src/renderer/canvas/drop-move';
import { cardUnderPointer } from '../../../src/renderer/canvas/drop-target';
import { createEditorStore } from '../../../src/renderer/editor/editor-store';
import { layeredOrg } from '../restructure-org';

// Three cards in a row, 200 × 80, 20 apart, as the layout places peers.
const cards = [
  // The dragged card (first, as React Flow lists the dragged node on top), dropped overlapping left and middle, its pointer over the middle card.
  { id: 'dragged', position: { x: 150, y: 210 }, width: 200, height: 80 },
  { id: 'left', position: { x: 0, y: 200 }, width: 200, height: 80 },
  { id: 'middle', position: { x: 220, y: 200 }, width: 200, height: 80 },
  { id: 'right', position: { x: 440, y: 200 }, width: 200, height: 80 },
];

describe('cardUnderPointer', () => {
  it('picks the card under the pointer, not the first card the dragged one overlaps', () => {
    expect(cardUnderPointer(cards, { x: 300, y: 240 }, 'dragged')).toBe('middle');
  });

  it('never picks the dragged card, even when the pointer is over it', () => {
    expect(cardUnderPointer(cards, { x: 160, y: 215 }, 'dragged')).toBe('left');
  });

  it('finds nothing in the gap between cards or on the empty canvas', () => {
    expect(cardUnderPointer(cards, { x: 430, y: 240 }, 'dragged')).toBeNull();
    expect(cardUnderPointer(cards, { x: 300, y: 100 }, 'dragged')).toBeNull();
  });

  it('counts the edges of a card as on it', () => {
    expect(cardUnderPointer(cards, { x: 640, y: 280 }, 'dragged')).toBe('right');
  });
});

describe('moveByDrop', () => {
  const setup = () => {
    const editor = createEditorStore();
    editor.getState().load('/p.ballast', 's1', layeredOrg());
    const managerOf = (id: string) => editor.getState().scenario!.roles.find((r) => r.id === id)?.reportsTo;
    return { editor, managerOf };
  };

  it('moves the dragged role under the card dropped on, in one edit, and names the new manager', () => {
    const { editor, managerOf } = setup();
    expect(moveByDrop(editor, 'm0', 'd2')).toBe(true);
    expect(managerOf('m0')).toBe('d2');
    expect(editor.getState().hint).toBe('Moved Linear Manager under Director 2');
    expect(editor.getState().selection).toEqual(['m0']);
    expect(editor.getState().history.past).toHaveLength(1);
  });

  it('says why a role cannot move into its own team, and changes nothing', () => {
    const { editor, managerOf } = setup();
    expect(moveByDrop(editor, 'd0', 'm0')).toBe(false);
    expect(managerOf('d0')).toBe('ceo');
    expect(editor.getState().hint).toMatch(/cannot move under "Linear Manager", who is in its own team/);
  });

  it('does nothing when dropped on no card', () => {
    const { editor } = setup();
    expect(moveByDrop(editor, 'm0', null)).toBe(false);
    expect(editor.getState().history.past).toHaveLength(0);
  });
});
