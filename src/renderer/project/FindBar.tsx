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
  // The match shown last, by role id, and where it stood then: the matches change under it with every
  // edit (a deletion, a retitle), so its place is read from the live list, never kept as a number.
  const [current, setCurrent] = useState<{ id: string; at: number } | null>(null);
  const matches = useMemo(() => (roles ? findRoles(roles, query) : []), [roles, query]);
  const position = current ? matches.indexOf(current.id) : -1;

  const go = (step: 1 | -1) => {
    const count = matches.length;
    if (count === 0) return;
    // From the match shown; from the place of one that is gone (its successor took it); else from the ends.
    const from = position >= 0 ? position : current ? current.at - (step > 0 ? 1 : 0) : step > 0 ? -1 : 0;
    const next = (((from + step) % count) + count) % count;
    setCurrent({ id: matches[next], at: next });
    editor.getState().reveal(matches[next]);
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
          setCurrent(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            go(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            setQuery('');
            (e.target as HTMLInputElement).blur();
          }
        }}
      />
      {query.trim() ? (
        <span className={styles.findCount} aria-live="polite">
          {matches.length === 0
            ? 'no match'
            : position >= 0
              ? `${position + 1} of ${matches.length}`
              : `${matches.length} ${matches.length === 1 ? 'match' : 'matches'}`}
        </span>
      ) : null}
    </div>
  );
});
