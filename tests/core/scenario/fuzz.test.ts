import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Parsed, Problem } from '../../../src/core/problems';
import { parseScenario, parseScenarioJson } from '../../../src/core/scenario/parse';
import { MAX_PROBLEMS_PER_KIND } from '../../../src/core/scenario/problem-list';
import { serializeScenario } from '../../../src/core/scenario/serialize';
import { EVENT_TYPES, type Scenario } from '../../../src/core/scenario/types';
import { MAX_NESTING } from '../../../src/core/scenario/unknown-keys';
import { checkParameters } from '../../../src/engine/parameters';

/**
 * The parser on input nobody wrote on purpose: arbitrary JSON, the bundled scenarios with random
 * mutations, broken text, deep nesting and huge problem counts. Whatever comes in, the parser returns
 * either a scenario that writes out and reads back the same, or a refusal whose problems are plain data,
 * each with a kind, a message and a location. It never throws. A few thousand cases in all.
 */

const RESOURCES = join(import.meta.dirname, '../../../resources');

/** The bundled scenarios as decoded JSON: the scenario files and the scenarios of the small samples. */
const bases: unknown[] = [
  ...readdirSync(join(RESOURCES, 'scenarios'))
    .filter((name) => name.endsWith('.scenario.json'))
    .map((name) => JSON.parse(readFileSync(join(RESOURCES, 'scenarios', name), 'utf8')) as unknown),
  // restructure-300 is left out: 300 roles per case would make the suite slow, not more thorough.
  ...['founder-led-startup', 'workshop-divisions'].flatMap(
    (id) =>
      (
        JSON.parse(readFileSync(join(RESOURCES, 'samples', `${id}.sample.json`), 'utf8')) as {
          scenarios: unknown[];
        }
      ).scenarios,
  ),
];

const PROBLEM_KEYS = new Set(['kind', 'message', 'path', 'roleId', 'eventIndex', 'severity']);
/** Kinds and severities are finite, so a capped list is too; 40 is well above the kinds there are. */
const MAX_LISTED = 40 * (MAX_PROBLEMS_PER_KIND + 1);

/** Why a problem is not plain data with a kind, a message and a location; null when it is. */
function notPlain(problem: Problem): string | null {
  if (Object.getPrototypeOf(problem) !== Object.prototype) return 'not a plain object';
  const extra = Object.keys(problem).find((key) => !PROBLEM_KEYS.has(key));
  if (extra !== undefined) return `unexpected key ${extra}`;
  if (typeof problem.kind !== 'string' || problem.kind === '') return 'no kind';
  if (typeof problem.message !== 'string' || problem.message.trim() === '') return 'no message';
  if (problem.severity !== 'error' && problem.severity !== 'warning') return 'no severity';
  // The location: a path into the JSON (empty for the scenario as a whole).
  if (!Array.isArray(problem.path)) return 'no path';
  if (problem.path.some((step) => typeof step !== 'string' && typeof step !== 'number')) return 'bad path';
  if (problem.roleId !== undefined && typeof problem.roleId !== 'string') return 'bad roleId';
  if (problem.eventIndex !== undefined && !Number.isInteger(problem.eventIndex)) return 'bad eventIndex';
  // Plain data: survives JSON (an API reply, an IPC message) unchanged.
  const copy = JSON.parse(JSON.stringify(problem)) as Problem;
  if (
    copy.message !== problem.message ||
    copy.path.length !== problem.path.length ||
    copy.path.some((step, i) => step !== problem.path[i])
  )
    return 'does not survive JSON';
  return null;
}

function expectPlainProblems(problems: readonly Problem[]): void {
  for (const problem of problems) {
    const why = notPlain(problem);
    if (why !== null) throw new Error(`${why}: ${JSON.stringify(problem)}`);
  }
}

/** The property every input must have: a clean result or a clean refusal. */
function expectCleanOutcome(parsed: Parsed<Scenario>): void {
  if (!parsed.ok) {
    expect(parsed.problems.length).toBeGreaterThan(0);
    expect(parsed.problems.length).toBeLessThanOrEqual(MAX_LISTED);
    expect(parsed.problems.some((p) => p.severity === 'error')).toBe(true);
    expectPlainProblems(parsed.problems);
    return;
  }
  expect(parsed.warnings.length).toBeLessThanOrEqual(MAX_LISTED);
  expectPlainProblems(parsed.warnings);
  expect(parsed.warnings.every((w) => w.severity === 'warning')).toBe(true);
  // What the parser accepts, the engine runs: no parameter it would refuse.
  expect(checkParameters(parsed.value.parameters ?? {})).toEqual([]);
  // Re-serialises and re-parses equal (compared as JSON: a -0 in the input is written as 0).
  const text = serializeScenario(parsed.value);
  const again = parseScenarioJson(text);
  if (!again.ok) throw new Error(`a parsed scenario did not parse again: ${again.problems[0].message}`);
  expect(again.warnings).toEqual([]);
  expect(JSON.stringify(again.value)).toBe(JSON.stringify(parsed.value));
  expect(serializeScenario(again.value)).toBe(text);
}

/** Runs the parser on a value, both as a value and as the JSON text of a file; neither may throw. */
function parseBoth(value: unknown): void {
  expectCleanOutcome(parseScenario(value));
  expectCleanOutcome(parseScenario(value, { requireHeader: false }));
  const text = JSON.stringify(value);
  if (text !== undefined) expectCleanOutcome(parseScenarioJson(text));
}

// --- Mutations of a decoded scenario -------------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Step = string | number;

/** Every place in a JSON value, as paths from its root (the root itself excluded). */
function placesIn(value: unknown, path: Step[] = [], out: Step[][] = []): Step[][] {
  if (value === null || typeof value !== 'object') return out;
  const entries: [Step, unknown][] = Array.isArray(value)
    ? value.map((item, i) => [i, item])
    : Object.entries(value);
  for (const [step, child] of entries) {
    const here = [...path, step];
    out.push(here);
    placesIn(child, here, out);
  }
  return out;
}

function parentOf(root: unknown, path: Step[]): Record<Step, unknown> {
  let node = root as Record<Step, unknown>;
  for (const step of path.slice(0, -1)) node = node[step] as Record<Step, unknown>;
  return node;
}

/** Keys a scenario knows, keys it forbids and keys it has never seen, so mutations hit every branch. */
const keyArb = fc.oneof(
  fc.constantFrom(
    'id',
    'reportsTo',
    'dottedTo',
    'team',
    'strengths',
    'vision',
    'trust',
    'type',
    'quarter',
    'roleId',
    'roleIds',
    'role',
    'takeOver',
    'parameters',
    'capacityScale',
    'events',
    'roles',
    'horizon',
    'environment',
    'volatility',
    '__proto__',
    'constructor',
    'prototype',
  ),
  fc.string({ maxLength: 8 }),
);

/** Values that are almost right as often as they are wrong: ids, edge numbers, wrong types. */
const valueArb: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, false, 0, -1, 0.5, 1, 10, 11, 40, 41, -0, 1e308, '', 'ceo', 'eng', []),
  fc.integer({ min: -5, max: 50 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 6 }),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
);

type Mutation =
  | { op: 'set'; pick: number; value: Json }
  | { op: 'delete'; pick: number }
  | { op: 'add'; pick: number; key: string; value: Json }
  | { op: 'duplicate'; pick: number }
  | { op: 'wrap'; pick: number; depth: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), pick: fc.nat(), value: valueArb }),
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('add' as const), pick: fc.nat(), key: keyArb, value: valueArb }),
  fc.record({ op: fc.constant('duplicate' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('wrap' as const), pick: fc.nat(), depth: fc.integer({ min: 1, max: 3 }) }),
);

/** Applies one mutation at a place chosen by `pick`, in place; JSON-safe (defineProperty for __proto__). */
function mutate(root: unknown, m: Mutation): void {
  const places = placesIn(root);
  if (places.length === 0) return;
  const path = places[m.pick % places.length];
  const parent = parentOf(root, path);
  const step = path[path.length - 1];
  const set = (target: Record<Step, unknown>, key: Step, value: unknown) =>
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  switch (m.op) {
    case 'set':
      set(parent, step, structuredClone(m.value));
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(step as number, 1);
      else delete parent[step];
      break;
    case 'add': {
      const target = parent[step];
      if (target !== null && typeof target === 'object' && !Array.isArray(target))
        set(target as Record<Step, unknown>, m.key, structuredClone(m.value));
      else if (Array.isArray(target)) target.push(structuredClone(m.value));
      break;
    }
    case 'duplicate':
      if (Array.isArray(parent)) parent.splice(step as number, 0, structuredClone(parent[step]));
      break;
    case 'wrap': {
      let value = parent[step];
      for (let i = 0; i < m.depth; i++) value = i % 2 === 0 ? [value] : { value };
      set(parent, step, value);
      break;
    }
  }
}

const mutatedScenario = fc
  .record({
    base: fc.nat({ max: bases.length - 1 }),
    mutations: fc.array(mutationArb, { minLength: 1, maxLength: 4 }),
  })
  .map(({ base, mutations }) => {
    const value = structuredClone(bases[base]);
    for (const m of mutations) mutate(value, m);
    return value;
  });

/** A scenario's top level with arbitrary values in its own fields: the parser's every branch, shallowly. */
const scenarioShaped = fc.record(
  {
    format: fc.oneof(fc.constant('ballast.scenario'), valueArb),
    version: fc.oneof(fc.constant(1), fc.constant(2), valueArb),
    name: fc.oneof(fc.string(), valueArb),
    horizon: fc.oneof(fc.integer({ min: -2, max: 45 }), valueArb),
    environment: fc.oneof(fc.record({ volatility: valueArb }), valueArb),
    roles: fc.oneof(
      fc.array(
        fc.record(
          {
            id: fc.oneof(fc.constantFrom('a', 'b', 'c', ''), valueArb),
            title: fc.oneof(fc.string({ maxLength: 4 }), valueArb),
            reportsTo: fc.oneof(fc.constantFrom(null, 'a', 'b', 'c'), valueArb),
            dottedTo: fc.oneof(fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 }), valueArb),
            team: valueArb,
            strengths: fc.oneof(fc.dictionary(keyArb, valueArb, { maxKeys: 3 }), valueArb),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 5 },
      ),
      valueArb,
    ),
    events: fc.oneof(
      fc.array(
        fc.record(
          {
            quarter: fc.oneof(fc.integer({ min: -1, max: 10 }), valueArb),
            type: fc.oneof(fc.constantFrom(...EVENT_TYPES, 'toString'), valueArb),
            roleId: fc.oneof(fc.constantFrom('a', 'b', 'c', 'd'), valueArb),
            roleIds: fc.oneof(fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 3 }), valueArb),
            reportsTo: fc.oneof(fc.constantFrom('a', 'b', 'c', 'd'), valueArb),
            role: fc.oneof(
              fc.record({
                id: fc.constantFrom('c', 'd', 'e'),
                title: fc.constant('New'),
                reportsTo: fc.constantFrom(null, 'a', 'b', 'd'),
              }),
              valueArb,
            ),
            takeOver: fc.oneof(fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 2 }), valueArb),
            team: valueArb,
            severity: valueArb,
            size: valueArb,
            quarters: valueArb,
            enabled: valueArb,
          },
          { requiredKeys: ['quarter', 'type'] },
        ),
        { maxLength: 5 },
      ),
      valueArb,
    ),
    seed: valueArb,
    parameters: fc.oneof(
      fc.dictionary(
        fc.constantFrom('capacityScale', 'burnoutThreshold', 'tauEngagement', 'nope', 'toString'),
        fc.oneof(fc.double({ min: -20, max: 20, noNaN: true }), valueArb),
        { maxKeys: 3 },
      ),
      valueArb,
    ),
  },
  { requiredKeys: ['format', 'version', 'name', 'horizon', 'environment', 'roles'] },
);

// Bounded, not slow: about 2,400 cases in all; the timeouts are for a loaded 2-core machine.
describe('the scenario parser on fuzzed input: a clean result or a clean refusal, never a throw', () => {
  it('arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => parseBoth(value)),
      { numRuns: 500 },
    );
  }, 60_000);

  it('values shaped like a scenario, with arbitrary values in its fields', () => {
    fc.assert(
      fc.property(scenarioShaped, (value) => parseBoth(value)),
      { numRuns: 500 },
    );
  }, 60_000);

  it('the bundled scenarios, mutated', () => {
    fc.assert(
      fc.property(mutatedScenario, (value) => parseBoth(value)),
      { numRuns: 500 },
    );
  }, 60_000);

  it('the bundled scenarios as text, with characters changed, dropped or added', () => {
    const texts = bases.map((b) => JSON.stringify(b, null, 2));
    const edit = fc.record({
      at: fc.nat(),
      drop: fc.nat({ max: 3 }),
      add: fc.oneof(
        fc.constantFrom('', '{', '}', '[', ']', ',', ':', '"', '\\', '-', 'e', '\u0000', '\uFEFF'),
        fc.string({ maxLength: 3 }),
      ),
    });
    fc.assert(
      fc.property(
        fc.nat({ max: texts.length - 1 }),
        fc.array(edit, { minLength: 1, maxLength: 3 }),
        (base, edits) => {
          let text = texts[base];
          for (const e of edits) {
            const at = e.at % (text.length + 1);
            text = text.slice(0, at) + e.add + text.slice(at + e.drop);
          }
          expectCleanOutcome(parseScenarioJson(text));
        },
      ),
      { numRuns: 400 },
    );
  }, 60_000);

  it('arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json()), (text) =>
        expectCleanOutcome(parseScenarioJson(text)),
      ),
      { numRuns: 400 },
    );
  }, 60_000);

  it('deep nesting anywhere in a bundled scenario: refused past the limit, naming where', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: bases.length - 1 }),
        fc.nat(),
        fc.integer({ min: 1, max: 20_000 }),
        fc.boolean(),
        (base, pick, depth, objects) => {
          const value = structuredClone(bases[base]);
          const places = placesIn(value);
          const path = places[pick % places.length];
          const marker = '\u0000deep\u0000';
          parentOf(value, path)[path[path.length - 1]] = marker;
          // Built as text: JSON.stringify itself recurses and would overflow on the deepest.
          const open = objects ? '{"a":' : '[';
          const close = objects ? '}' : ']';
          const text = JSON.stringify(value).replace(
            JSON.stringify(marker),
            `${open.repeat(depth)}1${close.repeat(depth)}`,
          );
          const parsed = parseScenarioJson(text);
          expectCleanOutcome(parsed);
          // The scenario is level 1, the place level path.length + 1, then `depth` more levels inside it.
          if (path.length + depth > MAX_NESTING) {
            expect(parsed.ok).toBe(false);
            const deep = !parsed.ok && parsed.problems.find((p) => p.kind === 'too-deep');
            expect(deep && deep.path.slice(0, path.length)).toEqual(path);
          } else if (!parsed.ok) {
            expect(parsed.problems.some((p) => p.kind === 'too-deep')).toBe(false);
          }
        },
      ),
      { numRuns: 100 },
    );
  }, 60_000);

  it('huge problem counts: listed up to the cap and counted, never overflowing', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5_000, max: 40_000 }),
        fc.subarray(['unknown', 'badTeam', 'duplicate', 'badReport', 'badParameter'], { minLength: 1 }),
        (count, faults) => {
          const roles: Record<string, unknown>[] = [{ id: 'root', title: 'Root', reportsTo: null }];
          for (let i = 1; i < count; i++) {
            const role: Record<string, unknown> = { id: `r${i}`, title: 'R', reportsTo: 'root' };
            if (faults.includes('unknown')) role[`extra${i % 3}`] = { nested: [i] };
            if (faults.includes('badTeam')) role.team = -i;
            // Pairs share an id: thousands of repeated ids, each its own problem. (One id repeated
            // thousands of times is a single problem, which lists nothing to cap.)
            if (faults.includes('duplicate')) role.id = `same${Math.floor(i / 2)}`;
            if (faults.includes('badReport')) role.reportsTo = `nobody${i}`;
            roles.push(role);
          }
          const parameters = faults.includes('badParameter')
            ? Object.fromEntries(Array.from({ length: count }, (_v, i) => [`p${i}`, i]))
            : undefined;
          const value = {
            format: 'ballast.scenario',
            version: 1,
            name: 'Huge',
            horizon: 8,
            environment: { volatility: 0.1 },
            roles,
            ...(parameters ? { parameters } : {}),
          };
          const parsed = parseScenario(value);
          expectCleanOutcome(parsed);
          const listed = parsed.ok ? parsed.warnings : parsed.problems;
          const closing = listed.filter((p) => /^and [\d,]+ more /.test(p.message));
          expect(closing.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 6 },
    );
  }, 120_000);
});
