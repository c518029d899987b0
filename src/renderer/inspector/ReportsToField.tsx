import { useMemo } from 'react';
import { moveSubtree } from '../../core/org/edits';
import type { Role } from '../../core/scenario/types';
import { useEditor, useEditorStore } from '../editor/editor-context';
import { managerCandidates } from './manager-choices';
import { roleChoices, roleLabels } from './role-choices';
import { RolePicker } from './RolePicker';
import styles from './Inspector.module.css';

/**
 * Who the role reports to, and a searchable picker to move it (with its team) under another manager:
 * every role but itself and those in its own team. One edit, undone with Ctrl/⌘ Z; the hint over the
 * chart says where it went.
 */
export function ReportsToField({ role }: { role: Role }) {
  const editor = useEditorStore();
  const roles = useEditor((s) => s.scenario?.roles);
  const labels = useMemo(() => roleLabels(roles ?? []), [roles]);
  const candidates = useMemo(
    () =>
      roleChoices(
        managerCandidates(roles ?? [], [role.id]).filter((r) => r.id !== role.reportsTo),
        labels,
      ),
    [roles, labels, role.id, role.reportsTo],
  );
  if (role.reportsTo === null) return null;
  const manager = labels.get(role.reportsTo) ?? role.reportsTo;
  const move = (managerId: string) => {
    const state = editor.getState();
    const before = state.revision;
    state.edit(`Move ${role.title}`, (d) => moveSubtree(d, role.id, managerId));
    const moved = editor.getState();
    if (moved.revision === before) return;
    const title = moved.scenario?.roles.find((r) => r.id === managerId)?.title ?? managerId;
    moved.setHint(`Moved ${role.title} under ${title}`);
  };
  return (
    <section aria-label="Reports to">
      <h2 className={styles.heading}>Reports to</h2>
      <p className={styles.strengthMeaning} data-testid="reports-to">
        {manager}
      </p>
      {candidates.length > 0 ? (
        <RolePicker label="Move to report to" choices={candidates} onChoose={move} />
      ) : null}
    </section>
  );
}
