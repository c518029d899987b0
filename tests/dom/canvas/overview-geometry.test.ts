import { describe, expect, it } from 'vitest';
import {
  chartBounds,
  fitOverview,
  viewportCentredOn,
  viewportOnMap,
} from '../../../src/renderer/canvas/overview-geometry';

describe('the overview map', () => {
  const cards = [
    { position: { x: 0, y: 0 } },
    { position: { x: 9780, y: 0 } },
    { position: { x: 4000, y: 1908 } },
  ];
  const bounds = chartBounds(cards, 220, 92);
  const fit = fitOverview(bounds, 200, 150);

  it('draws the whole chart inside the map, centred', () => {
    expect(bounds).toEqual({ x: 0, y: 0, width: 10000, height: 2000 });
    const left = fit.offsetX + bounds.x * fit.scale;
    const right = fit.offsetX + (bounds.x + bounds.width) * fit.scale;
    const top = fit.offsetY + bounds.y * fit.scale;
    const bottom = fit.offsetY + (bounds.y + bounds.height) * fit.scale;
    expect(left).toBeGreaterThanOrEqual(0);
    expect(right).toBeLessThanOrEqual(200);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(bottom).toBeLessThanOrEqual(150);
    expect(left).toBeCloseTo(200 - right);
    expect(top).toBeCloseTo(150 - bottom);
  });

  it('frames the part of the chart on screen, and a click on the map centres the chart there', () => {
    const pane = { width: 960, height: 640 };
    const zoom = 0.5;
    const view = viewportCentredOn(fit, { x: 100, y: 75 }, zoom, pane.width, pane.height);
    expect(view.zoom).toBe(zoom);
    const frame = viewportOnMap(fit, [view.x, view.y, view.zoom], pane.width, pane.height);
    // The frame's centre is where the map was clicked, its size the pane's at that zoom.
    expect(frame.x + frame.width / 2).toBeCloseTo(100);
    expect(frame.y + frame.height / 2).toBeCloseTo(75);
    expect(frame.width).toBeCloseTo((pane.width / zoom) * fit.scale);
  });
});
