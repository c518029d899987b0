import { useCallback } from 'react';
import type { BackupInfo } from '../../core/api/contract';
import { useApi } from '../app/api-context';
import { useApp } from '../app/store-context';
import { useLoadedList } from '../app/use-loaded-list';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import styles from '../start/StartScreen.module.css';

/**
 * Ballast keeps rolling backups of every project (the last ten and one a day for a week). Restoring one
 * first backs up the current state, so a restore can itself be undone from this list.
 */
export function BackupsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const api = useApi();
  const path = useApp((s) => s.project?.path);
  const restoreBackup = useApp((s) => s.restoreBackup);
  const load = useCallback(() => api.call('backups.list', { path: path! }), [api, path]);
  const items = useLoadedList<BackupInfo>(open, path ? load : null);

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => (next ? undefined : onClose())}
      title="Backups"
      description="Restoring replaces the whole project with the backup; the current state is backed up first."
    >
      {items === null ? (
        <p aria-busy="true">Reading backups…</p>
      ) : items.length === 0 ? (
        <p className={styles.empty}>
          No backups yet. Ballast takes one a few minutes after you change the project, and keeps the last ten
          and one a day for a week.
        </p>
      ) : (
        <ul className={styles.list}>
          {items.map((item) => (
            <li key={item.id} className={styles.row} style={{ cursor: 'default' }}>
              <span className={styles.rowMain}>
                <span className={styles.rowTitle}>{new Date(item.takenAt).toLocaleString()}</span>
                <span className={styles.rowDetail}>
                  {item.reason === 'before-restore' ? 'Taken before a restore' : 'After edits'} ·{' '}
                  {Math.max(1, Math.round(item.bytes / 1024))} KB
                </span>
              </span>
              <Button
                size="small"
                aria-label={`Restore the backup of ${new Date(item.takenAt).toLocaleString()}`}
                onClick={() => {
                  onClose();
                  void restoreBackup(item.id);
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
