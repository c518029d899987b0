import type { SimulationReport } from '../../engine/report';
import { CAVEAT, runsText } from './shares';
import styles from './ResultsDock.module.css';

/**
 * Under the headline, on screen and in print: what the results are (a projection, not a forecast) and
 * what the runs drew, with a way to the assumptions they rest on. Shown before the first report too, so
 * the dock keeps its height when results arrive.
 */
export function Caveat({
  report,
  onOpenAssumptions,
}: {
  report: SimulationReport | null;
  /** Absent where there is no assumptions panel to open (the dock rendered on its own). */
  onOpenAssumptions?: () => void;
}) {
  const drawn = report ? `: ${runsText(report)}.` : '.';
  return (
    <p className={styles.caveat} data-testid="caveat">
      <span className={styles.caveatText} title={`${CAVEAT}${drawn}`}>
        <strong>{CAVEAT}</strong>
        {drawn}
      </span>
      {onOpenAssumptions ? (
        <button type="button" className={`${styles.link} ${styles.noPrint}`} onClick={onOpenAssumptions}>
          See the assumptions
        </button>
      ) : null}
    </p>
  );
}
