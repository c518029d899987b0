import { useStoreApi, type Edge } from '@xyflow/react';
import { memo, useEffect, useMemo, useRef } from 'react';
import type { RoleNode } from './flow-elements';
import type { StackedEdgeData } from './StackedEdge';
import { canvasColours } from './theme-colour';
import styles from './OrgCanvas.module.css';

/** Below this zoom a card is under 19 px high: no text on it can be read, only its place and colour. */
export const SKETCH_ZOOM = 0.2;
/** Charts of up to this many shown cards keep their cards at every zoom (mounting them all is cheap). */
export const SKETCH_FROM_CARDS = 300;

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
      const sx = (x: number) => tx + x * zoom;
      const sy = (y: number) => ty + y * zoom;
      context.beginPath();
      for (const edge of edges) {
        if (edge.type === 'dotted') continue;
        const from = byId.get(edge.source);
        const to = byId.get(edge.target);
        if (!from || !to) continue;
        const startX = sx(from.x + cardWidth / 2);
        const startY = sy(from.y + cardHeight);
        const stacked = edge.data as StackedEdgeData | undefined;
        context.moveTo(startX, startY);
        if (edge.type === 'stacked' && stacked) {
          const entryY = sy(to.y + cardHeight / 2);
          context.lineTo(startX, sy(stacked.elbowY));
          context.lineTo(sx(stacked.trunkX), sy(stacked.elbowY));
          context.lineTo(sx(stacked.trunkX), entryY);
        } else {
          const midY = (startY + sy(to.y)) / 2;
          context.lineTo(startX, midY);
          context.lineTo(sx(to.x + cardWidth / 2), midY);
          context.lineTo(sx(to.x + cardWidth / 2), sy(to.y));
        }
      }
      context.strokeStyle = line;
      context.lineWidth = 1;
      context.stroke();
      const w = Math.max(cardWidth * zoom, 1);
      const h = Math.max(cardHeight * zoom, 1);
      for (const node of nodes) {
        const x = sx(node.position.x);
        const y = sy(node.position.y);
        if (x > width || y > height || x + w < 0 || y + h < 0) continue;
        context.fillStyle = node.data.tint ?? card;
        context.fillRect(x, y, w, h);
        if (w >= 4) {
          context.strokeStyle = border;
          context.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1);
        }
      }
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
