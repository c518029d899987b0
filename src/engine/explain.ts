/**
 * Explanations: for each team (unit) in one quarter, the named causes of its chaos, bureaucracy,
 * engagement, execution, innovation and coverage, each with its contribution, ordered by size and summing
 * to the figure. No contribution is a remainder (the figure minus the others): every one is its own term
 * of the equation, so tests/engine/explain.test.ts can check each against the reference model. The run is repeated up to that quarter (deterministic and fast), the previous quarter's
 * stocks are kept, and each equation of docs/MODEL.md is split into its terms:
 *
 * - a sum is split term by term;
 * - a product (execution's drags, innovation's execution factor) is split sequentially: each drag is the
 *   amount it removes from what the terms before it built, in the order the equation lists them;
 * - a stock x ← x' + (clip(x*) − x')·κ (E0) is split into its target's terms, the clipping of the target
 *   to 0..1, clip(x*) − x*, and the change still under way, (1 − κ)(x' − clip(x*)), each computed from
 *   the equation, so they sum to the figure only if every term is right;
 * - a capped index (chaos, bureaucracy at 100) gets the cap as its own term, min(100, sum) − sum;
 * - a ratio (unmet coordination) is split as each demand and supply term over demand;
 * - coverage, which the other figures scale their manager's strengths by, into the manager's own share
 *   and what the team and one-on-ones keep of the rest (E1).
 */
import type { Scenario, Strengths } from '../core/scenario/types';
import { applyEvents, eventsByQuarter } from './events';
import { FIELD, Kernel, STRENGTH_ORDER, type UnitColumns } from './kernel';
import { resolveParameters, type ModelParameters } from './parameters';
import { resolveQuarters } from './simulate';

export const EXPLAINED_FIGURES = [
  'chaos',
  'bureaucracy',
  'engagement',
  'execution',
  'innovation',
  'coverage',
] as const;
export type ExplainedFigure = (typeof EXPLAINED_FIGURES)[number];

export interface Driver {
  /** Stable key, e.g. "demand.span" or "supply.management". */
  key: string;
  /** Plain language, with the numbers that matter, e.g. "span 18 against a capacity of 7". */
  label: string;
  /** The driver's own value (its input to the equation). */
  value: number;
  /** Its share of the figure, in the figure's unit; all contributions sum to the figure. */
  contribution: number;
  /** The role responsible, when one is (the unit's manager, or the manager above). */
  roleId?: string;
}

export interface FigureExplanation {
  figure: ExplainedFigure;
  value: number;
  /** Ordered by absolute contribution, largest first. */
  drivers: Driver[];
}

export interface TeamExplanation {
  roleId: string;
  title: string;
  quarter: number;
  figures: Record<ExplainedFigure, FigureExplanation>;
}

export interface ExplainOptions {
  /** 0..quarters; defaults to the last quarter. */
  quarter?: number;
  /** Teams to explain; defaults to every role alive in that quarter. */
  roleIds?: readonly string[];
  parameters?: Partial<ModelParameters>;
  quarters?: number;
}

/** Stocks of the quarter before, which the equations of this quarter read. */
interface Previous {
  eng: Float64Array;
  exec: Float64Array;
  innov: Float64Array;
  trust: Float64Array;
  /** Know-how lost as the quarter began (E13). */
  know: Float64Array;
  /** Strengths as the quarter began (the step develops them at its end). */
  strengths: Float64Array[];
}

export function explain(scenario: Scenario, options: ExplainOptions = {}): TeamExplanation[] {
  const params = resolveParameters(scenario.parameters, options.parameters);
  const quarters = resolveQuarters(scenario, options.quarters);
  const target = options.quarter ?? quarters;
  if (!Number.isInteger(target) || target < 0 || target > quarters) {
    throw new RangeError(`Quarter must be a whole number from 0 to ${quarters}, not ${target}.`);
  }
  const kernel = new Kernel(scenario, params);
  const byQ = eventsByQuarter(scenario.events, quarters);
  const warnings: string[] = [];
  let prev: Previous;
  if (target === 0) {
    kernel.warmUp(false);
    prev = keep(kernel);
    kernel.step(0, true);
  } else {
    kernel.warmUp();
    for (let q = 1; q < target; q++) {
      applyEvents(kernel, q, byQ[q], warnings);
      kernel.step(q, false);
    }
    applyEvents(kernel, target, byQ[target], warnings);
    prev = keep(kernel);
    kernel.step(target, false);
  }
  const s = kernel.s;
  const view = viewOf(kernel);
  const wanted = options.roleIds ? new Set(options.roleIds) : null;
  const out: TeamExplanation[] = [];
  for (let k = 0; k < s.count; k++) {
    const i = s.order[k];
    if (wanted && !wanted.has(s.ids[i])) continue;
    out.push(explainUnit(view, prev, i, target));
  }
  return out;
}

/** The kernel's unit fields as one array each (explanations are not on a hot path). */
type KernelView = UnitColumns &
  Pick<Kernel, 's' | 'p' | 'volatility' | 'crisisLevel' | 'phi' | 'fit' | 'steadyFit' | 'org'>;

function viewOf(k: Kernel): KernelView {
  const columns = k.columns();
  return {
    ...columns,
    s: k.s,
    p: k.p,
    volatility: k.volatility,
    crisisLevel: k.crisisLevel,
    phi: k.phi,
    fit: k.fit,
    steadyFit: k.steadyFit,
    org: k.org,
  };
}

/** Only what this quarter's equations read of the quarter before: five stocks and the strengths. */
function keep(k: Kernel): Previous {
  return {
    eng: k.column(FIELD.eng),
    exec: k.column(FIELD.exec),
    innov: k.column(FIELD.innov),
    trust: k.column(FIELD.trust),
    know: k.column(FIELD.know),
    strengths: STRENGTH_ORDER.map((_, f) => k.column(f)),
  };
}

function explainUnit(k: KernelView, prev: Previous, i: number, quarter: number): TeamExplanation {
  const warm = quarter === 0;
  const s = k.s;
  const p = s.parent[i];
  const a = s.actor[i];
  const leadId = a !== s.nullSlot ? s.ids[a] : undefined;
  const aboveId = p >= 0 && s.actor[p] !== s.nullSlot ? s.ids[s.actor[p]] : undefined;
  const st = strengthsOf(prev.strengths, a);
  const figures = {
    chaos: chaosOf(k, i, st, leadId, aboveId),
    bureaucracy: bureaucracyOf(k, i, st, leadId, aboveId),
    engagement: engagementOf(k, prev, i, st, leadId, aboveId, warm),
    execution: executionOf(k, prev, i, st, leadId, warm),
    innovation: innovationOf(k, prev, i, st, leadId, warm),
    coverage: coverageOf(k, prev, i, leadId),
  };
  return { roleId: s.ids[i], title: s.titles[i], quarter, figures };
}

/** A unit's managing strengths, as shares (strength / 10). */
type St = Strengths;

/** Strength arrays are in STRENGTH_ORDER: vision, inspire, innovate, develop, plan, organize, control, direct, trust. */
function strengthsOf(arrays: Float64Array[], a: number): St {
  const [vision, inspire, innovate, develop, plan, organize, control, direct, trust] = arrays.map(
    (arr) => arr[a],
  );
  return { vision, inspire, innovate, develop, plan, organize, control, direct, trust };
}

const pts = (share: number) => (share * 10).toFixed(1).replace(/\.0$/, '');
const pct = (share: number) => `${Math.round(share * 100)}%`;
const num = (x: number, d = 2) => x.toFixed(d);

/** Drivers kept even at zero: they are the whole answer ("needs are met", "nobody covers it"). */
const ALWAYS_SHOWN = new Set(['coordination.covered', 'coverage.none']);

function finish(figure: ExplainedFigure, value: number, drivers: Driver[]): FigureExplanation {
  const kept = drivers.filter((d) => d.contribution !== 0 || ALWAYS_SHOWN.has(d.key));
  kept.sort((x, y) => Math.abs(y.contribution) - Math.abs(x.contribution) || x.key.localeCompare(y.key));
  return { figure, value, drivers: kept };
}

/** E0's adjustment fraction κ = 1 − e^(−1/τ); 1 in a warm-up pass (quarter 0's steady state). */
function adjustment(tau: number, warm: boolean): number {
  return warm ? 1 : 1 - Math.exp(-1 / tau);
}

/**
 * The last two terms of a stock x ← x' + (clip(x*) − x')·κ, given its target's raw value x* (the sum of
 * the other drivers): the clipping of the target to 0..1 and the change still under way.
 */
function stockTerms(rawTarget: number, previous: number, kappa: number): Driver[] {
  const clipped = rawTarget < 0 ? 0 : rawTarget > 1 ? 1 : rawTarget;
  return [
    {
      key: 'clip',
      label: `target ${num(rawTarget)} clipped to ${num(clipped)}`,
      value: rawTarget,
      contribution: clipped - rawTarget,
    },
    {
      key: 'lag',
      label: `change still under way (target ${num(clipped)}, last quarter ${num(previous)})`,
      value: previous,
      contribution: (1 - kappa) * (previous - clipped),
    },
  ];
}

/** An index capped at 100: the cap as its own term, min(100, sum) − sum (nothing below the cap). */
function capTerm(drivers: Driver[]): Driver {
  const sum = drivers.reduce((t, d) => t + d.contribution, 0);
  return { key: 'cap', label: 'capped at 100', value: sum, contribution: sum > 100 ? 100 - sum : 0 };
}

/** I1 chaos = 100 (w_u unmet + w_x execution shortfall + w_c churn), unmet split over its E3 terms. */
function chaosOf(k: KernelView, i: number, st: St, leadId?: string, aboveId?: string): FigureExplanation {
  const s = k.s;
  const P = k.p;
  const p = s.parent[i];
  const V = k.volatility;
  const c = k.crisisLevel;
  const phi = k.phi;
  const dem = k.demand[i];
  const um = k.unmet[i];
  const drivers: Driver[] = [];
  const wU = 100 * P.chaosUnmet;
  if (um > 0) {
    const f = wU / dem;
    const sp = k.span[i];
    const cov = k.cover[i];
    const m = P.mgmtCascade;
    const ownCoord = cov * 0.5 * (st.plan + st.organize);
    const own = p >= 0 ? (1 - m) * ownCoord : ownCoord;
    const inherited = p >= 0 ? m * k.coord[p] : 0;
    const pr = k.proc[i];
    const processSupply = P.supplyProcess * (pr < dem ? pr : dem);
    const H = s.headcount;
    drivers.push(
      {
        key: 'demand.base',
        label: 'baseline need to coordinate work',
        value: P.demandBase,
        contribution: f * P.demandBase,
      },
      {
        key: 'demand.span',
        label: `span ${num(sp, 0)} against a capacity of ${num(k.cap[i], 0)}`,
        value: sp,
        contribution: (f * P.demandSpan * sp) / (sp + P.demandSpanHalf),
        roleId: leadId,
      },
      {
        key: 'demand.dotted',
        label: `${s.dottedOut[i]} dotted-line manager(s)`,
        value: s.dottedOut[i],
        contribution: f * P.demandDotted * s.dottedOut[i],
      },
      {
        key: 'demand.volatility',
        label: `market volatility ${num(V)}`,
        value: V,
        contribution: f * P.demandVolatility * V,
      },
      {
        key: 'demand.crisis',
        label: `crisis of severity ${num(c)}`,
        value: c,
        contribution: f * P.demandCrisis * c,
      },
      {
        key: 'demand.growth',
        label: `reports grew ${pct(k.growth[i])} this quarter`,
        value: k.growth[i],
        contribution: f * P.demandGrowth * k.growth[i],
      },
      {
        key: 'size',
        label: `${num(H, 0)} people: informal coordination covers ${pct(phi)}`,
        value: H,
        contribution: f * (P.demandSize * (1 - phi) - phi),
      },
      {
        key: 'supply.management',
        label: `its lead scores ${pts(st.plan)} on plan and ${pts(st.organize)} on organize, at ${pct(cov)} coverage`,
        value: 0.5 * (st.plan + st.organize),
        contribution: -f * P.supplyManagement * own,
        roleId: leadId,
      },
      {
        key: 'supply.inherited',
        label: 'plans and structure set by the management above',
        value: p >= 0 ? k.coord[p] : 0,
        contribution: -f * P.supplyManagement * inherited,
        roleId: aboveId,
      },
      {
        key: 'supply.process',
        label: `process load ${num(pr)} doing some of the coordinating`,
        value: pr,
        contribution: -f * processSupply,
      },
    );
  } else {
    drivers.push({
      key: 'coordination.covered',
      label: 'coordination needs are met',
      value: 0,
      contribution: 0,
    });
  }
  const xe = k.exec[i];
  const ref = P.execShortfallRef;
  const short = xe < ref ? (ref - xe) / ref : 0;
  drivers.push({
    key: 'execution.shortfall',
    label: `execution ${num(xe)} below ${num(ref)}`,
    value: xe,
    contribution: 100 * P.chaosExecution * short,
    roleId: leadId,
  });
  const hc = s.filled[i] + s.team[i];
  const churn0 = (hc > 0 ? k.quits[i] / hc : 0) / P.churnRef;
  const churn = churn0 > 1 ? 1 : churn0;
  drivers.push({
    key: 'churn',
    label: `${pct(hc > 0 ? k.quits[i] / hc : 0)} of the team quit this quarter`,
    value: hc > 0 ? k.quits[i] / hc : 0,
    contribution: 100 * P.chaosChurn * churn,
  });
  drivers.push(capTerm(drivers));
  return finish('chaos', k.chaos[i], drivers);
}

/** I2 bureaucracy = 100 (w_e excess + w_l latency + w_g control gap); excess attributed to control vs inherited process. */
function bureaucracyOf(
  k: KernelView,
  i: number,
  st: St,
  leadId?: string,
  aboveId?: string,
): FigureExplanation {
  const s = k.s;
  const P = k.p;
  const p = s.parent[i];
  const F = k.org.fit; // the fit this quarter ran with (k.fit already holds next quarter's)
  const c = k.crisisLevel;
  const ex = k.excess[i];
  const exN = Math.min(1, ex / P.excessRef);
  const excessPart = 100 * P.bureauExcess * exN;
  const inherited = p >= 0 ? P.processInherit * k.proc[p] * (1 - P.processChallenge * st.innovate) : 0;
  const lostFit = Math.max(0, k.steadyFit - F);
  const own =
    P.processControl * (1 + P.processCrisis * c + P.processThreat * lostFit) * (1 - k.phi) * st.control;
  const size = P.processSize * Math.log10(1 + s.headcount / P.dunbarScale);
  const total = inherited + own + size;
  const ownShare = total > 0 ? own / total : 1;
  const sizeShare = total > 0 ? size / total : 0;
  const need = k.proc[i] - ex;
  const drivers: Driver[] = [
    {
      key: 'process.control',
      label: `excess process from its own controls (control ${pts(st.control)}${c > 0 ? ', tightened by crisis' : ''}): load ${num(k.proc[i])} against ${num(Math.max(0, need))} needed`,
      value: k.proc[i],
      contribution: excessPart * ownShare,
      roleId: leadId,
    },
    {
      key: 'process.inherited',
      label: `excess procedure inherited from above (load ${num(p >= 0 ? k.proc[p] : 0)} there)`,
      value: p >= 0 ? k.proc[p] : 0,
      contribution: excessPart * (1 - ownShare - sizeShare),
      roleId: aboveId,
    },
    {
      key: 'process.size',
      label: `excess procedure that comes with size (${Math.round(s.headcount).toLocaleString('en-GB')} people)`,
      value: size,
      contribution: excessPart * sizeShare,
    },
  ];
  const lat = k.latency[i];
  drivers.push({
    key: 'latency',
    label: `${s.depth[i] + 1} layers of approval`,
    value: lat,
    contribution: 100 * P.bureauLatency * Math.min(1, lat / P.latencyRef),
  });
  const gap = st.control > st.develop ? st.control - st.develop : 0;
  drivers.push({
    key: 'control.gap',
    label: `control ${pts(st.control)} without development (develop ${pts(st.develop)})`,
    value: gap,
    contribution: 100 * P.bureauControlGap * gap,
    roleId: leadId,
  });
  drivers.push(capTerm(drivers));
  return finish('bureaucracy', k.bureau[i], drivers);
}

/** E5 engagement: the target's terms plus the lag of the stock. */
function engagementOf(
  k: KernelView,
  prev: Previous,
  i: number,
  st: St,
  leadId: string | undefined,
  aboveId: string | undefined,
  warm: boolean,
): FigureExplanation {
  const s = k.s;
  const P = k.p;
  const p = s.parent[i];
  const cov = k.cover[i];
  const pEng = p >= 0 ? k.eng[p] : prev.eng[i];
  const one = s.oneOnOnes[s.actor[i]] ?? 0;
  const drivers: Driver[] = [
    { key: 'base', label: 'baseline', value: P.engBase, contribution: P.engBase },
    {
      key: 'leadership',
      label: `inspire ${pts(st.inspire)} and develop ${pts(st.develop)} at ${pct(cov)} coverage`,
      value: 0.5 * (st.inspire + st.develop),
      contribution: cov * P.engLeadership * 0.5 * (st.inspire + st.develop),
      roleId: leadId,
    },
    {
      key: 'organize',
      label: `clear expectations and means: plan ${pts(st.plan)}, organize ${pts(st.organize)}, direct ${pts(st.direct)} at ${pct(cov)} coverage`,
      value: (st.plan + st.organize + st.direct) / 3,
      contribution: (cov * P.engOrganize * (st.plan + st.organize + st.direct)) / 3,
      roleId: leadId,
    },
    {
      key: 'manager.engagement',
      label:
        p >= 0 ? `its manager's own engagement ${num(pEng)}` : `its own engagement last quarter ${num(pEng)}`,
      value: pEng,
      contribution: P.engParent * pEng,
      roleId: aboveId,
    },
    {
      key: 'oneOnOnes',
      label: one ? 'regular one-on-ones' : 'no regular one-on-ones',
      value: one,
      contribution: P.engOneOnOnes * one * cov,
      roleId: leadId,
    },
    {
      key: 'alignment',
      label: `alignment ${num(k.align[i])}`,
      value: k.align[i],
      contribution: P.engAlignment * k.align[i],
    },
    {
      key: 'trust',
      label: `trust ${num(prev.trust[i])}`,
      value: prev.trust[i],
      contribution: P.engTrust * prev.trust[i],
    },
    {
      key: 'burnout',
      label: `burnout ${num(k.burn[i])}`,
      value: k.burn[i],
      contribution: -P.engBurnout * k.burn[i],
    },
    {
      key: 'redTape',
      label: `red tape ${num(k.redTape[i])}`,
      value: k.redTape[i],
      contribution: -P.engRedTape * k.redTape[i],
    },
  ];
  const raw = drivers.reduce((t, d) => t + d.contribution, 0);
  drivers.push(...stockTerms(raw, prev.eng[i], adjustment(P.tauEngagement, warm)));
  return finish('engagement', k.eng[i], drivers);
}

/** E6 execution: the additive base terms, then each drag in the equation's order, then the lag. */
function executionOf(
  k: KernelView,
  prev: Previous,
  i: number,
  st: St,
  leadId: string | undefined,
  warm: boolean,
): FigureExplanation {
  const P = k.p;
  const cov = k.cover[i];
  const pcd = (st.plan + st.control + st.direct) / 3;
  const en = k.eng[i];
  const al = k.align[i];
  const drivers: Driver[] = [
    { key: 'base', label: 'baseline', value: P.execBase, contribution: P.execBase },
    {
      key: 'management',
      label: `plan ${pts(st.plan)}, control ${pts(st.control)}, direct ${pts(st.direct)} at ${pct(cov)} coverage`,
      value: pcd,
      contribution: P.execManagement * cov * pcd,
      roleId: leadId,
    },
    { key: 'engagement', label: `engagement ${num(en)}`, value: en, contribution: P.execEngagement * en },
    { key: 'alignment', label: `alignment ${num(al)}`, value: al, contribution: P.execAlignment * al },
  ];
  let x = drivers.reduce((t, d) => t + d.contribution, 0);
  const rs = k.ramp[i];
  const kn = prev.know[i];
  const um = k.unmet[i];
  const rt = k.redTape[i];
  const bu = k.burn[i];
  const c = k.crisisLevel;
  const drags: [string, string, number, number, string | undefined][] = [
    ['drag.rampUp', `${pct(rs)} of the team still ramping up`, rs, 1 - P.rampLoss * rs, undefined],
    [
      'drag.knowhow',
      `${pct(kn)} of the team's know-how gone with people who left`,
      kn,
      1 - P.execKnowledgeDrag * kn,
      undefined,
    ],
    ['drag.coordination', `unmet coordination ${num(um)}`, um, 1 - P.execUnmetDrag * um, undefined],
    ['drag.redTape', `red tape ${num(rt)}`, rt, 1 - P.execRedTapeDrag * rt, undefined],
    ['drag.burnout', `burnout ${num(bu)}`, bu, 1 - P.execBurnoutDrag * bu, undefined],
    [
      'drag.crisis',
      `crisis ${num(c)} not absorbed by management`,
      c,
      1 - P.execCrisisHit * c * (1 - cov * pcd),
      leadId,
    ],
  ];
  for (const [key, label, value, factor, roleId] of drags) {
    const next = x * factor;
    drivers.push({ key, label, value, contribution: next - x, roleId });
    x = next;
  }
  drivers.push(...stockTerms(x, prev.exec[i], adjustment(P.tauExecution, warm)));
  return finish('execution', k.exec[i], drivers);
}

/** E9 innovation: the idea terms, the share left unrealised for lack of execution, and the lag. */
function innovationOf(
  k: KernelView,
  prev: Previous,
  i: number,
  st: St,
  leadId: string | undefined,
  warm: boolean,
): FigureExplanation {
  const P = k.p;
  const cov = k.cover[i];
  const drivers: Driver[] = [
    { key: 'base', label: 'baseline', value: P.innovBase, contribution: P.innovBase },
    {
      key: 'innovate',
      label: `innovate ${pts(st.innovate)} at ${pct(cov)} coverage`,
      value: st.innovate,
      contribution: P.innovInnovate * st.innovate * cov,
      roleId: leadId,
    },
    {
      key: 'engagement',
      label: `engagement ${num(k.eng[i])}`,
      value: k.eng[i],
      contribution: P.innovEngagement * k.eng[i],
    },
    {
      key: 'trust',
      label: `trust ${num(k.trust[i])}`,
      value: k.trust[i],
      contribution: P.innovTrust * k.trust[i],
    },
    {
      key: 'process',
      label: `process load ${num(k.proc[i])}`,
      value: k.proc[i],
      contribution: -P.innovProcess * k.proc[i],
    },
    {
      key: 'burnout',
      label: `burnout ${num(k.burn[i])}`,
      value: k.burn[i],
      contribution: -P.innovBurnout * k.burn[i],
    },
  ];
  const ideas = drivers.reduce((t, d) => t + d.contribution, 0);
  const factor = P.innovExecFloor + (1 - P.innovExecFloor) * k.exec[i];
  const realised = ideas * factor;
  drivers.push({
    key: 'execution.unrealised',
    label: `ideas not carried through (execution ${num(k.exec[i])})`,
    value: k.exec[i],
    contribution: realised - ideas,
  });
  drivers.push(...stockTerms(realised, prev.innov[i], adjustment(P.tauInnovation, warm)));
  return finish('innovation', k.innov[i], drivers);
}

/**
 * E1 coverage: within capacity, all of it; past capacity, the manager's own share (cap / span)^exponent
 * plus what an engaged, trusting team and regular one-on-ones keep of the rest; a vacant unit gets a
 * share of its acting manager's.
 */
function coverageOf(k: KernelView, prev: Previous, i: number, leadId: string | undefined): FigureExplanation {
  const s = k.s;
  const P = k.p;
  const value = k.cover[i];
  const sp = k.span[i];
  const cp = k.cap[i];
  const a = s.actor[i];
  if (s.filled[i] !== 1) {
    const driver: Driver =
      a === s.nullSlot
        ? {
            key: 'coverage.none',
            label: 'vacant, with no manager above to cover it',
            value: 0,
            contribution: 0,
          }
        : {
            key: 'coverage.acting',
            label: `vacant: its acting manager gives it ${pct(P.vacancyCoverage)} of the coverage of its own team`,
            value: k.cover[a],
            contribution: P.vacancyCoverage * k.cover[a],
            roleId: leadId,
          };
    return finish('coverage', value, [driver]);
  }
  if (sp <= cp) {
    return finish('coverage', value, [
      {
        key: 'coverage.withinCapacity',
        label: `span ${num(sp, 0)} within a capacity of ${num(cp, 0)}`,
        value: sp,
        contribution: 1,
        roleId: leadId,
      },
    ]);
  }
  const own = Math.pow(cp / sp, P.coverageExponent);
  const eng = prev.eng[i];
  const trust = prev.trust[i];
  const byTeam = P.selfCoordination * 0.5 * (eng + trust);
  const byOneOnOnes = P.oneOnOneContact * (s.oneOnOnes[a] ?? 0);
  // The two together keep at most all of the rest (E1's min), shared in proportion when they would exceed it.
  const share = (1 - own) / Math.max(1, byTeam + byOneOnOnes);
  const drivers: Driver[] = [
    {
      key: 'coverage.own',
      label: `its manager's own attention: span ${num(sp, 0)} against a capacity of ${num(cp, 0)}`,
      value: sp,
      contribution: own,
      roleId: leadId,
    },
    {
      key: 'coverage.team',
      label: `the team coordinates itself (engagement ${num(eng)}, trust ${num(trust)})`,
      value: 0.5 * (eng + trust),
      contribution: share * byTeam,
    },
    {
      key: 'coverage.oneOnOnes',
      label: 'regular one-on-ones keep each report in contact',
      value: s.oneOnOnes[a] ?? 0,
      contribution: share * byOneOnOnes,
      roleId: leadId,
    },
  ];
  return finish('coverage', value, drivers);
}
