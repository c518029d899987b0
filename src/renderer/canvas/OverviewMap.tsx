import { Panel, useReactFlow, useStoreApi } from '@xyflow/react';
import { memo, useEffect, useMemo, useRef, type PointerEvent } from 'react';
import { chartBounds, fitOverview, viewportCentredOn, viewportOnMap } from './overview-geometry';
import { canvasColours } from './theme-colour';
import styles from './OrgCanvas.module.css';

const MAP_WIDTH = 200;
const MAP_HEIGHT = 150;

interface Card {
  position: { x: number; y: number };
}

/**
 * The overview map. React Flow's MiniMap redraws one SVG rectangle per node on every pan frame (5,000 on
 * a big chart, half of each pan frame's time); here the cards are drawn once into a canvas when the
 * layout changes, and panning only moves the viewport's frame, outside React. A click or drag on the
 * map centres the chart on that point.
 */
export const OverviewMap = memo(function OverviewMap({
  cards,
  cardWidth,
  cardHeight,
}: {
  cards: readonly Card[];
  cardWidth: number;
  cardHeight: number;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const storeApi = useStoreApi();
  const flow = useReactFlow();

  const fit = useMemo(() => {
    const bounds = chartBounds(cards, cardWidth, cardHeight);
    return fitOverview(bounds, MAP_WIDTH, MAP_HEIGHT);
  }, [cards, cardWidth, cardHeight]);

  // The cards: once per layout.
  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context) return;
    const ratio = window.devicePixelRatio || 1;
    element.width = MAP_WIDTH * ratio;
    element.height = MAP_HEIGHT * ratio;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, MAP_WIDTH, MAP_HEIGHT);
    context.fillStyle = canvasColours().border;
    // At least a pixel each, so a 5,000-role chart still shows its shape.
    const w = Math.max(cardWidth * fit.scale, 1);
    const h = Math.max(cardHeight * fit.scale, 1);
    for (const card of cards) {
      context.fillRect(
        fit.offsetX + card.position.x * fit.scale,
        fit.offsetY + card.position.y * fit.scale,
        w,
        h,
      );
    }
  }, [cards, cardWidth, cardHeight, fit]);

  // The viewport's frame: follows every pan and zoom by moving one element, without a React render.
  useEffect(() => {
    const place = () => {
      const { transform, width, height } = storeApi.getState();
      const rect = viewportOnMap(fit, transform, width, height);
      const style = frame.current?.style;
      if (!style) return;
      style.transform = `translate(${rect.x}px, ${rect.y}px)`;
      style.width = `${rect.width}px`;
      style.height = `${rect.height}px`;
    };
    place();
    return storeApi.subscribe((state, previous) => {
      if (
        state.transform !== previous.transform ||
        state.width !== previous.width ||
        state.height !== previous.height
      )
        place();
    });
  }, [storeApi, fit]);

  const centreOn = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const { width, height, transform } = storeApi.getState();
    const point = { x: event.clientX - box.left, y: event.clientY - box.top };
    void flow.setViewport(viewportCentredOn(fit, point, transform[2], width, height));
  };

  return (
    <Panel position="bottom-right" className={`react-flow__minimap ${styles.overview}`}>
      <div
        className={`nopan nodrag nowheel ${styles.overviewSurface}`}
        style={{ width: MAP_WIDTH, height: MAP_HEIGHT }}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          centreOn(event);
        }}
        onPointerMove={(event) => {
          if (event.currentTarget.hasPointerCapture(event.pointerId)) centreOn(event);
        }}
      >
        <canvas
          ref={canvas}
          role="img"
          aria-label="Overview of the org chart"
          style={{ width: MAP_WIDTH, height: MAP_HEIGHT }}
        />
        <div ref={frame} className={styles.overviewFrame} aria-hidden />
      </div>
    </Panel>
  );
});
