/**
 * Scenario format, version 1: the plain-data shape of one org design plus the assumptions and events it
 * is simulated under. This is a public contract (see docs/SCENARIO-FORMAT.md): fields may be added in a
 * later version, never repurposed.
 */

export const LEADERSHIP_STRENGTHS = ['vision', 'inspire', 'innovate', 'develop'] as const;
export const MANAGEMENT_STRENGTHS = ['plan', 'organize', 'control', 'direct'] as const;
export const SHARED_STRENGTHS = ['trust'] as const;
export const STRENGTH_NAMES = [
  ...LEADERSHIP_STRENGTHS,
  ...MANAGEMENT_STRENGTHS,
  ...SHARED_STRENGTHS,
] as const;

export type StrengthName = (typeof STRENGTH_NAMES)[number];
/** Every strength on 0..10; a strength missing from a file is read as DEFAULT_STRENGTH. */
export type Strengths = Record<StrengthName, number>;
export const DEFAULT_STRENGTH = 5;
export const MIN_STRENGTH = 0;
export const MAX_STRENGTH = 10;

/**
 * How far each of a role's ratings may be off, in points either way, when nobody says: an informed
 * estimate. A rating from a 360 is nearer (0.5), a guess further (2). Monte Carlo draws within it.
 */
export const DEFAULT_RATING_ERROR = 1;
export const MAX_RATING_ERROR = 5;
/** The most quarters an event's timing may be marked uncertain by, either way. */
export const MAX_TIMING_SPREAD = 12;

export const MIN_HORIZON = 1;
export const MAX_HORIZON = 40;

export interface Role {
  /** Non-empty, unique in the scenario, never parsed as a number ("007" stays "007"). */
  id: string;
  title: string;
  /** Absent, null or empty means the role is vacant. */
  person?: string | null;
  /** The id of the line manager, or null for the one root. */
  reportsTo: string | null;
  /** Dotted-line (matrix) managers; each must exist and must not repeat reportsTo. */
  dottedTo?: string[];
  /** Individual contributors in this role's team who are not modelled as roles (integer >= 0). */
  team: number;
  strengths: Strengths;
  /** Regular one-on-ones with the team. */
  oneOnOnes?: boolean;
  /** Department or function, for colouring and grouping (added by the CSV importer). */
  department?: string;
  /** How far each rating may be off, in points either way (0..MAX_RATING_ERROR; DEFAULT_RATING_ERROR when absent). */
  ratingError?: number;
  /**
   * People data (all optional, none read by the simulation). The annual cost of the role's holder, as
   * paid (already part-time when `fte` is below 1), in the project's currency; >= 0.
   */
  salary?: number;
  /** The average annual cost of one of the `team` individual contributors; >= 0. */
  icSalary?: number;
  /** The holder's full-time equivalent, 0..1 (1 when absent). */
  fte?: number;
  /** Grade, band or level, as text (e.g. "SCS2", "L5"). */
  grade?: string;
  /** Where the holder works, as text. */
  location?: string;
}

/** The people-data fields of a role, in the order they are written. */
export const PEOPLE_FIELDS = ['salary', 'icSalary', 'fte', 'grade', 'location'] as const;
export type PeopleField = (typeof PEOPLE_FIELDS)[number];

export interface Environment {
  /** Market volatility, 0..1. */
  volatility: number;
}

interface EventBase {
  /** 1..horizon; the event acts at the start of this quarter. */
  quarter: number;
  /**
   * Uncertain timing: Monte Carlo runs move the event by up to this many whole quarters either way
   * (0..MAX_TIMING_SPREAD; absent or 0, it acts exactly at `quarter`).
   */
  timingSpread?: number;
}

export interface GrowEvent extends EventBase {
  type: 'grow';
  roleId: string;
  /** The new team size. */
  team: number;
}
export interface HireEvent extends EventBase {
  type: 'hire';
  role: Role;
  /** Ids whose reporting line moves to the new role. */
  takeOver?: string[];
}
export interface DepartEvent extends EventBase {
  type: 'depart';
  roleId: string;
  /** Where the departing role's reports go; absent means its parent. */
  reportsTo?: string;
}
export interface ReorgEvent extends EventBase {
  type: 'reorg';
  roleId: string;
  reportsTo: string;
}
export interface CrisisEvent extends EventBase {
  type: 'crisis';
  severity: number;
  quarters: number;
}
export interface MarketShiftEvent extends EventBase {
  type: 'marketShift';
  size: number;
}
export interface CoachingEvent extends EventBase {
  type: 'coaching';
  roleIds: string[];
  quarters: number;
}
export interface Feedback360Event extends EventBase {
  type: 'feedback360';
  roleIds: string[];
}
export interface OneOnOnesEvent extends EventBase {
  type: 'oneOnOnes';
  roleIds: string[];
  enabled: boolean;
}
/** A new holder takes over an existing role (the root included): its strengths become the newcomer's. */
export interface SuccessionEvent extends EventBase {
  type: 'succession';
  roleId: string;
  /** The newcomer's name; absent, null or empty means "to be hired" (someone arrives, name not known). */
  person?: string | null;
  /** The newcomer's strengths, 0..10, each missing one read as DEFAULT_STRENGTH. */
  strengths: Strengths;
  /** How far the newcomer's ratings may be off, in points (DEFAULT_RATING_ERROR when absent). */
  ratingError?: number;
}

export type ScenarioEvent =
  | GrowEvent
  | HireEvent
  | DepartEvent
  | ReorgEvent
  | CrisisEvent
  | MarketShiftEvent
  | CoachingEvent
  | Feedback360Event
  | OneOnOnesEvent
  | SuccessionEvent;

export type EventType = ScenarioEvent['type'];
export const EVENT_TYPES: readonly EventType[] = [
  'grow',
  'hire',
  'depart',
  'reorg',
  'crisis',
  'marketShift',
  'coaching',
  'feedback360',
  'oneOnOnes',
  'succession',
];

/** A scenario after parsing: every default filled in, so code downstream never guesses. */
export interface Scenario {
  name: string;
  description?: string;
  horizon: number;
  environment: Environment;
  roles: Role[];
  events: ScenarioEvent[];
  seed?: number;
  /**
   * Model parameter overrides (name -> value), saved with the scenario. Not part of format v1's
   * required fields; an added field as the format allows.
   */
  parameters?: Record<string, number>;
}

export const SCENARIO_FORMAT = 'ballast.scenario';
export const SCENARIO_VERSION = 1;

/** The file form: a Scenario with its format header. */
export interface ScenarioFile extends Scenario {
  format: typeof SCENARIO_FORMAT;
  version: typeof SCENARIO_VERSION;
}

/** Headcount of one role: 1 when filled, 0 when vacant, plus its team. */
export function roleHeadcount(role: Pick<Role, 'person' | 'team'>): number {
  return (isVacant(role) ? 0 : 1) + role.team;
}

export function isVacant(role: Pick<Role, 'person'>): boolean {
  return role.person === undefined || role.person === null || role.person.trim() === '';
}
