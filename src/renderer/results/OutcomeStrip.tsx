import type { SimulationReport } from '../../engine/report';
import styles from './ResultsDock.module.css';

/** The org's outcome per quarter: one cell each, solid when confirmed, hatched when at risk. */
export function OutcomeStrip({
  report,
  quarter,
  onSelect,
  label = 'Outcome per quarter',
}: {
  report: SimulationReport;
  quarter: number;
  onSelect(quarter: number): void;
  /** The list's accessible name, where several strips share a screen. */
  label?: string;
}) {
  return (
    <ol className={styles.strip} aria-label={label}>
      {report.quarters.map((q) => {
        const label = `Q${q.quarter}: ${q.org.outcome}, ${q.org.confirmed ? 'confirmed' : 'at risk'}`;
        return (
          <li key={q.quarter}>
            <button
              type="button"
              className={styles.stripCell}
              data-outcome={q.org.outcome}
              data-confirmed={q.org.confirmed}
              aria-current={q.quarter === quarter ? 'true' : undefined}
              aria-label={label}
              title={label}
              onClick={() => onSelect(q.quarter)}
            >
              {q.quarter}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
