import fc from 'fast-check';
import { PARAMETER_TABLE } from '../../../src/core/scenario/parameter-table';
import {
  PEOPLE_FIELDS,
  STRENGTH_NAMES,
  type Role,
  type Scenario,
  type ScenarioEvent,
} from '../../../src/core/scenario/types';

/** Finite numbers in a range, without -0 (JSON writes it as 0, so it cannot survive a round trip). */
const between = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((x) => x + 0);

const text = fc.string({ maxLength: 12, unit: 'grapheme' });
const id = fc
  .string({ minLength: 1, maxLength: 6 })
  .filter((s) => !['__proto__', 'constructor', 'prototype'].includes(s));

const strengths = fc.record(
  Object.fromEntries(
    STRENGTH_NAMES.map((n) => [n, fc.oneof(fc.integer({ min: 0, max: 10 }), between(0, 10))]),
  ) as Record<(typeof STRENGTH_NAMES)[number], fc.Arbitrary<number>>,
);

const roleBody = fc.record(
  {
    title: text,
    person: fc.option(text, { nil: null }),
    team: fc.nat({ max: 200 }),
    strengths,
    oneOnOnes: fc.boolean(),
    department: text,
    salary: fc.oneof(fc.nat({ max: 500_000 }), between(0, 500_000)),
    icSalary: fc.nat({ max: 200_000 }),
    fte: between(0, 1),
    grade: text,
    location: text,
  },
  { requiredKeys: ['title', 'person', 'team', 'strengths', 'oneOnOnes'] },
);

/** Overrides of up to three model parameters, each within its documented range (the parser refuses others). */
const parameters = fc
  .uniqueArray(
    fc
      .constantFrom(...PARAMETER_TABLE)
      .chain((row) => between(row.min, row.max).map((value) => [row.name, value] as const)),
    { maxLength: 3, selector: ([name]) => name },
  )
  .map((entries) => Object.fromEntries(entries) as Record<string, number>);

function role(
  id: string,
  reportsTo: string | null,
  body: Omit<Role, 'id' | 'reportsTo' | 'dottedTo'>,
  dottedTo: string[],
): Role {
  return {
    id,
    title: body.title,
    person: body.person,
    reportsTo,
    dottedTo,
    team: body.team,
    strengths: body.strengths,
    oneOnOnes: body.oneOnOnes,
    ...(body.department === undefined ? {} : { department: body.department }),
    ...Object.fromEntries(PEOPLE_FIELDS.filter((f) => body[f] !== undefined).map((f) => [f, body[f]])),
  };
}

/**
 * Valid scenarios in parsed form (every default filled in): a random tree with dotted lines, and events
 * that only name roles alive when they act (hires add fresh ids; no departs, so every id stays alive).
 */
export const validScenario: fc.Arbitrary<Scenario> = fc
  .record({
    ids: fc.uniqueArray(id, { minLength: 1, maxLength: 8 }),
    hiredIds: fc.uniqueArray(id, { maxLength: 3 }),
    parentPicks: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
    dottedPicks: fc.array(fc.option(fc.nat(), { nil: undefined }), { minLength: 8, maxLength: 8 }),
    bodies: fc.array(roleBody, { minLength: 11, maxLength: 11 }),
    horizon: fc.integer({ min: 1, max: 40 }),
    volatility: between(0, 1),
    name: text,
    description: fc.option(text, { nil: undefined }),
    seed: fc.option(fc.integer(), { nil: undefined }),
    parameters: fc.option(parameters, { nil: undefined }),
    eventPicks: fc.array(
      fc.record({
        kind: fc.constantFrom(
          'grow',
          'crisis',
          'marketShift',
          'coaching',
          'feedback360',
          'oneOnOnes',
          'succession',
        ),
        quarter: fc.nat(),
        pick: fc.nat(),
        share: between(0, 1),
        count: fc.integer({ min: 1, max: 8 }),
        flag: fc.boolean(),
      }),
      { maxLength: 6 },
    ),
  })
  .map((r) => {
    const hired = r.hiredIds.filter((h) => !r.ids.includes(h));
    const roles: Role[] = r.ids.map((rid, i) => {
      const reportsTo = i === 0 ? null : r.ids[r.parentPicks[i] % i];
      const dotted = r.dottedPicks[i];
      const target = dotted === undefined ? undefined : r.ids[dotted % r.ids.length];
      const dottedTo = target !== undefined && target !== rid && target !== reportsTo ? [target] : [];
      return role(rid, reportsTo, r.bodies[i], dottedTo);
    });
    const quarterOf = (n: number) => 1 + (n % r.horizon);
    const events: ScenarioEvent[] = hired.map((h, i) => ({
      quarter: 1,
      type: 'hire',
      role: role(h, r.ids[0], r.bodies[8 + i], []),
      takeOver: [],
    }));
    const alive = [...r.ids, ...hired];
    for (const e of r.eventPicks) {
      const quarter = quarterOf(e.quarter);
      const target = alive[e.pick % alive.length];
      if (e.kind === 'grow') events.push({ quarter, type: 'grow', roleId: target, team: e.count });
      else if (e.kind === 'crisis')
        events.push({ quarter, type: 'crisis', severity: e.share, quarters: e.count });
      else if (e.kind === 'marketShift') events.push({ quarter, type: 'marketShift', size: e.share });
      else if (e.kind === 'coaching')
        events.push({ quarter, type: 'coaching', roleIds: [target], quarters: e.count });
      else if (e.kind === 'feedback360') events.push({ quarter, type: 'feedback360', roleIds: [target] });
      else if (e.kind === 'succession')
        events.push({
          quarter,
          type: 'succession',
          roleId: target,
          person: e.flag ? r.bodies[e.count].person : null,
          strengths: r.bodies[e.count].strengths,
        });
      else events.push({ quarter, type: 'oneOnOnes', roleIds: [target], enabled: e.flag });
    }
    const scenario: Scenario = {
      name: r.name,
      horizon: r.horizon,
      environment: { volatility: r.volatility },
      roles,
      events,
    };
    if (r.description !== undefined) scenario.description = r.description;
    if (r.seed !== undefined) scenario.seed = r.seed;
    if (r.parameters !== undefined) scenario.parameters = r.parameters;
    return scenario;
  });
