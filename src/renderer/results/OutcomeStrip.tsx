import type { SimulationReport } from '../../engine/report';
import { readVerdict, verdictText } from '../../core/verdict-text';
import { readShares, SHARE_KEYS, sharesText } from './shares';
import styles from './ResultsDock.module.css';

/**
 * The org's verdict per quarter, one cell each: solid when confirmed, hatched when at risk, split between
 * the two outcomes when borderline, and blank (no colour, no outcome) when too few people to judge. With
 * Monte Carlo runs each cell also carries its quarter's shares: a bar under the cell stacked by share, in a fixed order so cells compare at a glance, and
 * the percentages in its name and tooltip, so they read without colour.
 */
export function OutcomeStrip({
  report,
  quarter,
  onSelect,
  label = 'Outcome per quarter',
  size = 'normal',
}: {
  report: SimulationReport;
  quarter: number;
  onSelect(quarter: number): void;
  /** The list's accessible name, where several strips share a screen. */
  label?: string;
  /** Large on the presenter's stage (styled there): cells read "Q1", "Q2", … for the back of the room. */
  size?: 'normal' | 'large';
}) {
  const large = size === 'large';
  return (
    <ol className={styles.strip} aria-label={label} data-size={size}>
      {report.quarters.map((q) => {
        const v = readVerdict(q.org);
        const shares = readShares(q.org);
        const label = shares
          ? `Q${q.quarter}: ${sharesText(shares)}; most often ${verdictText(v)}`
          : `Q${q.quarter}: ${verdictText(v)}`;
        const small = v.verdict === 'tooSmall';
        return (
          <li key={q.quarter}>
            <button
              type="button"
              className={styles.stripCell}
              data-outcome={small ? undefined : v.outcome}
              data-verdict={v.verdict}
              data-risk={small ? undefined : (v.risk ?? undefined)}
              data-confirmed={v.verdict === 'confirmed'}
              aria-current={q.quarter === quarter ? 'true' : undefined}
              aria-label={label}
              title={label}
              onClick={() => onSelect(q.quarter)}
            >
              {large ? `Q${q.quarter}` : q.quarter}
            </button>
            {shares ? (
              <span className={styles.shareBar} aria-hidden data-testid="share-bar">
                {SHARE_KEYS.filter((key) => shares[key] > 0).map((key) => (
                  <span key={key} data-share={key} style={{ width: `${shares[key] * 100}%` }} />
                ))}
              </span>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
