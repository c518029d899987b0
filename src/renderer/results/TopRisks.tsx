import { heatText, type TeamRisk } from './outcome-heat';
import styles from './ResultsDock.module.css';

/** The teams most at risk in the chosen quarter, each a link to its card. */
export function TopRisks({
  risks,
  quarter,
  onReveal,
}: {
  risks: TeamRisk[];
  quarter: number;
  onReveal(roleId: string): void;
}) {
  return (
    <section className={styles.risks} aria-label={`Top risks in Q${quarter}`}>
      <h3>Top risks in Q{quarter}</h3>
      {risks.length === 0 ? (
        <p>Every team is in balance.</p>
      ) : (
        <ol>
          {risks.map((risk) => (
            <li key={risk.roleId} data-outcome={risk.heat.outcome}>
              <button type="button" className={styles.link} onClick={() => onReveal(risk.roleId)}>
                {risk.title}
              </button>
              : {heatText(risk.heat)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
