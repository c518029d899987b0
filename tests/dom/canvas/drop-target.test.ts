import { describe, expect, it } from 'vitest';
import { cardUnderPointer } from '../../../src/renderer/canvas/drop-target';

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
