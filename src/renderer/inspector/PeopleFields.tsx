import { useId, useState } from 'react';
import { checkPeopleValue, setPeopleData, type PeopleValue } from '../../core/scenario-edits';
import type { PeopleField, Role } from '../../core/scenario/types';
import { useEditorStore } from '../editor/editor-context';
import fieldStyles from '../ui/TextField.module.css';
import styles from './Inspector.module.css';

interface FieldSpec {
  field: PeopleField;
  label: string;
  numeric: boolean;
}

const FIELDS: readonly FieldSpec[] = [
  { field: 'salary', label: 'Salary (annual cost of the holder)', numeric: true },
  { field: 'icSalary', label: 'Average salary of a team member', numeric: true },
  { field: 'fte', label: 'FTE (0 to 1)', numeric: true },
  { field: 'grade', label: 'Grade', numeric: false },
  { field: 'location', label: 'Location', numeric: false },
];

const asText = (value: number | string | undefined) => (value === undefined ? '' : String(value));

/** What was typed as the field's value: blank is "not known" (null); a number field reads a number. */
function readTyped(spec: FieldSpec, text: string): PeopleValue {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!spec.numeric) return trimmed;
  const value = Number(trimmed.replace(/[,\s£$€¥]/gu, ''));
  return Number.isFinite(value) ? value : Number.NaN;
}

/**
 * People data of the selected role or roles: salary, a team member's average salary, FTE, grade and
 * location (docs/SCENARIO-FORMAT.md, "People data"). Each field is committed on Enter or when left, as one
 * edit of every selected role (one undo step); blank means not known; values that differ across a
 * selection say so. The spans & layers panel adds them up (core/org/cost.ts).
 */
export function PeopleFields({ roles }: { roles: readonly Role[] }) {
  const editor = useEditorStore();
  const ids = roles.map((r) => r.id);
  const who = roles.length === 1 ? `"${roles[0].title || roles[0].id}"` : `${roles.length} roles`;
  return (
    <section aria-label="People data">
      <h2 className={styles.heading}>People data</h2>
      <div className={styles.fields}>
        {FIELDS.map((spec) => {
          const values = roles.map((r) => asText(r[spec.field]));
          const kinds = new Set(values).size;
          return (
            <PeopleInput
              key={spec.field}
              spec={spec}
              value={kinds === 1 ? values[0] : ''}
              placeholder={kinds > 1 ? `Mixed: ${kinds} values` : 'Not known'}
              onCommit={(value) =>
                editor
                  .getState()
                  .edit(`Set ${spec.field} of ${who}`, (d) => setPeopleData(d, ids, spec.field, value))
              }
            />
          );
        })}
      </div>
    </section>
  );
}

function PeopleInput({
  spec,
  value,
  placeholder,
  onCommit,
}: {
  spec: FieldSpec;
  value: string;
  placeholder: string;
  onCommit(value: PeopleValue): void;
}) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  const [problem, setProblem] = useState<string | null>(null);
  if (value !== shown) {
    // The stored value changed underneath (undo, another selection): show it.
    setShown(value);
    setDraft(value);
    setProblem(null);
  }
  const commit = () => {
    if (draft.trim() === value.trim()) return setProblem(null);
    const typed = readTyped(spec, draft);
    const wrong = checkPeopleValue(spec.field, typed);
    setProblem(wrong);
    if (!wrong) onCommit(typed);
  };
  return (
    <label className={fieldStyles.field}>
      <span className={fieldStyles.label}>{spec.label}</span>
      <input
        className={fieldStyles.input}
        inputMode={spec.numeric ? 'decimal' : undefined}
        value={draft}
        placeholder={placeholder}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
          if (e.key === 'Escape') {
            setDraft(value);
            setProblem(null);
          }
        }}
      />
      {problem ? (
        <span id={`${id}-problem`} role="alert" className={styles.note}>
          {problem}
        </span>
      ) : null}
    </label>
  );
}
