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

  useEffect(() => {
    void loadHome().then(restoreSession);
  }, [loadHome, restoreSession]);

  return (
    <div className={styles.app} aria-busy={busy !== null}>
      {hasProject ? <ProjectScreen /> : <StartScreen />}
      <NewProjectDialog open={dialog === 'new-project'} onClose={closeDialog} />
      {error ? (
        <div className={styles.toast}>
          <ErrorNotice error={error} onDismiss={dismissError} />
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
