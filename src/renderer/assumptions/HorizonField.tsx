import { useState } from 'react';
import { eventsAfter, setHorizon } from '../../core/scenario-edits';
import { MAX_HORIZON, MIN_HORIZON } from '../../core/scenario/types';
import { useEditor, useEditorStore } from '../editor/editor-context';
import { Button } from '../ui/Button';
import { NumberField } from './NumberField';
import { useScenarioEdit } from './use-scenario-edit';
import styles from './Assumptions.module.css';

/**
 * How many quarters the scenario runs. Shortening it past events asks first: the events after the new
 * horizon are named and dropped only when the user says so (one undo step with the horizon).
 */
export function HorizonField() {
  const horizon = useEditor((s) => s.scenario?.horizon);
  const editor = useEditorStore();
  const { apply, refusal, clearRefusal } = useScenarioEdit();
  const [pending, setPending] = useState<{ horizon: number; count: number } | null>(null);

  const commit = (next: number | null) => {
    setPending(null);
    if (next === null) return;
    const scenario = editor.getState().scenario;
    const later =
      scenario && Number.isInteger(next) && next >= MIN_HORIZON ? eventsAfter(scenario, next) : [];
    if (later.length > 0) {
      clearRefusal();
      setPending({ horizon: next, count: later.length });
      return;
    }
    apply(`Set horizon to ${next} quarters`, (d) => setHorizon(d, next));
  };

  return (
    <div className={styles.setting}>
      <NumberField
        label="Horizon (quarters)"
        value={horizon}
        min={MIN_HORIZON}
        max={MAX_HORIZON}
        slider
        describedBy="horizon-help"
        onCommit={commit}
      />
      <p className={styles.facts} id="horizon-help">
        How far the simulation looks ahead, {MIN_HORIZON} to {MAX_HORIZON} quarters.
      </p>
      {refusal ? (
        <p className={styles.refusal} role="alert">
          {refusal}
        </p>
      ) : null}
      {pending ? (
        <div className={styles.confirm} role="alert">
          <p>
            {pending.count} event{pending.count === 1 ? ' acts' : 's act'} after quarter {pending.horizon}.
            Shortening the horizon removes {pending.count === 1 ? 'it' : 'them'}.
          </p>
          <div className={styles.confirmActions}>
            <Button
              size="small"
              variant="primary"
              onClick={() => {
                const target = pending.horizon;
                setPending(null);
                apply(`Set horizon to ${target} quarters`, (d) =>
                  setHorizon(d, target, { dropLaterEvents: true }),
                );
              }}
            >
              Remove {pending.count} and shorten
            </Button>
            <Button size="small" onClick={() => setPending(null)}>
              Keep {horizon} quarters
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
