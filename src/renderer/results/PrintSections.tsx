import { chartSvg, type CardOutcome } from '../../core/export';
import { structureReport } from '../../core/org/cost';
import { hiredRoles } from '../../core/scenario/hired-roles';
import type { Scenario } from '../../core/scenario/types';
import type { SimulationReport } from '../../engine/report';
import { rolesAtQuarter } from '../canvas/flow-elements';
import { CostTables } from '../project/CostTable';
import { verdictShort } from '../../core/verdict-text';
import { teamNumber } from '../explain/team-size';
import { heatOf, heatText, type TeamRisk } from './outcome-heat';
import { percent, readShares, runsText, sharesText } from './shares';
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

const sharesOf = (role: { shares?: unknown }) => {
  const shares = readShares(role);
  return shares ? sharesText(shares) : '';
};

/**
 * Only in print: the org of the quarter drawn as on the canvas, each card marked with its outcome, then
 * the same as a table with the figures, and the assumptions the run used.
 */
export function PrintOnlySections({
  scenario,
  report,
  quarter,
  titles,
}: {
  scenario: Scenario;
  report: SimulationReport;
  quarter: number;
  titles: ReadonlyMap<string, string>;
}) {
  const roles = report.quarters[quarter]?.roles ?? {};
  const overrides = Object.entries(scenario.parameters ?? {});
  const hired = hiredRoles(scenario.events);
  // Every team gets its verdict, and with Monte Carlo runs its trouble's share beside its figure (short:
  // it is drawn on the card); one too small to judge is drawn without an outcome colour.
  const outcomes = new Map<string, CardOutcome>(
    Object.entries(roles).map(([id, role]) => {
      const heat = heatOf(role);
      const t = heat.trouble;
      const runs = !t
        ? ''
        : t.outcome === heat.outcome
          ? `${percent(t.share)} of runs`
          : `${t.outcome} ${percent(t.share)}`;
      return [id, runs ? { ...heat, figure: `${heat.figure} · ${runs}` } : heat];
    }),
  );
  const shared = Object.values(roles).some((role) => readShares(role) !== null);
  // Our own markup, every text in it escaped by chartSvg: inline so it is laid out before the print starts.
  const drawing = chartSvg(rolesAtQuarter(scenario.roles, hired, report, quarter), {
    outcomes,
    teamQuarter: quarter,
  });
  return (
    <div className={styles.printOnly}>
      <section>
        <h3>The org in Q{quarter}</h3>
        <div
          className={styles.printChart}
          role="img"
          aria-label={`The org in Q${quarter}, each team marked with its outcome`}
          dangerouslySetInnerHTML={{ __html: drawing }}
        />
        <table className={styles.printTable}>
          <thead>
            <tr>
              <th>Role</th>
              <th>Reports to</th>
              <th>Team in Q{quarter}</th>
              <th>Verdict</th>
              {shared ? <th>Share of runs</th> : null}
              <th>Chaos</th>
              <th>Bureaucracy</th>
              <th>Health</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(roles).map(([id, role]) => {
              const heat = heatOf(role);
              return (
                <tr key={id}>
                  <td>{titles.get(id) ?? id}</td>
                  <td>
                    {role.reportsTo === null ? '—' : (titles.get(String(role.reportsTo)) ?? role.reportsTo)}
                  </td>
                  <td>{typeof role.team === 'number' ? teamNumber(role.team) : ''}</td>
                  <td data-verdict={heat.verdict}>{verdictShort(heat)}</td>
                  {shared ? <td>{sharesOf(role)}</td> : null}
                  <td>{Number(role.chaos).toFixed(1)}</td>
                  <td>{Number(role.bureaucracy).toFixed(1)}</td>
                  <td>{Number(role.health).toFixed(1)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <StructureSection scenario={scenario} />
      <section>
        <h3>Assumptions used</h3>
        <ul>
          <li>Horizon: {scenario.horizon} quarters</li>
          <li>Market volatility: {scenario.environment.volatility}</li>
          <li>
            Runs: {report.runs}
            {report.seed !== undefined ? `, seed ${report.seed}` : ' (deterministic)'}
          </li>
          <li>What the runs drew: {runsText(report)}</li>
          <li>Events: {scenario.events.length}</li>
          {overrides.length === 0 ? (
            <li>Model parameters: the defaults of docs/MODEL.md</li>
          ) : (
            overrides.map(([name, value]) => (
              <li key={name}>
                {name} = {value}
              </li>
            ))
          )}
        </ul>
        {report.warnings.length > 0 ? (
          <>
            <h3>Warnings</h3>
            <ul>
              {report.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    </div>
  );
}

/**
 * Spans, layers, headcount and cost of the starting org: structureReport, the figures of the spans &
 * layers panel and of the command line's `structure`, in the panel's tables.
 */
function StructureSection({ scenario }: { scenario: Scenario }) {
  const structure = structureReport(scenario.roles);
  return (
    <section aria-label="Spans, layers and cost">
      <h3>Spans, layers and cost (the starting org)</h3>
      <p>
        Headcount {structure.headcount}, {structure.roles} roles, {structure.layers} layers,{' '}
        {Math.round(structure.managerShare * 100)}% managers.
      </p>
      <CostTables cost={structure} />
    </section>
  );
}
