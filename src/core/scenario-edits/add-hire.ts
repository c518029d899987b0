import { EditRefused } from '../org/edits/edit-refused';
import { usedIds } from '../org/edits/role-lookup';
import {
  DEFAULT_STRENGTH,
  STRENGTH_NAMES,
  type HireEvent,
  type Scenario,
  type Strengths,
} from '../scenario/types';
import { insertionIndex } from './add-event';
import { checkEventFields } from './check-event';

export interface HireFields {
  title: string;
  person?: string | null;
  team?: number;
  strengths?: Partial<Strengths>;
  oneOnOnes?: boolean;
  /** How far the newcomer's ratings may be off, in points; absent is the default. */
  ratingError?: number;
}

/** A readable id from a title ("Chief Operating Officer" -> "chief-operating-officer"), unique here. */
export function hireId(scenario: Scenario, title: string): string {
  const base =
    title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'hire';
  const taken = usedIds(scenario);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * A hire at the start of `quarter`: a new role reporting to `reportsTo`, taking over the reporting lines
 * of `takeOver` (they move under the new role when it arrives). Whether those roles are alive then and
 * whether the move keeps one tree is checked by the format's rules after the edit. Returns the new
 * role's id and the event's index.
 */
export function addHire(
  draft: Scenario,
  quarter: number,
  fields: HireFields,
  reportsTo: string,
  takeOver: readonly string[] = [],
): { roleId: string; index: number } {
  const title = fields.title.trim();
  if (!title) throw new EditRefused('A hired role needs a title.');
  if (takeOver.includes(reportsTo)) {
    throw new EditRefused('The new role cannot take over the role it reports to.');
  }
  const defaults = Object.fromEntries(STRENGTH_NAMES.map((n) => [n, DEFAULT_STRENGTH])) as Strengths;
  const person = fields.person?.trim() ?? '';
  const roleId = hireId(draft, title);
  const event: HireEvent = {
    quarter,
    type: 'hire',
    role: {
      id: roleId,
      title,
      person: person === '' ? null : person,
      reportsTo,
      dottedTo: [],
      team: fields.team ?? 0,
      strengths: { ...defaults, ...fields.strengths },
      oneOnOnes: fields.oneOnOnes ?? false,
      ...(fields.ratingError === undefined ? {} : { ratingError: fields.ratingError }),
    },
    takeOver: [...new Set(takeOver)],
  };
  checkEventFields(draft, event);
  const index = insertionIndex(draft, quarter);
  draft.events.splice(index, 0, event);
  return { roleId, index };
}
