import { getViewportForBounds, type Viewport } from '@xyflow/react';
import { DEFAULT_LAYOUT, layoutOrg } from '../../core/org/layout';
import { layerCount } from '../../core/scenario/tree';
import type { Role } from '../../core/scenario/types';
import { collapseAtDepth } from '../editor/initial-collapse';
import { openingViewport, READABLE_ZOOM } from './flow-elements';
import type { ChartBounds } from './overview-geometry';

/** The fit's margin, as React Flow's fitView reads it: 0.15 leaves 15% of the chart's size around it. */
export const FIT_PADDING = 0.15;
/** A fit never zooms in beyond the cards' own size. */
export const FIT_MAX_ZOOM = 1;
/** The canvas's furthest zoom out: far enough to fit a 5,000-role chart whole (drawn as a sketch). */
export const MIN_ZOOM = 0.001;

/** The view that shows the whole chart (as React Flow's fitView computes it, from the layout's bounds). */
export function fitViewport(chart: ChartBounds, pane: { width: number; height: number }): Viewport {
  return getViewportForBounds(chart, pane.width, pane.height, MIN_ZOOM, FIT_MAX_ZOOM, FIT_PADDING);
}

/**
 * The first view of a chart: the whole chart when it fits readable (READABLE_ZOOM); otherwise readable,
 * with the top role centred at the top of the view.
 */
export function openingView(
  chart: ChartBounds,
  top: { x: number; y: number } | undefined,
  pane: { width: number; height: number },
): Viewport {
  const fit = fitViewport(chart, pane);
  return openingViewport(top, fit.zoom, pane.width, DEFAULT_LAYOUT.nodeWidth) ?? fit;
}

/** The zoom at which React Flow's fitView shows a chart of this size whole in this pane. */
export function fitZoom(
  chart: { width: number; height: number },
  pane: { width: number; height: number },
): number {
  const zoom = Math.min(
    pane.width / (chart.width * (1 + FIT_PADDING)),
    pane.height / (chart.height * (1 + FIT_PADDING)),
  );
  return Math.min(zoom, FIT_MAX_ZOOM);
}

/**
 * How many top layers a big org opens with, the rest behind collapsed managers: the most that still fit
 * the pane whole at a readable zoom (READABLE_ZOOM: a card at least 37 px high, its title legible), so
 * the first view shows the top of the tree and every card in it readable, instead of the top role alone
 * above long lines into empty space, or the whole org as an unreadable strip. At least two layers (the
 * top role and its reports; if even those do not fit, the canvas opens readable on the top role).
 * Null when the whole org fits readable.
 */
export function openingLayers(
  roles: readonly Role[],
  pane: { width: number; height: number },
  compact: boolean,
): number | null {
  const layers = layerCount(roles);
  const readable = (shown: number) => {
    const collapsed = shown >= layers ? new Set<string>() : collapseAtDepth(roles, shown - 1);
    const { width, height } = layoutOrg(roles, { ...DEFAULT_LAYOUT, compact, collapsed });
    return fitZoom({ width, height }, pane) >= READABLE_ZOOM;
  };
  // Upwards from the top, so a 5,000-role org is laid out whole only if it might fit.
  let shown = Math.min(2, layers);
  while (shown < layers && readable(shown + 1)) shown++;
  return shown >= layers && readable(layers) ? null : shown;
}
