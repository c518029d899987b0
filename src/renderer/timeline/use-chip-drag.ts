import { useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';

const THRESHOLD = 4;

/** The quarter column under a point on screen, if any. */
function quarterAt(x: number, y: number): number | null {
  const hits = document.elementsFromPoint?.(x, y) ?? [];
  for (const element of hits) {
    const column = (element as HTMLElement).closest?.('[data-quarter-column]');
    if (column) return Number((column as HTMLElement).dataset.quarterColumn);
  }
  return null;
}

/**
 * Pointer drag of a chip between quarter columns: past a few pixels of travel it becomes a drag, the
 * column under the pointer is reported to `onOver` while moving, and releasing over another column calls `onDrop`.
 * A press without travel stays a click; `wasDrag()` tells the click handler to ignore the click a drag
 * ends with.
 */
export function useChipDrag(
  quarter: number,
  onDrop: (quarter: number) => void,
  onOver: (quarter: number | null) => void,
) {
  const [dragging, setDragging] = useState(false);
  const dragged = useRef(false);

  const onPointerDown = (event: ReactPointerEvent<HTMLElement>) => {
    if (event.button !== 0) return;
    const startX = event.clientX;
    const startY = event.clientY;
    dragged.current = false;
    const move = (e: PointerEvent) => {
      if (!dragged.current && Math.hypot(e.clientX - startX, e.clientY - startY) < THRESHOLD) return;
      dragged.current = true;
      setDragging(true);
      onOver(quarterAt(e.clientX, e.clientY));
    };
    const up = (e: PointerEvent) => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', cancel);
      setDragging(false);
      onOver(null);
      if (!dragged.current) return;
      const target = quarterAt(e.clientX, e.clientY);
      if (target !== null && target !== quarter) onDrop(target);
    };
    const cancel = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', cancel);
      setDragging(false);
      onOver(null);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', cancel);
  };

  /** Whether the click now arriving ends a drag; reading it clears it, so a later Enter still opens. */
  const wasDrag = () => {
    const was = dragged.current;
    dragged.current = false;
    return was;
  };

  return { onPointerDown, dragging, wasDrag };
}
