import { useMemo, useState } from 'react';
import { useApp } from '../app/store-context';
import { verdictShort } from '../../core/verdict-text';
import { OutcomeStrip } from '../results/OutcomeStrip';
import { sharesText } from '../results/shares';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { COMPARED_FIGURES, compareTable } from './compare-table';
import { useComparedScenarios } from './use-compared-scenarios';
import styles from './Compare.module.css';

/**
 * Every scenario of the project side by side in one quarter: its headline, its outcome strip (a cell
 * picks the quarter), its org figures, the best of each figure marked. A scenario's name opens it.
 */
export function CompareDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const selectScenario = useApp((s) => s.selectScenario);
  const { scenarios, done, total, runs, progress, problems } = useComparedScenarios(open);
  const [chosen, setChosen] = useState<number | null>(null);
  // The last quarter every scenario has, until one is picked.
  const common = scenarios.length > 0 ? Math.min(...scenarios.map((s) => s.report.quarters.length - 1)) : 0;
  const longest = scenarios.length > 0 ? Math.max(...scenarios.map((s) => s.report.quarters.length - 1)) : 0;
  const quarter = Math.min(chosen ?? common, longest);
  const table = useMemo(() => compareTable(scenarios, quarter), [scenarios, quarter]);
  const close = () => {
    setChosen(null);
    onClose();
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => (next ? undefined : close())}
      title="Compare scenarios"
      description={
        runs > 1
          ? `Each scenario of this project, run ${runs} times (the Runs setting of the results, each with its own seed), in the same quarter: medians of the figures, and the share of runs in each outcome. The best value of each figure is marked ★.`
          : 'Each scenario of this project, run once without noise, in the same quarter. The best value of each figure is marked ★. Set more Runs in the results to compare the share of runs in each outcome.'
      }
      size="full"
      footer={
        <Button variant="primary" onClick={close}>
          Done
        </Button>
      }
    >
      {done < total ? (
        <p className={styles.progress} role="status">
          Simulating {done + 1} of {total}…{progress ? ` ${progress.done} of ${progress.total} runs` : null}
        </p>
      ) : null}
      {problems.map((problem) => (
        <p key={problem} role="alert" className={styles.problem}>
          {problem}
        </p>
      ))}
      {scenarios.length > 0 ? (
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
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row, k) => {
                  const report = scenarios[k].report; // rows are in the scenarios' order
                  return (
                    <tr key={row.id} data-scenario={row.name}>
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
                      </td>
                      {COMPARED_FIGURES.map((f) => {
                        const value = row.values[f.key];
                        const best = table.best[f.key].has(row.id);
                        return (
                          <td
                            key={f.key}
                            data-figure={f.key}
                            data-best={best ? 'true' : undefined}
                            className={styles.number}
                          >
                            {value === null ? '—' : f.format(value)}
                            {best ? (
                              <>
                                <span aria-hidden="true"> ★</span>
                                <span className="visually-hidden"> (best)</span>
                              </>
                            ) : null}
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </Dialog>
  );
}
