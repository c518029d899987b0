import type { KeyboardEvent } from 'react';
import type { ScenarioEvent } from '../../core/scenario/types';
import { EVENT_ICONS } from './event-icons';
import { eventLabel, eventWhen, spreadMark } from './event-label';
import { useChipDrag } from './use-chip-drag';
import styles from './Timeline.module.css';

interface ChipProps {
  event: ScenarioEvent;
  index: number;
  titles: ReadonlyMap<string, string>;
  horizon: number;
  /** The strip is one Tab stop: only the chip last focused (or the first) takes Tab. */
  tabbable: boolean;
  /** Arrow keys, Home and End move focus along the strip's chips, in quarter order. */
  onStep(index: number, to: ChipStep): void;
  onFocus(index: number): void;
  onOpen(index: number): void;
  onMove(index: number, quarter: number): void;
  onRemove(index: number): void;
  /** The column a drag is over, so the strip can highlight it. */
  onDragOver(quarter: number | null): void;
}

export type ChipStep = 'previous' | 'next' | 'first' | 'last';

const STEP_KEYS: Readonly<Record<string, ChipStep>> = {
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  ArrowRight: 'next',
  ArrowDown: 'next',
  Home: 'first',
  End: 'last',
};

/**
 * One event on the strip. Click or Enter opens its editor; drag it to another quarter, or Alt+Left and
 * Alt+Right with the keyboard; Delete removes it; arrows, Home and End go to another chip.
 */
export function EventChip({
  event,
  index,
  titles,
  horizon,
  tabbable,
  onStep,
  onFocus,
  onOpen,
  onMove,
  onRemove,
  onDragOver,
}: ChipProps) {
  const Icon = EVENT_ICONS[event.type];
  const label = eventLabel(event, titles);
  const mark = spreadMark(event);
  const drag = useChipDrag(event.quarter, (quarter) => onMove(index, quarter), onDragOver);

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.altKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
      e.preventDefault();
      const quarter = event.quarter + (e.key === 'ArrowLeft' ? -1 : 1);
      if (quarter >= 1 && quarter <= horizon) onMove(index, quarter);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      onRemove(index);
    } else if (!e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey && e.key in STEP_KEYS) {
      e.preventDefault();
      onStep(index, STEP_KEYS[e.key]);
    }
  };

  return (
    <button
      type="button"
      className={styles.chip}
      data-type={event.type}
      data-event-index={index}
      data-dragging={drag.dragging ? 'true' : undefined}
      title={mark ? `${label}, ${mark}` : label}
      aria-label={`${label}, ${eventWhen(event)}`}
      aria-describedby="timeline-chip-help"
      tabIndex={tabbable ? 0 : -1}
      onFocus={() => onFocus(index)}
      onPointerDown={drag.onPointerDown}
      onClick={() => {
        if (!drag.wasDrag()) onOpen(index);
      }}
      onKeyDown={onKeyDown}
    >
      <Icon aria-hidden="true" className={styles.chipIcon} />
      <span className={styles.chipText}>{eventLabel(event, titles, true)}</span>
      {mark ? (
        <span className={styles.chipSpread} aria-hidden="true">
          {mark}
        </span>
      ) : null}
    </button>
  );
}
