import { useState, type KeyboardEvent } from 'react';
import { updateRole, type RoleFields as Fields } from '../../core/org/edits';
import { isVacant, type Role } from '../../core/scenario/types';
import { useEditor, useEditorStore } from '../editor/editor-context';
import { teamSizeAt, teamSizeText } from '../explain/team-size';
import { useSimulation } from '../simulation/simulation-store';
import fieldStyles from '../ui/TextField.module.css';
import styles from './Inspector.module.css';

export const RENAME_FIELD_ID = 'inspector-title';

/** Title, person, team and department, each committed as one edit when the field is left or Enter pressed. */
export function RoleFields({ role }: { role: Role }) {
  const editor = useEditorStore();
  const commit = (label: string, fields: Fields) =>
    editor.getState().edit(`${label} ${role.title}`, (d) => updateRole(d, role.id, fields));

  return (
    <section aria-label="Role">
      <h2 className={styles.heading}>Role</h2>
      <div className={styles.fields}>
        <CommitField
          id={RENAME_FIELD_ID}
          label="Title"
          value={role.title}
          onCommit={(v) => commit('Rename', { title: v })}
        />
        <CommitField
          label="Person"
          value={role.person ?? ''}
          placeholder="Vacant"
          onCommit={(v) => commit('Set person of', { person: v })}
        />
        <div className={styles.row}>
          <CommitField
            label="Team size (design)"
            value={String(role.team)}
            inputMode="numeric"
            onCommit={(v) => commit('Set team of', { team: v.trim() === '' ? NaN : Number(v) })}
          />
          <CommitField
            label="Department"
            value={role.department ?? ''}
            onCommit={(v) => commit('Set department of', { department: v })}
          />
        </div>
        <SimulatedTeam roleId={role.id} />
        <label className={styles.check}>
          <input
            type="checkbox"
            checked={isVacant(role)}
            onChange={(e) =>
              commit(e.target.checked ? 'Vacate' : 'Fill', { person: e.target.checked ? null : 'New hire' })
            }
          />
          Vacant
        </label>
        <label
          className={styles.check}
          title="Raises engagement, and keeps every report in contact when the team outgrows its manager's capacity (model E1 and E5)"
        >
          <input
            type="checkbox"
            checked={role.oneOnOnes === true}
            onChange={(e) => commit('Set one-on-ones of', { oneOnOnes: e.target.checked })}
          />
          Regular one-on-ones with the team
        </label>
      </div>
    </section>
  );
}

interface CommitFieldProps {
  label: string;
  value: string;
  onCommit(value: string): void;
  id?: string;
  placeholder?: string;
  inputMode?: 'numeric';
}

/** A text field that edits a local draft and commits it once: on Enter or when focus leaves. */
function CommitField({ label, value, onCommit, id, placeholder, inputMode }: CommitFieldProps) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    // The stored value changed underneath (undo, a refused edit): show it.
    setShown(value);
    setDraft(value);
  }
  const commit = () => {
    if (draft !== value) {
      onCommit(draft);
      setDraft(value); // a refused edit leaves the stored value; an accepted one arrives through `value`
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      // Leaving the field commits it (onBlur), once.
      const input = event.target as HTMLInputElement;
      const returnTo = input.dataset.returnFocus;
      delete input.dataset.returnFocus;
      input.blur();
      if (returnTo) document.getElementById(returnTo)?.focus();
    } else if (event.key === 'Escape') {
      setDraft(value);
    }
  };
  return (
    <label className={fieldStyles.field}>
      <span className={fieldStyles.label}>{label}</span>
      <input
        id={id}
        className={fieldStyles.input}
        value={draft}
        placeholder={placeholder}
        inputMode={inputMode}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
    </label>
  );
}

/**
 * The team the simulation gives this role in the quarter chosen on the results' scrubber, beside the
 * design's team the field above edits: the card shows that quarter's team while heat is on, and an
 * explanation's span counts it with the roles reporting.
 */
function SimulatedTeam({ roleId }: { roleId: string }) {
  const revision = useEditor((s) => s.revision);
  const text = useSimulation((s) => {
    if (!s.report || s.reportScenarioRevision !== revision || s.quarter === 0) return null;
    const size = teamSizeAt(s.report, s.quarter, roleId);
    return size ? `Simulated: ${teamSizeText(size)}` : `Simulated: not in the org in Q${s.quarter}`;
  });
  return text ? (
    <p className={styles.note} data-testid="simulated-team">
      {text}
    </p>
  ) : null;
}
