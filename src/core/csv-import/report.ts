import { FIX_ACTIONS, isFixableKind } from './fixes';
import { IMPORT_FIELDS } from './headers';
import type { ImportOutcome } from './import-table';
import type { ImportProblem } from './types';

/** The report as plain data, as the CLI prints it with --json (the contract's problem shape, plus more). */
export interface ImportReport {
  ok: boolean;
  file: string;
  out: string | null;
  roles: number;
  rowsRead: number;
  columns: Record<string, string>;
  addedRoot: string | null;
  leftOut: number[];
  problems: ImportProblem[];
  /** For each kind still needing a decision, the actions that would decide it. */
  decisions: Record<string, string[]>;
  mapErrors: string[];
}

export function importReport(outcome: ImportOutcome, file: string, out: string | null): ImportReport {
  const columns: Record<string, string> = {};
  for (const field of IMPORT_FIELDS) {
    const column = outcome.mapping[field];
    if (column !== undefined) columns[field] = outcome.headers[column] ?? `#${column + 1}`;
  }
  return {
    ok: outcome.ok,
    file,
    out: outcome.ok ? out : null,
    roles: outcome.scenario?.roles.length ?? 0,
    rowsRead: outcome.rowsRead,
    columns,
    addedRoot: outcome.addedRoot ?? null,
    leftOut: outcome.leftOut,
    problems: outcome.problems,
    decisions: pendingDecisions(outcome.problems),
    mapErrors: outcome.mapErrors,
  };
}

/** Kinds with an undecided error, and the actions that would decide each. */
export function pendingDecisions(problems: readonly ImportProblem[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const p of problems) {
    if (p.severity !== 'error' || p.fixedBy !== undefined || !isFixableKind(p.kind)) continue;
    out[p.kind] = Object.keys(FIX_ACTIONS[p.kind]);
  }
  return out;
}

/**
 * The report as text for a terminal: one line per problem, then the decisions still to take. `remedy`
 * phrases what would settle a problem (the command line passes its own wording, src/cli/import-remedy.ts);
 * it is added after the message.
 */
export function formatImportReport(
  report: ImportReport,
  remedy: (problem: ImportProblem) => string | undefined = () => undefined,
): string {
  const lines: string[] = [];
  lines.push(
    report.ok
      ? `Imported ${report.roles} roles from ${report.file} into ${report.out}.`
      : `Not imported: ${report.file} cannot become one valid org tree yet; nothing was written.`,
  );
  const columns = Object.entries(report.columns).map(
    ([field, header]) => `${field} <- ${JSON.stringify(header)}`,
  );
  if (columns.length > 0) lines.push(`Columns: ${columns.join(', ')}`);
  if (report.addedRoot) lines.push(`Added a root role "${report.addedRoot}".`);
  if (report.leftOut.length > 0) lines.push(`Left out ${report.leftOut.length} rows by decision.`);
  for (const error of report.mapErrors) lines.push(`error: ${error}`);
  for (const p of report.problems) {
    const status = p.fixedBy && p.severity === 'error' ? `fixed (${p.fixedBy})` : p.severity;
    const advice = remedy(p);
    lines.push(`${status} ${p.kind}: ${p.message}${advice ? `; ${advice}` : ''}`);
  }
  const pending = Object.entries(report.decisions);
  if (pending.length > 0) {
    lines.push('Decide with:');
    for (const [kind, actions] of pending) lines.push(`  --fix ${kind}=${actions.join('|')}`);
  }
  return lines.join('\n') + '\n';
}
