import { useMemo, useState } from 'react';
import { verdictShort } from '../../core/verdict-text';
import type { SimulationReport } from '../../engine/report';
import { useApp } from '../app/store-context';
import { downloadFile, safeFileName } from '../export/download';
import { OutcomeStrip } from '../results/OutcomeStrip';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { buildBoard, RANK_CHOICES, type BoardRow, type RankKey } from './board';
import { boardCsv } from './board-csv';
import { keyFigures } from './board-figures';
import type { WorkshopBoardData } from './use-workshop-board';
import styles from './Workshop.module.css';

/**
 * Workshop → Groups board: every group against the baseline in one quarter (the last by default; a cell
 * of a strip picks another), ranked by a chosen figure, with each group's design and event changes. It
 * follows the groups' saves while open (use-workshop-board.ts).
 */
export function GroupsBoard({
  open,
  data,
  onClose,
  onDebrief,
}: {
  open: boolean;
  data: WorkshopBoardData;
  onClose(): void;
  onDebrief(): void;
}) {
  const projectName = useApp((s) => s.project?.name ?? 'Workshop');
  const [rank, setRank] = useState<RankKey>('made');
  const [chosenQuarter, setQuarter] = useState<number | null>(null);
  const { workshop, scenarios } = data;
  const baseline = scenarios.find((s) => s.id === workshop?.baselineId);
  const lastQuarter = baseline ? baseline.report.quarters.length - 1 : 0;
  const quarter = Math.min(chosenQuarter ?? lastQuarter, lastQuarter);
  const board = useMemo(
    () => (workshop && baseline ? buildBoard(workshop, scenarios, quarter, rank) : null),
    [workshop, baseline, scenarios, quarter, rank],
  );
  const exportCsv = () =>
    board &&
    downloadFile(
      safeFileName(projectName, 'groups board.csv', 'board'),
      boardCsv(board),
      'text/csv;charset=utf-8',
    );

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => (next ? undefined : onClose())}
      title="Groups board"
      description={
        data.runs > 1
          ? `Each group's design against the baseline, each run ${data.runs} times (the results' Runs setting). The board follows every save of a group.`
          : 'Each group\u2019s design against the baseline, one run without noise each. The board follows every save of a group; set more Runs in the results for the share of runs in each outcome.'
      }
      size="full"
      footer={
        <>
          <Button onClick={exportCsv} disabled={!board}>
            Export board CSV
          </Button>
          <Button onClick={onDebrief} disabled={!board}>
            Debrief…
          </Button>
          <Button variant="primary" onClick={onClose}>
            Close
          </Button>
        </>
      }
    >
      {!data.loaded ? (
        <p className={styles.hint}>Reading the workshop…</p>
      ) : workshop === null ? (
        <p>This project has no groups yet. Open the baseline scenario and choose Workshop → Make groups….</p>
      ) : (
        <>
          <div className={styles.toolbar}>
            <label>
              Rank by{' '}
              <select value={rank} onChange={(e) => setRank(e.target.value as RankKey)}>
                {RANK_CHOICES.map((c) => (
                  <option key={c.key} value={c.key}>
                    {c.label}
                  </option>
                ))}
              </select>
            </label>
            <span className={styles.hint}>
              Figures in Q{quarter}
              {quarter !== lastQuarter ? (
                <>
                  {' '}
                  <Button size="small" variant="ghost" onClick={() => setQuarter(null)}>
                    Back to Q{lastQuarter}
                  </Button>
                </>
              ) : (
                ' (the last quarter); pick a quarter on a strip'
              )}
            </span>
            {board && board.waiting.length > 0 ? (
              <span className={styles.hint} role="status">
                Simulating {board.waiting.join(', ')}…
              </span>
            ) : null}
          </div>
          {data.problems.map((p) => (
            <p key={p} className={styles.problem}>
              {p}
            </p>
          ))}
          {board ? (
            <ol className={styles.board} aria-label="Groups against the baseline">
              {board.rows.map((row, k) => (
                <BoardCard
                  key={row.id}
                  row={row}
                  place={rank === 'made' || row.baseline ? null : k}
                  report={scenarios.find((s) => s.id === row.id)!.report}
                  quarter={quarter}
                  onQuarter={setQuarter}
                />
              ))}
            </ol>
          ) : (
            <p className={styles.hint}>Simulating the baseline…</p>
          )}
        </>
      )}
    </Dialog>
  );
}

function BoardCard({
  row,
  place,
  report,
  quarter,
  onQuarter,
}: {
  row: BoardRow;
  /** The group's rank (1 = best) when ranked by a figure. */
  place: number | null;
  report: SimulationReport;
  quarter: number;
  onQuarter(quarter: number): void;
}) {
  const outcome =
    row.verdict === null
      ? `ends at Q${row.lastQuarter}`
      : verdictShort({ outcome: row.outcome ?? 'balance', verdict: row.verdict, risk: row.risk });
  return (
    <li className={styles.card} data-baseline={row.baseline ? 'true' : undefined} aria-label={row.name}>
      <div className={styles.cardTitle}>
        {place !== null ? <span className={styles.rank}>#{place}</span> : null}
        <span data-testid="board-group-name">{row.name}</span>
        {row.baseline ? <span className={styles.rank}>baseline</span> : null}
      </div>
      <OutcomeStrip
        report={report}
        quarter={quarter}
        onSelect={onQuarter}
        label={`Outcome per quarter: ${row.name}`}
      />
      <p className={styles.headline}>{row.headline}</p>
      <p className={styles.hint}>
        Q{quarter}: {outcome}
      </p>
      <dl className={styles.figures}>
        {keyFigures(row).map((f) => (
          <Figure key={f.label} label={f.label} value={f.value} delta={f.delta} />
        ))}
      </dl>
      {row.baseline ? null : (
        <div>
          <strong>Changes against the baseline</strong>
          {row.designLines.length + row.eventLines.length === 0 ? (
            <p className={styles.hint}>No change yet.</p>
          ) : (
            <ul className={styles.changes} aria-label={`Changes: ${row.name}`}>
              {row.designLines.map((line, i) => (
                <li key={`d${i}`}>{line}</li>
              ))}
              {row.eventLines.map((line, i) => (
                <li key={`e${i}`}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </li>
  );
}

function Figure({ label, value, delta }: { label: string; value: string; delta: string | null }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
      <dd className={styles.delta} data-testid={`delta-${label}`}>
        {delta ?? ''}
      </dd>
    </>
  );
}
