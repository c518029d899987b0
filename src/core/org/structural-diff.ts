/**
 * The structural difference between two designs of one org: which roles one design adds and removes
 * against a baseline, which move to a new manager, which get a new title or holder, and whose strengths
 * change (which, by how much). Roles are matched by id, as a scenario duplicated from another keeps its
 * ids and an HR export keeps its employee ids; two unrelated imports share no id, so one is all removed
 * and the other all added, which is the truth of it. Pure: no DOM, no engine.
 */
import { STRENGTH_NAMES, isVacant, type Role, type StrengthName } from '../scenario/types';

export interface DiffRole {
  id: string;
  title: string;
}

export interface MovedRole extends DiffRole {
  /** The manager in the baseline (id and title there), null for the root. */
  from: DiffRole | null;
  /** The manager in the other design (id and title there), null for the root. */
  to: DiffRole | null;
}

export interface RetitledRole extends DiffRole {
  /** The title in the baseline; `title` is the other design's. */
  from: string;
}

export interface NewHolder extends DiffRole {
  /** The holder in each design, null when vacant there. */
  from: string | null;
  to: string | null;
}

export interface StrengthChange {
  name: StrengthName;
  from: number;
  to: number;
  /** to - from. */
  change: number;
}

export interface RestrengthenedRole extends DiffRole {
  changes: StrengthChange[];
}

export interface StructuralDiff {
  /** In the other design only, in its order. */
  added: DiffRole[];
  /** In the baseline only, in its order. */
  removed: DiffRole[];
  /** In both, with a different line manager. */
  moved: MovedRole[];
  /** In both, with a different title. */
  retitled: RetitledRole[];
  /** In both, with a different holder (or filled in one and vacant in the other). */
  newHolders: NewHolder[];
  /** In both, with at least one strength different. */
  strengths: RestrengthenedRole[];
}

/** How the baseline's roles change in `other`; every list follows the order of the design it names. */
export function structuralDiff(baseline: readonly Role[], other: readonly Role[]): StructuralDiff {
  const before = firstById(baseline);
  const after = firstById(other);
  const ref = (role: Role): DiffRole => ({ id: role.id, title: role.title });
  const managerIn = (index: Map<string, Role>, id: string | null): DiffRole | null => {
    if (id === null) return null;
    const manager = index.get(id);
    return { id, title: manager ? manager.title : id };
  };
  const diff: StructuralDiff = {
    added: [],
    removed: [],
    moved: [],
    retitled: [],
    newHolders: [],
    strengths: [],
  };
  for (const role of before.values()) if (!after.has(role.id)) diff.removed.push(ref(role));
  for (const role of after.values()) {
    const was = before.get(role.id);
    if (!was) {
      diff.added.push(ref(role));
      continue;
    }
    if ((was.reportsTo ?? null) !== (role.reportsTo ?? null))
      diff.moved.push({
        ...ref(role),
        from: managerIn(before, was.reportsTo ?? null),
        to: managerIn(after, role.reportsTo ?? null),
      });
    if (was.title !== role.title) diff.retitled.push({ ...ref(role), from: was.title });
    const holderBefore = holder(was);
    const holderAfter = holder(role);
    if (holderBefore !== holderAfter)
      diff.newHolders.push({ ...ref(role), from: holderBefore, to: holderAfter });
    const changes: StrengthChange[] = [];
    for (const name of STRENGTH_NAMES) {
      const from = was.strengths[name];
      const to = role.strengths[name];
      if (from !== to) changes.push({ name, from, to, change: to - from });
    }
    if (changes.length > 0) diff.strengths.push({ ...ref(role), changes });
  }
  return diff;
}

/** How many roles each kind of change touches, e.g. for a table cell or a CSV column. */
export function structuralDiffCounts(diff: StructuralDiff): Record<keyof StructuralDiff, number> {
  return {
    added: diff.added.length,
    removed: diff.removed.length,
    moved: diff.moved.length,
    retitled: diff.retitled.length,
    newHolders: diff.newHolders.length,
    strengths: diff.strengths.length,
  };
}

/** "2 added, 1 removed, 3 moved, 1 re-titled, 1 new holder, 4 with new strengths", or "no change". */
export function structuralDiffSummary(diff: StructuralDiff): string {
  const c = structuralDiffCounts(diff);
  const parts = [
    c.added > 0 ? `${c.added} added` : '',
    c.removed > 0 ? `${c.removed} removed` : '',
    c.moved > 0 ? `${c.moved} moved` : '',
    c.retitled > 0 ? `${c.retitled} re-titled` : '',
    c.newHolders > 0 ? `${c.newHolders} new ${c.newHolders === 1 ? 'holder' : 'holders'}` : '',
    c.strengths > 0 ? `${c.strengths} with new strengths` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : 'no change';
}

/** The first role of each id (a valid scenario has unique ids; a broken one is still diffed). */
function firstById(roles: readonly Role[]): Map<string, Role> {
  const index = new Map<string, Role>();
  for (const role of roles) if (!index.has(role.id)) index.set(role.id, role);
  return index;
}

function holder(role: Role): string | null {
  return isVacant(role) ? null : role.person!.trim();
}
