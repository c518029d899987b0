import { useEditor } from '../editor/editor-context';
import { SavedIcon, SavingIcon, WarningIcon } from '../ui/icons';
import styles from './ProjectScreen.module.css';

/** Whether the edits are in the file yet; every edit saves on its own a moment later. */
export function SaveStatus() {
  const state = useEditor((s) => s.saveState);
  const error = useEditor((s) => s.saveError);
  const hasScenario = useEditor((s) => s.scenario !== null);
  if (!hasScenario) return null;
  const text = { saved: 'Saved', unsaved: 'Unsaved changes', saving: 'Saving…', failed: 'Not saved' }[state];
  return (
    <span className={styles.saveStatus} data-state={state} role="status" title={error ?? undefined}>
      {state === 'saved' ? <SavedIcon size={14} aria-hidden /> : null}
      {state === 'saving' ? <SavingIcon size={14} aria-hidden /> : null}
      {state === 'failed' ? <WarningIcon size={14} aria-hidden /> : null}
      {text}
      {state === 'failed' && error ? `: ${error}` : ''}
    </span>
  );
}
