import { chartSvg, type CardOutcome } from '../../core/export';
import {
  collapsedBelowLayer,
  DEPARTMENT_CHART_DEFAULTS,
  depthThatFits,
} from '../../core/export/department-charts';
import { structureReport } from '../../core/org/cost';
import { hiredRoles } from '../../core/scenario/hired-roles';
import type { Role, Scenario } from '../../core/scenario/types';
import type { ReportRole, SimulationReport } from '../../engine/report';
import { rolesAtQuarter } from '../canvas/flow-elements';
import { CostTables, departmentName } from '../project/CostTable';
import { verdictShort } from '../../core/verdict-text';
import { teamNumber } from '../explain/team-size';
import { heatOf } from './outcome-heat';
import { percent, readShares, runsText, sharesText } from './shares';
import type { PackComparison } from '../compare/pack-comparison';
import { PrintComparison } from '../compare/PrintComparison';
import { PrintDepartments } from './PrintDepartments';
import { PrintSummary } from './PrintSummary';
import { PrintTitlePage } from './PrintTitlePage';
import styles from './ResultsDock.module.css';

export { TopRisks } from './TopRisks';

const sharesOf = (role: { shares?: unknown }) => {
  const shares = readShares(role);
  return shares ? sharesText(shares) : '';
};

/** Above this many roles the printed pack leaves the role table out unless asked: 48 pages help nobody. */
export const ROLE_TABLE_LIMIT = 200;
/** Above this many roles the pack draws the org's top layers, then each department on its own. */
export const BIG_ORG_ROLES = ROLE_TABLE_LIMIT;
const TOP_LAYERS = 3;
export const roleTableByDefault = (roles: number) => roles <= ROLE_TABLE_LIMIT;

/**
 * How each role is named in the role table: its title, and where another role has the same title, its
 * holder (or its id) too, so a CTO reporting to the group CTO does not read "CTO reports to CTO".
 */
export function roleLabels(roles: readonly Role[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const role of roles) count.set(role.title, (count.get(role.title) ?? 0) + 1);
  return new Map(
    roles.map((role) => [
      role.id,
      (count.get(role.title) ?? 0) > 1 ? `${role.title} (${role.person || role.id})` : role.title,
    ]),
  );
}

/**
 * Only in print: the pack. A title page, a one-page summary, the org of the quarter drawn as on the
 * canvas (a big org's top layers, then each department), each card marked with its outcome, the spans,
 * layers and cost, when asked the comparison with the structural differences, the assumptions the run
 * used, and, when asked, the role table with the figures as an appendix grouped by department.
 */
export function PrintOnlySections({
  scenario,
  report,
  quarter,
  titles,
  projectName,
  now = new Date(),
  includeRoleTable,
  comparison,
}: {
  scenario: Scenario;
  report: SimulationReport;
  quarter: number;
  titles: ReadonlyMap<string, string>;
  projectName?: string;
  /** When the pack is printed (the title page's date). */
  now?: Date;
  /** Whether the appendix lists every role; by default only for orgs of up to ROLE_TABLE_LIMIT roles. */
  includeRoleTable?: boolean;
  /** The comparison added from the Compare dialog, printed after the spans and layers. */
  comparison?: PackComparison | null;
}) {
  const roles = report.quarters[quarter]?.roles ?? {};
  const overrides = Object.entries(scenario.parameters ?? {});
  const hired = hiredRoles(scenario.events);
  const structure = structureReport(scenario.roles);
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
  // Our own markup, every text in it escaped by chartSvg: inline so it is laid out before the print starts.
  const standing = rolesAtQuarter(scenario.roles, hired, report, quarter);
  // A big org is drawn whole only to its top layers, then by department: one strip of 1,500 cards
  // scaled to a page's width is unreadable.
  const big = standing.length > BIG_ORG_ROLES;
  const layers = big
    ? depthThatFits(standing, TOP_LAYERS, DEPARTMENT_CHART_DEFAULTS.maxWidth)
    : Number.POSITIVE_INFINITY;
  const drawing = chartSvg(standing, {
    outcomes,
    teamQuarter: quarter,
    collapsed: big ? collapsedBelowLayer(standing, layers) : undefined,
    compact: big,
  });
  const withTable = includeRoleTable ?? roleTableByDefault(Object.keys(roles).length);
  return (
    <div className={styles.printOnly} data-testid="print-pack">
      <PrintTitlePage projectName={projectName} scenarioName={scenario.name} report={report} now={now} />
      <PrintSummary
        report={report}
        quarter={quarter}
        titles={titles}
        structure={structure}
        roles={scenario.roles}
      />
      <section className={styles.printSection}>
        <h3>
          The org in Q{quarter}
          {big ? `: the top ${layers} layers` : null}
        </h3>
        <div
          className={styles.printChart}
          role="img"
          aria-label={`The org in Q${quarter}, each team marked with its outcome`}
          dangerouslySetInnerHTML={{ __html: drawing }}
        />
      </section>
      {big ? <PrintDepartments roles={standing} outcomes={outcomes} quarter={quarter} /> : null}
      <StructureSection scenario={scenario} />
      {comparison ? <PrintComparison comparison={comparison} /> : null}
      <section className={styles.printSection} aria-label="Assumptions used">
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
      {withTable ? (
        <RoleTable scenario={scenario} hired={hired} roles={roles} quarter={quarter} titles={titles} />
      ) : null}
    </div>
  );
}

/**
 * The appendix: every role of the quarter with its manager, team and figures, grouped by department (in
 * order of first appearance, roles without one last), a table per department so a long one breaks
 * across pages with its header repeated.
 */
function RoleTable({
  scenario,
  hired,
  roles,
  quarter,
  titles,
}: {
  scenario: Scenario;
  hired: readonly Role[];
  roles: Record<string, ReportRole>;
  quarter: number;
  titles: ReadonlyMap<string, string>;
}) {
  const all = [...scenario.roles, ...hired];
  const labels = roleLabels(all);
  const label = (id: string) => labels.get(id) ?? titles.get(id) ?? id;
  const departmentOf = new Map(all.map((role) => [role.id, role.department ?? null]));
  const groups = new Map<string | null, [string, ReportRole][]>();
  for (const entry of Object.entries(roles)) {
    const key = departmentOf.get(entry[0]) ?? null;
    const group = groups.get(key) ?? [];
    groups.set(key, group);
    group.push(entry);
  }
  const ordered = [...groups].sort(([a], [b]) => (a === null ? 1 : 0) - (b === null ? 1 : 0));
  const shared = Object.values(roles).some((role) => readShares(role) !== null);
  return (
    <section className={styles.printAppendix} aria-label="Appendix: the roles">
      <h2>Appendix: the roles in Q{quarter}</h2>
      {ordered.map(([department, entries]) => (
        <table
          key={department ?? ''}
          className={styles.printTable}
          aria-label={`${departmentName(department)}: ${entries.length} roles`}
        >
          <caption>
            {departmentName(department)} ({entries.length} {entries.length === 1 ? 'role' : 'roles'})
          </caption>
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
            {entries.map(([id, role]) => {
              const heat = heatOf(role);
              return (
                <tr key={id}>
                  <td>{label(id)}</td>
                  <td>{role.reportsTo == null ? '—' : label(String(role.reportsTo))}</td>
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
      ))}
    </section>
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
