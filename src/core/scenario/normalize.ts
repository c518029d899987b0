import {
  DEFAULT_STRENGTH,
  STRENGTH_NAMES,
  type Role,
  type Scenario,
  type ScenarioEvent,
  type Strengths,
} from './types';

/**
 * Builds the parsed value from input that has passed every check: fresh plain objects holding only the
 * fields of format v1, with every default filled in (dottedTo [], oneOnOnes false, team 0, person null,
 * each missing strength 5), so code downstream never guesses and nothing of the input's own objects or
 * prototypes is carried along.
 */
type Raw = Record<string, unknown>;

function strengthsFrom(raw: unknown): Strengths {
  const source = (raw ?? {}) as Raw;
  const out = {} as Strengths;
  for (const name of STRENGTH_NAMES) {
    const value = Object.prototype.hasOwnProperty.call(source, name) ? source[name] : undefined;
    out[name] = typeof value === 'number' ? value : DEFAULT_STRENGTH;
  }
  return out;
}

export function normalizeRole(raw: Raw): Role {
  const role: Role = {
    id: raw.id as string,
    title: raw.title as string,
    person: typeof raw.person === 'string' ? raw.person : null,
    reportsTo: (raw.reportsTo as string | null) ?? null,
    dottedTo: Array.isArray(raw.dottedTo) ? [...(raw.dottedTo as string[])] : [],
    team: typeof raw.team === 'number' ? raw.team : 0,
    strengths: strengthsFrom(raw.strengths),
    oneOnOnes: raw.oneOnOnes === true,
  };
  if (typeof raw.department === 'string') role.department = raw.department;
  if (typeof raw.ratingError === 'number') role.ratingError = raw.ratingError;
  if (typeof raw.salary === 'number') role.salary = raw.salary;
  if (typeof raw.icSalary === 'number') role.icSalary = raw.icSalary;
  if (typeof raw.fte === 'number') role.fte = raw.fte;
  if (typeof raw.grade === 'string') role.grade = raw.grade;
  if (typeof raw.location === 'string') role.location = raw.location;
  return role;
}

const ids = (value: unknown): string[] => [...(value as string[])];

export function normalizeEvent(raw: Raw): ScenarioEvent {
  const event = normalizeEventFields(raw);
  if (typeof raw.timingSpread === 'number' && raw.timingSpread > 0) event.timingSpread = raw.timingSpread;
  return event;
}

function normalizeEventFields(raw: Raw): ScenarioEvent {
  const quarter = raw.quarter as number;
  switch (raw.type as ScenarioEvent['type']) {
    case 'grow':
      return { quarter, type: 'grow', roleId: raw.roleId as string, team: raw.team as number };
    case 'hire':
      return {
        quarter,
        type: 'hire',
        role: normalizeRole(raw.role as Raw),
        takeOver: Array.isArray(raw.takeOver) ? ids(raw.takeOver) : [],
      };
    case 'depart': {
      const event: ScenarioEvent = { quarter, type: 'depart', roleId: raw.roleId as string };
      if (typeof raw.reportsTo === 'string') event.reportsTo = raw.reportsTo;
      return event;
    }
    case 'reorg':
      return { quarter, type: 'reorg', roleId: raw.roleId as string, reportsTo: raw.reportsTo as string };
    case 'crisis':
      return { quarter, type: 'crisis', severity: raw.severity as number, quarters: raw.quarters as number };
    case 'marketShift':
      return { quarter, type: 'marketShift', size: raw.size as number };
    case 'coaching':
      return { quarter, type: 'coaching', roleIds: ids(raw.roleIds), quarters: raw.quarters as number };
    case 'feedback360':
      return { quarter, type: 'feedback360', roleIds: ids(raw.roleIds) };
    case 'oneOnOnes':
      return { quarter, type: 'oneOnOnes', roleIds: ids(raw.roleIds), enabled: raw.enabled as boolean };
    case 'succession': {
      const event: ScenarioEvent = {
        quarter,
        type: 'succession',
        roleId: raw.roleId as string,
        person: typeof raw.person === 'string' ? raw.person : null,
        strengths: strengthsFrom(raw.strengths),
      };
      if (typeof raw.ratingError === 'number') event.ratingError = raw.ratingError;
      return event;
    }
  }
}

export function normalizeScenario(raw: Raw): Scenario {
  const environment = raw.environment as Raw;
  const scenario: Scenario = {
    name: raw.name as string,
    horizon: raw.horizon as number,
    environment: { volatility: environment.volatility as number },
    roles: (raw.roles as Raw[]).map(normalizeRole),
    events: Array.isArray(raw.events) ? (raw.events as Raw[]).map(normalizeEvent) : [],
  };
  if (typeof raw.description === 'string') scenario.description = raw.description;
  if (typeof raw.seed === 'number') scenario.seed = raw.seed;
  if (raw.parameters !== undefined) {
    // fromEntries defines own properties, so no key can reach a prototype even if one slipped through.
    scenario.parameters = Object.fromEntries(Object.entries(raw.parameters as Record<string, number>));
  }
  return scenario;
}
