import { useStoreApi, type Edge } from '@xyflow/react';
import { memo, useEffect, useMemo, useRef } from 'react';
import type { RoleNode } from './flow-elements';
import type { StackedEdgeData } from './StackedEdge';
import { chartBounds } from './overview-geometry';
import { canvasColours } from './theme-colour';
import styles from './OrgCanvas.module.css';

/** Below this zoom a card is under 19 px high: no text on it can be read, only its place and colour. */
export const SKETCH_ZOOM = 0.2;
/** Charts of up to this many shown cards keep their cards at every zoom (mounting them all is cheap). */
export const SKETCH_FROM_CARDS = 300;

/** The sketch keeps a bitmap of the whole chart up to this many device pixels (16 MB). */
const MAX_BITMAP_PIXELS = 4_000_000;
const BITMAP_MARGIN = 2;

/** Whether the chart is drawn as a sketch at this zoom with this many cards shown. */
export const isSketched = (zoom: number, cards: number) => zoom < SKETCH_ZOOM && cards > SKETCH_FROM_CARDS;

/**
 * A big chart zoomed out beyond reading, drawn into one canvas: each card a rectangle in its colour,
 * each reporting line as the canvas draws it. Mounting thousands of cards to show them as specks cost
 * seconds (and every pan frame repainted them); the sketch is redrawn on each pan or zoom step in a few
 * milliseconds. Zooming in past SKETCH_ZOOM brings the cards back.
 */
export const ChartSketch = memo(function ChartSketch({
  nodes,
  edges,
  cardWidth,
  cardHeight,
}: {
  nodes: readonly RoleNode[];
  edges: readonly Edge[];
  cardWidth: number;
  cardHeight: number;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const storeApi = useStoreApi();
  const byId = useMemo(() => new Map(nodes.map((n) => [n.id, n.position])), [nodes]);

  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context) return;
    const { card, border, line } = canvasColours();
    const bounds = chartBounds(nodes, cardWidth, cardHeight);

    /** The chart at this zoom, flow point p drawn at (offsetX + p.x * zoom, offsetY + p.y * zoom). */
    const paint = (
      target: CanvasRenderingContext2D,
      offsetX: number,
      offsetY: number,
      zoom: number,
      width: number,
      height: number,
    ) => {
      const sx = (x: number) => offsetX + x * zoom;
      const sy = (y: number) => offsetY + y * zoom;
      target.beginPath();
      for (const edge of edges) {
        if (edge.type === 'dotted') continue;
        const from = byId.get(edge.source);
        const to = byId.get(edge.target);
        if (!from || !to) continue;
        const startX = sx(from.x + cardWidth / 2);
        const startY = sy(from.y + cardHeight);
        const endX = sx(to.x + cardWidth / 2);
        const endY = sy(to.y + cardHeight);
        if (Math.max(startX, endX) < 0 || Math.min(startX, endX) > width) continue;
        if (endY < 0 || startY > height) continue;
        const stacked = edge.data as StackedEdgeData | undefined;
        target.moveTo(startX, startY);
        if (edge.type === 'stacked' && stacked) {
          target.lineTo(startX, sy(stacked.elbowY));
          target.lineTo(sx(stacked.trunkX), sy(stacked.elbowY));
          target.lineTo(sx(stacked.trunkX), sy(to.y + cardHeight / 2));
        } else {
          const midY = (startY + sy(to.y)) / 2;
          target.lineTo(startX, midY);
          target.lineTo(endX, midY);
          target.lineTo(endX, sy(to.y));
        }
      }
      target.strokeStyle = line;
      target.lineWidth = 1;
      target.stroke();
      const w = Math.max(cardWidth * zoom, 1);
      const h = Math.max(cardHeight * zoom, 1);
      target.strokeStyle = border;
      for (const node of nodes) {
        const x = sx(node.position.x);
        const y = sy(node.position.y);
        if (x > width || y > height || x + w < 0 || y + h < 0) continue;
        target.fillStyle = node.data.tint ?? card;
        target.fillRect(x, y, w, h);
        if (w >= 4) target.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1);
      }
    };

    // The whole chart drawn once per zoom into a bitmap, when it is small enough to keep (it is, zoomed
    // out this far, unless the chart is huge): a pan step then copies it, one drawImage, instead of
    // drawing 5,000 cards and lines again.
    let cached: { zoom: number; bitmap: HTMLCanvasElement } | null = null;
    const bitmapAt = (zoom: number, ratio: number) => {
      if (cached?.zoom === zoom) return cached.bitmap;
      const width = bounds.width * zoom + 2 * BITMAP_MARGIN;
      const height = bounds.height * zoom + 2 * BITMAP_MARGIN;
      if (width * height * ratio * ratio > MAX_BITMAP_PIXELS) return null;
      const bitmap = document.createElement('canvas');
      bitmap.width = Math.ceil(width * ratio);
      bitmap.height = Math.ceil(height * ratio);
      const target = bitmap.getContext('2d');
      if (!target) return null;
      target.setTransform(ratio, 0, 0, ratio, 0, 0);
      paint(target, BITMAP_MARGIN - bounds.x * zoom, BITMAP_MARGIN - bounds.y * zoom, zoom, width, height);
      cached = { zoom, bitmap };
      return bitmap;
    };

    const draw = () => {
      const { transform, width, height } = storeApi.getState();
      const [tx, ty, zoom] = transform;
      const ratio = window.devicePixelRatio || 1;
      if (element.width !== Math.round(width * ratio) || element.height !== Math.round(height * ratio)) {
        element.width = Math.round(width * ratio);
        element.height = Math.round(height * ratio);
      }
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.clearRect(0, 0, width, height);
      const bitmap = bitmapAt(zoom, ratio);
      if (bitmap)
        context.drawImage(
          bitmap,
          tx + bounds.x * zoom - BITMAP_MARGIN,
          ty + bounds.y * zoom - BITMAP_MARGIN,
          bitmap.width / ratio,
          bitmap.height / ratio,
        );
      else paint(context, tx, ty, zoom, width, height);
    };
    draw();
    return storeApi.subscribe((state, previous) => {
      if (
        state.transform !== previous.transform ||
        state.width !== previous.width ||
        state.height !== previous.height
      )
        draw();
    });
  }, [nodes, edges, byId, cardWidth, cardHeight, storeApi]);

  return (
    <canvas
      ref={canvas}
      className={styles.sketch}
      data-testid="chart-sketch"
      role="img"
      aria-label={`The whole chart, ${nodes.length} roles: zoom in to read the cards`}
    />
  );
});
