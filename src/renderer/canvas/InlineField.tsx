import { useState, type KeyboardEvent, type ReactNode } from 'react';
import styles from './RoleCard.module.css';

interface InlineFieldProps {
  /** What the field edits, for its accessible name ("Title of Sales lead"). */
  label: string;
  value: string;
  onCommit(value: string): void;
  children: ReactNode;
  className?: string;
  numeric?: boolean;
}

/**
 * Text on a card that can be edited where it stands: double-click to edit, Enter or leaving the field
 * commits one edit, Escape cancels. Marked nodrag/nowheel so typing and selecting never move the chart.
 */
export function InlineField({ label, value, onCommit, children, className, numeric }: InlineFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  if (draft === null) {
    return (
      <div
        className={className}
        onDoubleClick={(event) => {
          event.stopPropagation();
          setDraft(value);
        }}
        title={`${label} — double-click to edit`}
      >
        {children}
      </div>
    );
  }
  const finish = (commit: boolean) => {
    if (commit && draft.trim() !== value) onCommit(draft.trim());
    setDraft(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    event.stopPropagation();
    if (event.key === 'Enter') finish(true);
    else if (event.key === 'Escape') finish(false);
  };
  return (
    <input
      className={`nodrag nowheel ${styles.inline}`}
      aria-label={label}
      value={draft}
      inputMode={numeric ? 'numeric' : undefined}
      autoFocus
      onFocus={(event) => event.target.select()}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={() => finish(true)}
      onKeyDown={onKeyDown}
    />
  );
}
