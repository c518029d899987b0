import { BaseEdge, type Edge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';

export interface StackedEdgeData extends Record<string, unknown> {
  /** Where the line turns from the manager towards the stack: halfway down the gap above it. */
  elbowY: number;
  /** The connector's x, beside the stacked cards (between the columns of a two-column stack). */
  trunkX: number;
  cardWidth: number;
  cardHeight: number;
}

export type StackedEdgeType = Edge<StackedEdgeData, 'stacked'>;

/**
 * The reporting line of a stacked card: down from its manager, along to the stack's connector, down
 * the connector and into the card's side. A straight line to the card's top would run through the
 * cards stacked above it.
 */
export const StackedEdge = memo(function StackedEdge(props: EdgeProps<StackedEdgeType>) {
  const { sourceX, sourceY, targetX, targetY, data } = props;
  if (!data) return null;
  const entryY = targetY + data.cardHeight / 2;
  const entryX = targetX > data.trunkX ? targetX - data.cardWidth / 2 : targetX + data.cardWidth / 2;
  const path = `M${sourceX},${sourceY}V${data.elbowY}H${data.trunkX}V${entryY}H${entryX}`;
  return <BaseEdge id={props.id} path={path} interactionWidth={0} />;
});
