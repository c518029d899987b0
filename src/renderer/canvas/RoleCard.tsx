import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { TeamIcon } from '../ui/icons';
import type { RoleNode } from './flow-elements';
import styles from './RoleCard.module.css';

/** One role on the canvas. Memoized: React Flow re-renders a card only when its own data changes. */
export const RoleCard = memo(function RoleCard({ data }: NodeProps<RoleNode>) {
  const vacant = data.person === null;
  const label = `${data.title}, ${vacant ? 'vacant' : data.person}, team of ${data.team}, leadership ${data.leadership.toFixed(1)}, management ${data.management.toFixed(1)}`;
  return (
    <div
      className={`${styles.card} ${vacant ? styles.vacant : ''}`}
      data-testid="role-card"
      aria-label={label}
    >
      <Handle type="target" position={Position.Top} className={styles.handle} isConnectable={false} />
      <div className={styles.title} title={data.title}>
        {data.title}
      </div>
      <div className={styles.person}>
        {vacant ? <span className={styles.vacantLabel}>Vacant</span> : data.person}
      </div>
      <div className={styles.footer}>
        <span className={styles.team} title={`${data.team} people in the team`}>
          <TeamIcon size={12} aria-hidden /> {data.team}
          {data.hiddenCount > 0 ? <span className={styles.hidden}> · {data.hiddenCount} hidden</span> : null}
        </span>
        <span className={styles.bars} aria-hidden>
          <span>L</span>
          <Meter value={data.leadership} kind={styles.leadership} />
          <span>M</span>
          <Meter value={data.management} kind={styles.management} />
        </span>
      </div>
      <Handle type="source" position={Position.Bottom} className={styles.handle} isConnectable={false} />
    </div>
  );
});

function Meter({ value, kind }: { value: number; kind: string }) {
  return (
    <span className={styles.bar}>
      <span className={`${styles.barFill} ${kind}`} style={{ width: `${value * 10}%`, display: 'block' }} />
    </span>
  );
}
