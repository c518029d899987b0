import { Square } from 'lucide-react';
import { useState } from 'react';
import type { RerunController } from '../simulation/rerun-controller';
import { MAX_RUNS, useSimulation } from '../simulation/simulation-store';
import { Button } from '../ui/Button';
import styles from './ResultsDock.module.css';

/** Runs and seed, the run's status, progress with Stop, and "Run N simulations" when it is too big to be automatic. */
export function RunControls({ controller }: { controller: RerunController | null }) {
  const runs = useSimulation((s) => s.runs);
  const seed = useSimulation((s) => s.seed);
  const status = useSimulation((s) => s.status);
  const progress = useSimulation((s) => s.progress);
  const elapsedMs = useSimulation((s) => s.elapsedMs);
  const error = useSimulation((s) => s.error);
  const needsManualRun = useSimulation((s) => s.needsManualRun);
  const setRuns = useSimulation((s) => s.setRuns);

  return (
    <div className={styles.runControls}>
      <NumberSetting label="Runs" value={runs} min={1} max={MAX_RUNS} onCommit={setRuns} />
      {runs > 1 ? (
        <span className={styles.setting} title="The scenario's seed, set with the assumptions">
          seed {seed}
        </span>
      ) : null}
      {status === 'running' && progress ? (
        <span className={styles.progress} role="status">
          <progress max={progress.total} value={progress.done} aria-label="Simulation progress" />
          {progress.done} of {progress.total} runs
          <Button size="small" onClick={() => controller?.stop()}>
            <Square size={12} aria-hidden /> Stop
          </Button>
        </span>
      ) : needsManualRun ? (
        <Button size="small" variant="primary" onClick={() => controller?.runNow()}>
          Run {runs} simulations
        </Button>
      ) : null}
      <span className={styles.status} role="status" data-status={status}>
        {status === 'running' && !progress
          ? 'Simulating…'
          : status === 'error'
            ? `The simulation failed: ${error}`
            : status === 'cancelled'
              ? 'Stopped; the figures shown are from the previous run.'
              : status === 'done' && elapsedMs !== null
                ? `Updated in ${Math.max(1, Math.round(elapsedMs))} ms`
                : ''}
      </span>
    </div>
  );
}

function NumberSetting({
  label,
  value,
  min,
  max,
  onCommit,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  onCommit(value: number): void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    const parsed = Number(draft);
    if (draft.trim() !== '' && Number.isFinite(parsed)) onCommit(parsed);
    setDraft(null);
  };
  return (
    <label className={styles.setting}>
      {label}
      <input
        type="number"
        min={min}
        max={max}
        step={1}
        value={draft ?? String(value)}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          if (event.key === 'Escape') setDraft(null);
        }}
      />
    </label>
  );
}
