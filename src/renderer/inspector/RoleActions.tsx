import type { Role } from '../../core/scenario/types';
import { commandById } from '../editor/commands';
import { useEditorStore } from '../editor/editor-context';
import { Button } from '../ui/Button';
import { AddIcon, DeleteIcon } from '../ui/icons';
import styles from './Inspector.module.css';

/** The structural edits for the selected role, as buttons beside their keyboard shortcuts. */
export function RoleActions({ role, onDelete }: { role: Role; onDelete(roleId: string): void }) {
  const editor = useEditorStore();
  const run = (id: string) =>
    commandById(id).run({
      editor,
      confirmDelete: onDelete,
      focusFind: () => undefined,
      focusRename: () => undefined,
      findQuery: () => '',
    });
  const isTop = role.reportsTo === null;
  return (
    <div className={styles.actions}>
      <Button size="small" onClick={() => run('add-report')} title="Tab">
        <AddIcon aria-hidden /> Add report
      </Button>
      <Button size="small" onClick={() => run('add-peer')} disabled={isTop} title="Enter">
        <AddIcon aria-hidden /> Add peer
      </Button>
      <Button size="small" onClick={() => run('duplicate')} disabled={isTop} title="Ctrl/⌘ D">
        Duplicate
      </Button>
      <Button size="small" variant="ghost" onClick={() => onDelete(role.id)} disabled={isTop} title="Delete">
        <DeleteIcon aria-hidden /> Delete
      </Button>
    </div>
  );
}
