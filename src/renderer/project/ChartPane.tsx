import { ReactFlowProvider } from '@xyflow/react';
import type { ReactNode, Ref } from 'react';
import { EditableCanvas } from '../canvas/EditableCanvas';
import { RENAME_FIELD_ID } from '../inspector/RoleFields';
import { EditHint } from './EditHint';
import { OverlayLegend } from './OverlayPicker';
import { SelectionAnnouncer } from './SelectionAnnouncer';
import styles from './ProjectScreen.module.css';

/** The chart pane's id: the rename field hands focus back to it, the presenter fits it. */
export const CHART_ID = 'org-chart';

/** F2: the inspector's title field, selected; Enter there hands focus back to the chart. */
export function focusRenameField(): void {
  const field = document.getElementById(RENAME_FIELD_ID) as HTMLInputElement | null;
  if (!field) return;
  field.dataset.returnFocus = CHART_ID;
  field.focus();
  field.select();
}

/**
 * The org chart's pane, the project's and a room participant's alike: the editable canvas with its
 * overlay legend, edit hint and selection announcer, and whatever the screen adds over it.
 */
export function ChartPane({
  ref,
  label,
  children,
}: {
  ref: Ref<HTMLDivElement>;
  label: string;
  children?: ReactNode;
}) {
  return (
    <div
      ref={ref}
      id={CHART_ID}
      className={styles.chart}
      tabIndex={0}
      role="application"
      aria-roledescription="org chart editor"
      aria-label={`${label}. Arrow keys walk the chart, Tab adds a report, Enter adds a peer.`}
    >
      <ReactFlowProvider>
        <EditableCanvas />
      </ReactFlowProvider>
      <OverlayLegend />
      <EditHint />
      <SelectionAnnouncer />
      {children}
    </div>
  );
}
