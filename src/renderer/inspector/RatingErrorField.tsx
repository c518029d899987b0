import { useId, useState } from 'react';
import { DEFAULT_RATING_ERROR, MAX_RATING_ERROR } from '../../core/scenario/types';
import fieldStyles from '../ui/TextField.module.css';
import {
  CUSTOM_RATING_ERROR,
  RATING_ERROR_HELP,
  RATING_ERROR_PRESETS,
  ratingErrorChoice,
  readRatingError,
} from './rating-error';
import styles from './Inspector.module.css';

interface Props {
  /** The stored rating error; undefined is the default. */
  value: number | undefined;
  /** A chosen preset at once; a custom number as typed, or when the field is left if `commitOnBlur`. */
  onChange(value: number): void;
  /**
   * The inspector commits an edit per change, so a custom number waits for the field to be left; a
   * dialog's draft takes every keystroke, so Enter (which submits the form) saves what was typed.
   */
  commitOnBlur?: boolean;
  /** Several roles whose rating errors differ: none is shown as chosen until one is. */
  mixed?: boolean;
  label?: string;
}

const MIXED = 'mixed';

/** "How sure are these ratings?": the usual sources of a rating as presets, or a number of points. */
export function RatingErrorField({
  value,
  onChange,
  commitOnBlur = false,
  mixed = false,
  label = 'How sure are these ratings?',
}: Props) {
  const id = useId();
  // Custom stays chosen while a preset's value is typed into it; a preset chosen later leaves it.
  const [custom, setCustom] = useState(false);
  const [typed, setTyped] = useState<string | null>(null);
  const stored = value ?? DEFAULT_RATING_ERROR;
  const choice = custom ? CUSTOM_RATING_ERROR : mixed ? MIXED : ratingErrorChoice(value);
  const commitTyped = () => {
    if (typed !== null && commitOnBlur) onChange(readRatingError(typed));
    setTyped(null);
  };

  return (
    <div className={styles.ratingError}>
      <label className={fieldStyles.field}>
        <span className={fieldStyles.label}>{label}</span>
        <select
          className={fieldStyles.input}
          value={choice}
          aria-describedby={`${id}-help`}
          onChange={(e) => {
            if (e.target.value === CUSTOM_RATING_ERROR) {
              setCustom(true);
              return;
            }
            setCustom(false);
            setTyped(null);
            onChange(Number(e.target.value));
          }}
        >
          {choice === MIXED ? (
            <option value={MIXED} disabled>
              Mixed: the selected roles differ
            </option>
          ) : null}
          {RATING_ERROR_PRESETS.map((p) => (
            <option key={p.value} value={String(p.value)}>
              {p.label}
            </option>
          ))}
          <option value={CUSTOM_RATING_ERROR}>Custom…</option>
        </select>
      </label>
      {choice === CUSTOM_RATING_ERROR ? (
        <label className={fieldStyles.field}>
          <span className={fieldStyles.label}>Ratings may be off by ± points</span>
          <input
            className={fieldStyles.input}
            type="number"
            min={0}
            max={MAX_RATING_ERROR}
            step={0.1}
            value={typed ?? String(stored)}
            onChange={(e) => {
              setTyped(e.target.value);
              if (!commitOnBlur) onChange(readRatingError(e.target.value));
            }}
            onBlur={commitTyped}
            onKeyDown={(e) => {
              if (commitOnBlur && e.key === 'Enter') (e.target as HTMLInputElement).blur();
              if (e.key === 'Escape') setTyped(null);
            }}
          />
        </label>
      ) : null}
      <p id={`${id}-help`} className={styles.note}>
        {RATING_ERROR_HELP}
      </p>
    </div>
  );
}
