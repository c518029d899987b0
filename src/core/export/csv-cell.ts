/**
 * One CSV cell, safe to open in a spreadsheet and exact per RFC 4180.
 *
 * Formula injection: Excel, LibreOffice and Google Sheets run a cell starting with `=`, `+`, `-` or `@`
 * as a formula (and tab, CR or LF can smuggle one in), so a job title such as `=HYPERLINK(...)` from an
 * HR system could run on the planner's machine. Such a cell gets a leading `'`, which spreadsheets show
 * as text and do not display (OWASP's advice). The cost: a value really starting with `-` reads back with
 * the `'` in front; the exporter writes no negative numbers, so only text is affected.
 */
const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '\n'];

export function neutraliseFormula(value: string): string {
  return FORMULA_TRIGGERS.some((trigger) => value.startsWith(trigger)) ? `'${value}` : value;
}

/** Quoted when it holds a comma, a quote, CR or LF (quotes doubled); otherwise as is. */
export function quoteCsvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? neutraliseFormula(value) : String(value);
  return quoteCsvField(text);
}

/** RFC 4180 lines end in CR LF, the last one included. */
export function csvLines(
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
