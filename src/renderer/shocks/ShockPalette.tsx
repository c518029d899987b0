import type { ShockChoice } from '../presenter/presenter-protocol';
import type { ShockKind } from './shock-plan';
import styles from './Shocks.module.css';

/**
 * One button per live shock, applied at the quarter on screen. One that cannot act now (no role
 * selected, the top role cannot leave) is disabled and says why beside it, not only in a tooltip.
 */
export function ShockPalette({
  choices,
  quarter,
  pending,
  onApply,
}: {
  choices: readonly ShockChoice[];
  quarter: number;
  pending: string | null;
  onApply(kind: ShockKind): void;
}) {
  return (
    <section className={styles.palette} aria-label="Live shocks">
      <h3 className={styles.heading}>Live shocks at Q{Math.max(1, quarter)}</h3>
      <ul className={styles.list}>
        {choices.map((choice) => {
          const reasonId = `shock-reason-${choice.kind}`;
          return (
            <li key={choice.kind}>
              <button
                type="button"
                className={styles.shock}
                data-shock={choice.kind}
                disabled={!choice.ready || pending !== null}
                aria-describedby={choice.ready ? undefined : reasonId}
                onClick={() => onApply(choice.kind)}
              >
                {choice.label}
              </button>
              {choice.ready ? null : (
                <span id={reasonId} className={styles.reason}>
                  {choice.reason}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
