import type { Problem } from '../problems';
import { describeValue, eventName, type Path } from './describe';
import { problemAt } from './problem';
import { isSelfOrAncestor } from './tree';
import { EVENT_TYPES, MAX_HORIZON, MIN_HORIZON } from './types';

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => v !== null && typeof v === 'object' && !Array.isArray(v);
const quote = (id: string) => JSON.stringify(id);

/**
 * Replays the events in the order they act (by quarter, file order within a quarter) over the starting
 * reporting lines, and checks what depends on that moment: the quarter is within the horizon, every id an
 * event names is alive then (a hire adds an id, a depart removes one), a hire does not reuse a live id,
 * and no reorg, hire or depart turns the tree into a cycle or a forest. Fields of the wrong type were
 * reported by the schema and are skipped here.
 */
export function checkEvents(
  root: unknown,
  startingLines: ReadonlyMap<string, string | null>,
  horizon: number | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const rawEvents = isObject(root) ? root.events : undefined;
  if (!Array.isArray(rawEvents)) return problems;
  const maxQuarter = horizon ?? MAX_HORIZON;

  const parents = new Map(startingLines);
  const departedBy = new Map<string, number>();
  const hiredBy = new Map<string, number>();
  rawEvents.forEach((event, index) => {
    if (
      isObject(event) &&
      event.type === 'hire' &&
      isObject(event.role) &&
      typeof event.role.id === 'string'
    ) {
      if (!hiredBy.has(event.role.id)) hiredBy.set(event.role.id, index);
    }
  });

  const order = rawEvents
    .map((event, index) => ({
      event,
      index,
      quarter: isObject(event) && typeof event.quarter === 'number' ? event.quarter : Infinity,
    }))
    .sort((a, b) => a.quarter - b.quarter || a.index - b.index);

  const acted = new Set<number>();
  for (const { event, index } of order) {
    acted.add(index);
    if (!isObject(event)) continue;
    const name = eventName(root, index);
    const at = (...rest: Path): Path => ['events', index, ...rest];
    const report = (path: Path, kind: string, message: string, severity: Problem['severity'] = 'error') =>
      problems.push(problemAt(root, path, kind, `${name}: ${message}`, severity));

    if (typeof event.type !== 'string' || !(EVENT_TYPES as readonly string[]).includes(event.type)) {
      report(
        at('type'),
        'unknown-event-type',
        `type ${event.type === undefined ? 'is missing' : `${describeValue(event.type)} is not an event type`}; the types are ${EVENT_TYPES.join(', ')}`,
      );
      continue;
    }
    const quarter = event.quarter;
    if (
      typeof quarter === 'number' &&
      Number.isInteger(quarter) &&
      (quarter < MIN_HORIZON || quarter > maxQuarter)
    ) {
      report(at('quarter'), 'out-of-range', `quarter ${quarter} is outside ${MIN_HORIZON}..${maxQuarter}`);
    }

    /** Reports an id that is not alive when this event acts; returns whether it is alive. */
    const alive = (id: unknown, path: Path, field: string): id is string => {
      if (typeof id !== 'string' || id === '') return false;
      if (parents.has(id)) return true;
      const departed = departedBy.get(id);
      const hired = hiredBy.get(id);
      const why =
        departed !== undefined
          ? `has departed (event ${departed + 1})`
          : hired !== undefined && hired !== index
            ? acted.has(hired)
              ? `is never hired, since event ${hired + 1} that hires it is refused`
              : `is only hired by a later event (event ${hired + 1})`
            : 'is not the id of any role';
      report(path, 'unknown-id', `${field} ${quote(id)} ${why}`);
      return false;
    };
    const aliveList = (ids: unknown, field: string): string[] => {
      if (!Array.isArray(ids)) return [];
      if (ids.length === 0)
        report(at(field), 'empty', `${field} is empty, so the event does nothing`, 'warning');
      return ids.filter((id, i): id is string => alive(id, at(field, i), `${field}[${i}]`));
    };

    switch (event.type) {
      case 'grow':
      case 'succession':
        alive(event.roleId, at('roleId'), 'roleId');
        break;
      case 'coaching':
      case 'feedback360':
      case 'oneOnOnes':
        aliveList(event.roleIds, 'roleIds');
        break;
      case 'reorg': {
        const mover = alive(event.roleId, at('roleId'), 'roleId') ? (event.roleId as string) : undefined;
        const target = alive(event.reportsTo, at('reportsTo'), 'reportsTo')
          ? (event.reportsTo as string)
          : undefined;
        if (mover === undefined || target === undefined) break;
        if (isSelfOrAncestor(parents, mover, target)) {
          report(
            at('reportsTo'),
            'cycle',
            mover === target
              ? `${quote(mover)} cannot report to itself`
              : `moving ${quote(mover)} under ${quote(target)} would make a cycle, since ${quote(target)} is in ${quote(mover)}'s own subtree`,
          );
          break;
        }
        parents.set(mover, target);
        break;
      }
      case 'depart': {
        if (!alive(event.roleId, at('roleId'), 'roleId')) break;
        const leaver = event.roleId as string;
        const parent = parents.get(leaver) ?? null;
        let heir: string | null = parent;
        if (event.reportsTo !== undefined) {
          if (!alive(event.reportsTo, at('reportsTo'), 'reportsTo')) break;
          heir = event.reportsTo as string;
          if (isSelfOrAncestor(parents, leaver, heir)) {
            report(
              at('reportsTo'),
              'cycle',
              `the reports of ${quote(leaver)} cannot move to ${quote(heir)}, which is ${heir === leaver ? 'the departing role itself' : 'under the departing role'}`,
            );
            break;
          }
        }
        if (parent === null) {
          report(
            at('roleId'),
            'root-departs',
            `${quote(leaver)} is the root and cannot depart; reorg the org under a new root first`,
          );
          break;
        }
        for (const [id, manager] of parents) if (manager === leaver) parents.set(id, heir);
        parents.delete(leaver);
        departedBy.set(leaver, index);
        break;
      }
      case 'hire': {
        const role = event.role;
        if (!isObject(role) || typeof role.id !== 'string' || role.id === '') break;
        const id = role.id;
        if (parents.has(id)) {
          report(
            at('role', 'id'),
            'duplicate-id',
            `hires ${quote(id)}, but a role with that id is already alive then`,
          );
          break;
        }
        let manager: string | undefined;
        if (role.reportsTo === null) {
          report(
            at('role', 'reportsTo'),
            'multiple-roots',
            `a hired role must report to a live role; reportsTo null would make a second root`,
          );
        } else if (alive(role.reportsTo, at('role', 'reportsTo'), 'role.reportsTo')) {
          manager = role.reportsTo as string;
        }
        if (Array.isArray(role.dottedTo)) {
          role.dottedTo.forEach((target, i) =>
            alive(target, at('role', 'dottedTo', i), `role.dottedTo[${i}]`),
          );
        }
        const takeOver = Array.isArray(event.takeOver)
          ? event.takeOver.filter((t, i): t is string => alive(t, at('takeOver', i), `takeOver[${i}]`))
          : [];
        if (manager === undefined) break;
        const looping = takeOver.filter((t) => isSelfOrAncestor(parents, t, manager));
        looping.forEach((t) =>
          report(
            at('takeOver', (event.takeOver as unknown[]).indexOf(t)),
            'cycle',
            `${quote(id)} reports to ${quote(manager)}, which is under ${quote(t)}, so ${quote(t)} cannot move under ${quote(id)} without making a cycle`,
          ),
        );
        if (looping.length > 0) break;
        parents.set(id, manager);
        for (const t of takeOver) parents.set(t, id);
        departedBy.delete(id);
        break;
      }
      default:
        break;
    }
  }
  return problems;
}
