import { EditRefused } from '../org/edits/edit-refused';
import type { GrowEvent, HireEvent, Scenario } from '../scenario/types';
import { insertionIndex } from './add-event';
import { checkQuarter } from './event-at';

/**
 * A role's team size just before `quarter` starts: its starting team (or the team it is hired with),
 * then every grow event of that role acting in an earlier quarter, in the order events act.
 */
export function teamBefore(scenario: Scenario, roleId: string, quarter: number): number {
  const hire = scenario.events.find(
    (e): e is HireEvent => e.type === 'hire' && e.role.id === roleId && e.quarter <= quarter,
  );
  const start = scenario.roles.find((r) => r.id === roleId)?.team ?? hire?.role.team;
  if (start === undefined) throw new EditRefused(`There is no role "${roleId}" by quarter ${quarter}.`);
  let team = start;
  scenario.events
    .map((event, index) => ({ event, index }))
    .filter(({ event }) => event.type === 'grow' && event.roleId === roleId && event.quarter < quarter)
    .sort((a, b) => a.event.quarter - b.event.quarter || a.index - b.index)
    .forEach(({ event }) => (team = (event as GrowEvent).team));
  return team;
}

/** The team size at each quarter of a plan, linear from `start` to `target`; see planGrowth. */
export function growthSteps(
  start: number,
  target: number,
  fromQuarter: number,
  byQuarter: number,
): { quarter: number; team: number }[] {
  const steps: { quarter: number; team: number }[] = [];
  const span = byQuarter - fromQuarter + 1;
  let previous = start;
  for (let quarter = fromQuarter; quarter <= byQuarter; quarter++) {
    const exact = start + ((target - start) * (quarter - fromQuarter + 1)) / span;
    const team = quarter === byQuarter ? target : Math.round(exact);
    if (team !== previous) steps.push({ quarter, team });
    previous = team;
  }
  return steps;
}

/**
 * "Engineering grows to 60 by Q6": turns a growth plan into its grow events. The team moves in a straight
 * line from its size just before `fromQuarter` to `targetTeam` at `byQuarter`, one grow event at the start
 * of each quarter from `fromQuarter` to `byQuarter`. Each size is rounded to the nearest whole person
 * (halves round up), the last is exactly the target, and a quarter whose rounded size equals the one
 * before gets no event. Grow events of that role already in `fromQuarter..byQuarter` are replaced (a plan
 * supersedes earlier plans of the same stretch); those outside the range stay. Returns how many grow
 * events the plan added.
 */
export function planGrowth(
  draft: Scenario,
  roleId: string,
  targetTeam: number,
  byQuarter: number,
  fromQuarter = 1,
): number {
  if (!Number.isInteger(targetTeam) || targetTeam < 0) {
    throw new EditRefused('A target team size is a whole number of people, 0 or more.');
  }
  checkQuarter(draft, fromQuarter);
  checkQuarter(draft, byQuarter);
  if (byQuarter < fromQuarter) {
    throw new EditRefused(`A plan ends at or after it starts: Q${byQuarter} is before Q${fromQuarter}.`);
  }
  const start = teamBefore(draft, roleId, fromQuarter);
  draft.events = draft.events.filter(
    (e) => !(e.type === 'grow' && e.roleId === roleId && e.quarter >= fromQuarter && e.quarter <= byQuarter),
  );
  const steps = growthSteps(start, targetTeam, fromQuarter, byQuarter);
  for (const { quarter, team } of steps) {
    draft.events.splice(insertionIndex(draft, quarter), 0, { quarter, type: 'grow', roleId, team });
  }
  return steps.length;
}
