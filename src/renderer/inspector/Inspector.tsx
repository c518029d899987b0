import { useMemo } from 'react';
import { useEditor } from '../editor/editor-context';
import { DottedLines } from './DottedLines';
import { LeadershipManagementPlot } from './LeadershipManagementPlot';
import { PresetPicker } from './PresetPicker';
import { RoleActions } from './RoleActions';
import { ReportsToField } from './ReportsToField';
import { PeopleFields } from './PeopleFields';
import { RoleFields } from './RoleFields';
import { SelectionFields } from './SelectionFields';
import { SelectSimilar } from './SelectSimilar';
import { StrengthsEditor } from './StrengthsEditor';
import styles from './Inspector.module.css';

/** The right-hand panel: everything about the selected role(s), or how to get started. */
export function Inspector({ onDelete }: { onDelete(roleId: string): void }) {
  const selectedIds = useEditor((s) => s.selectedIds);
  const roles = useEditor((s) => s.scenario?.roles);
  // One pass over the roles with the set: a 1,500-role selection of a 5,000-role org stays cheap.
  const selected = useMemo(() => roles?.filter((r) => selectedIds.has(r.id)) ?? [], [roles, selectedIds]);

  if (selected.length === 0) {
    return (
      <aside className={styles.panel} aria-label="Inspector">
        <div className={styles.empty}>
          <p>
            Select a role to edit its title, person, team and strengths. Drag a card onto another to move it
            with its team.
          </p>
          <div className={styles.keys}>
            <kbd>Tab</kbd> <span>add a report to the selected role</span>
            <kbd>Enter</kbd> <span>add a peer</span>
            <kbd>F2</kbd> <span>rename</span>
            <kbd>Delete</kbd> <span>delete (its reports move up)</span>
            <kbd>M</kbd> <span>move the selected roles under another manager</span>
            <kbd>Shift Delete</kbd>{' '}
            <span>remove roles (a layer, or the selected), promoting their reports</span>
            <kbd>Arrows</kbd> <span>walk the chart</span>
            <kbd>Ctrl/⌘ Z</kbd> <span>undo; with Shift, redo</span>
            <kbd>Ctrl/⌘ F</kbd> <span>find a role</span>
            <kbd>Shift/Ctrl/⌘ click</kbd> <span>add a role to the selection, or take it out</span>
            <kbd>Shift drag</kbd> <span>select the cards in a box</span>
            <kbd>Alt Shift D/L/T</kbd> <span>select all in the department, at the layer, with the title</span>
            <kbd>Alt Enter</kbd> <span>select every match of Find</span>
            <kbd>Escape</kbd> <span>clear the selection</span>
            <kbd>Page Down/Up</kbd> <span>next or previous quarter of the results</span>
          </div>
        </div>
      </aside>
    );
  }
  if (selected.length > 1) {
    return (
      <aside className={styles.panel} aria-label="Inspector">
        <SelectionFields roles={selected} />
        <PeopleFields roles={selected} />
        <StrengthsEditor roles={selected} />
        <PresetPicker roleIds={selected.map((r) => r.id)} />
        <SelectSimilar roles={selected} />
        <LeadershipManagementPlot roles={selected} />
      </aside>
    );
  }
  const role = selected[0];
  return (
    <aside className={styles.panel} aria-label="Inspector">
      <RoleFields key={role.id} role={role} />
      <ReportsToField role={role} />
      <RoleActions role={role} onDelete={onDelete} />
      <StrengthsEditor roles={selected} />
      <LeadershipManagementPlot roles={selected} />
      <PresetPicker roleIds={[role.id]} />
      <SelectSimilar roles={selected} />
      <DottedLines role={role} />
      <PeopleFields key={`people-${role.id}`} roles={selected} />
    </aside>
  );
}
