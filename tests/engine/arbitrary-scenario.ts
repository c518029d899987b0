/** fast-check generators of valid scenarios: any tree, strengths, vacancies, dotted lines and events. */
import fc from 'fast-check';
import type { Role, Scenario, ScenarioEvent, Strengths } from '../../src/core/scenario/types';
import { STRENGTH_NAMES } from '../../src/core/scenario/types';

const strength = fc.double({ min: 0, max: 10, noNaN: true });
export const arbStrengths: fc.Arbitrary<Strengths> = fc.record(
  Object.fromEntries(STRENGTH_NAMES.map((n) => [n, strength])) as Record<
    keyof Strengths,
    fc.Arbitrary<number>
  >,
);

interface Options {
  maxRoles?: number;
  maxHorizon?: number;
  events?: boolean;
}

export function arbScenario({
  maxRoles = 25,
  maxHorizon = 10,
  events = true,
}: Options = {}): fc.Arbitrary<Scenario> {
  return fc
    .record({
      n: fc.integer({ min: 1, max: maxRoles }),
      horizon: fc.integer({ min: 1, max: maxHorizon }),
      volatility: fc.double({ min: 0, max: 1, noNaN: true }),
      seed: fc.integer(),
    })
    .chain(({ n, horizon, volatility, seed }) =>
      fc
        .record({
          parents: fc.array(fc.nat(), { minLength: n, maxLength: n }),
          teams: fc.array(fc.integer({ min: 0, max: 60 }), { minLength: n, maxLength: n }),
          strengths: fc.array(arbStrengths, { minLength: n, maxLength: n }),
          vacant: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: n, maxLength: n }),
          oneOnOnes: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
          dotted: fc.array(fc.nat(), { minLength: n, maxLength: n }),
          eventSeeds: events
            ? fc.array(
                fc.tuple(
                  fc.integer({ min: 1, max: horizon }),
                  fc.nat(9),
                  fc.nat(),
                  fc.nat(),
                  fc.double({ min: 0, max: 1, noNaN: true }),
                ),
                {
                  maxLength: 8,
                },
              )
            : fc.constant([] as [number, number, number, number, number][]),
        })
        .map(({ parents, teams, strengths, vacant, oneOnOnes, dotted, eventSeeds }) => {
          const roles: Role[] = [];
          for (let k = 0; k < n; k++) {
            const reportsTo = k === 0 ? null : `r${parents[k] % k}`;
            const d = k > 1 ? `r${dotted[k] % k}` : undefined;
            roles.push({
              id: `r${k}`,
              title: `Role ${k}`,
              person: vacant[k] === 0 ? null : `P${k}`, // about one role in five vacant
              reportsTo,
              dottedTo: d && d !== reportsTo && k % 4 === 2 ? [d] : [],
              team: teams[k],
              strengths: strengths[k],
              oneOnOnes: oneOnOnes[k],
            });
          }
          const evs: ScenarioEvent[] = eventSeeds.map(([quarter, kind, a, b, x], idx) => {
            const id = (v: number) => `r${v % n}`;
            switch (kind) {
              case 0:
                return { quarter, type: 'grow', roleId: id(a), team: b % 80 };
              case 1:
                return {
                  quarter,
                  type: 'hire',
                  role: {
                    id: `h${idx}`,
                    title: 'Hire',
                    person: 'New',
                    reportsTo: id(a),
                    dottedTo: [],
                    team: b % 10,
                    strengths: strengths[a % n],
                    oneOnOnes: false,
                  },
                  takeOver: a % n === b % n ? [] : [id(b)],
                };
              case 2:
                return { quarter, type: 'depart', roleId: id(a) };
              case 3:
                return { quarter, type: 'reorg', roleId: id(a), reportsTo: id(b) };
              case 4:
                return { quarter, type: 'crisis', severity: x, quarters: 1 + (a % 4) };
              case 5:
                return { quarter, type: 'marketShift', size: x };
              case 6:
                return {
                  quarter,
                  type: 'coaching',
                  roleIds: [id(a), id(b)].filter((v, i, all) => all.indexOf(v) === i),
                  quarters: 1 + (b % 4),
                };
              case 7:
                return { quarter, type: 'feedback360', roleIds: [id(a)] };
              case 8:
                return { quarter, type: 'oneOnOnes', roleIds: [id(a)], enabled: b % 2 === 0 };
              default:
                // A new holder, named or to be hired, in any role (the root and vacancies included).
                return {
                  quarter,
                  type: 'succession',
                  roleId: id(a),
                  person: b % 3 === 0 ? null : 'Successor',
                  strengths: strengths[b % n],
                };
            }
          });
          return {
            name: 'arbitrary',
            horizon,
            environment: { volatility },
            roles,
            events: evs,
            seed,
          } satisfies Scenario;
        }),
    );
}
