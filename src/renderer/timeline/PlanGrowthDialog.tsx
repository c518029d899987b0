import { useState } from 'react';
import { growthSteps, planGrowth, teamBefore } from '../../core/scenario-edits';
import type { Scenario } from '../../core/scenario/types';
import { useScenarioEdit } from '../assumptions/use-scenario-edit';
import { useEditor } from '../editor/editor-context';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { roleTitles } from '../../core/scenario/hired-roles';
import { NumberInput, RoleSelect } from './EventFields';
import styles from './Timeline.module.css';

/** "Engineering grows to 60 by Q6": a plan that becomes its grow events, previewed before it is made. */
export function PlanGrowthDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const scenario = useEditor((s) => s.scenario);
  if (!open || !scenario) return null;
  return <PlanGrowthForm scenario={scenario} onClose={onClose} />;
}

function PlanGrowthForm({ scenario, onClose }: { scenario: Scenario; onClose(): void }) {
  const titles = roleTitles(scenario);
  const roles = [...titles].map(([id, title]) => ({ id, title }));
  const [roleId, setRoleId] = useState(scenario.roles.find((r) => r.reportsTo !== null)?.id ?? roles[0]?.id);
  const [from, setFrom] = useState(1);
  const [by, setBy] = useState(Math.min(scenario.horizon, 6));
  const [target, setTarget] = useState(NaN);
  const { apply, refusal } = useScenarioEdit();
  const quarters = Array.from({ length: scenario.horizon }, (_, i) => i + 1);

  let preview = '';
  try {
    const start = teamBefore(scenario, roleId, from);
    if (Number.isInteger(target) && target >= 0 && by >= from) {
      const steps = growthSteps(start, target, from, by);
      preview =
        steps.length === 0
          ? `The team is already ${start}; no grow events needed.`
          : `From ${start}: ${steps.map((s) => `Q${s.quarter} ${s.team}`).join(', ')}.`;
    } else {
      preview = `The team is ${start} before Q${from}.`;
    }
  } catch {
    preview = '';
  }

  const save = () => {
    const title = titles.get(roleId) ?? roleId;
    if (apply(`Plan ${title} to grow to ${target} by Q${by}`, (d) => planGrowth(d, roleId, target, by, from)))
      onClose();
  };

  return (
    <Dialog
      open
      onOpenChange={(o) => {
        if (!o) onClose();
      }}
      title="Plan growth"
      description="A team grows in a straight line to its target, one grow event a quarter (sizes rounded to whole people). Grow events of that role already in those quarters are replaced."
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" onClick={save}>
            Make the plan
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
        <RoleSelect label="Role" value={roleId} roles={roles} onChange={setRoleId} />
        <NumberInput label="Grows to (team size)" value={target} min={0} step={1} onChange={setTarget} />
        <div className={styles.quarterRow}>
          <QuarterSelect label="From quarter" value={from} quarters={quarters} onChange={setFrom} />
          <QuarterSelect label="By quarter" value={by} quarters={quarters} onChange={setBy} />
        </div>
        <p className={styles.note} aria-live="polite">
          {preview}
        </p>
        {refusal ? (
          <p className={styles.refusal} role="alert">
            {refusal}
          </p>
        ) : null}
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}

function QuarterSelect(props: {
  label: string;
  value: number;
  quarters: number[];
  onChange(q: number): void;
}) {
  return (
    <label className={styles.field}>
      <span className={styles.fieldLabel}>{props.label}</span>
      <select
        className={styles.select}
        value={props.value}
        onChange={(e) => props.onChange(Number(e.target.value))}
      >
        {props.quarters.map((q) => (
          <option key={q} value={q}>
            Q{q}
          </option>
        ))}
      </select>
    </label>
  );
}
