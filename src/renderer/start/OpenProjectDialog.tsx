import { useEffect, useState } from 'react';
import type { ProjectFileEntry } from '../../core/api/contract';
import { useApi } from '../app/api-context';
import { useApp } from '../app/store-context';
import { errorOf } from '../api/client';
import { Dialog } from '../ui/Dialog';
import { OpenIcon } from '../ui/icons';
import styles from './StartScreen.module.css';

/** Browser mode's Open: the project files in the data folder (the desktop app uses a native dialog). */
export function OpenProjectDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const api = useApi();
  const openProject = useApp((s) => s.openProject);
  const showError = useApp((s) => s.showError);
  const dataDir = useApp((s) => s.info?.dataDir ?? 'the data folder');
  const [files, setFiles] = useState<ProjectFileEntry[] | null>(null);

  useEffect(() => {
    if (!open) return;
    let current = true;
    setFiles(null);
    api
      .call('project.browse', {})
      .then((list) => current && setFiles(list))
      .catch((error: unknown) => {
        showError(errorOf(error));
        onClose();
      });
    return () => {
      current = false;
    };
  }, [open, api, showError, onClose]);

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => (next ? undefined : onClose())}
      title="Open a project"
      description={`Projects saved in ${dataDir}.`}
    >
      {files === null ? (
        <p aria-busy="true">Looking for projects…</p>
      ) : files.length === 0 ? (
        <p className={styles.empty}>No projects yet. Create one, or open a sample from the start screen.</p>
      ) : (
        <ul className={styles.list}>
          {files.map((file) => (
            <li key={file.path}>
              <button
                className={styles.row}
                onClick={() => {
                  onClose();
                  void openProject(file.path);
                }}
              >
                <OpenIcon size={16} aria-hidden />
                <span className={styles.rowMain}>
                  <span className={styles.rowTitle}>{file.fileName}</span>
                  <span className={styles.rowDetail}>
                    Saved {new Date(file.modifiedAt).toLocaleString()} · {formatBytes(file.bytes)}
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}

function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
