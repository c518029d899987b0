import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT, layoutOrg } from '../../../src/core/org/layout';
import { layerCount } from '../../../src/core/scenario/tree';
import type { Role } from '../../../src/core/scenario/types';
import { collapseAtDepth } from '../../../src/renderer/editor/initial-collapse';
import { READABLE_ZOOM } from '../../../src/renderer/canvas/flow-elements';
import { fitViewport, fitZoom, openingLayers, openingView } from '../../../src/renderer/canvas/opening-view';
import { chartBounds } from '../../../src/renderer/canvas/overview-geometry';
import { role } from '../../helpers/scenarios';

// The canvas pane beside the side panel in a 1280 × 800 window.
const PANE = { width: 960, height: 640 };
const { nodeWidth: W, nodeHeight: H } = DEFAULT_LAYOUT;

/** The d3 org chart's public sample: the 1,516-role import of issue 13. */
function d3Sample(): Role[] {
  const text = readFileSync(
    join(import.meta.dirname, '../../fixtures/orgcharts/d3-org-chart-sample.csv'),
    'utf8',
  );
  const [header, ...rows] = text.trim().split(/\r?\n/);
  const columns = header.split(',');
  const from = (row: string[], name: string) => row[row.length - (columns.length - columns.indexOf(name))];
  return rows.map((line) => {
    const row = line.split(',');
    return role(from(row, 'id'), from(row, 'parentId') || null);
  });
}

/** Six reports per manager, as bench:ui's generated orgs. */
const sixWide = (n: number) =>
  Array.from({ length: n }, (_, k) => role(`r${k}`, k === 0 ? null : `r${Math.floor((k - 1) / 6)}`));

/** The chart shown with the top `layers` layers, as the canvas lays it out, and the view it opens on. */
function opened(roles: Role[], layers: number, compact: boolean) {
  const collapsed = layers >= layerCount(roles) ? new Set<string>() : collapseAtDepth(roles, layers - 1);
  const { placed } = layoutOrg(roles, { ...DEFAULT_LAYOUT, compact, collapsed });
  const cards = placed.map((p) => ({ ...p, position: { x: p.x, y: p.y } }));
  const top = placed.find((p) => p.depth === 0)!;
  const view = openingView(chartBounds(cards, W, H), top, PANE);
  const onScreen = (c: { x: number; y: number }) => ({
    left: view.x + c.x * view.zoom,
    top: view.y + c.y * view.zoom,
    right: view.x + (c.x + W) * view.zoom,
    bottom: view.y + (c.y + H) * view.zoom,
  });
  return { cards, view, top: onScreen(top), all: cards.map(onScreen) };
}

const inPane = (r: { left: number; top: number; right: number; bottom: number }) =>
  r.left >= -0.5 && r.top >= -0.5 && r.right <= PANE.width + 0.5 && r.bottom <= PANE.height + 0.5;

describe('the first view of a big org', () => {
  for (const [name, roles] of [
    ['the 1,516-role import', d3Sample()],
    ['a generated 5,000-role org', sixWide(5000)],
  ] as const) {
    it(`opens ${name} on whole top layers, every card readable and in view`, () => {
      const layers = openingLayers(roles, PANE, true)!;
      expect(layers).toBeGreaterThanOrEqual(2);
      const { view, all, top } = opened(roles, layers, true);
      // Readable: every card at least 37 px high (READABLE_ZOOM of a 92 px card).
      expect(view.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
      expect(H * view.zoom).toBeGreaterThanOrEqual(36.8);
      // The top of the tree in view, at the top: no band of empty space above it.
      expect(inPane(top)).toBe(true);
      expect(top.top).toBeLessThan(PANE.height * 0.25);
      // And the whole chart so opened is on screen: no line runs off into a band the user cannot see.
      expect(all.every(inPane)).toBe(true);
      // One more layer would not have fitted readable: as many layers as the pane allows.
      const next = opened(roles, layers + 1, true);
      expect(
        fitZoom(chartBounds(next.cards, W, H), PANE) < READABLE_ZOOM || layers + 1 > layerCount(roles),
      ).toBe(true);
    });
  }

  it('opens a chart that fits readable whole, and leaves its layers as they are', () => {
    const small = sixWide(43); // three layers
    expect(openingLayers(small, PANE, true)).toBeNull();
    const { all, view } = opened(small, 3, true);
    expect(all.every(inPane)).toBe(true);
    expect(view.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
  });
});

describe('the fit view', () => {
  it('shows the whole compact 5,000-role chart, centred', () => {
    const { placed } = layoutOrg(sixWide(5000), { ...DEFAULT_LAYOUT, compact: true });
    const cards = placed.map((p) => ({ position: { x: p.x, y: p.y } }));
    const bounds = chartBounds(cards, W, H);
    const view = fitViewport(bounds, PANE);
    const left = view.x + bounds.x * view.zoom;
    const right = view.x + (bounds.x + bounds.width) * view.zoom;
    const top = view.y + bounds.y * view.zoom;
    const bottom = view.y + (bounds.y + bounds.height) * view.zoom;
    expect(left).toBeGreaterThanOrEqual(0);
    expect(right).toBeLessThanOrEqual(PANE.width);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(bottom).toBeLessThanOrEqual(PANE.height);
    expect(Math.abs(left - (PANE.width - right))).toBeLessThan(4); // centred (React Flow rounds its margins)
  });
});
