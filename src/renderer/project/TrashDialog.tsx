import { useCallback } from 'react';
import type { TrashedScenario } from '../../core/api/contract';
import { useApi } from '../app/api-context';
import { useApp } from '../app/store-context';
import { useLoadedList } from '../app/use-loaded-list';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import styles from '../start/StartScreen.module.css';

/** Deleted scenarios wait here until the trash is emptied; any of them can come back. */
export function TrashDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const api = useApi();
  const path = useApp((s) => s.project?.path);
  const restoreScenario = useApp((s) => s.restoreScenario);
  const emptyTrash = useApp((s) => s.emptyTrash);
  const load = useCallback(() => api.call('scenario.trash.list', { path: path! }), [api, path]);
  const items = useLoadedList<TrashedScenario>(open, path ? load : null);

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => (next ? undefined : onClose())}
      title="Trash"
      description="Scenarios moved to the trash stay in the project file until you empty it."
      footer={
        <>
          <Button
            disabled={!items || items.length === 0}
            onClick={() => {
              onClose();
              void emptyTrash();
            }}
          >
            Empty trash
          </Button>
          <Button variant="primary" onClick={onClose}>
            Done
          </Button>
        </>
      }
    >
      {items === null ? (
        <p aria-busy="true">Reading the trash…</p>
      ) : items.length === 0 ? (
        <p className={styles.empty}>The trash is empty.</p>
      ) : (
        <ul className={styles.list}>
          {items.map((item) => (
            <li key={item.id} className={styles.row} style={{ cursor: 'default' }}>
              <span className={styles.rowMain}>
                <span className={styles.rowTitle}>{item.name}</span>
                <span className={styles.rowDetail}>
                  {item.roleCount} roles · deleted {new Date(item.deletedAt).toLocaleString()}
                </span>
              </span>
              <Button
                size="small"
                aria-label={`Restore ${item.name}`}
                onClick={() => {
                  onClose();
                  void restoreScenario(item.id);
                }}
              >
                Restore
              </Button>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
