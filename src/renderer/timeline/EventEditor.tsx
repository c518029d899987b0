import { useMemo, useState } from 'react';
import {
  addEvent,
  addHire,
  moveEvent,
  removeEvent,
  rolesAliveAt,
  updateEvent,
} from '../../core/scenario-edits';
import { EVENT_TYPES, type EventType, type Scenario } from '../../core/scenario/types';
import { useScenarioEdit } from '../assumptions/use-scenario-edit';
import { useEditor } from '../editor/editor-context';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import {
  draftOf,
  eventPatch,
  namedRoleIds,
  newDraft,
  presetStrengths,
  toEvent,
  type EventDraft,
} from './event-draft';
import { roleTitles } from '../../core/scenario/hired-roles';
import { EVENT_TYPE_NAMES, eventLabel } from './event-label';
import { isArrival } from '../../engine/index';
import { ArrivalDeadline } from './ArrivalDeadline';
import { EventFields, type RoleOption } from './EventFields';
import styles from './Timeline.module.css';

/** What the editor is open on: an existing event by index, or a new one at a quarter. */
export type EditorTarget = { index: number } | { quarter: number; type?: EventType };

/**
 * One event's fields in a dialog. Saving is one undoable edit (add or update); for an existing event,
 * the move and remove buttons act at once, each its own edit, and the dialog follows the event.
 */
export function EventEditor({ target, onClose }: { target: EditorTarget | null; onClose(): void }) {
  const scenario = useEditor((s) => s.scenario);
  if (!target || !scenario) return null;
  const key = 'index' in target ? `e${target.index}` : `n${target.quarter}-${target.type ?? ''}`;
  return <EventEditorDialog key={key} target={target} scenario={scenario} onClose={onClose} />;
}

function EventEditorDialog({
  target,
  scenario,
  onClose,
}: {
  target: EditorTarget;
  scenario: Scenario;
  onClose(): void;
}) {
  const existing = 'index' in target ? scenario.events[target.index] : undefined;
  const [draft, setDraft] = useState<EventDraft>(() =>
    existing
      ? draftOf(existing)
      : 'index' in target
        ? newDraft('hire', 1, scenario) // the event is gone; the dialog renders nothing
        : newDraft(target.type ?? 'hire', target.quarter, scenario),
  );
  const { apply, refusal } = useScenarioEdit();
  // The pickers' lists follow the scenario, the quarter and the roles the draft names, not every
  // keystroke in a title (a big org lists thousands of roles).
  const index = 'index' in target ? target.index : undefined;
  const titles = useMemo(() => roleTitles(scenario), [scenario]);
  const alive = useMemo(() => rolesAliveAt(scenario, draft.quarter, index), [scenario, draft.quarter, index]);
  const namedKey = JSON.stringify([...namedRoleIds(draft)]);
  const roles = useMemo((): RoleOption[] => {
    // Only the roles in the org when the event acts; one the draft already names stays listed, marked,
    // so the field shows what is chosen (saving it is refused with the reason).
    const named = new Set(JSON.parse(namedKey) as string[]);
    return [...titles]
      .filter(([id]) => alive.has(id) || named.has(id))
      .map(([id, title]) => ({
        id,
        title: alive.has(id) ? title : `${title} (not in the org in Q${draft.quarter})`,
      }));
  }, [titles, alive, namedKey, draft.quarter]);
  if ('index' in target && !existing) return null;
  const selfId = existing?.type === 'hire' ? existing.role.id : undefined;
  const change = (patch: Partial<Record<string, unknown>>) =>
    setDraft((d) => ({ ...d, ...patch }) as EventDraft);
  const quarters = Array.from({ length: scenario.horizon }, (_, i) => i + 1);

  const save = () => {
    const event = toEvent(draft, existing);
    const ok =
      'index' in target
        ? apply(`Edit ${eventLabel(event, titles)} in Q${event.quarter}`, (d) =>
            updateEvent(d, target.index, eventPatch(event)),
          )
        : draft.type === 'hire'
          ? apply(`Add hire ${draft.title} in Q${draft.quarter}`, (d) => {
              const { index } = addHire(
                d,
                draft.quarter,
                {
                  title: draft.title,
                  person: draft.person,
                  strengths: presetStrengths(draft.preset),
                  ratingError: draft.ratingError,
                },
                draft.reportsTo,
                draft.takeOver,
              );
              if (event.timingSpread !== undefined)
                updateEvent(d, index, { timingSpread: event.timingSpread });
            })
          : apply(`Add ${eventLabel(event, titles)} in Q${event.quarter}`, (d) => addEvent(d, event));
    if (ok) onClose();
  };

  const move = (by: number) => {
    if (!('index' in target) || !existing) return;
    const quarter = existing.quarter + by;
    if (
      apply(`Move ${eventLabel(existing, titles)} to Q${quarter}`, (d) => moveEvent(d, target.index, quarter))
    )
      setDraft((d) => ({ ...d, quarter }));
  };

  const remove = () => {
    if (!('index' in target) || !existing) return;
    if (apply(`Remove ${eventLabel(existing, titles)}`, (d) => removeEvent(d, target.index))) onClose();
  };

  const title = existing
    ? `${EVENT_TYPE_NAMES[existing.type]} in Q${existing.quarter}`
    : `Add an event in Q${draft.quarter}`;

  return (
    <Dialog
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={title}
      footer={
        <>
          {existing ? (
            <Button className={styles.removeButton} onClick={remove}>
              Remove event
            </Button>
          ) : null}
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" onClick={save}>
            {existing ? 'Save' : 'Add event'}
          </Button>
        </>
      }
    >
      <form
        className={styles.form}
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        {existing ? null : (
          <label className={styles.field}>
            <span className={styles.fieldLabel}>Type</span>
            <select
              className={styles.select}
              value={draft.type}
              onChange={(e) => setDraft(newDraft(e.target.value as EventType, draft.quarter, scenario))}
            >
              {EVENT_TYPES.map((t) => (
                <option key={t} value={t}>
                  {EVENT_TYPE_NAMES[t]}
                </option>
              ))}
            </select>
          </label>
        )}
        <div className={styles.quarterRow}>
          <label className={styles.field}>
            <span className={styles.fieldLabel}>Quarter</span>
            <select
              className={styles.select}
              value={draft.quarter}
              onChange={(e) => change({ quarter: Number(e.target.value) })}
            >
              {quarters.map((q) => (
                <option key={q} value={q}>
                  Q{q}
                </option>
              ))}
            </select>
          </label>
          {existing ? (
            <>
              <Button size="small" disabled={existing.quarter <= 1} onClick={() => move(-1)}>
                Move a quarter earlier
              </Button>
              <Button size="small" disabled={existing.quarter >= scenario.horizon} onClick={() => move(1)}>
                Move a quarter later
              </Button>
            </>
          ) : null}
        </div>
        <EventFields draft={draft} roles={roles} change={change} selfId={selfId} />
        {existing && isArrival(existing) && 'index' in target ? (
          <ArrivalDeadline
            scenario={scenario}
            eventIndex={target.index}
            quarter={existing.quarter}
            arrival={existing.type === 'hire' ? 'hire' : 'new holder'}
            onMoveTo={(quarter) => move(quarter - existing.quarter)}
          />
        ) : null}
        {refusal ? (
          <p className={styles.refusal} role="alert">
            {refusal}
          </p>
        ) : null}
        {/* Enter in a field submits. */}
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}
