/**
 * The results as CSV: one row per quarter for the org (with p10/p90 columns when the report has Monte
 * Carlo bands) and one per team per quarter. Cells go through the shared formula-injection-safe writer.
 * Each row has the verdict of model v2 (`verdict`, `risk`) after `outcome` and `confirmed`; a row too
 * small to judge leaves `outcome` empty, as it has none. Every row ends with the share of runs in each
 * outcome (`share_balance` ... `share_tooSmall`), empty where the report has none (one deterministic run).
 */
import { csvLines } from '../../core/export/csv-cell';
import { ORG_FIGURES, ROLE_FIGURES } from '../../engine/index';
import type { SimulationReport } from '../../engine/report';
import { readVerdict } from '../../core/verdict-text';
import { readShares, SHARE_KEYS } from './shares';

type Cell = string | number | boolean | null | undefined;

/** outcome, confirmed, verdict, risk. */
function verdictCells(source: Record<string, unknown>): Cell[] {
  const v = readVerdict(source);
  const small = v.verdict === 'tooSmall';
  return [small ? '' : v.outcome, v.verdict === 'confirmed', v.verdict, small ? '' : (v.risk ?? '')];
}

/** share_balance ... share_tooSmall, as the report gives them; empty without shares. */
function shareCells(source: { shares?: unknown }): Cell[] {
  const shares = readShares(source);
  return SHARE_KEYS.map((key) => (shares ? shares[key] : ''));
}

export function resultsCsv(report: SimulationReport, titles: ReadonlyMap<string, string>): string {
  const banded = report.quarters.some((q) => q.bands);
  const figures = [
    ...ORG_FIGURES,
    ...ROLE_FIGURES.filter((f) => !(ORG_FIGURES as readonly string[]).includes(f)),
  ];
  const header: Cell[] = [
    'quarter',
    'level',
    'roleId',
    'title',
    'reportsTo',
    'team',
    'outcome',
    'confirmed',
    'verdict',
    'risk',
    ...figures,
  ];
  if (banded) for (const f of ORG_FIGURES) header.push(`${f}_p10`, `${f}_p90`);
  // Always there, so a sheet built on one export reads the next; empty without Monte Carlo.
  header.push(...SHARE_KEYS.map((key) => `share_${key}`));
  const rows: Cell[][] = [header];
  for (const q of report.quarters) {
    const org = q.org as unknown as Record<string, Cell>;
    const row: Cell[] = [q.quarter, 'org', '', report.scenario, '', '', ...verdictCells(org)];
    for (const f of figures) row.push(org[f] ?? '');
    if (banded) for (const f of ORG_FIGURES) row.push(q.bands?.[f].p10 ?? '', q.bands?.[f].p90 ?? '');
    row.push(...shareCells(q.org));
    rows.push(row);
  }
  for (const q of report.quarters) {
    for (const [id, role] of Object.entries(q.roles)) {
      const row: Cell[] = [
        q.quarter,
        'team',
        id,
        titles.get(id) ?? id,
        role.reportsTo,
        role.team,
        ...verdictCells(role),
      ];
      for (const f of figures) row.push((role[f] as Cell) ?? '');
      if (banded) for (let i = 0; i < ORG_FIGURES.length * 2; i++) row.push('');
      row.push(...shareCells(role));
      rows.push(row);
    }
  }
  return csvLines(rows);
}
