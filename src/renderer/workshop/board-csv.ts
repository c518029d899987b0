/**
 * The groups board as CSV: the comparison's columns (compare-csv.ts, the same formula-safe writer), each
 * row also saying which group it is in the order made and what the group did to the baseline's events and design, in words.
 * Rows follow the board's ranking. Pure.
 */
import { csvLines } from '../../core/export/csv-cell';
import { compareCsvRows } from '../compare/compare-csv';
import type { Board } from './board';

export function boardCsv(board: Board): string {
  const [header, ...rest] = compareCsvRows({ ...board.table, rows: board.rows });
  const extra = board.rows.map((row) => [
    row.baseline ? 'baseline' : `group ${row.order}`,
    row.events ? row.eventLines.length : '',
    row.baseline ? '' : row.eventLines.length > 0 ? row.eventLines.join('; ') : 'no change',
    row.baseline ? '' : row.designLines.length > 0 ? row.designLines.join('; ') : 'no change',
  ]);
  return csvLines([
    [header[0], 'group', ...header.slice(1), 'events_changed', 'event_changes', 'design_changes'],
    ...rest.map((cells, i) => [cells[0], extra[i][0], ...cells.slice(1), ...extra[i].slice(1)]),
  ]);
}
