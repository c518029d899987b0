import { useEditor } from '../editor/editor-context';
import { DottedLines } from './DottedLines';
import { LeadershipManagementPlot } from './LeadershipManagementPlot';
import { PresetPicker } from './PresetPicker';
import { RoleActions } from './RoleActions';
import { RoleFields } from './RoleFields';
import { RatingError, StrengthsEditor } from './StrengthsEditor';
import styles from './Inspector.module.css';

/** The right-hand panel: everything about the selected role(s), or how to get started. */
export function Inspector({ onDelete }: { onDelete(roleId: string): void }) {
  const selection = useEditor((s) => s.selection);
  const roles = useEditor((s) => s.scenario?.roles);
  const selected = roles?.filter((r) => selection.includes(r.id)) ?? [];

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
            <kbd>Arrows</kbd> <span>walk the chart</span>
            <kbd>Ctrl/⌘ Z</kbd> <span>undo; with Shift, redo</span>
            <kbd>Ctrl/⌘ F</kbd> <span>find a role</span>
            <kbd>Page Down/Up</kbd> <span>next or previous quarter of the results</span>
          </div>
        </div>
      </aside>
    );
  }
  if (selected.length > 1) {
    return (
      <aside className={styles.panel} aria-label="Inspector">
        <p>{selected.length} roles selected.</p>
        <LeadershipManagementPlot roles={selected} />
        <PresetPicker roleIds={selected.map((r) => r.id)} />
        <RatingError roles={selected} />
      </aside>
    );
  }
  const role = selected[0];
  return (
    <aside className={styles.panel} aria-label="Inspector">
      <RoleFields key={role.id} role={role} />
      <RoleActions role={role} onDelete={onDelete} />
      <StrengthsEditor role={role} />
      <LeadershipManagementPlot roles={[role]} />
      <PresetPicker roleIds={[role.id]} />
      <DottedLines role={role} />
    </aside>
  );
}
