/**
 * Applies a quarter's events to the kernel at the start of that quarter. Structural events (hire, depart,
 * reorg, grow) end with one O(roles) rebuild of the compiled structure; the others touch a few values.
 * An event that cannot act at its time (an id not present then, a move that would make a cycle) is skipped
 * and reported as a warning, never silently.
 */
import { STRENGTH_NAMES, type ScenarioEvent } from '../core/scenario/types';
import type { Kernel, UnitField } from './kernel';

/** The kernel field of each strength, in STRENGTH_NAMES order ('trust' the strength is 'trustS'). */
const STRENGTH_FIELDS: readonly (readonly [(typeof STRENGTH_NAMES)[number], UnitField])[] =
  STRENGTH_NAMES.map((name) => [name, name === 'trust' ? 'trustS' : name] as const);

/** A strength (0-10, not finite read as 5) as the kernel's share on 0-1, as Kernel.initRole converts it. */
function strengthShare(v: number): number {
  const x = (Number.isFinite(v) ? v : 5) / 10;
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

export interface IndexedEvent {
  index: number;
  event: ScenarioEvent;
}

/** Events grouped by quarter (1..horizon), in file order within a quarter. */
export function eventsByQuarter(events: readonly ScenarioEvent[], quarters: number): IndexedEvent[][] {
  const byQ: IndexedEvent[][] = Array.from({ length: quarters + 1 }, () => []);
  events.forEach((event, index) => {
    if (event.quarter >= 1 && event.quarter <= quarters) byQ[event.quarter].push({ index, event });
  });
  return byQ;
}

export function applyEvents(
  kernel: Kernel,
  q: number,
  events: readonly IndexedEvent[],
  warnings: string[],
): void {
  if (events.length === 0) return;
  let structural = false;
  for (const { index, event } of events) {
    const warn = (msg: string) => warnings.push(`Event ${index} (${event.type}, quarter ${q}): ${msg}`);
    structural = applyOne(kernel, q, event, warn) || structural;
  }
  if (structural) kernel.s.rebuild(kernel.work);
}

/** Returns true when the structure changed. */
function applyOne(kernel: Kernel, q: number, event: ScenarioEvent, warn: (m: string) => void): boolean {
  const s = kernel.s;
  const P = kernel.p;
  const rng = kernel.rng;
  switch (event.type) {
    case 'grow': {
      const slot = s.liveSlot(event.roleId);
      if (slot < 0) return (warn(`role "${event.roleId}" is not in the org at this time.`), false);
      const before = s.team[slot];
      const after = Math.max(0, event.team);
      if (after > before) kernel.set('hiredNow', slot, kernel.get('hiredNow', slot) + after - before);
      else if (after < before && before > 0) {
        // A cut knocks trust in proportion to the share of the team let go.
        kernel.scale('trust', slot, 1 - P.trustShockDepart * ((before - after) / before));
      }
      s.team[slot] = after;
      return true;
    }
    case 'hire': {
      const role = event.role;
      if (s.liveSlot(role.id) >= 0) return (warn(`role "${role.id}" already exists.`), false);
      const parentSlot = role.reportsTo === null ? -1 : s.liveSlot(role.reportsTo);
      if (parentSlot < 0) return (warn(`manager "${role.reportsTo}" is not in the org at this time.`), false);
      const slot = s.addRole(role, true);
      s.setDotted(slot, role.dottedTo ?? []);
      kernel.initRole(slot, role.strengths, parentSlot);
      kernel.scale('trust', slot, 1 - P.trustShockReorg);
      // Only the new manager ramps up: a hired role's team is taken to be existing staff it takes on.
      kernel.set('hiredNow', slot, s.filled[slot]);
      kernel.set('hiredPrev', slot, 0);
      for (const id of event.takeOver ?? []) {
        const moved = s.liveSlot(id);
        if (moved < 0) warn(`cannot take over "${id}": not in the org at this time.`);
        else if (s.isAncestorOrSelf(moved, slot)) warn(`cannot take over "${id}": it is above the new role.`);
        else {
          s.parent[moved] = slot;
          kernel.scale('trust', moved, 1 - P.trustShockReorg);
        }
      }
      s.rebuild(kernel.work);
      // The new role's reports are its starting span, not growth.
      kernel.set('prevReports', slot, s.childCount[slot] + s.team[slot]);
      return true;
    }
    case 'depart': {
      const slot = s.liveSlot(event.roleId);
      if (slot < 0) return (warn(`role "${event.roleId}" is not in the org at this time.`), false);
      const parentSlot = s.parent[slot];
      if (parentSlot < 0) {
        // The root cannot leave the tree: it becomes vacant and the next layer is covered from nowhere.
        warn('the top role departs; it stays in the tree as a vacancy.');
        s.filled[slot] = 0;
        return true;
      }
      let target = parentSlot;
      if (event.reportsTo !== undefined) {
        const named = s.liveSlot(event.reportsTo);
        if (named < 0 || s.isAncestorOrSelf(slot, named)) {
          warn(`reports cannot go to "${event.reportsTo}"; they go to the parent instead.`);
        } else target = named;
      }
      for (let k = 0; k < s.count; k++) {
        const c = s.order[k];
        if (s.parent[c] === slot) {
          s.parent[c] = target;
          kernel.scale('trust', c, 1 - P.trustShockDepart);
        }
      }
      const movedTeam = s.team[slot];
      if (movedTeam > 0) {
        const share = movedTeam / (s.team[target] + movedTeam);
        kernel.scale('trust', target, 1 - P.trustShockDepart * share);
        s.team[target] += movedTeam;
      }
      s.alive[slot] = 0;
      s.team[slot] = 0;
      return true;
    }
    case 'reorg': {
      const slot = s.liveSlot(event.roleId);
      const target = s.liveSlot(event.reportsTo);
      if (slot < 0 || target < 0) return (warn('a role it names is not in the org at this time.'), false);
      if (s.parent[slot] < 0) return (warn('the top role cannot be moved.'), false);
      if (s.isAncestorOrSelf(slot, target))
        return (warn(`"${event.reportsTo}" is inside the moved subtree.`), false);
      s.parent[slot] = target;
      kernel.scale('trust', slot, 1 - P.trustShockReorg);
      return true;
    }
    case 'crisis':
      kernel.crises.push({ start: q, end: q + Math.max(1, event.quarters) - 1, severity: event.severity });
      return false;
    case 'marketShift':
      kernel.fit = Math.max(0, kernel.fit - event.size);
      return false;
    case 'coaching':
      for (const id of event.roleIds) {
        const slot = s.liveSlot(id);
        if (slot < 0) warn(`role "${id}" is not in the org at this time.`);
        else {
          kernel.coachUntil[slot] = Math.max(kernel.coachUntil[slot], q + Math.max(1, event.quarters) - 1);
          kernel.coachGain[slot] = rng ? 1 + P.coachingUncertainty * rng.normal() : 1;
        }
      }
      return false;
    case 'feedback360':
      for (const id of event.roleIds) {
        const slot = s.liveSlot(id);
        if (slot < 0) warn(`role "${id}" is not in the org at this time.`);
        else {
          kernel.fbUntil[slot] = q + Math.max(1, Math.round(P.feedback360Quarters)) - 1;
          kernel.fbGain[slot] = rng ? 1 + P.feedbackUncertainty * rng.normal() : 1;
        }
      }
      return false;
    case 'oneOnOnes':
      for (const id of event.roleIds) {
        const slot = s.liveSlot(id);
        if (slot < 0) warn(`role "${id}" is not in the org at this time.`);
        else s.oneOnOnes[slot] = event.enabled ? 1 : 0;
      }
      return false;
    case 'succession': {
      const slot = s.liveSlot(event.roleId);
      if (slot < 0) return (warn(`role "${event.roleId}" is not in the org at this time.`), false);
      const wasFilled = s.filled[slot] === 1;
      for (const [name, field] of STRENGTH_FIELDS)
        kernel.set(field, slot, strengthShare(event.strengths[name]));
      s.filled[slot] = 1;
      // The newcomer ramps up, as a hire's own arrival does; the old holder's coaching and 360 were theirs.
      kernel.set('hiredNow', slot, kernel.get('hiredNow', slot) + 1);
      kernel.coachUntil[slot] = -1;
      kernel.fbUntil[slot] = -1;
      // The old holder leaving knocks the unit as a departure does; every direct report gets a new boss.
      if (wasFilled) kernel.scale('trust', slot, 1 - P.trustShockDepart);
      for (let c = 0; c < s.used; c++) {
        if (s.alive[c] === 1 && s.parent[c] === slot) kernel.scale('trust', c, 1 - P.trustShockReorg);
      }
      // A vacancy filled changes who acts for the units below it: the compiled structure is rebuilt.
      return !wasFilled;
    }
  }
}
