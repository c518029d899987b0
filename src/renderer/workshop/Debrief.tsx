import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { verdictShort } from '../../core/verdict-text';
import { printDate } from '../results/PrintTitlePage';
import { runsText } from '../results/shares';
import { useApp } from '../app/store-context';
import { Button } from '../ui/Button';
import { buildBoard, type BoardRow } from './board';
import { keyFigures } from './board-figures';
import { driverOf } from './debrief-drivers';
import type { WorkshopBoardData } from './use-workshop-board';
import styles from './Debrief.module.css';

/**
 * The printable debrief: title, project, date, the baseline, then each group in the order made with its
 * design changes and events, its outcome and key figures against the baseline in the last quarter, and
 * the driver behind its outcome next to the baseline's (engine/main-driver.ts). Shown as a page over the
 * app; Print prints it alone (Debrief.module.css).
 */
export function Debrief({
  data,
  onBack,
  onClose,
  now = new Date(),
}: {
  data: WorkshopBoardData;
  onBack(): void;
  onClose(): void;
  now?: Date;
}) {
  const projectName = useApp((s) => s.project?.name ?? '');
  const { workshop, scenarios, client } = data;
  const baseline = scenarios.find((s) => s.id === workshop?.baselineId);
  const quarter = baseline ? baseline.report.quarters.length - 1 : 0;
  const board = useMemo(
    () => (workshop && baseline ? buildBoard(workshop, scenarios, quarter) : null),
    [workshop, baseline, scenarios, quarter],
  );
  const drivers = useDrivers(data);

  // Focus moves to the page, so a screen reader starts at its title and Escape reaches it.
  const page = useRef<HTMLElement>(null);
  useEffect(() => page.current?.focus(), []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return createPortal(
    <article
      ref={page}
      tabIndex={-1}
      className={styles.debrief}
      aria-label="Workshop debrief"
      data-testid="debrief"
    >
      <div className={styles.actions}>
        <Button onClick={onBack}>Back to the board</Button>
        <Button variant="primary" onClick={() => window.print()} disabled={!board || client === null}>
          Print
        </Button>
        <Button onClick={onClose}>Close</Button>
      </div>
      <h1>Workshop debrief</h1>
      <dl className={styles.facts}>
        <dt>Project</dt>
        <dd>{projectName}</dd>
        <dt>Date</dt>
        <dd>{printDate(now)}</dd>
        <dt>Baseline</dt>
        <dd>{baseline?.name ?? '…'}</dd>
        <dt>Groups</dt>
        <dd>{workshop?.groups.map((g) => g.name).join(', ') || 'none'}</dd>
        {baseline ? (
          <>
            <dt>Runs</dt>
            <dd>{runsText(baseline.report)}</dd>
            <dt>Compared in</dt>
            <dd>Q{quarter}, the last quarter</dd>
          </>
        ) : null}
      </dl>
      {board === null ? (
        <p className={styles.muted}>Simulating the baseline…</p>
      ) : (
        <>
          {board.waiting.length > 0 ? (
            <p className={styles.muted} role="status">
              Still simulating {board.waiting.join(', ')}…
            </p>
          ) : null}
          {board.rows.map((row) => (
            <DebriefSection
              key={row.id}
              row={row}
              quarter={quarter}
              driver={drivers.get(row.id)}
              baselineDriver={drivers.get(board.table.baselineId ?? '')}
            />
          ))}
        </>
      )}
    </article>,
    document.body,
  );
}

function DebriefSection({
  row,
  quarter,
  driver,
  baselineDriver,
}: {
  row: BoardRow;
  quarter: number;
  driver: string | undefined;
  baselineDriver: string | undefined;
}) {
  const outcome =
    row.verdict === null
      ? `ends at Q${row.lastQuarter}`
      : verdictShort({ outcome: row.outcome ?? 'balance', verdict: row.verdict, risk: row.risk });
  return (
    <section className={styles.group} aria-label={row.baseline ? `Baseline: ${row.name}` : row.name}>
      <h2 data-testid="debrief-group">
        {row.baseline ? `${row.name} (baseline)` : `${row.order}. ${row.name}`}
      </h2>
      <p>
        <strong>{row.headline}</strong>
      </p>
      <p>
        Q{quarter}: {outcome}
      </p>
      {row.baseline ? null : (
        <>
          <h3>Design changes</h3>
          <List items={row.designLines} empty="None: the baseline's design." />
          <h3>Events</h3>
          <List items={row.eventLines} empty="None added, removed or changed." />
        </>
      )}
      <h3>{row.baseline ? 'Key figures' : 'Outcome against the baseline'}</h3>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Value</th>
            {row.baseline ? null : <th scope="col">Against the baseline</th>}
          </tr>
        </thead>
        <tbody>
          {keyFigures(row).map((f) => (
            <tr key={f.label}>
              <th scope="row">{f.label}</th>
              <td>{f.value}</td>
              {row.baseline ? null : <td>{f.delta ?? ''}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{row.baseline ? 'What drives it' : 'What drives the difference'}</h3>
      <p>{driver ?? 'Working out the main driver…'}</p>
      {row.baseline || baselineDriver === undefined ? null : (
        <p className={styles.muted}>Baseline: {baselineDriver}</p>
      )}
    </section>
  );
}

function List({ items, empty }: { items: string[]; empty: string }) {
  if (items.length === 0) return <p className={styles.muted}>{empty}</p>;
  return (
    <ul>
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

/** Each scenario's main-driver sentence, worked out in the board's worker as its report arrives. */
function useDrivers(data: WorkshopBoardData): ReadonlyMap<string, string> {
  const [found, setFound] = useState<ReadonlyMap<string, string>>(new Map());
  const { scenarios, client } = data;
  useEffect(() => {
    if (!client) return;
    let current = true;
    void (async () => {
      const next = new Map<string, string>();
      for (const s of scenarios) {
        next.set(
          s.id,
          await driverOf(s.scenario, s.report, (scenario, roleId, q) => client.explain(scenario, roleId, q)),
        );
        if (!current) return;
      }
      setFound(next);
    })();
    return () => {
      current = false;
    };
  }, [scenarios, client]);
  return found;
}
