import { setSeed, setVolatility } from '../../core/scenario-edits';
import { useEditor } from '../editor/editor-context';
import { MAX_RUNS, useSimulation } from '../simulation/simulation-store';
import { HorizonField } from './HorizonField';
import { NumberField } from './NumberField';
import { useScenarioEdit } from './use-scenario-edit';
import styles from './Assumptions.module.css';

/**
 * Horizon, volatility and seed: the scenario's own settings, saved with it and undoable. Monte Carlo runs
 * are a setting of the simulation, not of the scenario: they live in the simulation store (shared with the
 * results dock), are not saved with the scenario and do not enter the undo history.
 */
export function SimulationSettings() {
  const volatility = useEditor((s) => s.scenario?.environment.volatility);
  const seed = useEditor((s) => s.scenario?.seed);
  const volatilityEdit = useScenarioEdit();
  const seedEdit = useScenarioEdit();
  const runs = useSimulation((s) => s.runs);
  const setRuns = useSimulation((s) => s.setRuns);

  return (
    <section aria-label="Simulation" className={styles.section}>
      <h2 className={styles.heading}>Simulation</h2>
      <HorizonField />
      <div className={styles.setting}>
        <NumberField
          label="Volatility"
          value={volatility}
          min={0}
          max={1}
          step={0.05}
          slider
          describedBy="volatility-help"
          onCommit={(next) =>
            volatilityEdit.apply(`Set volatility to ${next}`, (d) => setVolatility(d, next ?? NaN))
          }
        />
        <p className={styles.facts} id="volatility-help">
          How fast the market moves away from what the org is built for: 0 stable, 1 turbulent.
        </p>
        {volatilityEdit.refusal ? (
          <p className={styles.refusal} role="alert">
            {volatilityEdit.refusal}
          </p>
        ) : null}
      </div>
      <div className={styles.setting}>
        <NumberField
          label="Seed"
          value={seed}
          min={Number.MIN_SAFE_INTEGER}
          max={Number.MAX_SAFE_INTEGER}
          placeholder="None"
          describedBy="seed-help"
          onCommit={(next) =>
            seedEdit.apply(next === null ? 'Remove seed' : `Set seed to ${next}`, (d) => setSeed(d, next))
          }
        />
        <p className={styles.facts} id="seed-help">
          Where the random draws of Monte Carlo runs start, so a run can be repeated. Saved with the scenario.
        </p>
        {seedEdit.refusal ? (
          <p className={styles.refusal} role="alert">
            {seedEdit.refusal}
          </p>
        ) : null}
      </div>
      <div className={styles.setting}>
        <NumberField
          label="Monte Carlo runs"
          value={runs}
          min={1}
          max={MAX_RUNS}
          describedBy="runs-help"
          onCommit={(next) => setRuns(next ?? 1)}
        />
        <p className={styles.facts} id="runs-help">
          1 is the deterministic run; more adds bands from 10th to 90th percentile. A setting of the
          simulation (also in the results dock), not saved with the scenario.
        </p>
      </div>
    </section>
  );
}
