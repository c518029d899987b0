/** The chart's extent in flow coordinates. */
export interface ChartBounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The extent of cards of one size placed by their top-left corners (a unit box for none). */
export function chartBounds(
  cards: readonly { position: { x: number; y: number } }[],
  cardWidth: number,
  cardHeight: number,
): ChartBounds {
  if (cards.length === 0) return { x: 0, y: 0, width: 1, height: 1 };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const { position } of cards) {
    minX = Math.min(minX, position.x);
    minY = Math.min(minY, position.y);
    maxX = Math.max(maxX, position.x + cardWidth);
    maxY = Math.max(maxY, position.y + cardHeight);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** How the overview map shows the chart: flow point p is drawn at (offsetX + p.x * scale, offsetY + p.y * scale). */
export interface OverviewFit {
  scale: number;
  offsetX: number;
  offsetY: number;
}

/** The chart scaled to fit the map (a margin around it), centred. */
export function fitOverview(
  bounds: ChartBounds,
  mapWidth: number,
  mapHeight: number,
  margin = 6,
): OverviewFit {
  const scale = Math.min(
    (mapWidth - 2 * margin) / Math.max(bounds.width, 1),
    (mapHeight - 2 * margin) / Math.max(bounds.height, 1),
  );
  return {
    scale,
    offsetX: (mapWidth - bounds.width * scale) / 2 - bounds.x * scale,
    offsetY: (mapHeight - bounds.height * scale) / 2 - bounds.y * scale,
  };
}

/** The part of the chart the canvas shows, as a rectangle on the map. */
export function viewportOnMap(
  fit: OverviewFit,
  transform: readonly [number, number, number],
  paneWidth: number,
  paneHeight: number,
): { x: number; y: number; width: number; height: number } {
  const [tx, ty, zoom] = transform;
  return {
    x: fit.offsetX + (-tx / zoom) * fit.scale,
    y: fit.offsetY + (-ty / zoom) * fit.scale,
    width: (paneWidth / zoom) * fit.scale,
    height: (paneHeight / zoom) * fit.scale,
  };
}

/** The viewport that centres the canvas on a point of the map, at the same zoom. */
export function viewportCentredOn(
  fit: OverviewFit,
  mapPoint: { x: number; y: number },
  zoom: number,
  paneWidth: number,
  paneHeight: number,
): { x: number; y: number; zoom: number } {
  const flowX = (mapPoint.x - fit.offsetX) / fit.scale;
  const flowY = (mapPoint.y - fit.offsetY) / fit.scale;
  return { x: paneWidth / 2 - flowX * zoom, y: paneHeight / 2 - flowY * zoom, zoom };
}
