import { describe, expect, it } from 'vitest';
import { OPENING_ZOOM, READABLE_ZOOM, openingViewport } from '../../../src/renderer/canvas/flow-elements';

describe('where a scenario opens', () => {
  it('keeps the whole-chart fit when it is readable', () => {
    expect(openingViewport({ x: 0, y: 0 }, READABLE_ZOOM, 960, 220)).toBeNull();
    expect(openingViewport({ x: 0, y: 0 }, 1, 960, 220)).toBeNull();
  });

  it('opens a big org readable, with its top role centred at the top of the view', () => {
    const view = openingViewport({ x: 5000, y: 0 }, 0.05, 960, 220)!;
    expect(view.zoom).toBe(OPENING_ZOOM);
    // The top card's centre lands in the middle of the view.
    expect(view.x + (5000 + 110) * view.zoom).toBeCloseTo(480);
    expect(view.y).toBeGreaterThan(0);
  });
});
