/**
 * The comparison as CSV: one row per compared scenario, in the table's order, with what the dialog
 * shows: its verdict in the quarter, each figure and its delta against the baseline, the verdict shares
 * and their deltas (empty with one deterministic run), the design's spans and layers and their deltas,
 * and the structural difference from the baseline (counts, then the summary in words). Cells go through
 * the shared formula-injection-safe writer, as the results CSV does. Pure.
 */
import { csvLines } from '../../core/export/csv-cell';
import { structuralDiffCounts, structuralDiffSummary } from '../../core/org/structural-diff';
import { SHARE_KEYS } from '../results/shares';
import { COMPARED_FIGURES, DESIGN_FIGURES, type CompareTable } from './compare-table';

export type Cell = string | number | boolean | null | undefined;

const DIFF_COLUMNS = [
  ['added', 'roles_added'],
  ['removed', 'roles_removed'],
  ['moved', 'roles_moved'],
  ['retitled', 'roles_retitled'],
  ['newHolders', 'roles_new_holder'],
  ['strengths', 'roles_new_strengths'],
] as const;

export function compareCsv(table: CompareTable): string {
  return csvLines(compareCsvRows(table));
}

/** The header and one row per scenario, as cells: the workshop board's CSV adds its own columns. */
export function compareCsvRows(table: CompareTable): Cell[][] {
  const baseline = table.rows.find((r) => r.baseline);
  const header: Cell[] = ['scenario', 'baseline', 'quarter', 'outcome', 'verdict', 'risk'];
  for (const f of COMPARED_FIGURES) header.push(f.key, `${f.key}_delta`);
  for (const key of SHARE_KEYS) header.push(`share_${key}`, `share_${key}_delta`);
  for (const f of DESIGN_FIGURES) header.push(f.key, `${f.key}_delta`);
  header.push(...DIFF_COLUMNS.map(([, column]) => column), 'structural_difference');
  const rows: Cell[][] = [header];
  for (const row of table.rows) {
    const cells: Cell[] = [
      row.name,
      row.baseline,
      table.quarter,
      row.outcome ?? '',
      row.verdict ?? '',
      row.risk ?? '',
    ];
    for (const f of COMPARED_FIGURES) cells.push(row.values[f.key] ?? '', round(row.deltas[f.key]));
    for (const key of SHARE_KEYS)
      cells.push(row.shares ? row.shares[key] : '', round(row.shareDeltas ? row.shareDeltas[key] : null));
    for (const f of DESIGN_FIGURES)
      cells.push(round(row.design[f.key]), round(row.designDeltas ? row.designDeltas[f.key] : null));
    if (row.diff) {
      const counts = structuralDiffCounts(row.diff);
      cells.push(...DIFF_COLUMNS.map(([key]) => counts[key]));
      cells.push(`against ${baseline?.name ?? 'the baseline'}: ${structuralDiffSummary(row.diff)}`);
    } else {
      cells.push(...DIFF_COLUMNS.map(() => ''), row.baseline ? 'baseline' : '');
    }
    rows.push(cells);
  }
  return rows;
}

/** Differences of rounded figures carry floating-point noise (41.0 - 37.8 = 3.200000000000003). */
function round(value: number | null): Cell {
  return value === null ? '' : Number(value.toFixed(6));
}
