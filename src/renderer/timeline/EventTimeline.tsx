import { ChevronDown, ChevronUp, Plus, Sprout } from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { moveEvent, removeEvent } from '../../core/scenario-edits';
import { useScenarioEdit } from '../assumptions/use-scenario-edit';
import { useEditor } from '../editor/editor-context';
import { Button } from '../ui/Button';
import { EventChip, type ChipStep } from './EventChip';
import { EventEditor, type EditorTarget } from './EventEditor';
import { roleTitles } from '../../core/scenario/hired-roles';
import { eventLabel } from './event-label';
import { PlanGrowthDialog } from './PlanGrowthDialog';
import styles from './Timeline.module.css';

/**
 * The scenario's events on a strip of quarters (1..horizon): each event a chip in the column of the
 * quarter it acts in. Chips open their editor, drag (or Alt+arrow) to another quarter, and Delete
 * removes them; each column adds an event there. Every change is one undoable edit.
 */
export function EventTimeline() {
  const scenario = useEditor((s) => s.scenario);
  const { apply } = useScenarioEdit();
  const [editing, setEditing] = useState<EditorTarget | null>(null);
  const [planning, setPlanning] = useState(false);
  /** Folded, the strip gives its height back to the chart (a long growth plan fills four rows or more). */
  const [open, setOpen] = useState(true);
  const [dragOver, setDragOver] = useState<number | null>(null);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  /** The chip that takes Tab (roving focus): the one last focused while it exists, else the first. */
  const [currentIndex, setCurrentIndex] = useState(0);
  const strip = useRef<HTMLDivElement>(null);

  const titles = useMemo(() => (scenario ? roleTitles(scenario) : new Map<string, string>()), [scenario]);
  const byQuarter = useMemo(() => {
    const columns = new Map<number, number[]>();
    scenario?.events.forEach((event, index) => {
      const list = columns.get(event.quarter) ?? [];
      list.push(index);
      columns.set(event.quarter, list);
    });
    return columns;
  }, [scenario]);
  /** Event indexes in the order the strip shows them: by quarter, then as listed. */
  const chipOrder = useMemo(
    () => [...byQuarter.keys()].sort((a, b) => a - b).flatMap((q) => byQuarter.get(q)!),
    [byQuarter],
  );
  const tabbableIndex = chipOrder.includes(currentIndex) ? currentIndex : chipOrder[0];

  useEffect(() => {
    // A chip moved with the keyboard lands in another column: keep focus on it there.
    if (focusIndex === null) return;
    strip.current?.querySelector<HTMLElement>(`[data-event-index="${focusIndex}"]`)?.focus();
    setFocusIndex(null);
  }, [focusIndex, scenario]);

  if (!scenario) return null;
  const quarters = Array.from({ length: scenario.horizon }, (_, i) => i + 1);

  const move = (index: number, quarter: number) => {
    const event = scenario.events[index];
    if (apply(`Move ${eventLabel(event, titles)} to Q${quarter}`, (d) => moveEvent(d, index, quarter)))
      setFocusIndex(index);
  };
  const step = (index: number, to: ChipStep) => {
    const at = chipOrder.indexOf(index);
    const last = chipOrder.length - 1;
    const target =
      to === 'first' ? 0 : to === 'last' ? last : Math.min(last, Math.max(0, at + (to === 'next' ? 1 : -1)));
    setFocusIndex(chipOrder[target]);
  };
  const remove = (index: number) => {
    const event = scenario.events[index];
    if (apply(`Remove ${eventLabel(event, titles)}`, (d) => removeEvent(d, index))) {
      const next = Math.min(index, scenario.events.length - 2);
      if (next >= 0) setFocusIndex(next);
    }
  };

  return (
    <section className={styles.timeline} aria-label="Event timeline">
      <div className={styles.timelineHead}>
        <Button
          variant="ghost"
          size="small"
          iconOnly
          aria-expanded={open}
          aria-controls="timeline-strip"
          aria-label={open ? 'Hide the timeline' : 'Show the timeline'}
          onClick={() => setOpen((v) => !v)}
        >
          {open ? <ChevronUp aria-hidden="true" /> : <ChevronDown aria-hidden="true" />}
        </Button>
        <h2 className={styles.heading}>Timeline</h2>
        <span id="timeline-chip-help" className={styles.note}>
          {scenario.events.length} event{scenario.events.length === 1 ? '' : 's'}. Enter edits an event,
          Alt+Left or Alt+Right moves it a quarter, Delete removes it, arrows go to the next or previous.
        </span>
        <span className={styles.spacer} />
        <Button size="small" onClick={() => setEditing({ quarter: 1 })}>
          <Plus aria-hidden="true" /> Add event
        </Button>
        <Button size="small" onClick={() => setPlanning(true)}>
          <Sprout aria-hidden="true" /> Plan growth…
        </Button>
      </div>
      <div className={styles.strip} ref={strip} id="timeline-strip" hidden={!open}>
        {quarters.map((quarter) => (
          <div
            key={quarter}
            className={styles.column}
            data-quarter-column={quarter}
            data-drop-target={dragOver === quarter ? 'true' : undefined}
            role="group"
            aria-label={`Quarter ${quarter}`}
          >
            <div className={styles.columnHead}>
              <span>Q{quarter}</span>
              <button
                type="button"
                className={styles.addInQuarter}
                aria-label={`Add event in Q${quarter}`}
                title={`Add event in Q${quarter}`}
                // A mouse shortcut: one Tab stop per quarter would be 40 on the way through the strip;
                // from the keyboard, "Add event" asks for the quarter.
                tabIndex={-1}
                onClick={() => setEditing({ quarter })}
              >
                <Plus aria-hidden="true" />
              </button>
            </div>
            <div className={styles.chips}>
              {(byQuarter.get(quarter) ?? []).map((index) => (
                <EventChip
                  key={index}
                  event={scenario.events[index]}
                  index={index}
                  titles={titles}
                  horizon={scenario.horizon}
                  tabbable={index === tabbableIndex}
                  onStep={step}
                  onFocus={setCurrentIndex}
                  onOpen={(i) => setEditing({ index: i })}
                  onMove={move}
                  onRemove={remove}
                  onDragOver={setDragOver}
                />
              ))}
            </div>
          </div>
        ))}
      </div>
      <EventEditor target={editing} onClose={() => setEditing(null)} />
      <PlanGrowthDialog open={planning} onClose={() => setPlanning(false)} />
    </section>
  );
}
