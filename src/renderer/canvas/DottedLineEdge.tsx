import { BaseEdge, getBezierPath, useStore, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';

/**
 * Beyond this many screen pixels a dotted line is drawn solid (still in the accent colour): Skia
 * rasterizes a dash pattern dash by dash, and one dotted line across a 5,000-role chart would cost
 * thousands of dashes on every pan step (measured by `npm run bench:ui`).
 */
export const MAX_DASHED_SCREEN_LENGTH = 3000;

const zoomOf = (s: { transform: [number, number, number] }) => s.transform[2];

/** A dotted (matrix) reporting line: dashed, in the accent colour, distinct from solid reporting lines. */
export const DottedLineEdge = memo(function DottedLineEdge(props: EdgeProps) {
  const zoom = useStore(zoomOf);
  const [path] = getBezierPath(props);
  const length = Math.hypot(props.targetX - props.sourceX, props.targetY - props.sourceY) * zoom;
  const dashed = length <= MAX_DASHED_SCREEN_LENGTH;
  return (
    <BaseEdge
      id={props.id}
      path={path}
      interactionWidth={0}
      style={{
        stroke: 'var(--color-accent)',
        strokeDasharray: dashed ? '5 4' : undefined,
        opacity: dashed ? 1 : 0.6,
      }}
    />
  );
});
