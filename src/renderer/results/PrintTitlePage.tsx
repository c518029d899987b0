import type { SimulationReport } from '../../engine/report';
import { CAVEAT, runsText } from './shares';
import styles from './ResultsDock.module.css';

/** The printed date, as YYYY-MM-DD in UTC: the same on every machine for the same instant. */
export const printDate = (now: Date) => now.toISOString().slice(0, 10);

/**
 * The pack's first page, only in print: what this is (project, scenario), when it was printed, what the
 * runs drew, and that it is a projection, not a forecast.
 */
export function PrintTitlePage({
  projectName,
  scenarioName,
  report,
  now,
}: {
  /** Absent when the scenario is not in a project (the dock rendered on its own). */
  projectName?: string;
  /** The scenario as named in the editor (the report may still carry the name of the last run). */
  scenarioName: string;
  report: SimulationReport;
  /** When the pack was printed: injected, so a test prints a known date. */
  now: Date;
}) {
  return (
    <section className={styles.printTitlePage} aria-label="Title page">
      {projectName ? <p className={styles.printProject}>{projectName}</p> : null}
      <h1>{scenarioName}</h1>
      <p>Organisation design simulation: a pack for leadership</p>
      <dl className={styles.printFacts}>
        <dt>Printed</dt>
        <dd>{printDate(now)}</dd>
        <dt>Runs</dt>
        <dd>
          {report.runs}
          {report.seed !== undefined ? `, seed ${report.seed}` : ' (deterministic)'}
        </dd>
        <dt>Quarters</dt>
        <dd>{report.quarters.length - 1}</dd>
      </dl>
      {/* The caveat's words, as the dock's Caveat writes them (that one stays the page's only "caveat"). */}
      <p className={styles.printCaveat} data-testid="print-caveat">
        <strong>{CAVEAT}</strong>: {runsText(report)}.
      </p>
    </section>
  );
}
