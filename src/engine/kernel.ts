/**
 * The simulation kernel: per-unit state as typed arrays indexed by slot, and `step()`, which computes one
 * quarter in a single pass down the tree (parents before children) followed by O(1) org updates. The
 * equations are numbered as in docs/MODEL.md (E1..E12, I1..I3, O1..O2); change one here and there together.
 *
 * The inner loop allocates nothing: every intermediate lives in a local or in a preallocated array, so a
 * run costs the same per role-quarter at 100 or 100,000 roles.
 */
import { STRENGTH_NAMES, type Scenario } from '../core/scenario/types';
import type { ModelParameters } from './parameters';
import type { Rng } from './random';
import { OrgStructure } from './structure';
import type { WorkCounter } from './work-counter';
import type { OrgQuarter } from './results';
import { classifyVerdict, regionOfRatios, TOO_SMALL_CODE, verdictRule } from './outcome';

/**
 * Per-unit values live in one Float64Array, `st`, STRIDE numbers per slot (array of structs): the value
 * `f` of slot i is st[i * STRIDE + FIELD.f]. One array instead of forty keeps each unit's values on a few
 * adjacent cache lines and lets the compiler check one bound instead of forty (the inner loop reads and
 * writes about a hundred values per unit; measured 2-4 times faster than forty separate arrays).
 * The order is STRENGTH_ORDER (0-8), then the stocks, then the per-quarter figures.
 */
export const FIELD = {
  vision: 0,
  inspire: 1,
  innovate: 2,
  develop: 3,
  plan: 4,
  organize: 5,
  control: 6,
  direct: 7,
  trustS: 8,
  align: 9,
  eng: 10,
  exec: 11,
  innov: 12,
  proc: 13,
  trust: 14,
  burn: 15,
  ramp: 16,
  quit: 17,
  quits: 18,
  hiredNow: 19,
  hiredPrev: 20,
  prevReports: 21,
  growth: 22,
  span: 23,
  cap: 24,
  extra: 25,
  cover: 26,
  coord: 27,
  demand: 28,
  unmet: 29,
  excess: 30,
  pathProc: 31,
  latency: 32,
  redTape: 33,
  mSupply: 34,
  lRatio: 35,
  mRatio: 36,
  chaos: 37,
  bureau: 38,
  health: 39,
  /** Burnout at quarter 0 (or on arrival): the load the team is used to (E11's capability trap). */
  burn0: 40,
  /** Know-how lost with people who left, not yet rebuilt (E13). */
  know: 41,
} as const;
export type UnitField = keyof typeof FIELD;
export const STRIDE = 42;

/** A copy of every unit field as its own array (for explanations, which are not on a hot path). */
export type UnitColumns = Record<UnitField, Float64Array>;

/**
 * Quarter 0 takes at least WARM_UP_PASSES full-adjustment passes, and more (up to MAX_WARM_UP_PASSES) until
 * the org's figures and strategic fit stop moving, so the start is the design's steady state.
 */
export const WARM_UP_PASSES = 6;
export const MAX_WARM_UP_PASSES = 60;
/** The steady state is reached when no watched org figure moves more than this in a pass. */
const WARM_UP_TOLERANCE = 1e-10;
/**
 * Monte Carlo settles each run's drawn design to within this instead: four orders of magnitude below its
 * process noise, and about 9 passes fewer per run of 1,000 roles (24 to 15, a fifth of the run's time).
 */
export const RESETTLE_TOLERANCE = 1e-6;

export interface Crisis {
  start: number;
  end: number;
  severity: number;
}

/**
 * Org-level figures of the quarter just computed: the figures of a result quarter (results.ts), with the
 * verdict still as its code (decoded by decodeVerdict when the quarter is recorded).
 */
export type OrgFigures = Omit<OrgQuarter, 'quarter' | 'outcome' | 'verdict' | 'risk' | 'confirmed'> & {
  /** The verdict code of outcome.ts (classifyVerdict). */
  code: number;
};

export class Kernel {
  readonly s: OrgStructure;
  /** Replaced per run when Monte Carlo draws the parameters (uncertainty.ts). */
  p: ModelParameters;
  readonly volatility: number;
  rng: Rng | null = null;
  work: WorkCounter | undefined;
  /**
   * Keep every unit's figures of the quarter (span, demand, red tape, indices, ratios...: the values that
   * are not state carried to the next quarter) and classify its outcome (O2). Monte Carlo, which keeps org
   * figures only, turns it off.
   */
  unitVerdicts = true;
  /**
   * With unitVerdicts off, still code each unit's outcome region (or too small to judge), without the
   * borderline and at-risk checks: all Monte Carlo's team shares need.
   */
  unitOutcomes = false;

  /** Every per-unit value, STRIDE per slot (see FIELD). Strengths are shares (strength / 10). */
  readonly st: Float64Array;
  /** Each unit's verdict code of this quarter (outcome.ts, classifyVerdict). */
  readonly verdict: Uint8Array;

  // Interventions.
  readonly coachUntil: Int32Array;
  readonly coachGain: Float64Array;
  readonly fbUntil: Int32Array;
  readonly fbGain: Float64Array;

  // Org state.
  fit: number;
  /** Strategic fit of the design's steady state (quarter 0). */
  steadyFit = 0.7;
  crises: Crisis[] = [];
  /** Org-level values of the quarter just computed, kept for explanations. */
  phi = 0;
  crisisLevel = 0;
  readonly org: OrgFigures = emptyOrgFigures();

  constructor(scenario: Scenario, params: ModelParameters, work?: WorkCounter) {
    this.p = params;
    this.work = work;
    this.volatility = scenario.environment.volatility;
    this.s = OrgStructure.fromScenario(scenario, work);
    const n = this.s.slots + 1;
    this.st = new Float64Array(n * STRIDE);
    this.verdict = new Uint8Array(n);
    this.coachUntil = new Int32Array(n).fill(-1);
    this.coachGain = new Float64Array(n);
    this.fbUntil = new Int32Array(n).fill(-1);
    this.fbGain = new Float64Array(n);
    // A first guess only: quarter 0 replaces it with the design's own steady-state fit (E12).
    this.fit = 0.7;
    for (const role of scenario.roles) this.initRole(this.s.slotOf.get(role.id)!, role.strengths, -1);
  }

  /** Value `field` of a slot. */
  get(field: UnitField, slot: number): number {
    return this.st[slot * STRIDE + FIELD[field]];
  }

  set(field: UnitField, slot: number, value: number): void {
    this.st[slot * STRIDE + FIELD[field]] = value;
  }

  /** Multiplies value `field` of a slot by `factor`. */
  scale(field: UnitField, slot: number, factor: number): void {
    this.st[slot * STRIDE + FIELD[field]] *= factor;
  }

  /** Every unit field copied out as its own array, indexed by slot. */
  columns(): UnitColumns {
    const out = {} as UnitColumns;
    for (const name of Object.keys(FIELD) as UnitField[]) out[name] = this.column(FIELD[name]);
    return out;
  }

  /** Value `f` (a FIELD offset; 0-8 are the strengths) of every slot, copied out as its own array. */
  column(f: number): Float64Array {
    const n = this.s.slots + 1;
    const col = new Float64Array(n);
    for (let i = 0; i < n; i++) col[i] = this.st[i * STRIDE + f];
    return col;
  }

  /** Sets a role's strengths and, from its parent (or neutral values), its starting stocks. */
  initRole(slot: number, strengths: Readonly<Record<string, number>>, from: number): void {
    const st = this.st;
    const b = slot * STRIDE;
    // Named reads in STRENGTH_ORDER (a loop over the names would be a keyed lookup per strength).
    st[b] = strengthShare(strengths.vision);
    st[b + 1] = strengthShare(strengths.inspire);
    st[b + 2] = strengthShare(strengths.innovate);
    st[b + 3] = strengthShare(strengths.develop);
    st[b + 4] = strengthShare(strengths.plan);
    st[b + 5] = strengthShare(strengths.organize);
    st[b + 6] = strengthShare(strengths.control);
    st[b + 7] = strengthShare(strengths.direct);
    st[b + 8] = strengthShare(strengths.trust);
    // Starting stocks: the parent's (a hire), else neutral values.
    const src = from >= 0 ? from * STRIDE : -1;
    st[b + FIELD.align] = src >= 0 ? st[src + FIELD.align] : 0.5;
    st[b + FIELD.eng] = src >= 0 ? st[src + FIELD.eng] : 0.5;
    st[b + FIELD.exec] = src >= 0 ? st[src + FIELD.exec] : 0.5;
    st[b + FIELD.innov] = src >= 0 ? st[src + FIELD.innov] : 0.3;
    st[b + FIELD.proc] = src >= 0 ? st[src + FIELD.proc] : 0;
    st[b + FIELD.trust] = src >= 0 ? st[src + FIELD.trust] : 0.5;
    st[b + FIELD.burn] = src >= 0 ? st[src + FIELD.burn] : 0.2;
    st[b + FIELD.burn0] = st[b + FIELD.burn];
    st[b + FIELD.know] = src >= 0 ? st[src + FIELD.know] : 0;
    st[b + FIELD.prevReports] = this.s.childCount[slot] + this.s.team[slot];
  }

  /**
   * Quarter 0: passes with full adjustment until the design's steady state (at least WARM_UP_PASSES, then
   * until no org figure moves), with strategic fit at its own equilibrium; then one last pass that keeps
   * the per-unit figures, and each team's burnout noted as the load it is used to (E11).
   */
  warmUp(finalPass = true, tolerance = WARM_UP_TOLERANCE): void {
    const { s, st } = this;
    for (let k = 0; k < s.count; k++) {
      const i = s.order[k];
      st[i * STRIDE + FIELD.prevReports] = s.childCount[i] + s.team[i];
    }
    const verdicts = this.unitVerdicts;
    this.unitVerdicts = false;
    for (let w = 0; w < MAX_WARM_UP_PASSES - 1; w++) {
      const before = this.watchedFigures();
      this.step(0, true);
      const after = this.watchedFigures();
      let moved = 0;
      for (let j = 0; j < before.length; j++) moved = Math.max(moved, Math.abs(after[j] - before[j]));
      if (w + 1 >= WARM_UP_PASSES && moved <= tolerance) break;
    }
    this.unitVerdicts = verdicts;
    // Without the final pass (explanations of quarter 0 take it themselves, to see the state before it).
    if (!finalPass) return;
    this.step(0, true);
    for (let k = 0; k < s.count; k++) {
      const b = s.order[k] * STRIDE;
      st[b + FIELD.burn0] = st[b + FIELD.burn];
    }
  }

  /** The org figures whose standstill marks quarter 0's steady state. */
  private watchedFigures(): number[] {
    const o = this.org;
    return [this.fit, o.health, o.chaos, o.bureaucracy, o.trust, o.engagement, o.execution, o.innovation];
  }

  /** The crisis level of quarter q: active severities summed, at most 1. */
  crisisAt(q: number): number {
    let c = 0;
    // An indexed loop, not for-of: step() inlines this, and once crises had been seen the iterator
    // protocol made the compiler lay out the whole per-unit loop worse (measured 215 -> 150 ns per unit).
    const list = this.crises;
    for (let j = 0; j < list.length; j++) {
      const k = list[j];
      if (q >= k.start && q <= k.end) c += k.severity;
    }
    return c > 1 ? 1 : c;
  }

  /**
   * Computes quarter q. `warm` (quarter 0 only) adjusts every stock fully to its target and leaves
   * strengths and fit alone. Events of quarter q must already be applied.
   */
  step(q: number, warm: boolean): void {
    const s = this.s;
    const P = this.p;
    const V = this.volatility;
    const rng = this.rng;
    const noisy = rng !== null && !warm;
    // The generator's state in a local for the inner loop's draws, written back after the loop. The loop
    // writes Rng's triangular() and binomial() out by hand (the same arithmetic, so the same stream): step
    // is too large for the compiler to inline them all, and a call left in the loop costs a save and
    // restore of every value held in a register (measured 7% of a Monte Carlo run).
    const rngState = rng !== null ? rng.state : null;
    let seed = rngState !== null ? rngState[0] : 0;
    const order = s.order;
    const count = s.count;
    const parent = s.parent;
    const actor = s.actor;
    const depthA = s.depth;
    const childCount = s.childCount;
    const teamA = s.team;
    const filledA = s.filled;
    const dottedIn = s.dottedIn;
    const dottedOut = s.dottedOut;
    const oneOnOnes = s.oneOnOnes;
    const nullSlot = s.nullSlot;
    const st = this.st;
    const verdictCodes = this.verdict;
    const verdicts = this.unitVerdicts;
    const outcomesOnly = !verdicts && this.unitOutcomes;
    // Field offsets as literals (typed against FIELD, so a change there fails to compile here): the
    // compiler folds a literal into the address, not a value read from the module's scope.
    const S: typeof STRIDE = 42;
    const VIS: typeof FIELD.vision = 0;
    const INS: typeof FIELD.inspire = 1;
    const INN: typeof FIELD.innovate = 2;
    const DEV: typeof FIELD.develop = 3;
    const PLA: typeof FIELD.plan = 4;
    const ORG: typeof FIELD.organize = 5;
    const CON: typeof FIELD.control = 6;
    const DIR: typeof FIELD.direct = 7;
    const TRS: typeof FIELD.trustS = 8;
    const ALIGN: typeof FIELD.align = 9;
    const ENG: typeof FIELD.eng = 10;
    const EXEC: typeof FIELD.exec = 11;
    const INNOV: typeof FIELD.innov = 12;
    const PROC: typeof FIELD.proc = 13;
    const TRUST: typeof FIELD.trust = 14;
    const BURN: typeof FIELD.burn = 15;
    const RAMP: typeof FIELD.ramp = 16;
    const QUIT: typeof FIELD.quit = 17;
    const QUITS: typeof FIELD.quits = 18;
    const HNOW: typeof FIELD.hiredNow = 19;
    const HPREV: typeof FIELD.hiredPrev = 20;
    const PREVR: typeof FIELD.prevReports = 21;
    const GROWTH: typeof FIELD.growth = 22;
    const SPAN: typeof FIELD.span = 23;
    const CAP: typeof FIELD.cap = 24;
    const EXTRA: typeof FIELD.extra = 25;
    const COVER: typeof FIELD.cover = 26;
    const COORD: typeof FIELD.coord = 27;
    const DEMAND: typeof FIELD.demand = 28;
    const UNMET: typeof FIELD.unmet = 29;
    const EXCESS: typeof FIELD.excess = 30;
    const PATH: typeof FIELD.pathProc = 31;
    const LAT: typeof FIELD.latency = 32;
    const RED: typeof FIELD.redTape = 33;
    const MSUP: typeof FIELD.mSupply = 34;
    const LRAT: typeof FIELD.lRatio = 35;
    const MRAT: typeof FIELD.mRatio = 36;
    const CHAOS: typeof FIELD.chaos = 37;
    const BUREAU: typeof FIELD.bureau = 38;
    const HEALTH: typeof FIELD.health = 39;
    const KNOW: typeof FIELD.know = 41;

    // Org-level inputs of the quarter.
    const H = s.headcount;
    const phi = 1 / (1 + Math.pow(H / P.dunbarScale, P.dunbarExponent)); // E3
    // Size as tenfolds of headcount past the informal scale: no ceiling (O1, E4).
    const size = Math.log10(1 + H / P.dunbarScale);
    const c = this.crisisAt(q);
    const F = this.fit;
    // Fit lost below the design's own steady state (a market shift): what calls for leadership (O1) and
    // makes threatened units tighten control (E4).
    const lostFit = F < this.steadyFit ? this.steadyFit - F : 0;
    this.phi = phi;
    this.crisisLevel = c;

    const kA = warm ? 1 : 1 - Math.exp(-1 / P.tauAlignment);
    const kE = warm ? 1 : 1 - Math.exp(-1 / P.tauEngagement);
    const kX = warm ? 1 : 1 - Math.exp(-1 / P.tauExecution);
    const kB = warm ? 1 : 1 - Math.exp(-1 / P.tauBurnout);
    const kI = warm ? 1 : 1 - Math.exp(-1 / P.tauInnovation);
    const kTu = warm ? 1 : 1 - Math.exp(-1 / P.tauTrustUp);
    const kTd = warm ? 1 : 1 - Math.exp(-1 / P.tauTrustDown);
    const kPu = warm ? 1 : 1 - Math.exp(-1 / P.tauProcessUp);

    const capScale = P.capacityScale;
    const capOffset = P.capacityOffset;
    const covExp = P.coverageExponent;
    const spanDotted = P.spanDottedWeight;
    const spanNew = P.spanNewcomerWeight;
    const vacCov = P.vacancyCoverage;
    const selfCoord = P.selfCoordination;
    const ooContact = P.oneOnOneContact;
    const aOwn = P.alignOwnVision;
    const aInh = P.alignInherited;
    const aLoss = P.alignPassLoss;
    const m = P.mgmtCascade;
    // Coordination demand from change (volatility, crisis) is not work that procedure can carry (E4).
    const demandChange = P.demandVolatility * V + P.demandCrisis * c;
    const demandFixed = P.demandBase + demandChange + P.demandSize * (1 - phi);
    const dSpan = P.demandSpan;
    const dHalf = P.demandSpanHalf;
    const dDotted = P.demandDotted;
    const dGrowth = P.demandGrowth;
    const supM = P.supplyManagement;
    const supP = P.supplyProcess;
    const procInherit = P.processInherit;
    // Control writes procedure for the formal organisation only: a team small enough to coordinate
    // informally (phi near 1) gets little of it, however controlling its head (E4).
    const procControlC = P.processControl * (1 + P.processCrisis * c + P.processThreat * lostFit) * (1 - phi);
    const procSize = P.processSize * size;
    const challenge = P.processChallenge;
    const prune = P.processPrune;
    const procNeed = P.processNeed * (1 - phi) * (1 - P.processObsolete * V);
    const latPer = P.latencyPerLayer;
    const latFree = P.latencyFreeLayers;
    const pressVol = P.pressVolatility * V;
    const pressCrisis = P.pressCrisis * c;
    const crisisMorale = P.crisisMorale;
    const tighten = 1 + P.processCrisis * c;
    const pressGrowth = P.pressGrowth;
    const pressExec = P.pressExecGap;
    const supCov = P.supportCoverage;
    const supTrust = P.supportTrust;
    const supClarity = P.supportClarity;
    const bSteep = P.burnoutSteepness;
    const bThr = P.burnoutThreshold;
    const rampLoss = P.rampLoss;
    const crisisHit = P.execCrisisHit * c;
    const noiseT = noisy ? P.noiseTarget : 0;
    const execRef = P.execShortfallRef;
    const needL = P.needLBase + P.needLVolatility * V + P.needLCrisis * c + P.needLFit * lostFit; // O1
    const needMOrg = P.needMBase + P.needMSize * size + P.needMLayers * (s.layers > 3 ? s.layers - 3 : 0);
    const rule = verdictRule(P);
    const needMSpan = P.needMSpan;
    const minReports = P.judgeMinReports;
    // E10 role holders' quits, E13 know-how.
    const holderQuit = P.holderQuitScale;
    const quitTrust = P.quitTrustSlope;
    const shockDepart = P.trustShockDepart;
    const kTuReal = 1 - Math.exp(-1 / P.tauTrustUp);
    const keyWeight = P.keyHolderWeight;
    const knowKeep = Math.exp(-1 / P.knowledgeTau);
    const knowDrag = P.execKnowledgeDrag;
    // Divisions by per-quarter constants become multiplications (a division's latency is several times
    // a multiplication's, and the per-unit equations are one long dependent chain).
    const invExcessRef = 1 / P.excessRef;
    const invLatencyRef = 1 / P.latencyRef;
    const invExecRef = 1 / P.execShortfallRef;
    const invChurnRef = 1 / P.churnRef;
    const invNeedL = 1 / needL;

    // E1 vacancies: the acting manager carries part of each vacant role's reports.
    if (s.vacantCount > 0 || this.hadExtra) {
      for (let j = 0; j <= s.slots; j++) st[j * S + EXTRA] = 0;
      this.hadExtra = s.vacantCount > 0;
      for (let v = 0; v < s.vacantCount; v++) {
        const u = s.vacant[v];
        const a = actor[u];
        if (a !== nullSlot) st[a * S + EXTRA] += P.vacancyLoad * (childCount[u] + teamA[u]);
      }
    }

    // Org accumulators.
    let W = 0;
    let sAlign = 0;
    let sEng = 0;
    let sExec = 0;
    let sInnov = 0;
    let sProc = 0;
    let sUnmet = 0;
    let sRamp = 0;
    let sTrust = 0;
    let sBurn = 0;
    let sQuits = 0;
    let sChaos = 0;
    let sBureau = 0;
    let sHealth = 0;
    let sL = 0;
    let sM = 0;
    let sSpanOver = 0;
    let topSum = 0;
    let topN = 0;

    // Parameters read in the inner loop, hoisted to locals (the parameter object has ~120 keys).
    const P_bureauControlGap = P.bureauControlGap;
    const P_bureauExcess = P.bureauExcess;
    const P_bureauLatency = P.bureauLatency;
    const P_chaosChurn = P.chaosChurn;
    const P_chaosExecution = P.chaosExecution;
    const P_chaosUnmet = P.chaosUnmet;
    const P_engAlignment = P.engAlignment;
    const P_engBase = P.engBase;
    const P_engBurnout = P.engBurnout;
    const P_engLeadership = P.engLeadership;
    const P_engOneOnOnes = P.engOneOnOnes;
    const P_engOrganize = P.engOrganize;
    const P_engParent = P.engParent;
    const P_engRedTape = P.engRedTape;
    const P_engTrust = P.engTrust;
    const P_execAlignment = P.execAlignment;
    const P_execBase = P.execBase;
    const P_execBurnoutDrag = P.execBurnoutDrag;
    const P_execEngagement = P.execEngagement;
    const P_execManagement = P.execManagement;
    const P_execRedTapeDrag = P.execRedTapeDrag;
    const P_execUnmetDrag = P.execUnmetDrag;
    const P_healthEngagement = P.healthEngagement;
    const P_healthExecution = P.healthExecution;
    const P_healthFit = P.healthFit;
    const P_healthInnovation = P.healthInnovation;
    const P_healthPenalty = P.healthPenalty;
    const P_healthTrust = P.healthTrust;
    const P_innovBase = P.innovBase;
    const P_innovBurnout = P.innovBurnout;
    const P_innovEngagement = P.innovEngagement;
    const P_innovExecFloor = P.innovExecFloor;
    const P_innovInnovate = P.innovInnovate;
    const P_innovProcess = P.innovProcess;
    const P_innovTrust = P.innovTrust;
    const P_needMDotted = P.needMDotted;
    const P_quitBase = P.quitBase;
    const P_quitBurnout = P.quitBurnout;
    const P_quitEngagementRef = P.quitEngagementRef;
    const P_quitEngagementSlope = P.quitEngagementSlope;
    const P_trustExecution = P.trustExecution;
    const P_trustLeadership = P.trustLeadership;
    const P_trustMicromanage = P.trustMicromanage;
    const P_trustParent = P.trustParent;
    const P_trustStrength = P.trustStrength;
    for (let k = 0; k < count; k++) {
      const i = order[k];
      const b = i * S;
      const p = parent[i];
      const pb = p * S; // negative for the root: only read when p >= 0
      const a = actor[i];
      const ab = a * S;
      const filled = filledA[i];
      const tm = teamA[i];
      const hc = filled + tm;
      const sV = st[ab + VIS];
      const sIn = st[ab + INS];
      const sI = st[ab + INN];
      const sDev = st[ab + DEV];
      const sP = st[ab + PLA];
      const sO = st[ab + ORG];
      const sC = st[ab + CON];
      const sD = st[ab + DIR];
      const sT = st[ab + TRS];

      // E10 ramp-up share and E3 growth of the unit's reports.
      const hNow = st[b + HNOW];
      const rs0 = (hNow + st[b + HPREV]) / (hc > 1 ? hc : 1);
      const rs = rs0 > 1 ? 1 : rs0;
      const reports = childCount[i] + tm;
      const prevR = st[b + PREVR];
      let g = 0;
      if (!warm && reports > prevR) g = prevR > 0 ? (reports - prevR) / prevR : 1;
      if (g > 1) g = 1;
      st[b + PREVR] = reports;

      // Last quarter's stocks of this unit.
      const engPrev = st[b + ENG];
      const tPrev = st[b + TRUST];

      // E1 span, capacity, coverage.
      const sp = reports + spanDotted * dottedIn[i] + spanNew * rs * tm + st[b + EXTRA];
      const cp = capScale * (capOffset + 0.5 * (sO + sD));
      // ln(span / capacity) past capacity: read by coverage (E1) and by management need (O1).
      const spanOver = sp > cp ? Math.log(sp / cp) : 0;
      let cov: number;
      if (filled === 1) {
        if (sp <= cp) cov = 1;
        else {
          // (cap/s)^exp written as exp(-exp x ln(s/cap)): the same value to rounding, and much cheaper than
          // Math.pow in V8.
          const own = expFast(-covExp * spanOver);
          // An engaged, trusting team (last quarter's) and scheduled one-on-ones keep part of the rest.
          const kept = selfCoord * 0.5 * (engPrev + tPrev) + ooContact * oneOnOnes[a];
          cov = own + (1 - own) * (kept < 1 ? kept : 1);
        }
      } else cov = a === nullSlot ? 0 : vacCov * st[ab + COVER];
      st[b + COVER] = cov;

      // E2 alignment.
      let alignT: number;
      if (p >= 0) {
        const pab = actor[p] * S;
        const pass = 1 - aLoss * (1 - st[pb + COVER] * 0.5 * (st[pab + INS] + st[pab + TRS]));
        alignT = aOwn * sV + aInh * pass * st[pb + ALIGN];
      } else alignT = sV;
      if (alignT > 1) alignT = 1;
      const al0 = st[b + ALIGN];
      const al = al0 + (alignT - al0) * kA;
      st[b + ALIGN] = al;

      // E4 process: rises fast toward its target, is pruned slowly (a ratchet).
      let procT =
        (p >= 0 ? procInherit * st[pb + PROC] * (1 - challenge * sI) : 0) + procControlC * sC + procSize;
      if (procT > 1) procT = 1;
      let pr = st[b + PROC];
      if (warm) pr = procT;
      else if (procT > pr) pr += (procT - pr) * kPu;
      else {
        pr -= prune * (1 + sI);
        if (pr < procT) pr = procT;
      }
      st[b + PROC] = pr;

      // E3 coordination demand and supply.
      const ownCoord = cov * 0.5 * (sP + sO);
      const cd = p >= 0 ? (1 - m) * ownCoord + m * st[pb + COORD] : ownCoord;
      st[b + COORD] = cd;
      const dOut = dottedOut[i];
      const dem = demandFixed + (dSpan * sp) / (sp + dHalf) + dDotted * dOut + dGrowth * g;
      const sup = phi + supM * cd + supP * (pr < dem ? pr : dem);
      const um = dem > sup ? (dem - sup) / dem : 0;

      // E4 excess process, approval latency, red tape.
      const need = procNeed * (dem - demandChange);
      const ex = pr > need ? pr - need : 0;
      const d = depthA[i];
      const path = (p >= 0 ? st[pb + PATH] : 0) + pr;
      st[b + PATH] = path;
      const lat = d > latFree ? (latPer * (d - latFree) * path) / (d + 1) : 0;
      const rt0 = ex + lat;
      const rt = rt0 > 1 ? 1 : rt0;

      // E7 burnout (uses last quarter's execution and trust).
      const pressure =
        um +
        pressVol +
        pressCrisis * (1 - crisisMorale * sIn) +
        pressGrowth * g +
        pressExec * (1 - st[b + EXEC]);
      const support =
        supCov * cov * 0.5 * (sDev + sT) + supClarity * cov * 0.5 * (sP + sD) + supTrust * tPrev;
      const burnT = 1 / (1 + expFast(-bSteep * (pressure - support - bThr)));
      const bu0 = st[b + BURN];
      const bu = bu0 + (burnT - bu0) * kB;
      st[b + BURN] = bu;

      // E5 engagement.
      const pEng = p >= 0 ? st[pb + ENG] : engPrev;
      let engT =
        P_engBase +
        cov * (P_engLeadership * 0.5 * (sIn + sDev) + P_engOrganize * (sP + sO + sD) * THIRD) +
        P_engParent * pEng +
        P_engOneOnOnes * oneOnOnes[a] * cov +
        P_engAlignment * al +
        P_engTrust * tPrev -
        P_engBurnout * bu -
        P_engRedTape * rt;
      if (noisy) {
        // Rng.triangular inlined by hand (two mulberry32 draws; see Rng.next): the same stream.
        let t1 = (seed = (seed + 0x6d2b79f5) | 0);
        t1 = Math.imul(t1 ^ (t1 >>> 15), t1 | 1);
        t1 ^= t1 + Math.imul(t1 ^ (t1 >>> 7), t1 | 61);
        let t2 = (seed = (seed + 0x6d2b79f5) | 0);
        t2 = Math.imul(t2 ^ (t2 >>> 15), t2 | 1);
        t2 ^= t2 + Math.imul(t2 ^ (t2 >>> 7), t2 | 61);
        const u = ((t1 ^ (t1 >>> 14)) >>> 0) / 4294967296 + ((t2 ^ (t2 >>> 14)) >>> 0) / 4294967296;
        engT += noiseT * ((u - 1) * TRIANGULAR_SCALE);
      }
      engT = engT < 0 ? 0 : engT > 1 ? 1 : engT;
      const en = engPrev + (engT - engPrev) * kE;
      st[b + ENG] = en;

      // E6 execution.
      const pcd = (sP + sC + sD) * THIRD;
      const base = P_execBase + P_execManagement * cov * pcd + P_execEngagement * en + P_execAlignment * al;
      const kn0 = st[b + KNOW];
      let exT =
        (1 - rampLoss * rs) *
        (1 - knowDrag * kn0) *
        base *
        (1 - P_execUnmetDrag * um) *
        (1 - P_execRedTapeDrag * rt) *
        (1 - P_execBurnoutDrag * bu) *
        (1 - crisisHit * (1 - cov * pcd));
      if (noisy) {
        // Rng.triangular inlined by hand (two mulberry32 draws; see Rng.next): the same stream.
        let t1 = (seed = (seed + 0x6d2b79f5) | 0);
        t1 = Math.imul(t1 ^ (t1 >>> 15), t1 | 1);
        t1 ^= t1 + Math.imul(t1 ^ (t1 >>> 7), t1 | 61);
        let t2 = (seed = (seed + 0x6d2b79f5) | 0);
        t2 = Math.imul(t2 ^ (t2 >>> 15), t2 | 1);
        t2 ^= t2 + Math.imul(t2 ^ (t2 >>> 7), t2 | 61);
        const u = ((t1 ^ (t1 >>> 14)) >>> 0) / 4294967296 + ((t2 ^ (t2 >>> 14)) >>> 0) / 4294967296;
        exT += noiseT * ((u - 1) * TRIANGULAR_SCALE);
      }
      exT = exT < 0 ? 0 : exT > 1 ? 1 : exT;
      const xe0 = st[b + EXEC];
      const xe = xe0 + (exT - xe0) * kX;
      st[b + EXEC] = xe;

      // E8 trust: slow to build, fast to fall.
      const lead = 0.25 * (sV + sIn + sI + sDev);
      // Control tightens in a crisis (threat rigidity); control beyond trust reads as micromanagement.
      const effControl = sC * tighten;
      const micro = effControl > sT ? effControl - sT : 0;
      let trT =
        P_trustStrength * sT +
        P_trustLeadership * lead +
        P_trustExecution * xe +
        P_trustParent * (p >= 0 ? st[pb + TRUST] : tPrev) -
        P_trustMicromanage * micro;
      trT = trT < 0 ? 0 : trT > 1 ? 1 : trT;
      const tr = tPrev + (trT - tPrev) * (trT > tPrev ? kTu : kTd);

      // E10 the role holder's own quit rate: the team's, and more when trust was low last quarter (so that
      // quarter 0's steady state and later quarters agree). A deterministic run
      // takes its expected value; Monte Carlo draws whether the holder leaves this quarter.
      let qh = 0;
      if (filled === 1) {
        qh =
          holderQuit *
          P_quitBase *
          expFast(-P_quitEngagementSlope * (en - P_quitEngagementRef) + quitTrust * (0.5 - tPrev)) *
          (1 + P_quitBurnout * bu);
        if (qh > 1) qh = 1;
      }
      let nh = qh;
      if (noisy && qh > 0) {
        // Rng.next inlined by hand (the same stream).
        let t = (seed = (seed + 0x6d2b79f5) | 0);
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        nh = ((t ^ (t >>> 14)) >>> 0) / 4294967296 < qh ? 1 : 0;
      }
      // A new holder costs the team part of its trust (E8); quarter 0 holds the steady state of that loss.
      const knock = shockDepart * nh;
      const trS = !warm
        ? tr * (1 - knock)
        : knock > 0
          ? ((1 - knock) * tr * kTuReal) / (1 - (1 - knock) * (1 - kTuReal))
          : tr;
      st[b + TRUST] = trS;

      // E9 innovation.
      const iRaw =
        P_innovBase +
        P_innovInnovate * sI * cov +
        P_innovEngagement * en +
        P_innovTrust * trS -
        P_innovProcess * pr -
        P_innovBurnout * bu;
      let inT = iRaw * (P_innovExecFloor + (1 - P_innovExecFloor) * xe);
      inT = inT < 0 ? 0 : inT > 1 ? 1 : inT;
      const iv0 = st[b + INNOV];
      const iv = iv0 + (inT - iv0) * kI;
      st[b + INNOV] = iv;

      // E10 quits (team members only; managers leave through events).
      let qr =
        P_quitBase * expFast(-P_quitEngagementSlope * (en - P_quitEngagementRef)) * (1 + P_quitBurnout * bu);
      if (qr > 1) qr = 1;
      let nq: number;
      if (!noisy) nq = tm * qr;
      else if (tm <= 0 || qr <= 0) nq = 0;
      else if (qr >= 1) nq = tm;
      else if (tm * qr * (1 - qr) > 25) {
        // Large teams: Rng.binomial's normal approximation, on the generator's own state.
        rngState![0] = seed;
        nq = rng.binomial(tm, qr);
        seed = rngState![0];
      } else {
        // Rng.binomial's exact inversion inlined by hand (same arithmetic, so the same draws).
        let t = (seed = (seed + 0x6d2b79f5) | 0);
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        const u = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
        const odds = qr / (1 - qr);
        let prob = 1; // (1 - q)^team by repeated squaring, as powInt
        let base = 1 - qr;
        for (let e = Math.floor(tm); e > 0; e >>>= 1) {
          if (e & 1) prob *= base;
          base *= base;
        }
        let cdf = prob;
        let kq = 0;
        while (u > cdf && kq < tm) {
          prob *= ((tm - kq) / (kq + 1)) * odds;
          kq++;
          cdf += prob;
        }
        nq = kq;
      }
      // Backfills of this quarter's quits, and a new holder, arrive next quarter as newcomers (E10).
      const leavers = nq + nh;
      st[b + HPREV] = warm ? leavers : hNow;
      st[b + HNOW] = leavers;

      // E13 know-how leaves with people (a holder's worth keyHolderWeight team members') and is rebuilt
      // slowly; quarter 0 holds its steady state.
      const inflow = (nq + keyWeight * nh) / (hc > 1 ? hc : 1);
      let kn = warm ? inflow / (1 - knowKeep) : kn0 * knowKeep + inflow;
      if (kn > 1) kn = 1;
      st[b + KNOW] = kn;

      // I1-I3 indices.
      const short = xe < execRef ? (execRef - xe) * invExecRef : 0;
      const churn0 = (hc > 0 ? leavers / hc : 0) * invChurnRef;
      const churn = churn0 > 1 ? 1 : churn0;
      let ch = 100 * (P_chaosUnmet * um + P_chaosExecution * short + P_chaosChurn * churn);
      ch = ch > 100 ? 100 : ch;
      const gap = sC > sDev ? sC - sDev : 0;
      const exN = ex * invExcessRef;
      const latN = lat * invLatencyRef;
      let br =
        100 *
        (P_bureauExcess * (exN > 1 ? 1 : exN) +
          P_bureauLatency * (latN > 1 ? 1 : latN) +
          P_bureauControlGap * gap);
      br = br > 100 ? 100 : br;
      const worst = ch > br ? ch : br;
      let he =
        100 *
        (P_healthEngagement * en +
          P_healthExecution * xe +
          P_healthInnovation * iv +
          P_healthTrust * trS +
          P_healthFit * F) *
        (1 - P_healthPenalty * worst * 0.01);
      he = he < 0 ? 0 : he > 100 ? 100 : he;

      // O1 supplies against needs: both thin with the manager's attention (coverage), leadership less so
      // (a vision reaches a crowd; plans and follow-up reach one person at a time).
      const lSup = (0.5 + 0.5 * cov) * lead * (0.75 + 0.25 * al);
      const ownM = cov * 0.25 * (sP + sO + sC + sD);
      const mSup = p >= 0 ? (1 - m) * ownM + m * st[pb + MSUP] : ownM;
      st[b + MSUP] = mSup;
      // A span past capacity adds coordination to manage: relationships grow faster than reports
      // (Graicunas 1933), counted per e-fold of span over capacity.
      const needM = needMOrg + P_needMDotted * (dOut > 1 ? 1 : dOut) + needMSpan * spanOver;
      const rl = lSup * invNeedL;
      const rm = mSup / needM; // needM differs per unit with dotted lines and span
      if (verdicts) {
        // The unit's figures of this quarter that nothing reads in the next one: for results and
        // explanations only, so Monte Carlo skips them (stored together here, 5% of a Monte Carlo run).
        st[b + RAMP] = rs;
        st[b + GROWTH] = g;
        st[b + SPAN] = sp;
        st[b + CAP] = cp;
        st[b + DEMAND] = dem;
        st[b + UNMET] = um;
        st[b + EXCESS] = ex;
        st[b + LAT] = lat;
        st[b + RED] = rt;
        st[b + QUIT] = qr;
        st[b + QUITS] = leavers;
        st[b + CHAOS] = ch;
        st[b + BUREAU] = br;
        st[b + HEALTH] = he;
        st[b + LRAT] = rl;
        st[b + MRAT] = rm;
        verdictCodes[i] = classifyVerdict(rl, rm, ch, br, he, rule, reports >= minReports);
      } else if (outcomesOnly) {
        verdictCodes[i] = regionOfRatios(rl, rm, rule.gap) | (reports >= minReports ? 0 : TOO_SMALL_CODE);
      }

      // Org sums, weighted by headcount (a vacant, empty role weighs almost nothing).
      const w = hc > 0 ? hc : 1e-6;
      W += w;
      sAlign += w * al;
      sEng += w * en;
      sExec += w * xe;
      sInnov += w * iv;
      sProc += w * pr;
      sUnmet += w * um;
      sRamp += w * rs;
      sTrust += w * trS;
      sBurn += w * bu;
      sQuits += leavers;
      sChaos += w * ch;
      sBureau += w * br;
      sHealth += w * he;
      sL += w * lSup;
      sM += w * mSup;
      sSpanOver += w * spanOver;
      if (d <= 1) {
        topSum += 0.5 * (sV + sI);
        topN++;
      }
    }
    if (rngState !== null) rngState[0] = seed;
    if (this.work) this.work.ops += count;

    const o = this.org;
    const invW = W > 0 ? 1 / W : 0;
    o.headcount = H;
    o.layers = s.layers;
    o.alignment = sAlign * invW;
    o.engagement = sEng * invW;
    o.execution = sExec * invW;
    o.innovation = sInnov * invW;
    o.process = sProc * invW;
    o.unmet = sUnmet * invW;
    o.rampUp = sRamp * invW;
    o.trust = sTrust * invW;
    o.burnout = sBurn * invW;
    o.attrition = H > 0 ? sQuits / H : 0;
    o.fit = F;
    o.chaos = sChaos * invW;
    o.bureaucracy = sBureau * invW;
    o.health = sHealth * invW;
    const density = count > 0 ? s.dottedLinks / count : 0;
    const needM = needMOrg + P.needMDotted * (density > 1 ? 1 : density) + needMSpan * sSpanOver * invW;
    o.leadershipRatio = (sL * invW) / needL;
    o.managementRatio = (sM * invW) / needM;
    o.code = classifyVerdict(
      o.leadershipRatio,
      o.managementRatio,
      o.chaos,
      o.bureaucracy,
      o.health,
      rule,
      H >= P.judgeMinPeople,
    );

    // E12 strategic fit, for next quarter; in quarter 0 its own equilibrium, where renewal by innovation
    // balances erosion by the market (a calm market erodes nothing, so there fit is full).
    const top = topN > 0 ? topSum / topN : 0;
    const renewal = P.fitRenewal * o.innovation * top;
    // Customers lost to failed delivery: execution below the shortfall reference costs fit.
    const shortfall =
      o.execution < P.execShortfallRef ? (P.execShortfallRef - o.execution) / P.execShortfallRef : 0;
    if (warm) {
      const erosion = P.fitErosion * V + P.fitDeliveryLoss * shortfall;
      if (erosion + renewal > 0) this.fit = renewal / (erosion + renewal);
      this.steadyFit = this.fit;
    } else {
      let f = F - (P.fitErosion * V + P.fitDeliveryLoss * shortfall) * F + renewal * (1 - F);
      if (noisy) f += P.noiseFit * V * rng.normal();
      this.fit = f < 0 ? 0 : f > 1 ? 1 : f;
      this.developStrengths(q);
    }
  }

  private hadExtra = false;

  /** A copy of every state value, so Monte Carlo runs can restart from the same quarter 0. */
  snapshot(): KernelSnapshot {
    const structure = new OrgStructure(this.s.slots);
    structure.copyFrom(this.s);
    return {
      arrays: this.stateArrays().map((a) => a.slice()),
      structure,
      fit: this.fit,
      steadyFit: this.steadyFit,
      crises: this.crises.map((c) => ({ ...c })),
      hadExtra: this.hadExtra,
      org: { ...this.org },
      phi: this.phi,
      crisisLevel: this.crisisLevel,
    };
  }

  restore(snap: KernelSnapshot): void {
    const arrays = this.stateArrays();
    for (let k = 0; k < arrays.length; k++) arrays[k].set(snap.arrays[k]);
    this.s.copyFrom(snap.structure);
    this.fit = snap.fit;
    this.steadyFit = snap.steadyFit;
    this.crises = snap.crises.map((c) => ({ ...c }));
    this.hadExtra = snap.hadExtra;
    Object.assign(this.org, snap.org);
    this.phi = snap.phi;
    this.crisisLevel = snap.crisisLevel;
  }

  private stateArrays(): StateArray[] {
    return Object.values(this).filter((v): v is StateArray => ArrayBuffer.isView(v));
  }

  /**
   * E11: coaching, 360 feedback and a developing manager who holds one-on-ones raise strengths; burnout
   * above the load a team is used to erodes them (the capability trap), and the loss stays until something
   * rebuilds it.
   */
  private developStrengths(q: number): void {
    const s = this.s;
    const P = this.p;
    const { order, parent, actor, filled, oneOnOnes } = s;
    const { st, coachUntil, coachGain, fbUntil, fbGain } = this;
    const S: typeof STRIDE = 42;
    const DEV: typeof FIELD.develop = 3;
    const BURN: typeof FIELD.burn = 15;
    const COVER: typeof FIELD.cover = 26;
    const BURN0: typeof FIELD.burn0 = 40;
    const devCoaching = P.devCoaching;
    const devFeedback = P.devFeedback360;
    const devMentor = P.devMentor;
    const coachingCut = 1 - P.coachingWith360Cut;
    const brake = P.devBurnoutBrake;
    const trapRate = P.capabilityTrapRate;
    for (let k = 0; k < s.count; k++) {
      const i = order[k];
      if (filled[i] !== 1) continue;
      const b = i * S;
      const p = parent[i];
      // The manager develops a report only through time spent together: one-on-ones, as far as covered.
      const pa = p >= 0 ? actor[p] : -1;
      const mentor = pa >= 0 ? st[pa * S + DEV] * oneOnOnes[pa] * st[p * S + COVER] : 0;
      const fbOn = q <= fbUntil[i];
      const coaching = q <= coachUntil[i] ? coachGain[i] * (fbOn ? coachingCut : 1) : 0;
      const fb = fbOn ? fbGain[i] : 0;
      const bu = st[b + BURN];
      const gain = (devCoaching * coaching + devFeedback * fb + devMentor * mentor) * (1 - brake * bu);
      const b0 = st[b + BURN0];
      const over = bu > b0 ? (bu - b0) / (1 - b0) : 0;
      const erosion = trapRate * over;
      if (gain === 0 && erosion === 0) continue;
      // Points per quarter: (10 - s)/5 x gain - s/5 x erosion; in shares h' = h + 0.2((1 - h) gain - h erosion)
      // = h A + B, for the nine strengths (fields 0-8).
      const A = 1 - 0.2 * (gain + erosion);
      const B = 0.2 * gain;
      for (let f = 0; f < 9; f++) {
        const h = st[b + f] * A + B;
        st[b + f] = h < 0 ? 0 : h > 1 ? 1 : h;
      }
    }
    if (this.work) this.work.ops += s.count;
  }
}

const THIRD = 1 / 3;
/** sqrt(6): the sum of two uniforms minus 1 has variance 1/6 (Rng.triangular). */
const TRIANGULAR_SCALE = 2.449489742783178;

type StateArray = Float64Array | Int32Array | Uint8Array;

export interface KernelSnapshot {
  arrays: StateArray[];
  structure: OrgStructure;
  fit: number;
  steadyFit: number;
  crises: Crisis[];
  hadExtra: boolean;
  org: OrgFigures;
  phi: number;
  crisisLevel: number;
}

/** The order of the nine strengths in each unit's values (fields 0-8): the format's own order. */
export const STRENGTH_ORDER = STRENGTH_NAMES;

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

/** A strength (0-10, missing or not finite read as 5) as a share on 0-1. */
function strengthShare(v: number | undefined): number {
  return clamp01((typeof v === 'number' && Number.isFinite(v) ? v : 5) / 10);
}

function emptyOrgFigures(): OrgFigures {
  return {
    headcount: 0,
    layers: 0,
    alignment: 0,
    engagement: 0,
    execution: 0,
    innovation: 0,
    process: 0,
    unmet: 0,
    rampUp: 0,
    trust: 0,
    burnout: 0,
    attrition: 0,
    fit: 0,
    chaos: 0,
    bureaucracy: 0,
    health: 0,
    leadershipRatio: 0,
    managementRatio: 0,
    code: 0,
  };
}

/** 2^(j/64) for j = 0..63, and 2^m at index m + 1022 for m = -1022..1023 (exp's table). */
const EXP2_FRAC = new Float64Array(64);
for (let j = 0; j < 64; j++) EXP2_FRAC[j] = 2 ** (j / 64);
const EXP2_INT = new Float64Array(2046);
for (let m = 0; m < 2046; m++) EXP2_INT[m] = 2 ** (m - 1022);
const EXP_N_LN2 = 64 / Math.LN2;
const EXP_LN2_HI = 6.9314718036912381649e-1 / 64; // upper bits of ln 2 / 64: k x this is exact
const EXP_LN2_LO = 1.90821492927058770002e-10 / 64;

/**
 * e^x within 5e-16 relative (2 ulp; measured on 3 million points against Math.exp) for |x| < 700, outside that Math.exp
 * itself: x = (64 m + j) ln 2 / 64 + r with |r| <= ln 2 / 128, e^x = 2^m 2^(j/64) e^r, and e^r by its
 * Taylor series to r^5 (remainder below 4e-17). Plain arithmetic that the compiler inlines: Math.exp is a
 * call into C++, around which every floating-point value the inner loop holds in a register is saved
 * and restored.
 */
function expFast(x: number): number {
  if (!(x > -700 && x < 700)) return Math.exp(x);
  const k = Math.floor(x * EXP_N_LN2 + 0.5);
  const r = x - k * EXP_LN2_HI - k * EXP_LN2_LO;
  const j = k & 63;
  const m = (k - j) / 64;
  const r2 = r * r;
  const p = 1 + r + r2 * (0.5 + r * (1 / 6) + r2 * (1 / 24 + r * (1 / 120)));
  return EXP2_INT[m + 1022] * EXP2_FRAC[j] * p;
}
