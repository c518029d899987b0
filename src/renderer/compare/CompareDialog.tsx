import { useMemo, useState } from 'react';
import { useApp } from '../app/store-context';
import { verdictShort } from '../../core/verdict-text';
import { structuralDiffSummary } from '../../core/org/structural-diff';
import { downloadFile, safeFileName } from '../export/download';
import { OutcomeStrip } from '../results/OutcomeStrip';
import { rankedShares, shareName, sharesText, SHARE_KEYS, type OutcomeShares } from '../results/shares';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { compareCsv } from './compare-csv';
import { DiffLists } from './DiffLists';
import { packComparisonStore, usePackComparison } from './pack-comparison';
import { COMPARED_FIGURES, DESIGN_FIGURES, compareTable, signed, type CompareRow } from './compare-table';
import { useComparedScenarios } from './use-compared-scenarios';
import styles from './Compare.module.css';

/**
 * The chosen scenarios of the project side by side in one quarter, against a baseline: each one's
 * headline, its outcome strip (a cell picks the quarter), its org figures with their deltas against the
 * baseline, its spans and layers, its structural difference from the baseline, the meaningfully best of
 * each figure marked. A scenario's name opens it; Export CSV saves what the table shows.
 */
export function CompareDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const selectScenario = useApp((s) => s.selectScenario);
  const project = useApp((s) => s.project);
  // Scenarios left out of the comparison (all are in until unticked; those out are not simulated).
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const { scenarios: shown, done, total, runs, progress, problems } = useComparedScenarios(open, excluded);
  const [chosen, setChosen] = useState<number | null>(null);
  const [baselineId, setBaselineId] = useState<string | null>(null);
  // The last quarter every compared scenario has, until one is picked.
  const common = shown.length > 0 ? Math.min(...shown.map((s) => s.report.quarters.length - 1)) : 0;
  const longest = shown.length > 0 ? Math.max(...shown.map((s) => s.report.quarters.length - 1)) : 0;
  const quarter = Math.min(chosen ?? common, longest);
  // The baseline asked for while it is compared, else the first tab compared.
  const baseline = shown.find((s) => s.id === baselineId)?.id ?? shown[0]?.id ?? null;
  const table = useMemo(() => compareTable(shown, quarter, baseline), [shown, quarter, baseline]);
  const baseName = table.rows.find((r) => r.baseline)?.name ?? '';
  const summaries = project?.scenarios ?? [];
  const close = () => {
    setChosen(null);
    setExcluded(new Set());
    setBaselineId(null);
    setAdded(false);
    onClose();
  };
  const toggle = (id: string, on: boolean) =>
    setExcluded((before) => {
      const next = new Set(before);
      if (on) next.delete(id);
      else next.add(id);
      return next;
    });
  const inReport = usePackComparison(project?.path) !== null;
  const [added, setAdded] = useState(false);
  const addToReport = () => {
    if (!project) return;
    packComparisonStore.getState().add({ projectPath: project.path, table, baseName });
    setAdded(true);
  };
  const exportCsv = () =>
    downloadFile(
      safeFileName(project?.name ?? 'Scenarios', 'comparison.csv', 'comparison'),
      compareCsv(table),
      'text/csv;charset=utf-8',
    );

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => (next ? undefined : close())}
      title="Compare scenarios"
      description={
        runs > 1
          ? `The chosen scenarios of this project, each run ${runs} times (the Runs setting of the results, each with its own seed), in the same quarter, against a baseline: medians of the figures, and the share of runs in each outcome. ★ marks the best value of a figure where the gap is meaningful.`
          : 'The chosen scenarios of this project, each run once without noise, in the same quarter, against a baseline. ★ marks the best value of a figure where the gap is meaningful. Set more Runs in the results to compare the share of runs in each outcome.'
      }
      size="full"
      footer={
        <>
          <Button onClick={exportCsv} disabled={table.rows.length === 0}>
            Export CSV
          </Button>
          <Button
            onClick={addToReport}
            disabled={table.rows.length === 0 || done < total || !project}
            title="Print this comparison, with each scenario's structural difference, in the results' report"
          >
            {inReport ? 'Update the printed report' : 'Add to the printed report'}
          </Button>
          <Button variant="primary" onClick={close}>
            Done
          </Button>
        </>
      }
    >
      {done < total ? (
        <p className={styles.progress} role="status">
          Simulating {done + 1} of {total}…{progress ? ` ${progress.done} of ${progress.total} runs` : null}
        </p>
      ) : null}
      {added ? (
        <p role="status" className={styles.progress}>
          The comparison as shown is in the printed report: print it with Print report in the results.
        </p>
      ) : null}
      {problems.map((problem) => (
        <p key={problem} role="alert" className={styles.problem}>
          {problem}
        </p>
      ))}
      <div className={styles.choices}>
        <fieldset className={styles.chosen}>
          <legend>Scenarios compared</legend>
          {summaries.map((s) => (
            <label key={s.id}>
              <input
                type="checkbox"
                checked={!excluded.has(s.id)}
                onChange={(e) => toggle(s.id, e.target.checked)}
              />
              {s.name}
            </label>
          ))}
        </fieldset>
        {shown.length > 0 ? (
          <label className={styles.baseline}>
            Baseline
            <select value={baseline ?? ''} onChange={(e) => setBaselineId(e.target.value)}>
              {shown.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      {shown.length > 0 ? (
        <>
          <label className={styles.quarter}>
            Quarter
            <input
              type="range"
              min={0}
              max={longest}
              value={quarter}
              onChange={(e) => setChosen(Number(e.target.value))}
            />
            <output>Q{quarter}</output>
          </label>
          <div className={styles.scroller}>
            <table className={styles.table} aria-label={`Scenarios in Q${quarter}`}>
              <thead>
                <tr>
                  <th scope="col">Scenario</th>
                  <th scope="col">Outcome</th>
                  {COMPARED_FIGURES.map((f) => (
                    <th key={f.key} scope="col" className={styles.number}>
                      {f.label}
                    </th>
                  ))}
                  {DESIGN_FIGURES.map((f) => (
                    <th key={f.key} scope="col" className={styles.number}>
                      {f.label}
                    </th>
                  ))}
                  <th scope="col">Change from {baseName}</th>
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row, k) => {
                  const report = shown[k].report; // rows are in the scenarios' order
                  return (
                    <tr key={row.id} data-scenario={row.name} data-baseline={row.baseline || undefined}>
                      <th scope="row" className={styles.scenario}>
                        <button
                          type="button"
                          className={styles.name}
                          onClick={() => {
                            close();
                            void selectScenario(row.id);
                          }}
                        >
                          {row.name}
                        </button>
                        {row.baseline ? <span className={styles.tag}>baseline</span> : null}
                        <span className={styles.headline}>{row.headline}</span>
                        <OutcomeStrip
                          report={report}
                          quarter={quarter}
                          onSelect={setChosen}
                          label={`Outcome per quarter of ${row.name}`}
                        />
                      </th>
                      <td
                        data-outcome={row.outcome ?? undefined}
                        data-verdict={row.verdict ?? undefined}
                        className={styles.outcome}
                      >
                        {row.verdict === null
                          ? `ends at Q${row.lastQuarter}`
                          : verdictShort({
                              outcome: row.outcome ?? 'balance',
                              verdict: row.verdict,
                              risk: row.risk,
                            })}
                        {row.shares ? (
                          <span className={styles.shares} data-testid="compare-shares">
                            {sharesText(row.shares)}
                          </span>
                        ) : null}
                        {row.shareDeltas ? (
                          <span className={styles.shares} data-testid="compare-share-deltas">
                            {shareDeltasText(row.shareDeltas, row.shares!)}
                          </span>
                        ) : null}
                      </td>
                      {COMPARED_FIGURES.map((f) => {
                        const value = row.values[f.key];
                        const delta = row.deltas[f.key];
                        const best = table.best[f.key].has(row.id);
                        return (
                          <td
                            key={f.key}
                            data-figure={f.key}
                            data-best={best ? 'true' : undefined}
                            className={styles.number}
                          >
                            {value === null ? '—' : f.format(value)}
                            {delta !== null ? (
                              <span className={styles.delta} data-delta>
                                {' '}
                                ({f.formatDelta(delta)})
                              </span>
                            ) : null}
                            {best ? (
                              <>
                                <span aria-hidden="true"> ★</span>
                                <span className="visually-hidden"> (best)</span>
                              </>
                            ) : null}
                          </td>
                        );
                      })}
                      {DESIGN_FIGURES.map((f) => (
                        <td key={f.key} data-design={f.key} className={styles.number}>
                          {f.format(row.design[f.key])}
                          {row.designDeltas ? (
                            <span className={styles.delta} data-delta>
                              {' '}
                              ({f.formatDelta(row.designDeltas[f.key])})
                            </span>
                          ) : null}
                        </td>
                      ))}
                      <td data-testid="compare-diff-summary">
                        {row.diff ? structuralDiffSummary(row.diff) : '—'}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <StructuralDifferences rows={table.rows} baseName={baseName} />
        </>
      ) : null}
    </Dialog>
  );
}

/** "vs baseline: chaos +12 pts, balance −10 pts": the shares that moved, in the order of the row's own. */
function shareDeltasText(deltas: OutcomeShares, shares: OutcomeShares): string {
  const order = [...rankedShares(shares).map((s) => s.key), ...SHARE_KEYS];
  const moved = [...new Set(order)]
    .filter((key) => Math.round(Math.abs(deltas[key]) * 100) > 0)
    .map((key) => `${shareName(key)} ${signed(deltas[key] * 100, 0, ' pts')}`);
  return `vs baseline: ${moved.length > 0 ? moved.join(', ') : 'no change'}`;
}

/** Per scenario, the structural difference from the baseline: counts, then the lists, one click away. */
function StructuralDifferences({ rows, baseName }: { rows: readonly CompareRow[]; baseName: string }) {
  const others = rows.filter((r) => r.diff);
  if (others.length === 0) return null;
  return (
    <section className={styles.diffs} aria-label={`Structural difference from ${baseName}`}>
      <h3 className={styles.diffTitle}>Structural difference from {baseName}</h3>
      {others.map((row) => (
        <details key={row.id} className={styles.diff} data-scenario={row.name}>
          <summary>
            {row.name}: {structuralDiffSummary(row.diff!)}
          </summary>
          <DiffLists diff={row.diff!} />
        </details>
      ))}
    </section>
  );
}
