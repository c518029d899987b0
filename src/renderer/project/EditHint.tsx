import { useEffect } from 'react';
import { useEditor } from '../editor/editor-context';
import styles from './ProjectScreen.module.css';

const HINT_MS = 5000;

/** Why the last edit was refused ("cannot move under its own report"), shown briefly over the chart. */
export function EditHint() {
  const hint = useEditor((s) => s.hint);
  const setHint = useEditor((s) => s.setHint);
  useEffect(() => {
    if (!hint) return;
    const timer = setTimeout(() => setHint(null), HINT_MS);
    return () => clearTimeout(timer);
  }, [hint, setHint]);
  return (
    <div className={styles.hint} role="status" aria-live="assertive" data-visible={hint ? 'true' : 'false'}>
      {hint}
    </div>
  );
}
