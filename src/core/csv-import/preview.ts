import type { CsvTable } from './types';

/** Step (b): what the wizard shows before mapping: headers and the first rows, with their lines. */
export interface CsvPreview {
  headers: string[];
  rows: { line: number; cells: string[] }[];
  totalRows: number;
  delimiter: string;
}

export function previewTable(table: CsvTable, count = 20): CsvPreview {
  return {
    headers: [...table.headers],
    rows: table.rows.slice(0, count).map((r) => ({ line: r.line, cells: [...r.cells] })),
    totalRows: table.rows.length,
    delimiter: table.delimiter,
  };
}
