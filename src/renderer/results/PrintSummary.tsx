import type { StructureReport } from '../../core/org/cost';
import type { Role } from '../../core/scenario/types';
import { DESIGN_FIGURES, designFigures } from '../compare/compare-table';
import type { SimulationReport } from '../../engine/report';
import { moneyText } from '../project/CostTable';
import { CHARTED_FIGURES } from './figures';
import { headline } from './headline';
import { topRisks } from './outcome-heat';
import { OutcomeStrip } from './OutcomeStrip';
import { TopRisks } from './TopRisks';
import { readShares, sharesText } from './shares';
import styles from './ResultsDock.module.css';

const ignore = () => {};

/**
 * The pack's one-page summary, only in print: the headline, the outcome strip, the org's figures at the
 * chosen quarter (as the report has them), the top risks, and the design's spans, layers and cost from
 * structureReport, the function of the spans & layers panel.
 */
export function PrintSummary({
  report,
  quarter,
  titles,
  structure,
  roles,
}: {
  report: SimulationReport;
  quarter: number;
  titles: ReadonlyMap<string, string>;
  structure: StructureReport;
  /** The starting org, for its spans and layers as the comparison shows them (designFigures). */
  roles: Role[];
}) {
  const design = designFigures(roles);
  const org = report.quarters[quarter]?.org;
  const shares = readShares(org);
  const { total } = structure;
  const priced = total.cost > 0 || total.vacantCost > 0;
  return (
    <section className={styles.printSummary} aria-label="Summary">
      <h2>Summary</h2>
      <p className={styles.printHeadline}>{headline(report, titles)}</p>
      <OutcomeStrip report={report} quarter={quarter} onSelect={ignore} label="Outcome per quarter (print)" />
      <h3>Key figures in Q{quarter}</h3>
      <dl className={styles.printFacts} aria-label={`Key figures in Q${quarter}`}>
        {CHARTED_FIGURES.map((figure) => {
          const value = org?.[figure.key];
          return typeof value === 'number' ? (
            <div key={figure.key} data-figure={figure.key}>
              <dt>{figure.label}</dt>
              <dd>{figure.format(value)}</dd>
            </div>
          ) : null;
        })}
        {shares ? (
          <div data-figure="shares">
            <dt>Share of runs</dt>
            <dd>{sharesText(shares)}</dd>
          </div>
        ) : null}
      </dl>
      <TopRisks risks={topRisks(report, quarter, titles)} quarter={quarter} onReveal={ignore} />
      <h3>Spans, layers and cost (the starting org)</h3>
      <dl className={styles.printFacts} aria-label="Spans and layers">
        {DESIGN_FIGURES.map((figure) => (
          <div key={figure.key} data-figure={figure.key}>
            <dt>{figure.label}</dt>
            <dd>{figure.format(design[figure.key])}</dd>
          </div>
        ))}
      </dl>
      <p data-testid="print-structure">
        Headcount {structure.headcount}, {structure.roles} roles, {structure.layers} layers,{' '}
        {Math.round(structure.managerShare * 100)}% managers
        {priced ? `; annual cost ${moneyText(total.cost)}` : ''}
        {total.vacantCost > 0 ? `, open posts ${moneyText(total.vacantCost)}` : ''}.
      </p>
    </section>
  );
}
