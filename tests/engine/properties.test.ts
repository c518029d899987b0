/**
 * The model brief's properties, checked with fast-check over generated scenarios (any tree shape,
 * strengths, vacancies, dotted lines and events).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/core/scenario/types';
import {
  ORG_FIGURES,
  ROLE_FIGURES,
  roleFiguresAt,
  simulate,
  simulateMonteCarlo,
  type SimulationResult,
  type WorkCounter,
} from '../../src/engine/index';
import { MAX_WARM_UP_PASSES } from '../../src/engine/kernel';
import { strengths } from '../helpers/scenarios';
import { atMostStored, equalStored } from '../helpers/stored-precision';
import { arbScenario } from './arbitrary-scenario';

const SHARE_FIGURES = [
  'alignment',
  'engagement',
  'execution',
  'innovation',
  'process',
  'unmet',
  'rampUp',
  'trust',
  'burnout',
  'attrition',
  'fit',
];
const INDEX_FIGURES = ['chaos', 'bureaucracy', 'health'];

function expectInRange(name: string, v: number): void {
  expect(Number.isFinite(v), `${name} = ${v}`).toBe(true);
  if (SHARE_FIGURES.includes(name) || name === 'coverage') {
    expect(v, name).toBeGreaterThanOrEqual(0);
    expect(v, name).toBeLessThanOrEqual(1 + 1e-6);
  } else if (INDEX_FIGURES.includes(name)) {
    expect(v, name).toBeGreaterThanOrEqual(0);
    expect(v, name).toBeLessThanOrEqual(100 + 1e-4);
  } else if (name === 'leadership' || name === 'management') {
    expect(v, name).toBeGreaterThanOrEqual(0);
    expect(v, name).toBeLessThanOrEqual(10 + 1e-4);
  } else expect(v, name).toBeGreaterThanOrEqual(0);
}

function checkRanges(r: SimulationResult): void {
  for (const o of r.org) {
    for (const f of ORG_FIGURES) expectInRange(f, o[f]);
    expect(['balance', 'chaos', 'bureaucracy', 'stagnation']).toContain(o.outcome);
  }
  for (let q = 0; q <= r.quarters; q++) {
    for (const fig of Object.values(roleFiguresAt(r, q)))
      for (const f of ROLE_FIGURES) expectInRange(f, fig[f]);
  }
}

/** Same scenario with one role's strengths changed. */
function withStrength(
  s: Scenario,
  roleId: string,
  name: 'plan' | 'organize' | 'direct' | 'vision' | 'control',
  value: number,
): Scenario {
  return {
    ...s,
    roles: s.roles.map((r) => (r.id === roleId ? { ...r, strengths: { ...r.strengths, [name]: value } } : r)),
  };
}

describe('properties', () => {
  it('keeps every state and output in its range and never NaN, for any input in range', () => {
    fc.assert(
      fc.property(arbScenario(), (s) => {
        checkRanges(simulate(s));
        const mc = simulateMonteCarlo(s, { runs: 3, seed: s.seed ?? 1 });
        for (const q of mc.bands)
          for (const f of ORG_FIGURES) {
            expectInRange(f, q[f].p10);
            expect(q[f].p10).toBeLessThanOrEqual(q[f].p50);
            expect(q[f].p50).toBeLessThanOrEqual(q[f].p90);
          }
      }),
      { numRuns: 150 },
    );
  });

  it('reproduces a seeded Monte Carlo run exactly, and a different seed differs', () => {
    fc.assert(
      fc.property(arbScenario({ maxRoles: 12 }), fc.integer(), (s, seed) => {
        const a = simulateMonteCarlo(s, { runs: 5, seed });
        const b = simulateMonteCarlo(s, { runs: 5, seed });
        expect(b.bands).toEqual(a.bands);
        expect(b.median).toEqual(a.median);
      }),
      { numRuns: 40 },
    );
    const s: Scenario = {
      name: 'x',
      horizon: 6,
      environment: { volatility: 0.5 },
      roles: [
        {
          id: 'a',
          title: 'A',
          person: 'p',
          reportsTo: null,
          team: 30,
          strengths: strengths(),
        },
      ],
      events: [],
    };
    expect(simulateMonteCarlo(s, { runs: 20, seed: 1 }).bands).not.toEqual(
      simulateMonteCarlo(s, { runs: 20, seed: 2 }).bands,
    );
  });

  it('makes the deterministic mode a pure function of its input', () => {
    fc.assert(
      fc.property(arbScenario(), (s) => {
        const before = structuredClone(s);
        const a = simulate(s);
        const b = simulate(structuredClone(s));
        expect(s).toEqual(before);
        expect(b.org).toEqual(a.org);
        expect(b.roles!.values).toEqual(a.roles!.values);
        expect(b.warnings).toEqual(a.warnings);
      }),
      { numRuns: 60 },
    );
  });

  it("never raises a unit's equilibrium chaos by raising its plan, organize or direct", () => {
    fc.assert(
      fc.property(
        arbScenario({ events: false }),
        fc.nat(),
        fc.constantFrom('plan' as const, 'organize' as const, 'direct' as const),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (s0, pick, name, share) => {
          const s = { ...s0, horizon: 30 };
          const role = s.roles[pick % s.roles.length];
          const old = role.strengths[name];
          const raised = withStrength(s, role.id, name, old + (10 - old) * share);
          const q = 30;
          const before = roleFiguresAt(simulate(s, { quarters: q }), q)[role.id].chaos;
          const after = roleFiguresAt(simulate(raised, { quarters: q }), q)[role.id].chaos;
          // Chaos is stored as a float32 (0-100: a step of up to 7.6e-6), so a fixed 1e-6 is too tight.
          expect(atMostStored(after, before), `chaos ${after} after, ${before} before`).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  // Exactly, up to float32 storage, once burnout no longer feeds back into strengths. With it, a higher
  // vision can raise some unit's burnout a little, which brakes that unit's development (E11
  // devBurnoutBrake) or erodes it (capabilityTrapRate), and so its own vision and alignment: by up to
  // 4e-7 in 1,200 generated cases (0 with both set to 0). That coupling is the model's, not rounding.
  it('never lowers alignment by raising vision (burnout feeding back into strengths aside)', () => {
    const noBurnoutOnStrengths = { parameters: { devBurnoutBrake: 0, capabilityTrapRate: 0 } };
    fc.assert(
      fc.property(arbScenario(), fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (s, pick, share) => {
        const role = s.roles[pick % s.roles.length];
        const old = role.strengths.vision;
        const a = simulate(s, noBurnoutOnStrengths);
        const b = simulate(
          withStrength(s, role.id, 'vision', old + (10 - old) * share),
          noBurnoutOnStrengths,
        );
        for (let q = 0; q <= a.quarters; q++) {
          const before = roleFiguresAt(a, q);
          const after = roleFiguresAt(b, q);
          for (const id of Object.keys(before)) {
            const [was, is] = [before[id].alignment, after[id].alignment];
            expect(atMostStored(was, is), `${id} q${q}: alignment ${is} after, ${was} before`).toBe(true);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('may raise bureaucracy by raising control (documented): process load never falls, and bureaucracy can rise', () => {
    fc.assert(
      fc.property(
        arbScenario({ events: false }),
        fc.nat(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (s, pick, share) => {
          const role = s.roles[pick % s.roles.length];
          const old = role.strengths.control;
          const a = simulate(s);
          const b = simulate(withStrength(s, role.id, 'control', old + (10 - old) * share));
          const before = roleFiguresAt(a, 0)[role.id];
          const after = roleFiguresAt(b, 0)[role.id];
          expect(atMostStored(before.process, after.process), `${after.process} < ${before.process}`).toBe(
            true,
          );
        },
      ),
      { numRuns: 100 },
    );
    // An example: a mid-size org whose head goes from control 3 to 9.
    const base: Scenario = {
      name: 'control',
      horizon: 4,
      environment: { volatility: 0.3 },
      roles: [
        {
          id: 'head',
          title: 'Head',
          person: 'h',
          reportsTo: null,
          team: 0,
          strengths: strengths({ control: 3 }),
        },
        ...[1, 2, 3, 4].map((k) => ({
          id: `t${k}`,
          title: `T${k}`,
          person: 'p',
          reportsTo: 'head',
          team: 40,
          strengths: strengths(),
        })),
      ],
      events: [],
    };
    const tight = withStrength(base, 'head', 'control', 9);
    expect(simulate(tight).org[4].bureaucracy).toBeGreaterThan(simulate(base).org[4].bureaucracy + 5);
  });

  it('changes no figure when roles are renamed or listed in another order', () => {
    fc.assert(
      fc.property(arbScenario(), fc.nat(), (s, shuffleSeed) => {
        const rename = (id: string) => `renamed-${id.split('').reverse().join('')}-${id.length}`;
        const order = s.roles
          .map((_, k) => k)
          .sort((x, y) => ((x * 7919 + shuffleSeed) % 101) - ((y * 7919 + shuffleSeed) % 101));
        const renamed: Scenario = {
          ...s,
          roles: order
            .map((k) => s.roles[k])
            .map((r) => ({
              ...r,
              id: rename(r.id),
              reportsTo: r.reportsTo === null ? null : rename(r.reportsTo),
              dottedTo: (r.dottedTo ?? []).map(rename),
            })),
          events: s.events.map((e) => renameEvent(e, rename)),
        };
        const a = simulate(s);
        const b = simulate(renamed);
        for (let q = 0; q <= a.quarters; q++) {
          for (const f of ORG_FIGURES) expect(b.org[q][f]).toBeCloseTo(a.org[q][f], 9);
          expect(b.org[q].outcome).toBe(a.org[q].outcome);
          const ra = roleFiguresAt(a, q);
          const rb = roleFiguresAt(b, q);
          // Role figures are float32: a sum taken in another order may land one step away (7.6e-6 near 100).
          for (const id of Object.keys(ra))
            for (const f of ROLE_FIGURES) {
              const [was, is] = [ra[id][f], rb[rename(id)][f]];
              expect(equalStored(is, was), `${id} q${q} ${f}: ${is} renamed, ${was} before`).toBe(true);
            }
        }
      }),
      { numRuns: 80 },
    );
  });

  it('grows its cost linearly in roles x quarters (counted work, not time)', () => {
    const work = (s: Scenario, quarters: number) => {
      const w: WorkCounter = { ops: 0 };
      simulate(s, { quarters, work: w });
      return w.ops;
    };
    fc.assert(
      fc.property(arbScenario({ maxRoles: 60 }), (s) => {
        const n = s.roles.length + s.events.filter((e) => e.type === 'hire').length;
        const q = s.horizon;
        // Bounded above by a constant per role-quarter, whatever the tree's depth or events.
        expect(work(s, q)).toBeLessThanOrEqual(40 * n * (q + MAX_WARM_UP_PASSES + 1));
      }),
      { numRuns: 100 },
    );
    // Doubling roles (any shape, here a chain, the deepest tree) or quarters doubles the work.
    const chain = (n: number): Scenario => ({
      name: 'chain',
      horizon: 40,
      environment: { volatility: 0.3 },
      roles: Array.from({ length: n }, (_, k) => ({
        id: `c${k}`,
        title: 'C',
        person: 'p',
        reportsTo: k === 0 ? null : `c${k - 1}`,
        team: 3,
        strengths: strengths(),
      })),
      events: [],
    });
    const w1 = work(chain(500), 20);
    expect(work(chain(1000), 20) / w1).toBeCloseTo(2, 1);
    // Each further quarter costs the same (quarter 0's warm-up is a fixed cost, as many passes as the
    // design needs to settle, at most MAX_WARM_UP_PASSES).
    const w30 = work(chain(500), 30);
    const w40 = work(chain(500), 40);
    expect((w40 - w30) / (w30 - w1)).toBeCloseTo(1, 5);
  });
});

function renameEvent(
  e: Scenario['events'][number],
  rename: (id: string) => string,
): Scenario['events'][number] {
  switch (e.type) {
    case 'grow':
    case 'succession':
      return { ...e, roleId: rename(e.roleId) };
    case 'hire':
      return {
        ...e,
        role: {
          ...e.role,
          id: rename(e.role.id),
          reportsTo: e.role.reportsTo === null ? null : rename(e.role.reportsTo),
          dottedTo: (e.role.dottedTo ?? []).map(rename),
        },
        takeOver: e.takeOver?.map(rename),
      };
    case 'depart':
      return {
        ...e,
        roleId: rename(e.roleId),
        reportsTo: e.reportsTo === undefined ? undefined : rename(e.reportsTo),
      };
    case 'reorg':
      return { ...e, roleId: rename(e.roleId), reportsTo: rename(e.reportsTo) };
    case 'coaching':
    case 'feedback360':
    case 'oneOnOnes':
      return { ...e, roleIds: e.roleIds.map(rename) };
    default:
      return e;
  }
}
