import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/core/scenario/parse';
import { isPlainRole } from '../../../src/core/scenario/plain-role';
import { roleSchema } from '../../../src/core/scenario/schema';
import { findCycles } from '../../../src/core/scenario/tree';
import {
  MAX_NESTING,
  forbiddenKeyProblems,
  unknownKeyProblems,
} from '../../../src/core/scenario/unknown-keys';

/** Values shaped like roles, right and wrong: the fields of v1, some others, odd types and ranges. */
const field = fc.oneof(
  fc.string({ maxLength: 3 }),
  fc.constant(''),
  fc.constant(null),
  fc.constant(undefined),
  fc.integer({ min: -2, max: 12 }),
  fc.double({ min: -1, max: 11 }),
  fc.constantFrom(NaN, Infinity, -0, 0.5, true, false),
  fc.array(fc.oneof(fc.string({ maxLength: 2 }), fc.integer()), { maxLength: 3 }),
);
const strengths = fc.oneof(
  fc.dictionary(
    fc.constantFrom('vision', 'trust', 'plan', 'extra', '__proto__', 'constructor'),
    fc.oneof(fc.double({ min: -1, max: 11 }), fc.integer({ min: 0, max: 10 }), fc.string({ maxLength: 1 })),
    { maxKeys: 4 },
  ),
  field,
);
const roleLike = fc.record(
  {
    id: field,
    title: field,
    person: field,
    reportsTo: field,
    dottedTo: field,
    team: field,
    strengths,
    oneOnOnes: field,
    department: field,
    salary: field,
    icSalary: field,
    fte: field,
    grade: field,
    location: field,
    extra: field,
  },
  { requiredKeys: [] },
);

describe('isPlainRole', () => {
  it('accepts only roles the full checks find nothing in', () => {
    fc.assert(
      fc.property(roleLike, (role) => {
        if (!isPlainRole(role)) return;
        expect(roleSchema.safeParse(role).success).toBe(true);
        const root = { roles: [role] };
        expect(unknownKeyProblems(root)).toEqual([]);
        expect(forbiddenKeyProblems(root)).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it('accepts a role of the usual shape and refuses one with a key from JSON.parse', () => {
    const role = { id: 'a', title: 'A', reportsTo: null, team: 3, strengths: { vision: 7 } };
    expect(isPlainRole(role)).toBe(true);
    expect(isPlainRole(JSON.parse('{"id":"a","title":"A","reportsTo":null,"__proto__":{}}'))).toBe(false);
    expect(isPlainRole({ ...role, strengths: Object.create(null) })).toBe(false);
  });
});

describe('parsing plain roles', () => {
  it('gives what the full checks give when a plain role is shared into deep nesting', () => {
    const strengths = { vision: 7 };
    const role = { id: 'a', title: 'A', reportsTo: null, strengths };
    let deep: unknown = strengths;
    for (let i = 0; i < MAX_NESTING - 1; i++) deep = [deep]; // strengths' list at level 100
    let deepRole: unknown = role;
    for (let i = 0; i < MAX_NESTING - 2; i++) deepRole = { x: deepRole }; // the role at level 100
    // Walked from the roles first, they are seen already where they would be too deep.
    const root = { roles: [role], events: [], extra: deep, more: deepRole };
    expect(forbiddenKeyProblems(root, false)).toEqual([]);
    expect(forbiddenKeyProblems(root, true)).toEqual([]);
    // Walked first from the deep side, they are reported alike.
    const deepFirst = { extra: deep, more: deepRole, roles: [role] };
    expect(forbiddenKeyProblems(deepFirst, false).length).toBeGreaterThan(0);
    expect(forbiddenKeyProblems(deepFirst, true)).toEqual(forbiddenKeyProblems(deepFirst, false));
  });

  it('reports the same problems whether or not every role is plain', () => {
    const roles = [
      { id: 'a', title: 'A', reportsTo: null },
      { id: 'b', title: 'B', reportsTo: 'c', dottedTo: ['a', 'a', 'x'] },
      { id: 'c', title: 'C', reportsTo: 'b' },
      { id: 'b', title: 'B2', reportsTo: 'a' },
      { id: 'd', title: 'D', reportsTo: 'a' },
      { id: 'd', title: 'D2', reportsTo: 'a' },
      { id: 'd', title: 'D3', reportsTo: 'a' },
    ];
    const scenario = {
      format: 'ballast.scenario',
      version: 1,
      name: 'n',
      horizon: 8,
      environment: { volatility: 0.2 },
    };
    const plain = parseScenario({ ...scenario, roles });
    // One role the schema refuses sends every role through the full checks.
    const full = parseScenario({ ...scenario, roles: [...roles, { id: 'e', title: 5, reportsTo: 'a' }] });
    expect(plain.ok || full.ok).toBe(false);
    const messages = (p: typeof plain) => (p.ok ? [] : p.problems.map((x) => x.message));
    expect(messages(full).filter((m) => !m.includes('"e"'))).toEqual(messages(plain));
    expect(messages(plain).some((m) => m.includes('defined 3 times'))).toBe(true);
  });
});

describe('findCycles', () => {
  it('reports each cycle once, from the member listed first, in the order found', () => {
    const lines = [
      { id: 'r', reportsTo: null },
      { id: 'c', reportsTo: 'a' },
      { id: 'a', reportsTo: 'b' },
      { id: 'b', reportsTo: 'c' },
      { id: 's', reportsTo: 's' },
      { id: 'u', reportsTo: 'nobody' },
      { id: 'c', reportsTo: 'r' },
    ];
    expect(findCycles(lines)).toEqual([['c', 'a', 'b'], ['s']]);
  });
});
