import { useId, useState } from 'react';
import styles from './Assumptions.module.css';
import { RangeSlider } from '../ui/RangeSlider';

export interface NumberFieldProps {
  /** The visible label, also the field's accessible name. */
  label: string;
  value: number | undefined;
  /** Called once per commit (Enter, leaving the field, releasing the slider); null for an empty entry. */
  onCommit(value: number | null): void;
  min: number;
  max: number;
  step?: number;
  /** Show a slider beside the numeric entry. */
  slider?: boolean;
  placeholder?: string;
  /** Ids of text that describes the field (default, range, why the last entry was refused). */
  describedBy?: string;
}

/** Parses what a person types: blank is null, a decimal comma is read as a point. */
export function parseEntry(text: string): number | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : Number(trimmed.replace(',', '.'));
}

/**
 * A number typed or dragged: the draft stays local while typing or dragging and is committed once, so
 * each change is one undo step. Escape abandons the draft.
 */
export function NumberField(props: NumberFieldProps) {
  const { label, value, onCommit, min, max, step = 1, slider = false, placeholder, describedBy } = props;
  const id = useId();
  const [typed, setTyped] = useState<string | null>(null);
  const [dragging, setDragging] = useState<number | null>(null);
  const shown = dragging ?? value;
  const commit = (next: number | null) => {
    if (next !== (value ?? null)) onCommit(next);
  };
  return (
    <div className={slider ? styles.numberWithSlider : styles.numberOnly}>
      <label className={styles.fieldLabel} htmlFor={id}>
        {label}
      </label>
      {slider ? (
        <RangeSlider
          className={styles.slider}
          min={min}
          max={max}
          step={step}
          value={shown ?? min}
          onDrag={setDragging}
          onCommit={(v) => {
            setDragging(null);
            commit(v);
          }}
          label={`${label} slider`}
        />
      ) : null}
      <input
        id={id}
        className={styles.number}
        inputMode="decimal"
        value={typed ?? (shown === undefined ? '' : String(shown))}
        placeholder={placeholder}
        aria-describedby={describedBy}
        onChange={(e) => setTyped(e.target.value)}
        onFocus={(e) => e.target.select()}
        onBlur={() => {
          if (typed !== null) commit(parseEntry(typed));
          setTyped(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
          if (e.key === 'Escape') setTyped(null);
        }}
      />
    </div>
  );
}
