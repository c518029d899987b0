import { STRENGTH_PRESETS } from '../../core/org/presets';
import {
  DEFAULT_RATING_ERROR,
  DEFAULT_STRENGTH,
  STRENGTH_NAMES,
  type EventType,
  type HireEvent,
  type Scenario,
  type ScenarioEvent,
  type Strengths,
} from '../../core/scenario/types';
import type { EventPatch } from '../../core/scenario-edits';

/** A hire as the editor holds it: the role's fields, where it sits and which reports it takes over. */
export interface HireDraft {
  quarter: number;
  type: 'hire';
  title: string;
  person: string;
  /** A preset id, '' for every strength at 5, or 'keep' to leave an existing hire's strengths alone. */
  preset: string;
  reportsTo: string;
  takeOver: string[];
  /** The hired role's rating error; absent is the default. */
  ratingError?: number;
  timingSpread?: number;
}

export type EventDraft = Exclude<ScenarioEvent, HireEvent> | HireDraft;

const top = (scenario: Scenario) => scenario.roles.find((r) => r.reportsTo === null)?.id ?? '';
const firstReport = (scenario: Scenario) =>
  scenario.roles.find((r) => r.reportsTo !== null)?.id ?? top(scenario);

/** A sensible new event of a type at a quarter, for the editor to start from. */
export function newDraft(type: EventType, quarter: number, scenario: Scenario): EventDraft {
  const someone = firstReport(scenario);
  switch (type) {
    case 'grow':
      return {
        quarter,
        type,
        roleId: someone,
        team: scenario.roles.find((r) => r.id === someone)?.team ?? 0,
      };
    case 'hire':
      return { quarter, type, title: '', person: '', preset: '', reportsTo: top(scenario), takeOver: [] };
    case 'depart':
      return { quarter, type, roleId: someone };
    case 'reorg':
      return { quarter, type, roleId: someone, reportsTo: top(scenario) };
    case 'crisis':
      return { quarter, type, severity: 0.5, quarters: 2 };
    case 'marketShift':
      return { quarter, type, size: 0.3 };
    case 'coaching':
      return { quarter, type, roleIds: [], quarters: 2 };
    case 'feedback360':
      return { quarter, type, roleIds: [] };
    case 'oneOnOnes':
      return { quarter, type, roleIds: [], enabled: true };
    case 'succession':
      // The top role by default: "the founder steps aside for an operator" is the common case.
      return { quarter, type, roleId: top(scenario), person: '', strengths: allAt5() };
  }
}

/** Every strength at its default, 5. */
export function allAt5(): Strengths {
  return Object.fromEntries(STRENGTH_NAMES.map((n) => [n, DEFAULT_STRENGTH])) as Strengths;
}

/** The preset whose strengths these are ('' for every strength at 5), or undefined for other values. */
export function presetOf(strengths: Strengths): string | undefined {
  const same = (preset: Partial<Strengths>) =>
    STRENGTH_NAMES.every((n) => strengths[n] === (preset[n] ?? DEFAULT_STRENGTH));
  if (same({})) return '';
  return STRENGTH_PRESETS.find((p) => same(p.strengths))?.id;
}

/** The editor's draft of an existing event (a copy: nothing changes until it is saved). */
export function draftOf(event: ScenarioEvent): EventDraft {
  if (event.type !== 'hire') return structuredClone(event);
  return {
    quarter: event.quarter,
    type: 'hire',
    title: event.role.title,
    person: event.role.person ?? '',
    preset: 'keep',
    reportsTo: event.role.reportsTo ?? '',
    takeOver: [...(event.takeOver ?? [])],
    ...(event.role.ratingError === undefined ? {} : { ratingError: event.role.ratingError }),
    ...(event.timingSpread ? { timingSpread: event.timingSpread } : {}),
  };
}

/** A rating error as a draft keeps it: the default is no rating error at all, as the format reads it. */
export const draftRatingError = (value: number): number | undefined =>
  value === DEFAULT_RATING_ERROR ? undefined : value;

/**
 * The event a draft describes; an existing hire keeps its id and whatever the editor does not show. A
 * timing spread of 0 is no spread (the format drops it too), so it is left out.
 */
export function toEvent(draft: EventDraft, existing: ScenarioEvent | undefined): ScenarioEvent {
  const { timingSpread, ...rest } = draft;
  const spread = timingSpread ? { timingSpread } : {};
  if (rest.type === 'succession') {
    // A blank name is "to be hired": the role is filled, by someone not named yet.
    const person = rest.person?.trim() ?? '';
    const { ratingError, ...succession } = rest;
    return {
      ...succession,
      ...spread,
      person: person === '' ? null : person,
      ...(ratingError === undefined ? {} : { ratingError }),
    };
  }
  if (rest.type !== 'hire') return { ...rest, ...spread };
  const before = existing?.type === 'hire' ? existing : undefined;
  const strengths = presetStrengths(rest.preset);
  const person = rest.person.trim();
  const { ratingError: _previous, ...kept } = before?.role ?? {
    id: '',
    dottedTo: [],
    team: 0,
    oneOnOnes: false,
    strengths: allAt5(),
  };
  const role: HireEvent['role'] = {
    ...kept,
    title: rest.title.trim(),
    person: person === '' ? null : person,
    reportsTo: rest.reportsTo,
    strengths: strengths === undefined ? (before?.role.strengths ?? allAt5()) : { ...allAt5(), ...strengths },
    ...(rest.ratingError === undefined ? {} : { ratingError: rest.ratingError }),
  };
  return { quarter: rest.quarter, ...spread, type: 'hire', role, takeOver: rest.takeOver };
}

/**
 * What saving an edited event changes: every field of the event it now is, and the optional fields it no
 * longer has set to undefined, which updateEvent removes (a spread cleared to 0, a rating error back at
 * the default).
 */
export function eventPatch(event: ScenarioEvent): EventPatch {
  const { type: _type, ...fields } = event;
  const cleared: Record<string, undefined> = {};
  if (!('timingSpread' in event)) cleared.timingSpread = undefined;
  if (event.type === 'succession' && !('ratingError' in event)) cleared.ratingError = undefined;
  return { ...cleared, ...fields } as EventPatch;
}

/** The strengths a hire draft asks for: undefined keeps the existing ones. */
export function presetStrengths(preset: string) {
  if (preset === 'keep') return undefined;
  return STRENGTH_PRESETS.find((p) => p.id === preset)?.strengths ?? {};
}

/** The role ids a draft names in any of its fields (role, manager, roles, roles taken over). */
export function namedRoleIds(draft: EventDraft): Set<string> {
  const ids = new Set<string>();
  for (const [field, value] of Object.entries(draft)) {
    if (field === 'roleId' || field === 'reportsTo') {
      if (typeof value === 'string' && value !== '') ids.add(value);
    } else if (field === 'roleIds' || field === 'takeOver') {
      for (const id of value as string[]) ids.add(id);
    }
  }
  return ids;
}
