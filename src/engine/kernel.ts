/**
 * The simulation kernel: per-unit state as typed arrays indexed by slot, and `step()`, which computes one
 * quarter in a single pass down the tree (parents before children) followed by O(1) org updates. The
 * equations are numbered as in docs/MODEL.md (E1..E12, I1..I3, O1..O2); change one here and there together.
 *
 * The inner loop allocates nothing: every intermediate lives in a local or in a preallocated array, so a
 * run costs the same per role-quarter at 100 or 100,000 roles.
 */
import type { Scenario } from '../core/scenario/types';
import type { ModelParameters } from './parameters';
import type { Rng } from './random';
import { OrgStructure } from './structure';
import type { WorkCounter } from './work-counter';
import { classifyOutcome, OUTCOME_CODES } from './outcome';

/** How many full-adjustment passes set quarter 0 to the starting design's steady state. */
export const WARM_UP_PASSES = 6;

export interface Crisis {
  start: number;
  end: number;
  severity: number;
}

/** Org-level figures of the quarter just computed. */
export interface OrgFigures {
  headcount: number;
  layers: number;
  alignment: number;
  engagement: number;
  execution: number;
  innovation: number;
  process: number;
  unmet: number;
  rampUp: number;
  trust: number;
  burnout: number;
  attrition: number;
  fit: number;
  chaos: number;
  bureaucracy: number;
  health: number;
  leadershipRatio: number;
  managementRatio: number;
  outcome: number;
  confirmed: boolean;
}

export class Kernel {
  readonly s: OrgStructure;
  readonly p: ModelParameters;
  readonly volatility: number;
  rng: Rng | null = null;
  work: WorkCounter | undefined;

  // Strengths as shares (strength / 10), evolving.
  readonly vision: Float64Array;
  readonly inspire: Float64Array;
  readonly innovate: Float64Array;
  readonly develop: Float64Array;
  readonly plan: Float64Array;
  readonly organize: Float64Array;
  readonly control: Float64Array;
  readonly direct: Float64Array;
  readonly trustS: Float64Array;
  /** The nine strength arrays in STRENGTH_NAMES order. */
  readonly strengths: Float64Array[];

  // Stocks (first-order delays toward their targets).
  readonly align: Float64Array;
  readonly eng: Float64Array;
  readonly exec: Float64Array;
  readonly innov: Float64Array;
  readonly proc: Float64Array;
  readonly trust: Float64Array;
  readonly burn: Float64Array;

  // Flows and algebraic figures of the last quarter computed.
  readonly ramp: Float64Array;
  readonly quit: Float64Array;
  readonly quits: Float64Array;
  readonly hiredNow: Float64Array;
  readonly hiredPrev: Float64Array;
  readonly prevReports: Float64Array;
  readonly growth: Float64Array;
  readonly span: Float64Array;
  readonly cap: Float64Array;
  readonly extra: Float64Array;
  readonly cover: Float64Array;
  readonly coord: Float64Array;
  readonly demand: Float64Array;
  readonly unmet: Float64Array;
  readonly excess: Float64Array;
  readonly pathProc: Float64Array;
  readonly latency: Float64Array;
  readonly redTape: Float64Array;
  readonly mSupply: Float64Array;
  readonly lRatio: Float64Array;
  readonly mRatio: Float64Array;
  readonly chaos: Float64Array;
  readonly bureau: Float64Array;
  readonly health: Float64Array;
  readonly outcome: Uint8Array;
  readonly confirmed: Uint8Array;

  // Interventions.
  readonly coachUntil: Int32Array;
  readonly coachGain: Float64Array;
  readonly fbUntil: Int32Array;
  readonly fbGain: Float64Array;

  // Org state.
  fit: number;
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
    const f = () => new Float64Array(n);
    this.vision = f();
    this.inspire = f();
    this.innovate = f();
    this.develop = f();
    this.plan = f();
    this.organize = f();
    this.control = f();
    this.direct = f();
    this.trustS = f();
    this.strengths = [
      this.vision,
      this.inspire,
      this.innovate,
      this.develop,
      this.plan,
      this.organize,
      this.control,
      this.direct,
      this.trustS,
    ];
    this.align = f();
    this.eng = f();
    this.exec = f();
    this.innov = f();
    this.proc = f();
    this.trust = f();
    this.burn = f();
    this.ramp = f();
    this.quit = f();
    this.quits = f();
    this.hiredNow = f();
    this.hiredPrev = f();
    this.prevReports = f();
    this.growth = f();
    this.span = f();
    this.cap = f();
    this.extra = f();
    this.cover = f();
    this.coord = f();
    this.demand = f();
    this.unmet = f();
    this.excess = f();
    this.pathProc = f();
    this.latency = f();
    this.redTape = f();
    this.mSupply = f();
    this.lRatio = f();
    this.mRatio = f();
    this.chaos = f();
    this.bureau = f();
    this.health = f();
    this.outcome = new Uint8Array(n);
    this.confirmed = new Uint8Array(n);
    this.coachUntil = new Int32Array(n).fill(-1);
    this.coachGain = f();
    this.fbUntil = new Int32Array(n).fill(-1);
    this.fbGain = f();
    this.fit = params.initialFit;
    for (const role of scenario.roles) this.initRole(this.s.slotOf.get(role.id)!, role.strengths, -1);
  }

  /** Sets a role's strengths and, from its parent (or neutral values), its starting stocks. */
  initRole(slot: number, strengths: Readonly<Record<string, number>>, from: number): void {
    const names = STRENGTH_ORDER;
    for (let k = 0; k < names.length; k++) {
      const v = strengths[names[k]];
      this.strengths[k][slot] = clamp01((typeof v === 'number' && Number.isFinite(v) ? v : 5) / 10);
    }
    const src = from >= 0 ? from : -1;
    this.align[slot] = src >= 0 ? this.align[src] : 0.5;
    this.eng[slot] = src >= 0 ? this.eng[src] : 0.5;
    this.exec[slot] = src >= 0 ? this.exec[src] : 0.5;
    this.innov[slot] = src >= 0 ? this.innov[src] : 0.3;
    this.proc[slot] = src >= 0 ? this.proc[src] : 0;
    this.trust[slot] = src >= 0 ? this.trust[src] : 0.5;
    this.burn[slot] = src >= 0 ? this.burn[src] : 0.2;
    this.prevReports[slot] = this.s.childCount[slot] + this.s.team[slot];
  }

  /** Quarter 0: WARM_UP_PASSES passes with full adjustment, so the start is the design's steady state. */
  warmUp(passes = WARM_UP_PASSES): void {
    const { s } = this;
    for (let k = 0; k < s.count; k++) {
      const i = s.order[k];
      this.prevReports[i] = s.childCount[i] + s.team[i];
    }
    for (let w = 0; w < passes; w++) this.step(0, true);
  }

  /** The crisis level of quarter q: active severities summed, at most 1. */
  crisisAt(q: number): number {
    let c = 0;
    for (const k of this.crises) if (q >= k.start && q <= k.end) c += k.severity;
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
    const { vision, inspire, innovate, develop, plan, organize, control, direct, trustS } = this;
    const { align, eng, exec, innov, proc, trust, burn } = this;
    const { ramp, quit, quits, hiredNow, hiredPrev, prevReports, growth, span, cap, extra, cover } = this;
    const { coord, demand, unmet, excess, pathProc, latency, redTape, mSupply } = this;
    const { lRatio, mRatio, chaos, bureau, health, outcome, confirmed } = this;

    // Org-level inputs of the quarter.
    const H = s.headcount;
    const phi = 1 / (1 + Math.pow(H / P.dunbarScale, P.dunbarExponent)); // E3
    const c = this.crisisAt(q);
    const F = this.fit;
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
    const aOwn = P.alignOwnVision;
    const aInh = P.alignInherited;
    const aLoss = P.alignPassLoss;
    const m = P.mgmtCascade;
    const demandFixed = P.demandBase + P.demandVolatility * V + P.demandCrisis * c + P.demandSize * (1 - phi);
    const dSpan = P.demandSpan;
    const dHalf = P.demandSpanHalf;
    const dDotted = P.demandDotted;
    const dGrowth = P.demandGrowth;
    const supM = P.supplyManagement;
    const supP = P.supplyProcess;
    const procInherit = P.processInherit;
    const procControlC = P.processControl * (1 + P.processCrisis * c + P.processThreat * (1 - F));
    const challenge = P.processChallenge;
    const prune = P.processPrune;
    const procNeed = P.processNeed * (1 - phi) * (1 - P.processObsolete * (1 - F));
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
    const needL = P.needLBase + P.needLVolatility * V + P.needLFit * (1 - F); // O1
    const needMOrg = P.needMBase + P.needMSize * (1 - phi);
    const band = P.outcomeBand;
    // Divisions by per-quarter constants become multiplications (a division's latency is several times
    // a multiplication's, and the per-unit equations are one long dependent chain).
    const invExcessRef = 1 / P.excessRef;
    const invLatencyRef = 1 / P.latencyRef;
    const invExecRef = 1 / P.execShortfallRef;
    const invChurnRef = 1 / P.churnRef;
    const invNeedL = 1 / needL;

    // E1 vacancies: the acting manager carries part of each vacant role's reports.
    if (s.vacantCount > 0 || this.hadExtra) {
      extra.fill(0);
      this.hadExtra = s.vacantCount > 0;
      for (let v = 0; v < s.vacantCount; v++) {
        const u = s.vacant[v];
        const a = actor[u];
        if (a !== nullSlot) extra[a] += P.vacancyLoad * (childCount[u] + teamA[u]);
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
    let topSum = 0;
    let topN = 0;

    // Parameters read in the inner loop, hoisted to locals (the parameter object has ~120 keys).
    const P_bureauControlGap = P.bureauControlGap;
    const P_bureauExcess = P.bureauExcess;
    const P_bureauLatency = P.bureauLatency;
    const P_chaosChurn = P.chaosChurn;
    const P_chaosExecution = P.chaosExecution;
    const P_chaosUnmet = P.chaosUnmet;
    const P_confirmIndex = P.confirmIndex;
    const P_confirmStagnationHealth = P.confirmStagnationHealth;
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
      const p = parent[i];
      const a = actor[i];
      const filled = filledA[i];
      const tm = teamA[i];
      const hc = filled + tm;
      const sV = vision[a];
      const sIn = inspire[a];
      const sI = innovate[a];
      const sDev = develop[a];
      const sP = plan[a];
      const sO = organize[a];
      const sC = control[a];
      const sD = direct[a];
      const sT = trustS[a];

      // E10 ramp-up share and E3 growth of the unit's reports.
      const rs0 = (hiredNow[i] + hiredPrev[i]) / (hc > 1 ? hc : 1);
      const rs = rs0 > 1 ? 1 : rs0;
      ramp[i] = rs;
      const reports = childCount[i] + tm;
      const prevR = prevReports[i];
      let g = 0;
      if (!warm && reports > prevR) g = prevR > 0 ? (reports - prevR) / prevR : 1;
      if (g > 1) g = 1;
      growth[i] = g;
      prevReports[i] = reports;

      // E1 span, capacity, coverage.
      const sp = reports + spanDotted * dottedIn[i] + spanNew * rs * tm + extra[i];
      span[i] = sp;
      const cp = capScale * (capOffset + 0.5 * (sO + sD));
      cap[i] = cp;
      let cov: number;
      // (cap/s)^exp written as exp(exp x ln) — the same value to rounding, and 2.5x cheaper than Math.pow in V8.
      if (filled === 1) {
        if (sp <= cp) cov = 1;
        else {
          const own = Math.exp(covExp * Math.log(cp / sp));
          // An engaged, trusting team covers part of what its overloaded manager cannot (last quarter's).
          cov = own + (1 - own) * selfCoord * 0.5 * (eng[i] + trust[i]);
        }
      } else cov = a === nullSlot ? 0 : vacCov * cover[a];
      cover[i] = cov;

      // E2 alignment.
      let alignT: number;
      if (p >= 0) {
        const pa = actor[p];
        const pass = 1 - aLoss * (1 - cover[p] * 0.5 * (inspire[pa] + trustS[pa]));
        alignT = aOwn * sV + aInh * pass * align[p];
      } else alignT = sV;
      if (alignT > 1) alignT = 1;
      const al = align[i] + (alignT - align[i]) * kA;
      align[i] = al;

      // E4 process: rises fast toward its target, is pruned slowly (a ratchet).
      let procT = (p >= 0 ? procInherit * proc[p] * (1 - challenge * sI) : 0) + procControlC * sC;
      if (procT > 1) procT = 1;
      let pr = proc[i];
      if (warm) pr = procT;
      else if (procT > pr) pr += (procT - pr) * kPu;
      else {
        pr -= prune * (1 + sI);
        if (pr < procT) pr = procT;
      }
      proc[i] = pr;

      // E3 coordination demand and supply.
      const ownCoord = cov * 0.5 * (sP + sO);
      const cd = p >= 0 ? (1 - m) * ownCoord + m * coord[p] : ownCoord;
      coord[i] = cd;
      const dem = demandFixed + (dSpan * sp) / (sp + dHalf) + dDotted * dottedOut[i] + dGrowth * g;
      demand[i] = dem;
      const sup = phi + supM * cd + supP * (pr < dem ? pr : dem);
      const um = dem > sup ? (dem - sup) / dem : 0;
      unmet[i] = um;

      // E4 excess process, approval latency, red tape.
      const need = procNeed * dem;
      const ex = pr > need ? pr - need : 0;
      excess[i] = ex;
      const d = depthA[i];
      const path = (p >= 0 ? pathProc[p] : 0) + pr;
      pathProc[i] = path;
      const lat = d > latFree ? (latPer * (d - latFree) * path) / (d + 1) : 0;
      latency[i] = lat;
      const rt0 = ex + lat;
      const rt = rt0 > 1 ? 1 : rt0;
      redTape[i] = rt;

      // E7 burnout (uses last quarter's execution and trust).
      const tPrev = trust[i];
      const pressure =
        um + pressVol + pressCrisis * (1 - crisisMorale * sIn) + pressGrowth * g + pressExec * (1 - exec[i]);
      const support =
        supCov * cov * 0.5 * (sDev + sT) + supClarity * cov * 0.5 * (sP + sD) + supTrust * tPrev;
      const burnT = 1 / (1 + Math.exp(-bSteep * (pressure - support - bThr)));
      const bu = burn[i] + (burnT - burn[i]) * kB;
      burn[i] = bu;

      // E5 engagement.
      const pEng = p >= 0 ? eng[p] : eng[i];
      let engT =
        P_engBase +
        cov * (P_engLeadership * 0.5 * (sIn + sDev) + P_engOrganize * sO) +
        P_engParent * pEng +
        P_engOneOnOnes * oneOnOnes[a] * cov +
        P_engAlignment * al +
        P_engTrust * tPrev -
        P_engBurnout * bu -
        P_engRedTape * rt;
      if (noisy) engT += noiseT * rng.triangular();
      engT = engT < 0 ? 0 : engT > 1 ? 1 : engT;
      const en = eng[i] + (engT - eng[i]) * kE;
      eng[i] = en;

      // E6 execution.
      const pcd = (sP + sC + sD) * THIRD;
      const base = P_execBase + P_execManagement * cov * pcd + P_execEngagement * en + P_execAlignment * al;
      let exT =
        (1 - rampLoss * rs) *
        base *
        (1 - P_execUnmetDrag * um) *
        (1 - P_execRedTapeDrag * rt) *
        (1 - P_execBurnoutDrag * bu) *
        (1 - crisisHit * (1 - cov * pcd));
      if (noisy) exT += noiseT * rng.triangular();
      exT = exT < 0 ? 0 : exT > 1 ? 1 : exT;
      const xe = exec[i] + (exT - exec[i]) * kX;
      exec[i] = xe;

      // E8 trust: slow to build, fast to fall.
      const lead = 0.25 * (sV + sIn + sI + sDev);
      // Control tightens in a crisis (threat rigidity); control beyond trust reads as micromanagement.
      const effControl = sC * tighten;
      const micro = effControl > sT ? effControl - sT : 0;
      let trT =
        P_trustStrength * sT +
        P_trustLeadership * lead +
        P_trustExecution * xe +
        P_trustParent * (p >= 0 ? trust[p] : tPrev) -
        P_trustMicromanage * micro;
      trT = trT < 0 ? 0 : trT > 1 ? 1 : trT;
      const tr = tPrev + (trT - tPrev) * (trT > tPrev ? kTu : kTd);
      trust[i] = tr;

      // E9 innovation.
      const iRaw =
        P_innovBase +
        P_innovInnovate * sI * cov +
        P_innovEngagement * en +
        P_innovTrust * tr -
        P_innovProcess * pr -
        P_innovBurnout * bu;
      let inT = iRaw * (P_innovExecFloor + (1 - P_innovExecFloor) * xe);
      inT = inT < 0 ? 0 : inT > 1 ? 1 : inT;
      const iv = innov[i] + (inT - innov[i]) * kI;
      innov[i] = iv;

      // E10 quits (team members only; managers leave through events).
      let qr =
        P_quitBase * Math.exp(-P_quitEngagementSlope * (en - P_quitEngagementRef)) * (1 + P_quitBurnout * bu);
      if (qr > 1) qr = 1;
      quit[i] = qr;
      const nq = noisy ? rng.binomial(tm, qr) : tm * qr;
      quits[i] = nq;

      // I1-I3 indices.
      const short = xe < execRef ? (execRef - xe) * invExecRef : 0;
      const churn0 = (hc > 0 ? nq / hc : 0) * invChurnRef;
      const churn = churn0 > 1 ? 1 : churn0;
      let ch = 100 * (P_chaosUnmet * um + P_chaosExecution * short + P_chaosChurn * churn);
      ch = ch > 100 ? 100 : ch;
      chaos[i] = ch;
      const gap = sC > sDev ? sC - sDev : 0;
      const exN = ex * invExcessRef;
      const latN = lat * invLatencyRef;
      let br =
        100 *
        (P_bureauExcess * (exN > 1 ? 1 : exN) +
          P_bureauLatency * (latN > 1 ? 1 : latN) +
          P_bureauControlGap * gap);
      br = br > 100 ? 100 : br;
      bureau[i] = br;
      const worst = ch > br ? ch : br;
      let he =
        100 *
        (P_healthEngagement * en +
          P_healthExecution * xe +
          P_healthInnovation * iv +
          P_healthTrust * tr +
          P_healthFit * F) *
        (1 - P_healthPenalty * worst * 0.01);
      he = he < 0 ? 0 : he > 100 ? 100 : he;
      health[i] = he;

      // O1 supplies against needs.
      const lSup = lead * (0.5 + 0.5 * al);
      const ownM = cov * 0.25 * (sP + sO + sC + sD);
      const mSup = p >= 0 ? (1 - m) * ownM + m * mSupply[p] : ownM;
      mSupply[i] = mSup;
      const needM = needMOrg + P_needMDotted * (dottedOut[i] > 1 ? 1 : dottedOut[i]);
      const rl = lSup * invNeedL;
      const rm = mSup / needM; // needM differs per unit only with dotted lines
      lRatio[i] = rl;
      mRatio[i] = rm;
      const oc = classifyOutcome(rl, rm, band, ch, br, he, P_confirmIndex, P_confirmStagnationHealth);
      outcome[i] = oc & 3;
      confirmed[i] = oc >> 2;

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
      sTrust += w * tr;
      sBurn += w * bu;
      sQuits += nq;
      sChaos += w * ch;
      sBureau += w * br;
      sHealth += w * he;
      sL += w * lSup;
      sM += w * mSup;
      if (d <= 1) {
        topSum += 0.5 * (sV + sI);
        topN++;
      }
    }
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
    const needM = needMOrg + P.needMDotted * (density > 1 ? 1 : density);
    o.leadershipRatio = (sL * invW) / needL;
    o.managementRatio = (sM * invW) / needM;
    const oc = classifyOutcome(
      o.leadershipRatio,
      o.managementRatio,
      band,
      o.chaos,
      o.bureaucracy,
      o.health,
      P.confirmIndex,
      P.confirmStagnationHealth,
    );
    o.outcome = oc & 3;
    o.confirmed = oc >> 2 === 1;

    // Backfills of this quarter's quits arrive next quarter as newcomers (E10).
    for (let k = 0; k < count; k++) {
      const i = order[k];
      hiredPrev[i] = warm ? quits[i] : hiredNow[i];
      hiredNow[i] = quits[i];
    }
    if (this.work) this.work.ops += count;

    if (!warm) {
      // E12 strategic fit, for next quarter.
      const top = topN > 0 ? topSum / topN : 0;
      let f = F - P.fitErosion * V * F + P.fitRenewal * o.innovation * top * (1 - F);
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
    this.crises = snap.crises.map((c) => ({ ...c }));
    this.hadExtra = snap.hadExtra;
    Object.assign(this.org, snap.org);
    this.phi = snap.phi;
    this.crisisLevel = snap.crisisLevel;
  }

  private stateArrays(): StateArray[] {
    return Object.values(this).filter((v): v is StateArray => ArrayBuffer.isView(v));
  }

  /** E11: coaching, 360 feedback and a developing manager raise strengths; heavy burnout erodes them. */
  private developStrengths(q: number): void {
    const s = this.s;
    const P = this.p;
    const { order, parent, actor, filled } = s;
    const [s0, s1, s2, s3, s4, s5, s6, s7, s8] = this.strengths;
    const develop = this.develop;
    const burn = this.burn;
    const trapSpan = 1 - P.capabilityTrapThreshold;
    for (let k = 0; k < s.count; k++) {
      const i = order[k];
      if (filled[i] !== 1) continue;
      const p = parent[i];
      const parentDev = p >= 0 ? develop[actor[p]] : 0;
      const coaching = q <= this.coachUntil[i] ? this.coachGain[i] : 0;
      const fb = q <= this.fbUntil[i] ? this.fbGain[i] : 0;
      const mentor = parentDev > 0.5 ? 2 * (parentDev - 0.5) : 0;
      const gain =
        (P.devCoaching * coaching + P.devFeedback360 * fb + P.devMentor * mentor) *
        (1 - P.devBurnoutBrake * burn[i]);
      const over =
        burn[i] > P.capabilityTrapThreshold
          ? (burn[i] - P.capabilityTrapThreshold) / (trapSpan > 0 ? trapSpan : 1)
          : 0;
      const erosion = P.capabilityTrapRate * over;
      if (gain === 0 && erosion === 0) continue;
      // Points per quarter: (10 - s)/5 x gain - s/5 x erosion; in shares h' = h + 0.2((1 - h) gain - h erosion)
      // = h A + B. Unrolled over the nine strengths: this runs for every developing role every quarter.
      const A = 1 - 0.2 * (gain + erosion);
      const B = 0.2 * gain;
      s0[i] = clamp01(s0[i] * A + B);
      s1[i] = clamp01(s1[i] * A + B);
      s2[i] = clamp01(s2[i] * A + B);
      s3[i] = clamp01(s3[i] * A + B);
      s4[i] = clamp01(s4[i] * A + B);
      s5[i] = clamp01(s5[i] * A + B);
      s6[i] = clamp01(s6[i] * A + B);
      s7[i] = clamp01(s7[i] * A + B);
      s8[i] = clamp01(s8[i] * A + B);
    }
    if (this.work) this.work.ops += s.count;
  }
}

const THIRD = 1 / 3;

type StateArray = Float64Array | Int32Array | Uint8Array;

export interface KernelSnapshot {
  arrays: StateArray[];
  structure: OrgStructure;
  fit: number;
  crises: Crisis[];
  hadExtra: boolean;
  org: OrgFigures;
  phi: number;
  crisisLevel: number;
}

export const STRENGTH_ORDER = [
  'vision',
  'inspire',
  'innovate',
  'develop',
  'plan',
  'organize',
  'control',
  'direct',
  'trust',
] as const;

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
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
    outcome: OUTCOME_CODES.balance,
    confirmed: false,
  };
}
