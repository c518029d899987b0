import { forwardRef, useMemo, useState } from 'react';
import { findRoles } from '../../core/org/find-roles';
import { useEditor, useEditorStore } from '../editor/editor-context';
import { FindIcon } from '../ui/icons';
import styles from './ProjectScreen.module.css';

/** Find by title, person or department: Enter goes to the next match, expanding and centring it. */
export const FindBar = forwardRef<HTMLInputElement>(function FindBar(_props, ref) {
  const editor = useEditorStore();
  const roles = useEditor((s) => s.scenario?.roles);
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(0);
  const matches = useMemo(() => (roles ? findRoles(roles, query) : []), [roles, query]);

  const go = (next: number) => {
    if (matches.length === 0) return;
    const wrapped = (next + matches.length) % matches.length;
    setIndex(wrapped);
    editor.getState().reveal(matches[wrapped]);
  };

  return (
    <div className={styles.find} role="search">
      <FindIcon size={14} aria-hidden />
      <input
        ref={ref}
        className={styles.findInput}
        placeholder="Find a role or person"
        aria-label="Find a role or person"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setIndex(-1);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            go(e.shiftKey ? index - 1 : index + 1);
          } else if (e.key === 'Escape') {
            setQuery('');
            (e.target as HTMLInputElement).blur();
          }
        }}
      />
      {query.trim() ? (
        <span className={styles.findCount} aria-live="polite">
          {matches.length === 0 ? 'no match' : `${Math.max(index, 0) + 1} of ${matches.length}`}
        </span>
      ) : null}
    </div>
  );
});
