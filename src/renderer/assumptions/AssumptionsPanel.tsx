import { ParameterList } from './ParameterList';
import { SimulationSettings } from './SimulationSettings';
import styles from './Assumptions.module.css';

/**
 * The scenario's assumptions: horizon, volatility and seed, then every model parameter with its default,
 * range and basis (docs/MODEL.md). Every change is an undoable edit saved with the scenario.
 */
export function AssumptionsPanel() {
  return (
    <div className={styles.panel} aria-label="Assumptions" role="region">
      <SimulationSettings />
      <ParameterList />
    </div>
  );
}
