import { z } from 'zod';
import {
  MAX_HORIZON,
  MAX_RATING_ERROR,
  MAX_STRENGTH,
  MAX_TIMING_SPREAD,
  MIN_HORIZON,
  MIN_STRENGTH,
  STRENGTH_NAMES,
} from './types';

/**
 * The structural half of scenario format v1 as zod schemas: types, ranges and required fields of each
 * object on its own. What needs the whole scenario (unique ids, one tree, ids alive when an event acts,
 * quarter within the horizon) is checked in check-roles.ts and check-events.ts.
 *
 * Every rule carries its own wording; the parser prefixes it with the place and the actual value
 * ("role \"eng\": strengths.vision is 11; " + "strengths run from 0 to 10").
 * Objects are loose: unknown keys pass here and are reported as warnings by unknown-keys.ts, because a
 * later version of the format may add fields.
 */

const STRENGTH_RULE = `strengths run from ${MIN_STRENGTH} to ${MAX_STRENGTH}`;
const SHARE_RULE = 'it runs from 0 to 1';

const idRule = 'ids are strings; write it in quotes';
export const roleIdSchema = z.string({ error: idRule }).min(1, { error: 'an id cannot be empty' });
const idList = z.array(roleIdSchema, { error: 'a list of role ids is expected' });

const strength = z
  .number({ error: 'strengths are numbers' })
  .min(MIN_STRENGTH, { error: STRENGTH_RULE })
  .max(MAX_STRENGTH, { error: STRENGTH_RULE });

export const strengthsSchema = z.looseObject(
  Object.fromEntries(STRENGTH_NAMES.map((name) => [name, strength.optional()])) as Record<
    (typeof STRENGTH_NAMES)[number],
    z.ZodOptional<typeof strength>
  >,
  { error: 'strengths is an object of numbers, e.g. { "vision": 7 }' },
);

const RATING_ERROR_RULE = `a rating error runs from 0 to ${MAX_RATING_ERROR} points`;
const ratingError = z
  .number({ error: 'a rating error is a number of points' })
  .min(0, { error: RATING_ERROR_RULE })
  .max(MAX_RATING_ERROR, { error: RATING_ERROR_RULE });

const teamSize = z
  .number({ error: 'a team size is a number' })
  .int({ error: 'a team size is a whole number' })
  .min(0, { error: 'a team size is 0 or more' });

/** An annual amount in the project's currency: a finite number, 0 or more. */
const money = (what: string) =>
  z
    .number({ error: `${what} is a number, an annual amount` })
    .min(0, { error: `${what} is 0 or more` })
    .max(Number.MAX_SAFE_INTEGER, { error: `${what} is too large` });

export const roleSchema = z.looseObject(
  {
    id: roleIdSchema,
    title: z.string({ error: 'a title is text' }),
    person: z.string({ error: 'a person is text, or null for a vacant role' }).nullable().optional(),
    reportsTo: z
      .string({ error: 'reportsTo is the id of another role, or null for the root' })
      .min(1, { error: 'reportsTo is the id of another role, or null for the root' })
      .nullable(),
    dottedTo: idList.optional(),
    team: teamSize.optional(),
    strengths: strengthsSchema.optional(),
    oneOnOnes: z.boolean({ error: 'oneOnOnes is true or false' }).optional(),
    department: z.string({ error: 'a department is text' }).optional(),
    ratingError: ratingError.optional(),
    salary: money('a salary').optional(),
    icSalary: money('an icSalary (the average cost of one team member)').optional(),
    fte: z
      .number({ error: 'fte is a number from 0 to 1 (1 is full time)' })
      .min(0, { error: 'fte runs from 0 to 1 (1 is full time)' })
      .max(1, { error: 'fte runs from 0 to 1 (1 is full time)' })
      .optional(),
    grade: z.string({ error: 'a grade is text' }).optional(),
    location: z.string({ error: 'a location is text' }).optional(),
  },
  { error: 'a role is an object' },
);

/** The quarter's range depends on the horizon, so only its type is checked here. */
const quarter = z.number({ error: 'a quarter is a number' }).int({ error: 'a quarter is a whole number' });
const share = z
  .number({ error: 'a number is expected' })
  .min(0, { error: SHARE_RULE })
  .max(1, { error: SHARE_RULE });
const quarters = z
  .number({ error: 'a number of quarters is expected' })
  .int({ error: 'quarters is a whole number' })
  .min(1, { error: 'quarters is 1 or more' });

const SPREAD_RULE = `a timing spread runs from 0 to ${MAX_TIMING_SPREAD} quarters`;
const timingSpread = z
  .number({ error: 'a timing spread is a number of quarters' })
  .int({ error: 'a timing spread is a whole number of quarters' })
  .min(0, { error: SPREAD_RULE })
  .max(MAX_TIMING_SPREAD, { error: SPREAD_RULE });

function event<T extends string, S extends z.ZodRawShape>(type: T, shape: S) {
  return z.looseObject(
    { quarter, timingSpread: timingSpread.optional(), type: z.literal(type), ...shape },
    { error: 'an event is an object' },
  );
}

/** One schema per event type, keyed by type, so each event is checked against its own fields only. */
export const eventSchemas = {
  grow: event('grow', { roleId: roleIdSchema, team: teamSize }),
  hire: event('hire', { role: roleSchema, takeOver: idList.optional() }),
  depart: event('depart', { roleId: roleIdSchema, reportsTo: roleIdSchema.optional() }),
  reorg: event('reorg', { roleId: roleIdSchema, reportsTo: roleIdSchema }),
  crisis: event('crisis', { severity: share, quarters }),
  marketShift: event('marketShift', { size: share }),
  coaching: event('coaching', { roleIds: idList, quarters }),
  feedback360: event('feedback360', { roleIds: idList }),
  oneOnOnes: event('oneOnOnes', {
    roleIds: idList,
    enabled: z.boolean({ error: 'enabled is true or false' }),
  }),
  succession: event('succession', {
    roleId: roleIdSchema,
    person: z.string({ error: 'a person is text, or null for "to be hired"' }).nullable().optional(),
    strengths: strengthsSchema.optional(),
    ratingError: ratingError.optional(),
  }),
} as const;

export const eventSchema = z.discriminatedUnion('type', [
  eventSchemas.grow,
  eventSchemas.hire,
  eventSchemas.depart,
  eventSchemas.reorg,
  eventSchemas.crisis,
  eventSchemas.marketShift,
  eventSchemas.coaching,
  eventSchemas.feedback360,
  eventSchemas.oneOnOnes,
  eventSchemas.succession,
]);

const horizonRule = `the horizon runs from ${MIN_HORIZON} to ${MAX_HORIZON} quarters`;

/**
 * The top level without its events (they are checked one by one against their own type's schema, so an
 * unknown type or a broken event does not hide the problems of the others).
 */
export const scenarioBodySchema = z.looseObject(
  {
    name: z.string({ error: 'a name is text' }),
    description: z.string({ error: 'a description is text' }).optional(),
    horizon: z
      .number({ error: 'the horizon is a number of quarters' })
      .int({ error: 'the horizon is a whole number of quarters' })
      .min(MIN_HORIZON, { error: horizonRule })
      .max(MAX_HORIZON, { error: horizonRule }),
    environment: z.looseObject(
      { volatility: share },
      { error: 'environment is an object such as { "volatility": 0.3 }' },
    ),
    roles: z.array(roleSchema, { error: 'roles is a list of role objects' }),
    events: z.array(z.unknown(), { error: 'events is a list of event objects' }).optional(),
    seed: z.number({ error: 'a seed is a number' }).int({ error: 'a seed is a whole number' }).optional(),
    parameters: z
      .record(z.string(), z.number({ error: 'a parameter value is a finite number' }), {
        error: 'parameters is an object of numbers',
      })
      .optional(),
  },
  { error: 'a scenario is a JSON object' },
);

/** The whole file form in one schema, for callers that only need a yes/no (the parser reports more). */
export const scenarioFileSchema = scenarioBodySchema.extend({
  format: z.literal('ballast.scenario'),
  version: z.literal(1),
  events: z.array(eventSchema).optional(),
});

/** Keys each object may carry in version 1; anything else is reported as an unknown key. */
export const KNOWN_KEYS = {
  scenario: ['format', 'version', ...Object.keys(scenarioBodySchema.shape)],
  environment: ['volatility'],
  role: Object.keys(roleSchema.shape),
  strengths: [...STRENGTH_NAMES] as string[],
  event: Object.fromEntries(
    Object.entries(eventSchemas).map(([type, schema]) => [type, Object.keys(schema.shape)]),
  ) as Record<keyof typeof eventSchemas, string[]>,
};
