import type { Role, Scenario, ScenarioEvent } from './types';

/** The roles a scenario's events hire, in list order. */
export function hiredRoles(events: readonly ScenarioEvent[]): Role[] {
  return events.flatMap((e) => (e.type === 'hire' ? [e.role] : []));
}

/** Titles of every role a scenario can show or name: its roles and the roles its hires add. */
export function roleTitles(scenario: Scenario | null): Map<string, string> {
  const titles = new Map<string, string>();
  if (!scenario) return titles;
  for (const role of scenario.roles) titles.set(role.id, role.title);
  for (const role of hiredRoles(scenario.events)) titles.set(role.id, role.title);
  return titles;
}
