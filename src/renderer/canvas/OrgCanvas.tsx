import { Background, Controls, MiniMap, ReactFlow, type NodeTypes } from '@xyflow/react';
import { useMemo } from 'react';
import type { Role } from '../../core/scenario/types';
import { toFlowElements } from './flow-elements';
import { RoleCard } from './RoleCard';
import styles from './OrgCanvas.module.css';

// Module scope: a new object on each render would make React Flow remount every node.
const nodeTypes: NodeTypes = { role: RoleCard };
const FIT_VIEW_OPTIONS = { padding: 0.15, maxZoom: 1 };

/** The org chart, read-only: positions come from the pure layout, never from dragging. */
export function OrgCanvas({ roles }: { roles: readonly Role[] }) {
  const { nodes, edges } = useMemo(() => toFlowElements(roles), [roles]);
  if (roles.length === 0) {
    return <div className={styles.empty}>This scenario has no roles yet.</div>;
  }
  return (
    <div className={styles.canvas} aria-label="Org chart">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable
        onlyRenderVisibleElements
        fitView
        fitViewOptions={FIT_VIEW_OPTIONS}
        minZoom={0.05}
      >
        <Background gap={20} size={1} color="var(--color-canvas-dots)" />
        <MiniMap pannable zoomable ariaLabel="Overview of the org chart" />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
