import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, type CSSProperties } from 'react';
import { updateRole, type RoleFields } from '../../core/org/edits';
import { useEditor, useEditorStore } from '../editor/editor-context';
import { heatKeyAt, parseHeatKey } from '../results/outcome-heat';
import { useSimulation } from '../simulation/simulation-store';
import { CollapseIcon, ExpandIcon, TeamIcon } from '../ui/icons';
import type { RoleNode } from './flow-elements';
import { InlineField } from './InlineField';
import { teamLabel, teamNumber } from '../explain/team-size';
import { useShownQuarter } from './shown-quarter';
import styles from './RoleCard.module.css';

/**
 * One role on the canvas. Memoized: React Flow re-renders a card only when its own data changes, and the
 * store only when its own selected flag does.
 */
export const RoleCard = memo(function RoleCard({ id, data }: NodeProps<RoleNode>) {
  const editor = useEditorStore();
  // Its own flag in the editor's selection: selecting a department re-renders the cards it changes only.
  const selected = useEditor((s) => s.selectedIds.has(id));
  const vacant = data.person === null;
  const edit = (label: string, fields: RoleFields) =>
    editor.getState().edit(`${label} ${data.title}`, (draft) => updateRole(draft, id, fields));
  // Heat: the team's outcome and its intensity in the quarter chosen on the results' scrubber.
  const heat = parseHeatKey(useSimulation((s) => (s.heat ? heatKeyAt(s.report, s.quarter, id) : null)));
  // The team shown is the scrubbed quarter's when the canvas draws that quarter's org, else the design's;
  // the field edits the design's either way.
  const shown = useShownQuarter();
  const designTeam = shown.designTeams.get(id) ?? data.team;
  const team = teamLabel(data.team, shown.quarter);
  // A team too small to judge has no outcome: no colour, and its label says so.
  const coloured = heat !== null && !heat.absent && heat.outcome !== undefined;
  const label = [
    data.title,
    vacant ? 'vacant' : data.person,
    team,
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
    heat ? (heat.absent ? styles.absent : coloured ? styles.heat : styles.unjudged) : '',
  ].filter(Boolean);
  const style: CSSProperties & Record<`--${string}`, string> = {};
  if (heat && coloured) {
    style['--heat-colour'] = `var(--color-${heat.outcome})`;
    style['--heat-share'] = `${Math.round(6 + 34 * (heat.intensity ?? 0))}%`;
  }
  if (data.tint) style.background = data.tint;

  return (
    <div
      className={classes.join(' ')}
      data-testid="role-card"
      data-role-id={id}
      data-selected={selected ? 'true' : undefined}
      aria-label={label}
      title={heat?.label}
      data-outcome={heat?.absent ? 'absent' : heat?.outcome}
      data-verdict={heat && !heat.absent ? heat.verdict : undefined}
      data-confirmed={heat && coloured ? heat.confirmed : undefined}
      data-team-quarter={shown.quarter ?? 'design'}
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
        {data.department ? (
          <span className={styles.department} title={data.department}>
            {' '}
            · {data.department}
          </span>
        ) : null}
      </InlineField>
      <div className={styles.footer}>
        <InlineField
          label={
            shown.quarter === null
              ? `Team size of ${data.title} (design)`
              : `Team size of ${data.title} (design ${teamNumber(designTeam)}; ${team})`
          }
          value={String(designTeam)}
          numeric
          onCommit={(team) => edit('Set team of', { team: team === '' ? NaN : Number(team) })}
          className={styles.team}
        >
          <TeamIcon size={12} aria-hidden /> {teamNumber(data.team)}
          {shown.quarter !== null ? <span className={styles.teamQuarter}> in Q{shown.quarter}</span> : null}
          {data.tintLabel ? (
            <span className={styles.tintLabel} title={data.tintLabel}>
              {' '}
              · {data.tintLabel}
            </span>
          ) : null}
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
