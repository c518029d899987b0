import { useEffect, useState } from 'react';
import { EXPLAINED_FIGURES, type TeamExplanation } from '../../engine/index';
import type { ReportRole } from '../../engine/report';
import styles from './Explain.module.css';

const DRIVERS_SHOWN = 3;
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
  revision,
  titles,
  explain,
  onReveal,
}: {
  roleId: string;
  quarter: number;
  /** The team's figures in the report, for the outcome line. */
  role: ReportRole;
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
  const outcome = `${String(role.outcome)}${role.confirmed ? '' : ' (at risk)'}`;
  const explanation = state?.key === key ? state.explanation : null;
  return (
    <section className={styles.panel} aria-label={`Why ${title} in Q${quarter}`} aria-busy={!explanation}>
      <h3 className={styles.heading}>
        Why {title}: {outcome} in Q{quarter}
      </h3>
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
                      <span className={styles.label}>{d.label}</span>{' '}
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
