import { useEffect, useRef, useState } from 'react';
import { setDepartmentBulk, setOneOnOnesBulk } from '../../core/scenario-edits';
import type { Role } from '../../core/scenario/types';
import { useEditorStore } from '../editor/editor-context';
import fieldStyles from '../ui/TextField.module.css';
import styles from './Inspector.module.css';

/** What several roles share: one value, or how many different ones they have. */
export function shared<T>(values: readonly T[]): { value: T | undefined; kinds: number } {
  const kinds = new Set(values).size;
  return { value: kinds === 1 ? values[0] : undefined, kinds };
}

/**
 * The fields of several selected roles that make sense for all of them: department and one-on-ones.
 * Each change is one edit of every selected role (one undo step); a field whose values differ says so.
 */
export function SelectionFields({ roles }: { roles: readonly Role[] }) {
  const editor = useEditorStore();
  const ids = roles.map((r) => r.id);
  const who = `${roles.length} roles`;
  const department = shared(roles.map((r) => r.department ?? ''));
  const oneOnOnes = shared(roles.map((r) => r.oneOnOnes === true));

  return (
    <section aria-label="Selected roles">
      <h2 className={styles.heading}>{who} selected</h2>
      <div className={styles.fields}>
        <DepartmentField
          value={department.value ?? ''}
          placeholder={department.kinds > 1 ? `Mixed: ${department.kinds} departments` : 'No department'}
          onCommit={(name) =>
            editor.getState().edit(`Set department of ${who}`, (d) => setDepartmentBulk(d, ids, name))
          }
        />
        <MixedCheckbox
          label="Regular one-on-ones with the team"
          checked={oneOnOnes.value === true}
          mixed={oneOnOnes.kinds > 1}
          onChange={(enabled) =>
            editor.getState().edit(`Set one-on-ones of ${who}`, (d) => setOneOnOnesBulk(d, ids, enabled))
          }
        />
      </div>
    </section>
  );
}

/** The department of every selected role: committed once, on Enter or when the field is left. */
function DepartmentField({
  value,
  placeholder,
  onCommit,
}: {
  value: string;
  placeholder: string;
  onCommit(value: string): void;
}) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    // The stored value changed underneath (undo, another selection): show it.
    setShown(value);
    setDraft(value);
  }
  return (
    <label className={fieldStyles.field}>
      <span className={fieldStyles.label}>Department</span>
      <input
        className={fieldStyles.input}
        value={draft}
        placeholder={placeholder}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => {
          if (draft.trim() !== value.trim()) onCommit(draft);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
          if (e.key === 'Escape') setDraft(value);
        }}
      />
    </label>
  );
}

/** A checkbox that shows "some are, some are not" as the indeterminate state. */
function MixedCheckbox({
  label,
  checked,
  mixed,
  onChange,
}: {
  label: string;
  checked: boolean;
  mixed: boolean;
  onChange(checked: boolean): void;
}) {
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (box.current) box.current.indeterminate = mixed;
  }, [mixed]);
  return (
    <label className={styles.check}>
      <input
        ref={box}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(mixed ? true : e.target.checked)}
      />
      {label}
      {mixed ? <span className={styles.mixed}> (mixed)</span> : null}
    </label>
  );
}
