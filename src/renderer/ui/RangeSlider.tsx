import { Slider } from 'radix-ui';
import styles from './RangeSlider.module.css';

export interface RangeSliderProps {
  min: number;
  max: number;
  step: number;
  value: number;
  /** While dragging: show the value, commit nothing yet. */
  onDrag(value: number): void;
  /** On release: the one edit. */
  onCommit(value: number): void;
  /** The thumb's accessible name. */
  label: string;
  labelledBy?: string;
  /** Read out instead of the number, when the number alone would mislead ("mixed"). */
  valueText?: string;
  /** Placement in the parent's layout. */
  className?: string;
}

/** One slider look for the whole app (Radix Slider: keyboard, pointer and screen readers handled). */
export function RangeSlider({
  min,
  max,
  step,
  value,
  onDrag,
  onCommit,
  label,
  labelledBy,
  valueText,
  className,
}: RangeSliderProps) {
  return (
    <Slider.Root
      className={className ? `${styles.root} ${className}` : styles.root}
      min={min}
      max={max}
      step={step}
      value={[value]}
      onValueChange={([v]) => onDrag(v)}
      onValueCommit={([v]) => onCommit(v)}
      aria-labelledby={labelledBy}
    >
      <Slider.Track className={styles.track}>
        <Slider.Range className={styles.range} />
      </Slider.Track>
      <Slider.Thumb className={styles.thumb} aria-label={label} aria-valuetext={valueText} />
    </Slider.Root>
  );
}
