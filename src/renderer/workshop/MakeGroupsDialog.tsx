import { useMemo, useState, type FormEvent } from 'react';
import { defaultGroupNames, groupNamesProblem, MAX_GROUPS } from '../../core/workshop/group-names';
import { useApp } from '../app/store-context';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import styles from './Workshop.module.css';

/**
 * Workshop → Make groups…: copies of the scenario on screen, one per group, named "Group 1..N" or as
 * typed one per line. The names are checked as the backend checks them, so a clash shows before sending.
 */
export function MakeGroupsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  return open ? <MakeGroupsForm onClose={onClose} /> : null;
}

function MakeGroupsForm({ onClose }: { onClose(): void }) {
  const project = useApp((s) => s.project)!;
  const scenarioId = useApp((s) => s.scenarioId);
  const makeWorkshopGroups = useApp((s) => s.makeWorkshopGroups);
  const baseline = project.scenarios.find((s) => s.id === scenarioId);
  const [text, setText] = useState(defaultGroupNames(3).join('\n'));
  const names = useMemo(
    () =>
      text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    [text],
  );
  const problem = groupNamesProblem(
    names,
    project.scenarios.map((s) => s.name),
  );
  const setCount = (count: number) => {
    const n = Math.max(1, Math.min(MAX_GROUPS, Math.floor(count) || 1));
    // Keeps the names typed so far; new lines get the next free default name.
    const kept = names.slice(0, n);
    const defaults = defaultGroupNames(MAX_GROUPS).filter((d) => !kept.includes(d));
    setText([...kept, ...defaults.slice(0, n - kept.length)].join('\n'));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!baseline || problem !== null) return;
    onClose();
    void makeWorkshopGroups(baseline.id, names);
  };
  return (
    <Dialog
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      title="Make groups"
      description={
        baseline
          ? `Each group gets its own copy of "${baseline.name}", the baseline, to change. The copies are ordinary scenarios: rename them or move them to the trash as any other.`
          : 'Open the scenario the groups should start from first.'
      }
    >
      <form onSubmit={submit}>
        <div className={styles.field}>
          <label htmlFor="group-count">Number of groups</label>
          <input
            id="group-count"
            type="number"
            min={1}
            max={MAX_GROUPS}
            value={names.length}
            onChange={(e) => setCount(Number(e.target.value))}
          />
        </div>
        <div className={styles.field}>
          <label htmlFor="group-names">Group names, one per line</label>
          <textarea
            id="group-names"
            rows={Math.min(10, Math.max(3, names.length + 1))}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <span className={styles.hint}>They appear as tabs after the baseline, in this order.</span>
        </div>
        {problem ? (
          <p role="alert" className={styles.problem}>
            {problem}
          </p>
        ) : null}
        <div style={{ display: 'flex', justifyContent: 'flex-end', gap: 8, marginTop: 20 }}>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" type="submit" disabled={!baseline || problem !== null}>
            Make {names.length} {names.length === 1 ? 'group' : 'groups'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
