import {
  PEOPLE_FIELDS,
  SCENARIO_FORMAT,
  SCENARIO_VERSION,
  STRENGTH_NAMES,
  type Role,
  type Scenario,
  type ScenarioEvent,
} from './types';

/**
 * Writes a scenario as a v1 file: pretty JSON with the format header, keys in one fixed order (so saved
 * files diff cleanly), only the fields of the format, and a final newline. parseScenarioJson reads it
 * back to an equal scenario.
 */
export function serializeScenario(scenario: Scenario): string {
  return JSON.stringify(scenarioFile(scenario), null, 2) + '\n';
}

/** The file form as a plain object with keys in file order. */
export function scenarioFile(s: Scenario): Record<string, unknown> {
  const out: Record<string, unknown> = { format: SCENARIO_FORMAT, version: SCENARIO_VERSION, name: s.name };
  if (s.description !== undefined) out.description = s.description;
  out.horizon = s.horizon;
  out.environment = { volatility: s.environment.volatility };
  if (s.seed !== undefined) out.seed = s.seed;
  if (s.parameters !== undefined) {
    out.parameters = Object.fromEntries(
      Object.keys(s.parameters)
        .sort()
        .map((key) => [key, s.parameters![key]]),
    );
  }
  out.roles = s.roles.map(roleObject);
  out.events = s.events.map(eventObject);
  return out;
}

function roleObject(role: Role): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: role.id,
    title: role.title,
    person: role.person ?? null,
    reportsTo: role.reportsTo,
    dottedTo: [...(role.dottedTo ?? [])],
    team: role.team,
    strengths: Object.fromEntries(STRENGTH_NAMES.map((name) => [name, role.strengths[name]])),
    oneOnOnes: role.oneOnOnes ?? false,
  };
  if (role.department !== undefined) out.department = role.department;
  if (role.ratingError !== undefined) out.ratingError = role.ratingError;
  for (const field of PEOPLE_FIELDS) if (role[field] !== undefined) out[field] = role[field];
  return out;
}

function eventObject(event: ScenarioEvent): Record<string, unknown> {
  const head: Record<string, unknown> = { quarter: event.quarter, type: event.type };
  if (event.timingSpread) head.timingSpread = event.timingSpread;
  switch (event.type) {
    case 'grow':
      return { ...head, roleId: event.roleId, team: event.team };
    case 'hire':
      return { ...head, role: roleObject(event.role), takeOver: [...(event.takeOver ?? [])] };
    case 'depart':
      return event.reportsTo === undefined
        ? { ...head, roleId: event.roleId }
        : { ...head, roleId: event.roleId, reportsTo: event.reportsTo };
    case 'reorg':
      return { ...head, roleId: event.roleId, reportsTo: event.reportsTo };
    case 'crisis':
      return { ...head, severity: event.severity, quarters: event.quarters };
    case 'marketShift':
      return { ...head, size: event.size };
    case 'coaching':
      return { ...head, roleIds: [...event.roleIds], quarters: event.quarters };
    case 'feedback360':
      return { ...head, roleIds: [...event.roleIds] };
    case 'oneOnOnes':
      return { ...head, roleIds: [...event.roleIds], enabled: event.enabled };
    case 'succession':
      return {
        ...head,
        roleId: event.roleId,
        person: event.person ?? null,
        strengths: Object.fromEntries(STRENGTH_NAMES.map((name) => [name, event.strengths[name]])),
        ...(event.ratingError === undefined ? {} : { ratingError: event.ratingError }),
      };
  }
}
