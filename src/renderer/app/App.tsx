import { useEffect } from 'react';
import { Notice } from './Notice';
import { ProjectScreen } from '../project/ProjectScreen';
import { NewProjectDialog } from '../start/NewProjectDialog';
import { StartScreen } from '../start/StartScreen';
import { ErrorNotice } from '../ui/ErrorNotice';
import { useApp } from './store-context';
import styles from './App.module.css';

export function App() {
  const hasProject = useApp((s) => s.project !== null);
  const error = useApp((s) => s.error);
  const busy = useApp((s) => s.busy);
  const dismissError = useApp((s) => s.dismissError);
  const loadHome = useApp((s) => s.loadHome);
  const restoreSession = useApp((s) => s.restoreSession);
  const dialog = useApp((s) => s.dialog);
  const notice = useApp((s) => s.notice);
  const dismissNotice = useApp((s) => s.dismissNotice);
  const closeDialog = useApp((s) => s.closeDialog);
  const restoreBackup = useApp((s) => s.restoreBackup);
  const offer = error ? backupOffer(error.details) : null;

  useEffect(() => {
    void loadHome().then(restoreSession);
  }, [loadHome, restoreSession]);

  return (
    <div className={styles.app} aria-busy={busy !== null}>
      {hasProject ? <ProjectScreen /> : <StartScreen />}
      <NewProjectDialog open={dialog === 'new-project'} onClose={closeDialog} />
      {error ? (
        <div className={styles.toast}>
          <ErrorNotice
            error={error}
            onDismiss={dismissError}
            action={
              offer
                ? {
                    label: `Restore the backup of ${new Date(offer.takenAt).toLocaleString()}`,
                    run: () =>
                      void restoreBackup(offer.backupId, { path: offer.path, scenarioId: offer.scenarioId }),
                  }
                : undefined
            }
          />
        </div>
      ) : null}
      {notice && !busy ? <Notice text={notice} onDone={dismissNotice} /> : null}
      {busy ? (
        <div className={styles.busy} role="status">
          {busy}…
        </div>
      ) : null}
    </div>
  );
}

/** A damaged scenario's error names the newest backup that holds it intact (backend: last-good-backup.ts). */
function backupOffer(
  details: unknown,
): { path: string; scenarioId?: string; backupId: string; takenAt: string } | null {
  const d = details as
    | { path?: unknown; scenarioId?: unknown; lastGoodBackup?: { id?: unknown; takenAt?: unknown } | null }
    | undefined;
  const backup = d?.lastGoodBackup;
  if (typeof d?.path !== 'string' || typeof backup?.id !== 'string' || typeof backup.takenAt !== 'string')
    return null;
  return {
    path: d.path,
    scenarioId: typeof d.scenarioId === 'string' ? d.scenarioId : undefined,
    backupId: backup.id,
    takenAt: backup.takenAt,
  };
}
