import { findCycles } from '../scenario/tree';
import type { ImportFixes } from './fixes';
import { isPlaceholder, type ImportRecord } from './records';
import type { ImportProblem, ImportProblemKind } from './types';
import { formatIds, formatLines, plural } from './words';

/**
 * Step (d) and (e): turns records into one reporting tree, finding every problem and applying the
 * decision taken for its kind. Decisions apply in a fixed order, each seeing the result of the ones
 * before: ids (empty, duplicated) -> manager references (placeholders, letter case, self, missing) ->
 * cycles -> left-out rows -> roots -> attaching to the root. A kind without a decision stays an error
 * and the rows concerned are set aside, so the later checks still report what they can.
 */

/** Where a row's reporting line points once resolved. */
type Link =
  | { to: string }
  | { root: true }
  | { attach: true } // to whichever role ends up as the root
  | { drop: true }
  | { pending: ImportProblemKind }; // needs a decision that was not given

export interface ResolvedRow {
  record: ImportRecord;
  reportsTo: string | null;
}

export interface Resolution {
  /** Rows that become roles, in file order, each with its final manager; an added root comes first. */
  rows: ResolvedRow[];
  /** The id of a role added by add-root, if any. */
  addedRoot?: string;
  problems: ImportProblem[];
  /** Lines left out by drop, keep-largest or keep-first/keep-last decisions. */
  leftOut: number[];
}

export const ADDED_ROOT_TITLE = 'Added root';

export function resolveTree(input: readonly ImportRecord[], fixes: ImportFixes): Resolution {
  const problems: ImportProblem[] = [];
  const leftOut: number[] = [];
  const problem = (
    kind: ImportProblemKind,
    message: string,
    rows: number[],
    ids: string[],
    severity: 'error' | 'warning' = 'error',
  ) => {
    const fix = severity === 'error' ? (fixes as Record<string, string | undefined>)[kind] : undefined;
    problems.push({ kind, message, rows, ids, severity, ...(fix ? { fixedBy: fix } : {}) });
  };

  // Ids: empty, then duplicated.
  let records = [...input];
  const noId = records.filter((r) => r.id === '');
  if (noId.length > 0) {
    problem(
      'empty-id',
      `${formatLines(noId.map((r) => r.line))} ${noId.length === 1 ? 'has' : 'have'} no id (the cell is empty or a placeholder such as NULL)`,
      noId.map((r) => r.line),
      [],
    );
    if (fixes['empty-id'] === 'generate') {
      const taken = new Set(records.map((r) => r.id));
      records = records.map((r) => (r.id === '' ? { ...r, id: uniqueId(`line-${r.line}`, taken) } : r));
    } else {
      if (fixes['empty-id'] === 'drop') leftOut.push(...noId.map((r) => r.line));
      records = records.filter((r) => r.id !== '');
    }
  }
  const byId = new Map<string, ImportRecord[]>();
  for (const r of records) push(byId, r.id, r);
  const kept = new Set<ImportRecord>();
  for (const [id, group] of byId) {
    if (group.length > 1) {
      const identical = group.every(
        (r) => JSON.stringify({ ...r, line: 0 }) === JSON.stringify({ ...group[0], line: 0 }),
      );
      problem(
        'duplicate-id',
        `id ${JSON.stringify(id)} appears on ${plural(group.length, 'row')} (${formatLines(group.map((r) => r.line))})${identical ? ', all with the same values' : ''}`,
        group.map((r) => r.line),
        [id],
      );
    }
    const keep = fixes['duplicate-id'] === 'keep-last' ? group[group.length - 1] : group[0];
    kept.add(keep);
    if (fixes['duplicate-id'] !== undefined)
      leftOut.push(...group.filter((r) => r !== keep).map((r) => r.line));
  }
  records = records.filter((r) => kept.has(r));
  const ids = new Set(records.map((r) => r.id));

  // Ids that differ only in letter case are kept apart, but said.
  const byLower = new Map<string, ImportRecord[]>();
  for (const r of records) push(byLower, r.id.toLowerCase(), r);
  for (const group of byLower.values()) {
    if (group.length < 2) continue;
    problem(
      'case-mismatch',
      `ids ${formatIds(group.map((r) => r.id))} (${formatLines(group.map((r) => r.line))}) differ only in letter case; they are kept as different roles`,
      group.map((r) => r.line),
      group.map((r) => r.id),
      'warning',
    );
  }

  // Manager references.
  const link = new Map<ImportRecord, Link>();
  const placeholders = new Map<string, ImportRecord[]>();
  const caseMatches = new Map<string, { target: string; rows: ImportRecord[] }>();
  const missing = new Map<string, ImportRecord[]>();
  const selfReports: ImportRecord[] = [];
  const group = push;
  const decide = (kind: 'missing-manager' | 'self-report', decision: string | undefined): Link =>
    decision === 'attach-to-root'
      ? { attach: true }
      : decision === 'make-root'
        ? { root: true }
        : decision === 'drop'
          ? { drop: true }
          : { pending: kind };
  for (const r of records) {
    const ref = r.manager;
    if (ref === '' || (isPlaceholder(ref) && !ids.has(ref))) {
      if (ref !== '') group(placeholders, ref, r);
      link.set(r, { root: true });
      continue;
    }
    let target = ids.has(ref) ? ref : undefined;
    if (target === undefined) {
      const candidates = byLower.get(ref.toLowerCase()) ?? [];
      if (candidates.length === 1) {
        const entry = caseMatches.get(ref) ?? { target: candidates[0].id, rows: [] };
        entry.rows.push(r);
        caseMatches.set(ref, entry);
        const decision = fixes['case-mismatch'];
        if (decision === undefined) {
          link.set(r, { pending: 'case-mismatch' });
          continue;
        }
        if (decision === 'match-ignoring-case') target = candidates[0].id;
      }
    }
    if (target === undefined) {
      group(missing, ref, r);
      link.set(r, decide('missing-manager', fixes['missing-manager']));
    } else if (target === r.id) {
      selfReports.push(r);
      link.set(r, decide('self-report', fixes['self-report']));
    } else link.set(r, { to: target });
  }
  for (const [value, rows] of placeholders) {
    problem(
      'bad-value',
      `manager id ${JSON.stringify(value)} on ${formatLines(rows.map((r) => r.line))} is a placeholder and is read as "no manager"`,
      rows.map((r) => r.line),
      rows.map((r) => r.id),
      'warning',
    );
  }
  for (const [value, { target, rows }] of caseMatches) {
    problem(
      'case-mismatch',
      `manager id ${JSON.stringify(value)} on ${formatLines(rows.map((r) => r.line))} is not an id, but matches ${JSON.stringify(target)} if letter case is ignored`,
      rows.map((r) => r.line),
      rows.map((r) => r.id),
    );
  }
  if (selfReports.length > 0) {
    problem(
      'self-report',
      `${formatIds(selfReports.map((r) => r.id))} on ${formatLines(selfReports.map((r) => r.line))} ${selfReports.length === 1 ? 'names itself' : 'name themselves'} as manager`,
      selfReports.map((r) => r.line),
      selfReports.map((r) => r.id),
    );
  }
  for (const [value, rows] of missing) {
    problem(
      'missing-manager',
      `manager id ${JSON.stringify(value)} on ${formatLines(rows.map((r) => r.line))} is not the id of any row`,
      rows.map((r) => r.line),
      rows.map((r) => r.id),
    );
  }

  // Cycles among the resolved references.
  const byIdNow = new Map(records.map((r) => [r.id, r]));
  const lines = records.map((r) => {
    const l = link.get(r)!;
    return { id: r.id, reportsTo: 'to' in l ? l.to : null };
  });
  for (const cycle of findCycles(lines)) {
    const members = cycle.map((id) => byIdNow.get(id)!);
    const chain = [...cycle, cycle[0]].map((id) => JSON.stringify(id)).join(' -> ');
    problem(
      'cycle',
      `reporting lines form a cycle: ${chain} (${formatLines(members.map((r) => r.line))})`,
      members.map((r) => r.line),
      cycle,
    );
    const first = members.reduce((a, b) => (b.line < a.line ? b : a));
    const decision = fixes.cycle;
    if (decision === 'attach-to-root') link.set(first, { attach: true });
    else if (decision === 'make-root') link.set(first, { root: true });
    else if (decision === 'drop') for (const m of members) link.set(m, { drop: true });
    else for (const m of members) link.set(m, { pending: 'cycle' });
  }

  // Left-out rows take everyone under them along.
  const children = new Map<string, ImportRecord[]>();
  for (const r of records) {
    const l = link.get(r)!;
    if ('to' in l) group(children, l.to, r);
  }
  const dropSubtrees = (starts: ImportRecord[]) => {
    const queue = [...starts];
    const gone = new Set<ImportRecord>();
    while (queue.length > 0) {
      const r = queue.pop()!;
      if (gone.has(r)) continue;
      gone.add(r);
      queue.push(...(children.get(r.id) ?? []));
    }
    leftOut.push(...[...gone].map((r) => r.line));
    records = records.filter((r) => !gone.has(r));
  };
  dropSubtrees(records.filter((r) => 'drop' in link.get(r)!));

  // Roots.
  let addedRoot: string | undefined;
  let theRoot: string | undefined;
  const roots = records.filter((r) => 'root' in link.get(r)!);
  const addRoot = () => {
    addedRoot = uniqueId('root', new Set(records.map((r) => r.id)));
    return addedRoot;
  };
  if (roots.length > 1) {
    problem(
      'multiple-roots',
      `${plural(roots.length, 'row')} have no manager: ${formatIds(roots.map((r) => r.id))} (${formatLines(roots.map((r) => r.line))}); a scenario has one root`,
      roots.map((r) => r.line),
      roots.map((r) => r.id),
    );
    const decision = fixes['multiple-roots'];
    if (decision === 'add-root') {
      theRoot = addRoot();
      for (const r of roots) link.set(r, { to: theRoot });
    } else if (decision === 'attach-to-largest' || decision === 'keep-largest') {
      const sizes = roots.map((r) => subtreeSize(r, children));
      const largest = roots[sizes.indexOf(Math.max(...sizes))];
      theRoot = largest.id;
      if (decision === 'attach-to-largest')
        for (const r of roots) if (r !== largest) link.set(r, { to: largest.id });
      if (decision === 'keep-largest') dropSubtrees(roots.filter((r) => r !== largest));
    }
  } else if (roots.length === 1) {
    theRoot = roots[0].id;
  } else {
    const attaching = records.filter((r) => 'attach' in link.get(r)!);
    if (records.length === 0) {
      // Nothing to build on: no decision can help, so this error is never marked as fixed.
      problems.push({
        kind: 'no-root',
        message: 'the file has no rows that can become roles',
        rows: [],
        ids: [],
        severity: 'error',
      });
    } else {
      problem(
        'no-root',
        `no row is without a manager, so the org has no root${attaching.length > 0 ? `; ${plural(attaching.length, 'row')} are waiting to be attached to one` : ''}`,
        [],
        [],
      );
    }
    if (fixes['no-root'] === 'add-root' && records.length > 0) theRoot = addRoot();
  }

  // Attach to the root that was found or made.
  for (const r of records) {
    const l = link.get(r)!;
    if ('attach' in l) link.set(r, theRoot === undefined ? { pending: 'no-root' } : { to: theRoot });
  }

  const rows: ResolvedRow[] = records.map((record) => {
    const l = link.get(record)!;
    return { record, reportsTo: 'to' in l ? l.to : null };
  });
  return {
    rows,
    ...(addedRoot ? { addedRoot } : {}),
    problems,
    leftOut: [...new Set(leftOut)].sort((a, b) => a - b),
  };
}

/** Appends to a list in a map of lists (in place: spreading would be quadratic for a wide span). */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function subtreeSize(root: ImportRecord, children: Map<string, ImportRecord[]>): number {
  let count = 0;
  const queue = [root];
  const seen = new Set<ImportRecord>();
  while (queue.length > 0) {
    const r = queue.pop()!;
    if (seen.has(r)) continue;
    seen.add(r);
    count++;
    queue.push(...(children.get(r.id) ?? []));
  }
  return count;
}

function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
