import type { Problem } from '../problems';
import { problemAt } from './problem';
import { findCycles, findRoots, type ReportingLine } from './tree';

/** The parts of a raw role the tree checks can use, taken only where they have the right type. */
interface LooseRole {
  index: number;
  id: string;
  reportsTo: string | null | undefined;
  dottedTo: unknown[];
}

function looseRoles(rawRoles: unknown): LooseRole[] {
  if (!Array.isArray(rawRoles)) return [];
  const out: LooseRole[] = [];
  rawRoles.forEach((raw, index) => {
    if (raw === null || typeof raw !== 'object') return;
    const role = raw as Record<string, unknown>;
    if (typeof role.id !== 'string' || role.id === '') return;
    const reportsTo =
      role.reportsTo === null
        ? null
        : typeof role.reportsTo === 'string' && role.reportsTo !== ''
          ? role.reportsTo
          : undefined;
    out.push({ index, id: role.id, reportsTo, dottedTo: Array.isArray(role.dottedTo) ? role.dottedTo : [] });
  });
  return out;
}

const quote = (id: string) => JSON.stringify(id);
const listIds = (ids: readonly string[]) => ids.map(quote).join(', ');

/**
 * Checks that the starting roles form one tree: unique ids, known managers, no one reporting to
 * themself, exactly one root, no cycles, and sound dotted lines. Roles whose id or reportsTo is
 * unusable are already reported by the schema and skipped here, so one mistake is not reported twice.
 */
export function checkRoles(root: unknown, rawRoles: unknown): Problem[] {
  const problems: Problem[] = [];
  const roles = looseRoles(rawRoles);
  if (Array.isArray(rawRoles) && rawRoles.length === 0) {
    problems.push(
      problemAt(root, ['roles'], 'no-root', 'roles is empty; a scenario needs at least one role'),
    );
    return problems;
  }

  const firstIndex = new Map<string, number>();
  // Positions of ids seen more than once, only: a list per id made a 10,000-role parse allocate 10,000.
  // Appended in place: copying the list at each repeat made a file of one id repeated n times quadratic.
  const repeats = new Map<string, number[]>();
  for (const role of roles) {
    const first = firstIndex.get(role.id);
    if (first === undefined) firstIndex.set(role.id, role.index);
    else {
      const seen = repeats.get(role.id);
      if (seen) seen.push(role.index);
      else repeats.set(role.id, [first, role.index]);
    }
  }
  // Reported in the order the ids first appear.
  const duplicates = [...repeats].sort(([, a], [, b]) => a[0] - b[0]);
  for (const [id, indexes] of duplicates) {
    // The first few positions are enough to find them; a file may repeat one id thousands of times.
    const shown = indexes.slice(0, 10).map((i) => i + 1);
    const where = indexes.length > shown.length ? `${shown.join(', ')}, …` : shown.join(', ');
    problems.push(
      problemAt(
        root,
        ['roles', indexes[1], 'id'],
        'duplicate-id',
        `role ${quote(id)} is defined ${indexes.length} times (roles ${where} in the list); ids must be unique`,
      ),
    );
  }

  const lines: ReportingLine[] = [];
  for (const role of roles) {
    if (firstIndex.get(role.id) !== role.index) continue;
    if (role.reportsTo === undefined) continue;
    const path = ['roles', role.index, 'reportsTo'];
    if (role.reportsTo === role.id) {
      problems.push(
        problemAt(
          root,
          path,
          'self-report',
          `role ${quote(role.id)}: reportsTo is its own id; a role cannot report to itself`,
        ),
      );
      continue;
    }
    if (role.reportsTo !== null && !firstIndex.has(role.reportsTo)) {
      problems.push(
        problemAt(
          root,
          path,
          'unknown-id',
          `role ${quote(role.id)}: reportsTo ${quote(role.reportsTo)} is not the id of any role`,
        ),
      );
      continue;
    }
    lines.push(role as ReportingLine); // its id and reportsTo, without a copy
  }

  const roots = findRoots(lines);
  // "No root" is only certain when every reporting line could be read.
  const unreadable = roles.filter(
    (r) => firstIndex.get(r.id) === r.index && r.reportsTo === undefined,
  ).length;
  if (roots.length === 0 && unreadable === 0 && roles.length > 0) {
    problems.push(
      problemAt(
        root,
        ['roles'],
        'no-root',
        'no role has reportsTo null, so the org has no root; exactly one role must have no manager',
      ),
    );
  }
  if (roots.length > 1) {
    problems.push(
      problemAt(
        root,
        ['roles', firstIndex.get(roots[1])!, 'reportsTo'],
        'multiple-roots',
        `${roots.length} roles have reportsTo null (${listIds(roots)}); exactly one role may be the root`,
      ),
    );
  }
  for (const cycle of findCycles(lines)) {
    problems.push(
      problemAt(
        root,
        ['roles', firstIndex.get(cycle[0])!, 'reportsTo'],
        'cycle',
        `reporting lines form a cycle: ${[...cycle, cycle[0]].map(quote).join(' -> ')}`,
      ),
    );
  }

  for (const role of roles) {
    if (role.dottedTo.length === 0 || firstIndex.get(role.id) !== role.index) continue;
    // A set only where a target can repeat: one per role made a 10,000-role parse allocate 10,000.
    const seen = role.dottedTo.length > 1 ? new Set<string>() : null;
    for (let i = 0; i < role.dottedTo.length; i++) {
      const target = role.dottedTo[i];
      if (typeof target !== 'string' || target === '') continue;
      const path = ['roles', role.index, 'dottedTo', i];
      const owner = `role ${quote(role.id)}: dottedTo[${i}]`;
      if (!firstIndex.has(target)) {
        problems.push(
          problemAt(root, path, 'unknown-id', `${owner} ${quote(target)} is not the id of any role`),
        );
      } else if (target === role.id) {
        problems.push(
          problemAt(
            root,
            path,
            'self-report',
            `${owner} is its own id; a role cannot have a dotted line to itself`,
          ),
        );
      } else if (target === role.reportsTo) {
        problems.push(
          problemAt(
            root,
            path,
            'dotted-line',
            `${owner} ${quote(target)} repeats reportsTo; a dotted line is to someone other than the line manager`,
          ),
        );
      } else if (seen?.has(target)) {
        problems.push(problemAt(root, path, 'dotted-line', `${owner} ${quote(target)} is listed twice`));
      }
      seen?.add(target);
    }
  }
  return problems;
}
