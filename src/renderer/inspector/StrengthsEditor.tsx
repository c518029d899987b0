import { useState } from 'react';
import { setRatingError, setStrengthsBulk } from '../../core/scenario-edits';
import { STRENGTH_MEANINGS } from '../../core/org/strength-meanings';
import {
  DEFAULT_RATING_ERROR,
  LEADERSHIP_STRENGTHS,
  MANAGEMENT_STRENGTHS,
  SHARED_STRENGTHS,
  type Role,
  type StrengthName,
} from '../../core/scenario/types';
import { useScenarioEdit } from '../assumptions/use-scenario-edit';
import { useEditorStore } from '../editor/editor-context';
import { RangeSlider } from '../ui/RangeSlider';
import { RatingErrorField } from './RatingErrorField';
import styles from './Inspector.module.css';

const GROUPS = [
  { title: 'Leadership', names: LEADERSHIP_STRENGTHS, className: styles.leadership },
  { title: 'Management', names: MANAGEMENT_STRENGTHS, className: styles.management },
  { title: 'Shared', names: SHARED_STRENGTHS, className: styles.shared },
];

/**
 * The nine strengths, grouped as Kotter's two systems plus trust, of one role or of every selected role:
 * a slider commits one edit on release (for all of them at once, one undo step), and a strength whose
 * values differ among them reads "mixed" until it is set.
 */
export function StrengthsEditor({ roles }: { roles: readonly Role[] }) {
  return (
    <section aria-label="Strengths">
      <h2 className={styles.heading}>Strengths (0–10)</h2>
      <div className={styles.fields}>
        {GROUPS.map((group) => (
          <div
            key={group.title}
            className={`${styles.group} ${group.className}`}
            role="group"
            aria-label={group.title}
          >
            <div className={styles.groupTitle}>{group.title}</div>
            {group.names.map((name) => (
              <StrengthRow key={name} roles={roles} name={name} />
            ))}
          </div>
        ))}
      </div>
      <RatingError roles={roles} />
    </section>
  );
}

/**
 * How far the ratings of the role, or of every selected role, may be off: one undoable edit per choice
 * (for all of them at once), refused with its reason here.
 */
export function RatingError({ roles }: { roles: readonly Role[] }) {
  const { apply, refusal } = useScenarioEdit();
  const values = roles.map((r) => r.ratingError ?? DEFAULT_RATING_ERROR);
  const mixed = values.some((v) => v !== values[0]);
  const name = roles.length === 1 ? roles[0].title : `${roles.length} roles`;
  const ids = roles.map((r) => r.id);
  return (
    <>
      <RatingErrorField
        key={ids.join(' ')}
        value={mixed ? undefined : roles[0].ratingError}
        mixed={mixed}
        commitOnBlur
        onChange={(value) => {
          if (mixed || value !== values[0])
            apply(`Set rating error of ${name}`, (d) => setRatingError(d, ids, value));
        }}
      />
      {refusal ? (
        <p className={styles.note} role="alert">
          {refusal}
        </p>
      ) : null}
    </>
  );
}

/** What a strength row shows for its roles: their one value, or "mixed" with their mean for the slider. */
export function strengthSummary(roles: readonly Role[], name: StrengthName) {
  const first = roles[0]?.strengths[name] ?? 0;
  let sum = 0;
  let mixed = false;
  for (const role of roles) {
    const value = role.strengths[name];
    sum += value;
    if (value !== first) mixed = true;
  }
  // The slider sits at the mean, on its half-point steps.
  const mean = roles.length === 0 ? first : Math.round((sum / roles.length) * 2) / 2;
  return { mixed, value: mixed ? mean : first };
}

function StrengthRow({ roles, name }: { roles: readonly Role[]; name: StrengthName }) {
  const editor = useEditorStore();
  const { mixed, value: stored } = strengthSummary(roles, name);
  const [dragging, setDragging] = useState<number | null>(null);
  const [typed, setTyped] = useState<string | null>(null);
  const { label, meaning } = STRENGTH_MEANINGS[name];
  const who = roles.length === 1 ? roles[0].title : `${roles.length} roles`;
  const commit = (value: number) => {
    if (mixed || value !== stored) {
      const ids = roles.map((r) => r.id);
      editor.getState().edit(`Set ${label} of ${who}`, (d) => setStrengthsBulk(d, ids, { [name]: value }));
    }
  };
  const shown = dragging ?? stored;
  const showMixed = mixed && dragging === null;

  return (
    <div className={styles.strength}>
      <span className={styles.strengthLabel} id={`strength-${name}`}>
        {label}
        {showMixed ? <span className={styles.mixed}> mixed</span> : null}
      </span>
      <RangeSlider
        className={styles.slider}
        min={0}
        max={10}
        step={0.5}
        value={shown}
        onDrag={setDragging}
        onCommit={(value) => {
          setDragging(null);
          commit(value);
        }}
        label={label}
        labelledBy={`strength-${name}`}
        valueText={showMixed ? 'mixed: the selected roles differ' : undefined}
      />
      <input
        className={styles.number}
        aria-label={`${label}, 0 to 10`}
        inputMode="decimal"
        value={typed ?? (showMixed ? '' : String(shown))}
        placeholder={showMixed ? 'mixed' : undefined}
        onChange={(e) => setTyped(e.target.value)}
        onFocus={(e) => e.target.select()}
        onBlur={() => {
          if (typed !== null) commit(typed.trim() === '' ? NaN : Number(typed.replace(',', '.')));
          setTyped(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
          if (e.key === 'Escape') setTyped(null);
        }}
      />
      <span className={styles.strengthMeaning}>{meaning}</span>
    </div>
  );
}
