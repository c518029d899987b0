import { structuralDiffSummary } from '../../core/org/structural-diff';
import { verdictShort } from '../../core/verdict-text';
import { sharesText } from '../results/shares';
import { COMPARED_FIGURES, DESIGN_FIGURES } from './compare-table';
import { DiffLists } from './DiffLists';
import type { PackComparison } from './pack-comparison';
import resultsStyles from '../results/ResultsDock.module.css';

/** In print, each structural list shows this many items, then how many more. */
const PRINT_LIST_LIMIT = 25;

/**
 * The comparison in the printed report, as the Compare dialog showed it when it was added: one column
 * per scenario (so it fits a portrait page however many figures there are), a row per figure with its
 * delta against the baseline, then each scenario's structural difference from the baseline as lists.
 */
export function PrintComparison({ comparison }: { comparison: PackComparison }) {
  const { table, baseName } = comparison;
  const rows = table.rows;
  const withDelta = (value: string, delta: string | null) => (delta === null ? value : `${value} (${delta})`);
  return (
    <section className={resultsStyles.printSection} aria-label="Comparison">
      <h3>
        Comparison in Q{table.quarter}, against {baseName}
      </h3>
      <table className={resultsStyles.printTable} aria-label={`Scenarios compared in Q${table.quarter}`}>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            {rows.map((row) => (
              <th key={row.id} scope="col">
                {row.name}
                {row.baseline ? ' (baseline)' : ''}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Headline</th>
            {rows.map((row) => (
              <td key={row.id}>{row.headline}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">Outcome</th>
            {rows.map((row) => (
              <td key={row.id}>
                {row.verdict === null
                  ? `ends at Q${row.lastQuarter}`
                  : verdictShort({ outcome: row.outcome ?? 'balance', verdict: row.verdict, risk: row.risk })}
                {row.shares ? `; ${sharesText(row.shares)}` : ''}
              </td>
            ))}
          </tr>
          {COMPARED_FIGURES.map((f) => (
            <tr key={f.key}>
              <th scope="row">{f.label}</th>
              {rows.map((row) => {
                const value = row.values[f.key];
                const delta = row.deltas[f.key];
                return (
                  <td key={row.id}>
                    {value === null
                      ? '—'
                      : withDelta(f.format(value), delta === null ? null : f.formatDelta(delta))}
                    {table.best[f.key].has(row.id) ? ' ★' : ''}
                  </td>
                );
              })}
            </tr>
          ))}
          {DESIGN_FIGURES.map((f) => (
            <tr key={f.key}>
              <th scope="row">{f.label}</th>
              {rows.map((row) => (
                <td key={row.id}>
                  {withDelta(
                    f.format(row.design[f.key]),
                    row.designDeltas ? f.formatDelta(row.designDeltas[f.key]) : null,
                  )}
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">Change from {baseName}</th>
            {rows.map((row) => (
              <td key={row.id}>{row.diff ? structuralDiffSummary(row.diff) : '—'}</td>
            ))}
          </tr>
        </tbody>
      </table>
      <p>★ marks the best value of a figure where the gap is meaningful.</p>
      {rows
        .filter((row) => row.diff)
        .map((row) => (
          <div key={row.id} aria-label={`Structural difference of ${row.name} from ${baseName}`} role="group">
            <h4>
              {row.name}: {structuralDiffSummary(row.diff!)}
            </h4>
            <DiffLists diff={row.diff!} limit={PRINT_LIST_LIMIT} />
          </div>
        ))}
    </section>
  );
}
