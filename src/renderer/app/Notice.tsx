import { useEffect } from 'react';
import styles from './App.module.css';

const SHOWN_MS = 6000;

/** A confirmation that fades on its own, announced politely to screen readers. */
export function Notice({ text, onDone }: { text: string; onDone(): void }) {
  useEffect(() => {
    const timer = setTimeout(onDone, SHOWN_MS);
    return () => clearTimeout(timer);
  }, [text, onDone]);
  return (
    <div className={styles.busy} role="status" aria-live="polite">
      {text}
    </div>
  );
}
