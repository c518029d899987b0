/**
 * Model v2's validation claims: each behaviour the model must show (docs/MODEL.md, "Validation"), as a
 * function of the model parameters, so the same claim is checked at the defaults (validation-v2.test.ts)
 * and across 200 draws of every parameter within its plausible range (robustness.test.ts). Scenarios are
 * built in code from validation-builders.ts; the public copies in resources/scenarios/ are written from the
 * same builders (write-validation-scenarios.ts).
 */
import type { Scenario } from '../../src/core/scenario/types';
import { simulate, type ModelParameters, type OrgQuarter } from '../../src/engine/index';
import { Rng } from '../../src/engine/random';
import {
  file,
  layeredOrg,
  role,
  scenario1,
  scenario2,
  strengths,
  type ScenarioFileSpec,
} from './validation-builders';

type Params = Partial<ModelParameters>;

export interface Claim {
  id: string;
  /** The behaviour, as docs/MODEL.md states it. */
  behaviour: string;
  /** True when the behaviour holds under these parameters; `why` says what was measured. */
  check(parameters: Params): { holds: boolean; why: string };
}

const asScenario = (spec: ScenarioFileSpec) => spec as unknown as Scenario;
const run = (spec: ScenarioFileSpec, parameters: Params, quarters?: number) =>
  simulate(asScenario(spec), { parameters, quarters, roleOutputs: false }).org;
const last = (org: OrgQuarter[]) => org[org.length - 1];
const f1 = (x: number) => x.toFixed(1);
/** Judged and clear of every boundary. */
const firm = (o: OrgQuarter) => o.verdict === 'confirmed' || o.verdict === 'atRisk';

type Lm = { leadership: number; management: number };

/** About 200 people: head, 4 directors, 16 managers with teams of 11. */
export function midDivision(name: string, lm: Lm, volatility: number, horizon = 12): ScenarioFileSpec {
  return file(
    name,
    `Leadership ${lm.leadership} / management ${lm.management}, about 200 people.`,
    horizon,
    volatility,
    layeredOrg([4, 4], 11, 0, lm),
    [],
  );
}

/** An all-5 org of about `people` people, `layers` deep, volatility 0.3. */
export function sizedOrg(people: number, layers: number): ScenarioFileSpec {
  const managers = layers - 1;
  // Branching b per layer with b + b^2 + ... + b^managers managers, each leaf manager with a team of 7.
  let b = 2;
  while (b ** managers * 8 < people) b++;
  const branching = Array.from({ length: managers }, () => b);
  const leaves = b ** managers;
  const team = Math.max(1, Math.round(people / leaves) - 1);
  const lm = { leadership: 5, management: 5 };
  return file(
    `All 5, about ${people} people, ${layers} layers`,
    'Every rating 5; volatility 0.3.',
    4,
    0.3,
    layeredOrg(branching, team, 0, lm),
    [],
  );
}

/** One manager and a team of `team`. */
function soloManager(team: number, lm: Lm): ScenarioFileSpec {
  return file(
    `One manager, ${team} reports`,
    `Leadership ${lm.leadership} / management ${lm.management}.`,
    4,
    0.3,
    [role('m', 'Manager', null, team, lm)],
    [],
  );
}

/** The founder scenario over 12 quarters with scenario 2's operator package (COO and two managers) from `from`. */
export function operatorPackage(from: number): ScenarioFileSpec {
  const spec = scenario2();
  const shift = from - 3;
  const events = spec.events.map((e) => (e.type === 'grow' ? e : { ...e, quarter: e.quarter + shift }));
  // The carved-out teams follow the hires: the leads keep their whole teams until their manager arrives.
  const carvedFrom: Record<string, number> = { eng: 4 + shift, sales: 5 + shift };
  const grows = scenario1().events.map((e) =>
    e.type === 'grow' && carvedFrom[e.roleId] !== undefined && e.quarter >= carvedFrom[e.roleId]
      ? { ...e, team: e.team - 12 }
      : e,
  );
  const all = [...grows, ...events.filter((e) => e.type !== 'grow')].sort((a, b) => a.quarter - b.quarter);
  return { ...spec, name: `Founder, operator package from quarter ${from}`, horizon: 12, events: all };
}

/** The claims' divisions, one builder each: the checks run them, and resources/scenarios/ publishes them. */
const calmDivision = () =>
  midDivision('Model v2: rule-bound division, calm market', { leadership: 3, management: 8 }, 0);
const volatileDivision = () =>
  midDivision('Model v2: rule-bound division, volatile market', { leadership: 3, management: 8 }, 0.8);
const overLedDivision = () =>
  midDivision('Model v2: over-led division', { leadership: 8, management: 3 }, 0.3);
const overManagedDivision = () =>
  midDivision('Model v2: over-managed division', { leadership: 3, management: 8 }, 0.3);

/** A few varied typical orgs for the knife-edge and stationarity claims, from a fixed seed. */
export function typicalOrgs(count: number, seed: number): ScenarioFileSpec[] {
  const rng = new Rng(seed);
  const out: ScenarioFileSpec[] = [];
  for (let n = 0; n < count; n++) {
    const between = (lo: number, hi: number) => lo + (hi - lo) * rng.next();
    const branching = [2 + Math.floor(rng.next() * 4), 2 + Math.floor(rng.next() * 4)];
    const roles = layeredOrg(branching, 4 + Math.floor(rng.next() * 10), 0, { leadership: 5, management: 5 });
    for (const r of roles) {
      for (const k of Object.keys(r.strengths)) r.strengths[k] = Math.round(between(4, 6) * 10) / 10;
    }
    out.push(
      file(
        `Typical org ${n + 1}`,
        'Ratings drawn from 4 to 6.',
        12,
        Math.round(between(0.2, 0.4) * 100) / 100,
        roles,
        [],
      ),
    );
  }
  return out;
}

function withEveryStrength(spec: ScenarioFileSpec, names: string[], delta: number): ScenarioFileSpec {
  return {
    ...spec,
    roles: spec.roles.map((r) => ({
      ...r,
      strengths: Object.fromEntries(
        Object.entries(r.strengths).map(([k, v]) => [
          k,
          names.includes(k) ? Math.min(10, Math.max(0, v + delta)) : v,
        ]),
      ),
    })),
  };
}

const LEADERSHIP = ['vision', 'inspire', 'innovate', 'develop'];
const MANAGEMENT = ['plan', 'organize', 'control', 'direct'];

export const CLAIMS: readonly Claim[] = [
  {
    id: 'founder-chaos',
    behaviour:
      'A visionary founder (leadership 9, management 3) growing from 21 to 121 people ends in chaos, its symptoms showing (chaos index 30 or more).',
    check(P) {
      const org = run(scenario1(), P);
      const end = last(org);
      return {
        holds:
          end.outcome === 'chaos' &&
          end.verdict !== 'tooSmall' &&
          end.chaos >= 30 &&
          end.chaos > org[0].chaos + 20,
        why: `Q8 ${end.outcome} (${end.verdict}), chaos ${f1(org[0].chaos)} -> ${f1(end.chaos)}`,
      };
    },
  },
  {
    id: 'operator-helps',
    behaviour:
      'Hiring an operator and two managers cuts chaos at Q8 by at least a quarter and raises the management ratio by at least 0.2 (the two leads still running 29 people each keep it short: the expert review agrees).',
    check(P) {
      const without = last(run(scenario1(), P));
      const withOps = last(run(scenario2(), P));
      return {
        holds:
          withOps.chaos <= 0.75 * without.chaos && withOps.managementRatio >= without.managementRatio + 0.2,
        why: `chaos ${f1(without.chaos)} without, ${f1(withOps.chaos)} with (${withOps.outcome}, ${withOps.verdict})`,
      };
    },
  },
  {
    id: 'calm-vs-volatile',
    behaviour:
      'A rule-bound division (leadership 3, management 8) holds its balance in a calm market and is bureaucratic in a volatile one (Burns & Stalker).',
    check(P) {
      const calm = last(run(calmDivision(), P));
      const volatile = last(run(volatileDivision(), P));
      return {
        holds: calm.outcome === 'balance' && volatile.outcome === 'bureaucracy',
        why: `volatility 0: ${calm.outcome} (${calm.verdict}); 0.8: ${volatile.outcome} (${volatile.verdict})`,
      };
    },
  },
  {
    id: 'size-raises-bureaucracy',
    behaviour:
      'At equal strengths, bigger orgs are more bureaucratic: about 50, 500 and 5,000 people (Hamel & Zanini).',
    check(P) {
      const b = [sizedOrg(50, 3), sizedOrg(500, 4), sizedOrg(5000, 5)].map(
        (s) => run(s, P, 1)[0].bureaucracy,
      );
      return { holds: b[0] < b[1] && b[1] < b[2], why: `bureaucracy ${b.map(f1).join(' < ')}` };
    },
  },
  {
    id: 'depth-raises-bureaucracy',
    behaviour: 'At equal strengths and about the same size, a deeper org is more bureaucratic.',
    check(P) {
      const shallow = run(sizedOrg(2000, 3), P, 1)[0];
      const deep = run(sizedOrg(2000, 7), P, 1)[0];
      return {
        holds: deep.bureaucracy > shallow.bureaucracy,
        why: `${shallow.headcount} people in 3 layers: ${f1(shallow.bureaucracy)}; ${deep.headcount} in 7: ${f1(deep.bureaucracy)}`,
      };
    },
  },
  {
    id: 'wide-span-thins-supply',
    behaviour:
      'One strong manager (8/8) with 60 reports supplies less leadership and management than with 8, and the team is less healthy.',
    check(P) {
      const wide = last(run(soloManager(60, { leadership: 8, management: 8 }), P));
      const narrow = last(run(soloManager(8, { leadership: 8, management: 8 }), P));
      return {
        holds:
          wide.leadershipRatio < narrow.leadershipRatio &&
          wide.managementRatio < narrow.managementRatio &&
          wide.health < narrow.health,
        why: `60 reports: L ${wide.leadershipRatio.toFixed(2)}, M ${wide.managementRatio.toFixed(2)}, health ${f1(wide.health)}, ${wide.outcome} (${wide.verdict}); 8 reports: L ${narrow.leadershipRatio.toFixed(2)}, M ${narrow.managementRatio.toFixed(2)}, health ${f1(narrow.health)}`,
      };
    },
  },
  {
    id: 'late-hire-damage',
    behaviour:
      'Hiring the operator package four quarters late leaves lasting damage: at Q12 chaos is higher and health lower.',
    check(P) {
      const early = last(run(operatorPackage(3), P));
      const late = last(run(operatorPackage(7), P));
      return {
        holds: late.chaos >= early.chaos + 1 && late.health <= early.health - 1,
        why: `Q12 chaos ${f1(early.chaos)} early, ${f1(late.chaos)} late; health ${f1(early.health)} early, ${f1(late.health)} late`,
      };
    },
  },
  {
    id: 'over-led-no-better',
    behaviour:
      "An over-led division (8/3) ends no healthier than its over-managed mirror (3/8): Kotter's asymmetry.",
    check(P) {
      const led = last(run(overLedDivision(), P));
      const managed = last(run(overManagedDivision(), P));
      return {
        holds: led.health <= managed.health + 1,
        why: `health ${f1(led.health)} over-led, ${f1(managed.health)} over-managed`,
      };
    },
  },
  {
    id: 'stationarity',
    behaviour:
      'With no events (and no one-on-ones), every org figure and the verdict stay where they start for 40 quarters.',
    check(P) {
      let worst = 0;
      let same = true;
      for (const spec of typicalOrgs(3, 11)) {
        const org = run({ ...spec, horizon: 40 }, P);
        for (const o of org) {
          for (const k of [
            'alignment',
            'engagement',
            'execution',
            'innovation',
            'trust',
            'burnout',
            'fit',
            'chaos',
            'bureaucracy',
            'health',
          ] as const)
            worst = Math.max(
              worst,
              Math.abs(o[k] - org[0][k]) / (k === 'chaos' || k === 'bureaucracy' || k === 'health' ? 100 : 1),
            );
          same = same && o.outcome === org[0].outcome && o.verdict === org[0].verdict;
        }
      }
      return {
        holds: worst < 1e-6 && same,
        why: `largest drift ${worst.toExponential(1)} (share of scale); verdict ${same ? 'unchanged' : 'changed'}`,
      };
    },
  },
  {
    id: 'no-knife-edge',
    behaviour:
      'On typical orgs (ratings 4-6), 0.1 more or less on every leadership or every management rating, or on the top role alone, never moves the verdict from one firm outcome to another: only through borderline.',
    check(P) {
      let flips = 0;
      let cases = 0;
      for (const spec of typicalOrgs(4, 5)) {
        const base = last(run(spec, P, 4));
        const variants = [
          withEveryStrength(spec, MANAGEMENT, 0.1),
          withEveryStrength(spec, MANAGEMENT, -0.1),
          withEveryStrength(spec, LEADERSHIP, 0.1),
          withEveryStrength(spec, LEADERSHIP, -0.1),
          {
            ...spec,
            roles: [
              withEveryStrength({ ...spec, roles: [spec.roles[0]] }, ['direct'], -0.1).roles[0],
              ...spec.roles.slice(1),
            ],
          },
        ];
        for (const v of variants) {
          const o = last(run(v, P, 4));
          cases++;
          if (firm(base) && firm(o) && o.outcome !== base.outcome) flips++;
        }
      }
      return { holds: flips === 0, why: `${flips} direct flips in ${cases} small changes` };
    },
  },
  {
    id: 'shocks-register',
    behaviour:
      "A severity-1 crisis for four quarters plus a director leaving changes a balanced division's verdict in at least three of those four quarters, and costs health.",
    check(P) {
      const spec = midDivision('Balanced division under a shock', { leadership: 7, management: 7 }, 0.3);
      spec.events = [
        { quarter: 2, type: 'crisis', severity: 1, quarters: 4 },
        { quarter: 2, type: 'depart', roleId: 'r.1' },
      ];
      const org = run(spec, P);
      const key = (o: OrgQuarter) => `${o.outcome}/${o.verdict}/${o.risk}`;
      const shaken = org.slice(2, 6).filter((o) => key(o) !== key(org[1])).length;
      const lost = org[1].health - Math.min(...org.slice(2, 6).map((o) => o.health));
      return {
        holds: shaken >= 3 && lost >= 3,
        why: `Q1 ${key(org[1])}; ${shaken} of Q2-Q5 differ; health down ${f1(lost)}`,
      };
    },
  },
  {
    id: 'both-weak-stagnates',
    behaviour: 'Both weak (3/3) is stagnation and both strong (8/8) is balance, at about 200 people.',
    check(P) {
      const weak = last(run(midDivision('Both weak', { leadership: 3, management: 3 }, 0.3), P));
      const strong = last(run(midDivision('Both strong', { leadership: 8, management: 8 }, 0.3), P));
      return {
        holds: weak.outcome === 'stagnation' && strong.outcome === 'balance',
        why: `3/3: ${weak.outcome} (${weak.verdict}); 8/8: ${strong.outcome} (${strong.verdict})`,
      };
    },
  },
  {
    id: 'too-small-to-judge',
    behaviour: 'One person, or a manager with two reports, gets no verdict.',
    check(P) {
      const one = last(run(soloManager(0, { leadership: 5, management: 5 }), P));
      const three = last(run(soloManager(2, { leadership: 5, management: 5 }), P));
      return {
        holds: one.verdict === 'tooSmall' && three.verdict === 'tooSmall',
        why: `${one.verdict}, ${three.verdict}`,
      };
    },
  },
];

/** Public copies of the v2 claims' scenarios (resources/scenarios/), written by write-validation-scenarios.ts. */
export const CLAIM_FILES: Record<string, () => ScenarioFileSpec> = {
  'v2-calm-rule-bound-division.scenario.json': calmDivision,
  'v2-volatile-rule-bound-division.scenario.json': volatileDivision,
  'v2-over-led-division.scenario.json': overLedDivision,
  'v2-over-managed-division.scenario.json': overManagedDivision,
  'v2-operator-package-early.scenario.json': () => operatorPackage(3),
  'v2-operator-package-late.scenario.json': () => operatorPackage(7),
  'v2-all-fives-5000.scenario.json': () => sizedOrg(5000, 5),
};

/** The robustness draw is Monte Carlo's parameter draw (src/engine/uncertainty.ts), around the defaults. */
export { drawParameters, PLAUSIBLE_SPREAD } from '../../src/engine/uncertainty';

export { strengths };
