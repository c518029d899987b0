import { useEffect, useMemo, useState } from 'react';
import type { TeamExplanation } from '../../engine/index';
import type { SimulationReport } from '../../engine/report';
import { contributionText, leadingTeam, mainDriver, type MainDriver } from '../../engine/main-driver';
import styles from './ResultsDock.module.css';

/**
 * Under the headline, the answer behind it: the largest driver of the org's final trouble in the team
 * that leads it, from the engine's explanation (computed in the worker), as a button that opens that
 * team's explanation, e.g. "Main driver in Q8: Engineering lead, span 53 against a capacity of 6 (+19.4
 * chaos)". Nothing when the org is in balance with nothing at risk, or too small to judge.
 */
export function MainDriverButton({
  report,
  revision,
  titles,
  explain,
  onOpen,
}: {
  report: SimulationReport;
  /** The report revision: a new report asks for a new explanation. */
  revision: number;
  titles: ReadonlyMap<string, string>;
  explain(roleId: string, quarter: number): Promise<TeamExplanation | null>;
  onOpen(roleId: string, quarter: number): void;
}) {
  const team = useMemo(() => leadingTeam(report, titles), [report, titles]);
  const key = team ? `${team.roleId}|${team.quarter}|${team.trouble}|${revision}` : null;
  const [found, setFound] = useState<{ key: string; driver: MainDriver | null }>();

  useEffect(() => {
    if (!team || key === null) return;
    let current = true;
    explain(team.roleId, team.quarter).then(
      (explanation) =>
        current && setFound({ key, driver: explanation ? mainDriver(explanation, team.trouble) : null }),
      // No driver to show is no answer, not an error: the explanation panel reports its own failures.
      () => current && setFound({ key, driver: null }),
    );
    return () => {
      current = false;
    };
  }, [explain, team, key]);

  if (!team) return null;
  const driver = found?.key === key ? found.driver : undefined;
  const text =
    driver === undefined
      ? `Main driver in Q${team.quarter}: ${team.title}…`
      : driver === null
        ? `Why ${team.title} leads it in Q${team.quarter}`
        : `Main driver in Q${team.quarter}: ${team.title}, ${driver.driver.label} (${contributionText(driver)})`;
  return (
    <button
      type="button"
      className={styles.mainDriver}
      data-testid="main-driver"
      aria-busy={driver === undefined}
      title={`${text}. Open the explanation of ${team.title} in Q${team.quarter}.`}
      onClick={() => onOpen(team.roleId, team.quarter)}
    >
      {text}
    </button>
  );
}
