import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, type CSSProperties } from 'react';
import { updateRole, type RoleFields } from '../../core/org/edits';
import { useEditorStore } from '../editor/editor-context';
import { heatKeyAt, parseHeatKey } from '../results/outcome-heat';
import { useSimulation } from '../simulation/simulation-store';
import { CollapseIcon, ExpandIcon, TeamIcon } from '../ui/icons';
import type { RoleNode } from './flow-elements';
import { InlineField } from './InlineField';
import styles from './RoleCard.module.css';

/** One role on the canvas. Memoized: React Flow re-renders a card only when its own data changes. */
export const RoleCard = memo(function RoleCard({ id, data, selected }: NodeProps<RoleNode>) {
  const editor = useEditorStore();
  const vacant = data.person === null;
  const edit = (label: string, fields: RoleFields) =>
    editor.getState().edit(`${label} ${data.title}`, (draft) => updateRole(draft, id, fields));
  // Heat: the team's outcome and its intensity in the quarter chosen on the results' scrubber.
  const heat = parseHeatKey(useSimulation((s) => (s.heat ? heatKeyAt(s.report, s.quarter, id) : null)));
  const label = [
    data.title,
    vacant ? 'vacant' : data.person,
    `team of ${data.team}`,
    `leadership ${data.leadership.toFixed(1)}`,
    `management ${data.management.toFixed(1)}`,
    data.collapsed ? `${data.hiddenCount} roles hidden` : null,
    heat?.label ?? null,
  ]
    .filter(Boolean)
    .join(', ');
  const classes = [
    styles.card,
    vacant ? styles.vacant : '',
    selected ? styles.selected : '',
    heat ? (heat.absent ? styles.absent : styles.heat) : '',
  ].filter(Boolean);
  const style: CSSProperties & Record<`--${string}`, string> = {};
  if (heat && !heat.absent) {
    style['--heat-colour'] = `var(--color-${heat.outcome})`;
    style['--heat-share'] = `${Math.round(6 + 34 * (heat.intensity ?? 0))}%`;
  }
  if (data.tint) style.background = data.tint;

  return (
    <div
      className={classes.join(' ')}
      data-testid="role-card"
      data-role-id={id}
      aria-label={label}
      data-outcome={heat?.absent ? 'absent' : heat?.outcome}
      data-confirmed={heat && !heat.absent ? heat.confirmed : undefined}
      style={style}
    >
      <Handle type="target" position={Position.Top} className={styles.handle} isConnectable={false} />
      <InlineField
        label={`Title of ${data.title}`}
        value={data.title}
        onCommit={(title) => edit('Rename', { title })}
        className={styles.title}
      >
        {data.title}
      </InlineField>
      <InlineField
        label={`Person in ${data.title}`}
        value={data.person ?? ''}
        onCommit={(person) => edit('Set person of', { person })}
        className={styles.person}
      >
        {vacant ? <span className={styles.vacantLabel}>Vacant</span> : data.person}
        {data.department ? <span className={styles.department}> · {data.department}</span> : null}
      </InlineField>
      <div className={styles.footer}>
        <InlineField
          label={`Team size of ${data.title}`}
          value={String(data.team)}
          numeric
          onCommit={(team) => edit('Set team of', { team: team === '' ? NaN : Number(team) })}
          className={styles.team}
        >
          <TeamIcon size={12} aria-hidden /> {data.team}
          {data.tintLabel ? <span className={styles.tintLabel}> · {data.tintLabel}</span> : null}
        </InlineField>
        <span className={styles.bars} aria-hidden>
          <span>L</span>
          <Meter value={data.leadership} kind={styles.leadership} />
          <span>M</span>
          <Meter value={data.management} kind={styles.management} />
        </span>
      </div>
      {data.childCount > 0 ? (
        <button
          className={`nodrag ${styles.collapse}`}
          aria-label={
            data.collapsed ? `Expand ${data.title}: ${data.hiddenCount} hidden` : `Collapse ${data.title}`
          }
          aria-expanded={!data.collapsed}
          title={data.collapsed ? `Show ${data.hiddenCount} hidden roles` : 'Hide the roles below'}
          onClick={(event) => {
            event.stopPropagation();
            editor.getState().toggleCollapsed(id);
          }}
        >
          {data.collapsed ? (
            <>
              <ExpandIcon size={12} aria-hidden /> {data.hiddenCount}
            </>
          ) : (
            <CollapseIcon size={12} aria-hidden />
          )}
        </button>
      ) : null}
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
