/** A card as the canvas places it: its top-left corner and size in flow coordinates. */
export interface PlacedCard {
  id: string;
  position: { x: number; y: number };
  width?: number;
  height?: number;
}

/**
 * The card a drop lands on: the one under the pointer (in flow coordinates), never the dragged card
 * itself. Testing the dragged card's bounds against the others instead (React Flow's
 * getIntersectingNodes) picks whichever overlapping card comes first, which on a zoomed-out chart is
 * often the neighbour of the card under the pointer; the pointer is what the user aims with.
 */
export function cardUnderPointer(
  cards: readonly PlacedCard[],
  pointer: { x: number; y: number },
  draggedId: string,
): string | null {
  for (const card of cards) {
    if (card.id === draggedId) continue;
    const width = card.width ?? 0;
    const height = card.height ?? 0;
    const { x, y } = card.position;
    if (pointer.x >= x && pointer.x <= x + width && pointer.y >= y && pointer.y <= y + height) return card.id;
  }
  return null;
}
