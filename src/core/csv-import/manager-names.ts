import { isPlaceholder, type ImportRecord } from './records';
import type { ColumnMapping, ImportProblem } from './types';
import { formatLines, plural } from './words';

/** "Abbott, Charlotte" and "Charlotte  Abbott" -> "charlotte abbott". */
export function nameKey(name: string): string {
  const comma = name.indexOf(',');
  const ordered = comma === -1 ? name : `${name.slice(comma + 1)} ${name.slice(0, comma)}`;
  return ordered
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Some exports name the manager instead of giving their id: BambooHR's "Reports To" ("Abbott, Charlotte"),
 * Workday's "Manager" ("Logan McNeil"), a spreadsheet's "Manager Name". When most manager cells are not
 * ids but most of those are the name of exactly one row, the column holds names: each such cell is
 * replaced by the id of the row it names ("First Last" or "Last, First", ignoring case and punctuation),
 * and a warning says so. Names shared by several rows, or found nowhere, stay as written and are reported
 * as missing managers, to be decided like any other.
 */
export function resolveManagerNames(
  records: ImportRecord[],
  headers: readonly string[],
  mapping: ColumnMapping,
): ImportProblem | undefined {
  if (mapping.person === undefined || mapping.reportsTo === undefined) return undefined;
  const ids = new Set(records.map((r) => r.id));
  const references = records.filter((r) => r.manager !== '' && !isPlaceholder(r.manager));
  const unknown = references.filter((r) => !ids.has(r.manager));
  if (unknown.length === 0 || unknown.length * 2 < references.length) return undefined;

  const byName = new Map<string, string[]>();
  for (const r of records) {
    if (r.person === null || r.id === '') continue;
    const key = nameKey(r.person);
    if (key !== '') byName.set(key, [...(byName.get(key) ?? []), r.id]);
  }
  const found = unknown.filter((r) => byName.get(nameKey(r.manager))?.length === 1);
  if (found.length * 2 < unknown.length) return undefined;
  for (const r of found) r.manager = byName.get(nameKey(r.manager))![0];

  const shared = unknown.filter((r) => (byName.get(nameKey(r.manager))?.length ?? 0) > 1);
  const column = headers[mapping.reportsTo] ?? `#${mapping.reportsTo + 1}`;
  const sharedNote =
    shared.length > 0
      ? `; ${plural(shared.length, 'row')} (${formatLines(shared.map((r) => r.line))}) name a manager whom several rows share, and stay unresolved`
      : '';
  return {
    kind: 'manager-by-name',
    message: `the manager column "${column}" holds names, not ids: ${plural(found.length, 'manager')} (${formatLines(found.map((r) => r.line))}) were found by the name of the row they name${sharedNote}`,
    rows: found.map((r) => r.line),
    ids: found.map((r) => r.id),
    severity: 'warning',
  };
}
