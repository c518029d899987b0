import { describe, expect, it } from 'vitest';
import { traceReference, type RefTrace } from '../../bench/reference-engine';
import type { Scenario } from '../../src/core/scenario/types';
import {
  EXPLAINED_FIGURES,
  explain,
  resolveParameters,
  roleFiguresAt,
  simulate,
  type ExplainedFigure,
  type ModelParameters,
} from '../../src/engine/index';
import { engineRichScenario, role, strengths } from '../helpers/scenarios';
import { loadScenario } from './load-scenario';

const FILES = [
  'v1-visionary-founder.scenario.json',
  'v2-founder-with-operator.scenario.json',
  'v6-crisis-management-heavy.scenario.json',
  'v7-span-shock.scenario.json',
  'v8-coaching-and-360.scenario.json',
];

/**
 * Weights at the ends of their ranges and two opposite teams, so that targets leave 0..1 on both sides
 * (the strong team's above, the broken team's below) and chaos and bureaucracy pass 100: the clipping
 * and the caps get checked too, which the validation scenarios never reach.
 */
function extremes(): Scenario {
  const all = (v: number) =>
    strengths({ vision: v, inspire: v, innovate: v, develop: v, plan: v, organize: v, direct: v, trust: v });
  return {
    name: 'Extremes',
    horizon: 6,
    environment: { volatility: 1 },
    parameters: {
      engBase: 0.3,
      engLeadership: 0.6,
      engOrganize: 0.3,
      engParent: 0.3,
      engOneOnOnes: 0.2,
      engAlignment: 0.3,
      engTrust: 0.3,
      engBurnout: 0.5,
      engRedTape: 0.4,
      execBase: 0.5,
      execManagement: 0.6,
      execEngagement: 0.4,
      execAlignment: 0.4,
      innovBase: 0,
      innovProcess: 0.6,
      innovBurnout: 0.4,
      chaosUnmet: 1,
      chaosExecution: 1,
      chaosChurn: 1,
      bureauExcess: 1,
      bureauLatency: 1,
      bureauControlGap: 1,
    },
    roles: [
      role('top', null, { person: 'A', strengths: { ...all(10), control: 5 }, oneOnOnes: true }),
      role('strong', 'top', { person: 'B', team: 4, strengths: { ...all(10), control: 5 }, oneOnOnes: true }),
      role('broken', 'top', { person: 'C', team: 80, strengths: { ...all(0), control: 10 } }),
      role('below', 'broken', { person: 'D', team: 60, strengths: { ...all(0), control: 10 } }),
      role('deep', 'below', { person: 'E', team: 40, strengths: { ...all(0), control: 10 } }),
    ],
    events: [{ quarter: 2, type: 'crisis', severity: 1, quarters: 3 }],
  };
}

type Terms = Map<string, number>;
const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);
const sum = (terms: Terms) => [...terms.values()].reduce((a, b) => a + b, 0);

/**
 * Every driver of every explained figure, recomputed from the equations of docs/MODEL.md over the bench
 * reference model's state (which shares no code with src/engine/explain.ts). Each group of terms is
 * first checked against the value the reference itself computed, so these are its terms, not a copy of
 * explain's arithmetic.
 */
function referenceTerms(t: RefTrace, P: ModelParameters): Record<ExplainedFigure, Terms> {
  const { role: r, parent: par, actor, s } = t;
  const cov = t.coverage;
  const near = (a: number, b: number, what: string) => expect(a, what).toBeCloseTo(b, 9);

  // E1 coverage.
  const coverage: Terms = new Map();
  if (r.filled !== 1) {
    if (actor) coverage.set('coverage.acting', P.vacancyCoverage * actor.cover);
    else coverage.set('coverage.none', 0);
  } else if (t.span <= t.capacity) coverage.set('coverage.withinCapacity', 1);
  else {
    const own = (t.capacity / t.span) ** P.coverageExponent;
    const byTeam = (P.selfCoordination * (t.eng0 + t.trust0)) / 2;
    const byOneOnOnes = P.oneOnOneContact * r.oneOnOnes;
    const kept = byTeam + byOneOnOnes;
    const rest = (1 - own) * Math.min(1, kept);
    coverage.set('coverage.own', own);
    coverage.set('coverage.team', kept > 0 ? (rest * byTeam) / kept : 0);
    coverage.set('coverage.oneOnOnes', kept > 0 ? (rest * byOneOnOnes) / kept : 0);
  }
  near(sum(coverage), cov, 'coverage');

  // E0 stock: clipping of the target and change under way, from x <- x' + (clip(x*) - x') k.
  const stock = (
    terms: Terms,
    target: number,
    previous: number,
    kappa: number,
    value: number,
    what: string,
  ) => {
    near(sum(terms), target, `${what} target`);
    terms.set('clip', clamp01(target) - target);
    terms.set('lag', (1 - kappa) * (previous - clamp01(target)));
    near(sum(terms), value, what);
    return terms;
  };

  // E5 engagement.
  const engagement = stock(
    new Map([
      ['base', P.engBase],
      ['leadership', (cov * P.engLeadership * (s.inspire + s.develop)) / 2],
      ['organize', (cov * P.engOrganize * (s.plan + s.organize + s.direct)) / 3],
      ['manager.engagement', P.engParent * (par ? par.eng : t.eng0)],
      ['oneOnOnes', P.engOneOnOnes * (actor ? actor.oneOnOnes : 0) * cov],
      ['alignment', P.engAlignment * r.align],
      ['trust', P.engTrust * t.trust0],
      ['burnout', -P.engBurnout * r.burn],
      ['redTape', -P.engRedTape * t.redTape],
    ]),
    t.engTarget,
    t.eng0,
    t.kEng,
    r.eng,
    'engagement',
  );

  // E6 execution: the sum, then each factor in the equation's order takes its share of what is built.
  const pcd = (s.plan + s.control + s.direct) / 3;
  const execution: Terms = new Map([
    ['base', P.execBase],
    ['management', P.execManagement * cov * pcd],
    ['engagement', P.execEngagement * r.eng],
    ['alignment', P.execAlignment * r.align],
  ]);
  let built = sum(execution);
  for (const [key, factor] of [
    ['drag.rampUp', 1 - P.rampLoss * t.rampUp],
    ['drag.knowhow', 1 - P.execKnowledgeDrag * t.know0],
    ['drag.coordination', 1 - P.execUnmetDrag * t.unmet],
    ['drag.redTape', 1 - P.execRedTapeDrag * t.redTape],
    ['drag.burnout', 1 - P.execBurnoutDrag * r.burn],
    ['drag.crisis', 1 - P.execCrisisHit * t.crisis * (1 - cov * pcd)],
  ] as const) {
    execution.set(key, built * factor - built);
    built *= factor;
  }
  stock(execution, t.execTarget, t.exec0, t.kExec, r.exec, 'execution');

  // E9 innovation: ideas, the share execution does not carry through, then the stock.
  const ideas: Terms = new Map([
    ['base', P.innovBase],
    ['innovate', P.innovInnovate * s.innovate * cov],
    ['engagement', P.innovEngagement * r.eng],
    ['trust', P.innovTrust * r.trust],
    ['process', -P.innovProcess * r.proc],
    ['burnout', -P.innovBurnout * r.burn],
  ]);
  const idea = sum(ideas);
  ideas.set('execution.unrealised', idea * (P.innovExecFloor + (1 - P.innovExecFloor) * r.exec) - idea);
  const innovation = stock(ideas, t.innovTarget, t.innov0, t.kInnov, r.innov, 'innovation');

  // I1 chaos: unmet coordination as each E3 demand term over demand and each supply term over demand.
  const chaos: Terms = new Map();
  if (t.unmet > 0) {
    const f = (100 * P.chaosUnmet) / t.demand;
    const dotted = r.dottedTo.filter((d) => d.alive).length;
    const demand: [string, number][] = [
      ['demand.base', P.demandBase],
      ['demand.span', (P.demandSpan * t.span) / (t.span + P.demandSpanHalf)],
      ['demand.dotted', P.demandDotted * dotted],
      ['demand.volatility', P.demandVolatility * t.volatility],
      ['demand.crisis', P.demandCrisis * t.crisis],
      ['demand.growth', P.demandGrowth * t.growth],
    ];
    const ownCoord = (cov * (s.plan + s.organize)) / 2;
    const supply: [string, number][] = [
      ['supply.management', P.supplyManagement * (par ? 1 - P.mgmtCascade : 1) * ownCoord],
      ['supply.inherited', par ? P.supplyManagement * P.mgmtCascade * par.coord : 0],
      ['supply.process', P.supplyProcess * Math.min(r.proc, t.demand)],
    ];
    near(demand.reduce((a, [, x]) => a + x, 0) + P.demandSize * (1 - t.phi), t.demand, 'demand');
    near(supply.reduce((a, [, x]) => a + x, 0) + t.phi, t.supply, 'supply');
    for (const [key, x] of demand) chaos.set(key, f * x);
    chaos.set('size', f * (P.demandSize * (1 - t.phi) - t.phi));
    for (const [key, x] of supply) chaos.set(key, -f * x);
  } else chaos.set('coordination.covered', 0);
  const ref = P.execShortfallRef;
  chaos.set('execution.shortfall', (100 * P.chaosExecution * Math.max(0, ref - r.exec)) / ref);
  const quitShare = t.headcount > 0 ? r.quits / t.headcount : 0;
  chaos.set('churn', 100 * P.chaosChurn * Math.min(1, quitShare / P.churnRef));
  const chaosSum = sum(chaos);
  chaos.set('cap', Math.min(100, chaosSum) - chaosSum);
  expect(sum(chaos), 'chaos').toBeCloseTo(t.chaos, 7);

  // I2 bureaucracy: excess process shared between the unit's own control and what it inherits (E4).
  const excess = 100 * P.bureauExcess * Math.min(1, t.excess / P.excessRef);
  const inherited = par ? P.processInherit * par.proc * (1 - P.processChallenge * s.innovate) : 0;
  const ownProcess =
    P.processControl *
    (1 + P.processCrisis * t.crisis + P.processThreat * t.lostFit) *
    (1 - t.phi) *
    s.control;
  const sizeProcess = P.processSize * Math.log10(1 + t.orgHeadcount / P.dunbarScale);
  const allProcess = inherited + ownProcess + sizeProcess;
  const ownShare = allProcess > 0 ? ownProcess / allProcess : 1;
  const sizeShare = allProcess > 0 ? sizeProcess / allProcess : 0;
  const bureaucracy: Terms = new Map([
    ['process.control', excess * ownShare],
    ['process.inherited', excess * (1 - ownShare - sizeShare)],
    ['process.size', excess * sizeShare],
    ['latency', 100 * P.bureauLatency * Math.min(1, t.latency / P.latencyRef)],
    ['control.gap', 100 * P.bureauControlGap * Math.max(0, s.control - s.develop)],
  ]);
  const bureauSum = sum(bureaucracy);
  bureaucracy.set('cap', Math.min(100, bureauSum) - bureauSum);
  expect(sum(bureaucracy), 'bureaucracy').toBeCloseTo(t.bureaucracy, 7);

  return { chaos, bureaucracy, engagement, execution, innovation, coverage };
}

/** The reference's terms of every role in every quarter of a deterministic run. */
function referenceExplanations(scenario: Scenario): Map<string, Record<ExplainedFigure, Terms>>[] {
  const P = resolveParameters(scenario.parameters);
  const byQuarter: Map<string, Record<ExplainedFigure, Terms>>[] = [];
  traceReference(scenario, (q, t) => {
    byQuarter[q] ??= new Map();
    byQuarter[q].set(t.role.id, referenceTerms(t, P)); // quarter 0: the last warm-up pass stays
  });
  return byQuarter;
}

/** Each driver's contribution equals the reference's term of the same key (a missing one counts as 0). */
function expectSameTerms(got: { key: string; contribution: number }[], want: Terms, what: string): void {
  const mine = new Map(got.map((d) => [d.key, d.contribution]));
  expect(mine.size, `${what}: one driver per key`).toBe(got.length);
  for (const key of new Set([...mine.keys(), ...want.keys()])) {
    expect(want.has(key), `${what}: ${key} is a term of the equation`).toBe(true);
    expect(mine.get(key) ?? 0, `${what}: ${key}`).toBeCloseTo(want.get(key) ?? 0, 7);
  }
}

describe('explain', () => {
  it('reaches clipping above and below 0..1 and both caps in the extremes scenario', () => {
    const scenario = extremes();
    const seen = new Set<string>();
    for (let q = 0; q <= scenario.horizon; q++)
      for (const team of explain(scenario, { quarter: q }))
        for (const f of EXPLAINED_FIGURES)
          for (const d of team.figures[f].drivers)
            if (d.key === 'clip' || d.key === 'cap')
              seen.add(`${f}.${d.key}${d.contribution > 0 ? '+' : '-'}`);
    for (const key of [
      'engagement.clip-',
      'execution.clip-',
      'innovation.clip+',
      'chaos.cap-',
      'bureaucracy.cap-',
    ])
      expect(seen).toContain(key);
  });

  it.each([...FILES, 'engine-rich', 'extremes'])(
    "gives, for every team and quarter of %s, drivers that are the reference model's terms and sum to the figure the run reports",
    (file) => {
      const scenario =
        file === 'engine-rich' ? engineRichScenario() : file === 'extremes' ? extremes() : loadScenario(file);
      const run = simulate(scenario);
      const reference = referenceExplanations(scenario);
      for (let q = 0; q <= run.quarters; q++) {
        const figures = roleFiguresAt(run, q);
        const teams = explain(scenario, { quarter: q });
        expect(teams.map((t) => t.roleId).sort()).toEqual(Object.keys(figures).sort());
        for (const team of teams) {
          expect(team.quarter).toBe(q);
          for (const name of EXPLAINED_FIGURES) {
            const f = team.figures[name];
            const what = `${file} q${q} ${team.roleId} ${name}`;
            expectSameTerms(f.drivers, reference[q].get(team.roleId)![name], what);
            // No driver is a remainder, so this holds only if every term is right.
            const total = f.drivers.reduce((t, d) => t + d.contribution, 0);
            expect(total, what).toBeCloseTo(f.value, 9);
            // Per-role figures are stored as 32-bit floats.
            expect(f.value).toBeCloseTo(figures[team.roleId][name], 3);
            for (let k = 1; k < f.drivers.length; k++) {
              expect(Math.abs(f.drivers[k - 1].contribution)).toBeGreaterThanOrEqual(
                Math.abs(f.drivers[k].contribution),
              );
            }
            for (const d of f.drivers) {
              expect(d.key).toMatch(/^[a-zA-Z.]+$/);
              expect(d.label.length).toBeGreaterThan(3);
              expect(Number.isFinite(d.contribution)).toBe(true);
            }
          }
        }
      }
    },
  );

  it('explains a chaotic team by its span, its size and its lead, naming the lead', () => {
    const [sales] = explain(loadScenario('v1-visionary-founder.scenario.json'), {
      quarter: 8,
      roleIds: ['sales'],
    });
    const chaos = sales.figures.chaos;
    expect(chaos.value).toBeGreaterThan(40);
    const span = chaos.drivers.find((d) => d.key === 'demand.span')!;
    // Capacity 6, not the 7 of the lead's rated management 3: eight quarters of rising burnout have worn
    // down the lead's organize and direct (the capability trap, E11).
    expect(span.label).toMatch(/^span 33 against a capacity of 6$/);
    expect(span.roleId).toBe('sales');
    const lead = chaos.drivers.find((d) => d.key === 'supply.management')!;
    expect(lead.label).toMatch(/its lead scores 2\.\d on plan and 2\.\d on organize/);
    expect(lead.contribution).toBeLessThan(0);
    expect(chaos.drivers.find((d) => d.key === 'size')!.label).toMatch(/^121 people/);
    expect(chaos.drivers.find((d) => d.key === 'supply.inherited')!.roleId).toBe('founder');
  });

  it('explains bureaucracy in a deep division by inherited procedure, layers and control', () => {
    const scenario = loadScenario('v3-rule-bound-division.scenario.json');
    const [leaf] = explain(scenario, { quarter: 6, roleIds: ['r.1.1.1.1.1.1'] });
    const keys = leaf.figures.bureaucracy.drivers
      .slice(0, 4)
      .map((d) => d.key)
      .sort();
    expect(keys).toEqual(['control.gap', 'latency', 'process.control', 'process.inherited']);
    expect(leaf.figures.bureaucracy.drivers.find((d) => d.key === 'latency')!.label).toBe(
      '7 layers of approval',
    );
  });

  it("explains coverage past capacity by the manager's own share, the team and one-on-ones", () => {
    const scenario = loadScenario('v7-span-shock.scenario.json');
    const [m5, m9] = explain(scenario, { quarter: 2, roleIds: ['m5', 'm9'] });
    const share = (team: typeof m5, key: string) =>
      team.figures.coverage.drivers.find((d) => d.key === key)?.contribution ?? 0;
    expect(m9.figures.coverage.drivers[0].key).toBe('coverage.own');
    expect(m9.figures.coverage.drivers[0].label).toBe(
      "its manager's own attention: span 25 against a capacity of 11",
    );
    expect(share(m9, 'coverage.oneOnOnes')).toBeGreaterThan(0.15);
    expect(share(m9, 'coverage.team')).toBeGreaterThan(0.05);
    expect(share(m5, 'coverage.oneOnOnes')).toBe(0); // m5 holds none
    const [head] = explain(scenario, { quarter: 2, roleIds: ['head'] });
    expect(head.figures.coverage.drivers.map((d) => d.key)).toEqual(['coverage.withinCapacity']);
    expect(head.figures.coverage.value).toBe(1);
  });

  it("explains a vacant team's coverage as its acting manager's, naming that manager", () => {
    const scenario = engineRichScenario();
    const [sales] = explain(scenario, { quarter: 1, roleIds: ['sales'] });
    const [driver] = sales.figures.coverage.drivers;
    expect(driver.key).toBe('coverage.acting');
    expect(driver.roleId).toBe('ceo');
    expect(driver.contribution).toBeCloseTo(sales.figures.coverage.value, 12);
  });

  it('refuses a quarter outside the run', () => {
    const scenario = loadScenario('v7-span-shock.scenario.json');
    expect(() => explain(scenario, { quarter: 9 })).toThrow(RangeError);
    expect(() => explain(scenario, { quarter: -1 })).toThrow(RangeError);
  });
});
