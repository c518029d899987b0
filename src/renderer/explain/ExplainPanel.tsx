import { useEffect, useState } from 'react';
import { EXPLAINED_FIGURES, type TeamExplanation } from '../../engine/index';
import type { ReportRole } from '../../engine/report';
import { readVerdict, verdictText } from '../../core/verdict-text';
import { readShares, sharesText } from '../results/shares';
import { driverLabel, teamSizeText, type TeamSize } from './team-size';
import styles from './Explain.module.css';

const DRIVERS_SHOWN = 3;
/** The panel's element id, for the headline's main driver to scroll to. */
export const EXPLAIN_PANEL_ID = 'team-explanation';
const FIGURE_LABELS: Record<(typeof EXPLAINED_FIGURES)[number], string> = {
  chaos: 'Chaos',
  bureaucracy: 'Bureaucracy',
  engagement: 'Engagement',
  execution: 'Execution',
  innovation: 'Innovation',
  coverage: 'Coverage',
};
const isIndex = (figure: string) => figure === 'chaos' || figure === 'bureaucracy';
const signed = (value: number, index: boolean) =>
  `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(index ? 1 : 2)}`;

/**
 * Why one team stands where it does in one quarter: each figure with its largest drivers from the
 * engine's `explain` (computed in the worker), in plain language, each linking to the role responsible.
 */
export function ExplainPanel({
  roleId,
  quarter,
  role,
  size,
  revision,
  titles,
  explain,
  onReveal,
}: {
  roleId: string;
  quarter: number;
  /** The team's figures in the report, for the verdict line and, with Monte Carlo runs, its shares. */
  role: ReportRole;
  /** Its team and reporting roles in that quarter, which its span counts. */
  size: TeamSize | null;
  /** The report revision: a new report asks for a new explanation. */
  revision: number;
  titles: ReadonlyMap<string, string>;
  explain(roleId: string, quarter: number): Promise<TeamExplanation | null>;
  onReveal(roleId: string): void;
}) {
  const [state, setState] = useState<{ key: string; explanation: TeamExplanation | null; error?: string }>();
  const key = `${roleId}|${quarter}|${revision}`;

  useEffect(() => {
    let current = true;
    explain(roleId, quarter).then(
      (explanation) => current && setState({ key, explanation }),
      (error: Error) => current && setState({ key, explanation: null, error: error.message }),
    );
    return () => {
      current = false;
    };
  }, [explain, roleId, quarter, key]);

  const title = titles.get(roleId) ?? roleId;
  // Too small to judge is no verdict: the outcome is not shown, only why there is none.
  const verdict = verdictText(readVerdict(role));
  // The team's own shares: over the runs that have it in the org this quarter.
  const shares = readShares(role);
  const explanation = state?.key === key ? state.explanation : null;
  return (
    <section
      id={EXPLAIN_PANEL_ID}
      className={styles.panel}
      aria-label={`Why ${title} in Q${quarter}`}
      aria-busy={!explanation}
    >
      <h3 className={styles.heading}>
        Why {title}: {verdict} in Q{quarter}
      </h3>
      {size ? <p className={styles.muted}>{teamSizeText(size)}</p> : null}
      {shares ? (
        <p className={styles.muted} data-testid="explain-shares">
          Share of runs in Q{quarter}: {sharesText(shares)}
        </p>
      ) : null}
      {state?.key === key && state.error ? <p role="alert">{state.error}</p> : null}
      {explanation ? (
        <div className={styles.figures}>
          {EXPLAINED_FIGURES.map((figure) => {
            const f = explanation.figures[figure];
            const index = isIndex(figure);
            return (
              <div key={figure} className={styles.figure} data-figure={figure}>
                <h4>
                  {FIGURE_LABELS[figure]} <strong>{f.value.toFixed(index ? 1 : 2)}</strong>
                </h4>
                <ol>
                  {f.drivers.slice(0, DRIVERS_SHOWN).map((d) => (
                    <li key={d.key}>
                      <span className={styles.label}>{driverLabel(d, size)}</span>{' '}
                      <span className={styles.contribution} data-sign={d.contribution >= 0 ? '+' : '-'}>
                        {signed(d.contribution, index)}
                      </span>
                      {d.roleId ? (
                        <>
                          {' '}
                          <button type="button" className={styles.link} onClick={() => onReveal(d.roleId!)}>
                            {titles.get(d.roleId) ?? d.roleId}
                          </button>
                        </>
                      ) : null}
                    </li>
                  ))}
                </ol>
              </div>
            );
          })}
        </div>
      ) : state?.key !== key ? (
        <p className={styles.muted}>Explaining…</p>
      ) : null}
    </section>
  );
}
