/**
 * The floor the engine must beat: the same equations (docs/MODEL.md) written the plain way, one object
 * per role with its state in named fields, children in arrays, a fresh pre-order list per quarter. It
 * shares nothing with src/engine but the parameter defaults and the random generator (so Monte Carlo
 * draws come in the same order), and reference.test.ts checks that it gives the engine's figures.
 *
 * It covers every equation, vacancies and dotted lines, and every event (grow, hire, depart, reorg,
 * crisis, marketShift, coaching, feedback360, oneOnOnes), skipping an event that cannot act as the engine
 * does (without the warning).
 */
import { PARAMETER_TABLE } from '../src/core/scenario/parameter-table';
import { STRENGTH_NAMES, type Role, type Scenario, type ScenarioEvent } from '../src/core/scenario/types';
import { resolveParameters, type ModelParameters } from '../src/engine/parameters';
import { Rng, runSeed } from '../src/engine/random';

export interface RefRole {
  id: string;
  /** Creation order (starting roles in pre-order, then hires): siblings are visited in this order. */
  order: number;
  alive: boolean;
  parent: RefRole | null;
  children: RefRole[];
  filled: number;
  team: number;
  oneOnOnes: number;
  dottedTo: RefRole[];
  s: Record<string, number>;
  align: number;
  eng: number;
  exec: number;
  innov: number;
  proc: number;
  trust: number;
  burn: number;
  /** Burnout at quarter 0 or on arrival (E11). */
  burn0: number;
  /** Know-how lost and not yet rebuilt (E13). */
  know: number;
  hiredNow: number;
  hiredPrev: number;
  prevReports: number;
  cover: number;
  coord: number;
  pathProc: number;
  mSupply: number;
  quits: number;
  extra: number;
  coachUntil: number;
  coachGain: number;
  fbUntil: number;
  fbGain: number;
}

export interface RefOrg {
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
  outcome: string;
  verdict: string;
}

/**
 * One role's inputs and results of one step, handed to ReferenceModel.trace: what a test needs to
 * recompute an explanation's terms from the equations, independently of src/engine/explain.ts.
 */
export interface RefTrace {
  role: RefRole;
  parent: RefRole | null;
  actor: RefRole | null;
  /** The managing strengths the step used, as shares (a copy: development changes them after). */
  s: Record<string, number>;
  depth: number;
  headcount: number;
  rampUp: number;
  growth: number;
  span: number;
  capacity: number;
  coverage: number;
  phi: number;
  crisis: number;
  fit: number;
  /** Fit lost below the design's steady state. */
  lostFit: number;
  /** The org's headcount (the unit's is `headcount`). */
  orgHeadcount: number;
  volatility: number;
  demand: number;
  supply: number;
  unmet: number;
  excess: number;
  latency: number;
  redTape: number;
  /** Stocks as the quarter began (the role's own fields hold this quarter's values). */
  eng0: number;
  exec0: number;
  innov0: number;
  trust0: number;
  /** Know-how lost, as the quarter began (E13). */
  know0: number;
  /** Raw targets, before clipping to 0..1. */
  engTarget: number;
  execTarget: number;
  innovTarget: number;
  /** E0's adjustment fractions κ of engagement, execution and innovation (1 in a warm-up pass). */
  kEng: number;
  kExec: number;
  kInnov: number;
  chaos: number;
  bureaucracy: number;
}

const NAMES = ['vision', 'inspire', 'innovate', 'develop', 'plan', 'organize', 'control', 'direct', 'trust'];
/** O2 written plainly: the region of (ln leadership ratio, ln management ratio). */
function referenceRegion(x: number, y: number, gap: number): string {
  if (x >= 0 && y >= 0) return 'balance';
  if (x >= 0) return 'chaos';
  if (y >= 0) return 'bureaucracy';
  const stronger = Math.max(Math.exp(x), Math.exp(y));
  if (!(stronger >= 0.5)) return 'stagnation';
  if (Math.exp(x) - Math.exp(y) > gap * stronger) return 'chaos';
  if (Math.exp(y) - Math.exp(x) > gap * stronger) return 'bureaucracy';
  return 'stagnation';
}

/** O2: [outcome, verdict] of a team or org. */
export function referenceVerdict(
  P: ModelParameters,
  f: { leadershipRatio: number; managementRatio: number; chaos: number; bureaucracy: number; health: number },
  judged: boolean,
): [string, string] {
  const x = Math.log(f.leadershipRatio);
  const y = Math.log(f.managementRatio);
  const outcome = referenceRegion(x, y, P.imbalanceGap);
  if (!judged) return [outcome, 'tooSmall'];
  const w = Math.log(1 + P.outcomeBand);
  for (let k = 0; k < 8; k++) {
    const angle = (k * Math.PI) / 4;
    if (referenceRegion(x + w * Math.cos(angle), y + w * Math.sin(angle), P.imbalanceGap) !== outcome)
      return [outcome, 'borderline'];
  }
  const ci = P.confirmIndex;
  const shown: Record<string, boolean> = {
    balance: f.chaos < ci && f.bureaucracy < ci && f.health >= P.confirmStagnationHealth,
    chaos: f.chaos >= ci,
    bureaucracy: f.bureaucracy >= ci,
    stagnation: f.health < P.confirmStagnationHealth,
  };
  return [outcome, shown[outcome] ? 'confirmed' : 'atRisk'];
}
const liveDotted = (r: RefRole) => r.dottedTo.filter((d) => d.alive).length;
const clamp = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

export class ReferenceModel {
  readonly p: ModelParameters;
  readonly roles: RefRole[] = [];
  readonly byId = new Map<string, RefRole>();
  root!: RefRole;
  fit: number;
  /** Fit of the design's steady state (quarter 0). */
  steadyFit = 0.7;
  crises: { start: number; end: number; severity: number }[] = [];
  rng: Rng | null = null;
  /** Called for each role in each step when set (tests only; the benchmark leaves it null). */
  trace: ((t: RefTrace) => void) | null = null;
  readonly V: number;
  readonly none: Record<string, number> = Object.fromEntries(NAMES.map((n) => [n, 0]));

  constructor(scenario: Scenario, params?: Partial<ModelParameters>) {
    this.p = resolveParameters(scenario.parameters, params);
    this.V = scenario.environment.volatility;
    this.fit = 0.7; // a first guess: quarter 0 finds the design's own steady-state fit
    for (const r of scenario.roles) this.newRole(r);
    for (const r of scenario.roles) {
      const role = this.byId.get(r.id)!;
      if (r.reportsTo === null) this.root = role;
      else {
        role.parent = this.byId.get(r.reportsTo)!;
        role.parent.children.push(role);
      }
      this.setDotted(role, r.dottedTo ?? []);
    }
    this.preorder().forEach(({ role }, k) => (role.order = k));
    this.nextOrder = this.roles.length;
  }

  nextOrder = 0;

  setDotted(role: RefRole, ids: readonly string[]): void {
    for (const d of ids) {
      const m = this.byId.get(d);
      if (m && m !== role && m !== role.parent && !role.dottedTo.includes(m)) role.dottedTo.push(m);
    }
  }

  /** A role object with neutral starting stocks, not yet in the tree. */
  newRole(r: Role): RefRole {
    const role: RefRole = {
      id: r.id,
      order: 0,
      alive: true,
      parent: null,
      children: [],
      filled: r.person === undefined || r.person === null || r.person.trim() === '' ? 0 : 1,
      team: Math.max(0, r.team),
      oneOnOnes: r.oneOnOnes ? 1 : 0,
      dottedTo: [],
      s: Object.fromEntries(
        NAMES.map((n) => [n, clamp((r.strengths[n as keyof typeof r.strengths] ?? 5) / 10)]),
      ),
      align: 0.5,
      eng: 0.5,
      exec: 0.5,
      innov: 0.3,
      proc: 0,
      trust: 0.5,
      burn: 0.2,
      burn0: 0.2,
      know: 0,
      hiredNow: 0,
      hiredPrev: 0,
      prevReports: 0,
      cover: 0,
      coord: 0,
      pathProc: 0,
      mSupply: 0,
      quits: 0,
      extra: 0,
      coachUntil: -1,
      coachGain: 0,
      fbUntil: -1,
      fbGain: 0,
    };
    this.roles.push(role);
    this.byId.set(r.id, role);
    return role;
  }

  /** Puts a role under a new parent, keeping siblings in creation order. */
  attach(role: RefRole, parent: RefRole): void {
    if (role.parent) role.parent.children.splice(role.parent.children.indexOf(role), 1);
    role.parent = parent;
    parent.children.push(role);
    parent.children.sort((x, y) => x.order - y.order);
  }

  live(id: string): RefRole | null {
    const r = this.byId.get(id);
    return r && r.alive ? r : null;
  }

  isAncestorOrSelf(ancestor: RefRole, role: RefRole): boolean {
    for (let r: RefRole | null = role; r; r = r.parent) if (r === ancestor) return true;
    return false;
  }

  preorder(): { role: RefRole; depth: number }[] {
    const out: { role: RefRole; depth: number }[] = [];
    const stack: { role: RefRole; depth: number }[] = [{ role: this.root, depth: 0 }];
    while (stack.length > 0) {
      const e = stack.pop()!;
      out.push(e);
      for (let c = e.role.children.length - 1; c >= 0; c--)
        stack.push({ role: e.role.children[c], depth: e.depth + 1 });
    }
    return out;
  }

  /** The role whose strengths manage this one: itself when filled, else the next filled one up. */
  actor(role: RefRole): RefRole | null {
    for (let r: RefRole | null = role; r; r = r.parent) if (r.filled === 1) return r;
    return null;
  }

  applyEvent(q: number, e: ScenarioEvent): void {
    const P = this.p;
    switch (e.type) {
      case 'grow': {
        const r = this.live(e.roleId);
        if (!r) return;
        const after = Math.max(0, e.team);
        if (after > r.team) r.hiredNow += after - r.team;
        else if (after < r.team && r.team > 0)
          r.trust *= 1 - P.trustShockDepart * ((r.team - after) / r.team);
        r.team = after;
        return;
      }
      case 'hire': {
        const parent = e.role.reportsTo === null ? null : this.live(e.role.reportsTo);
        if (this.live(e.role.id) || !parent) return;
        const r = this.newRole(e.role);
        r.filled = 1; // a hire is a person arriving, named or to be hired
        r.order = this.nextOrder++;
        this.attach(r, parent);
        this.setDotted(r, e.role.dottedTo ?? []);
        // Stocks start from the manager's; only the new holder ramps up.
        r.align = parent.align;
        r.eng = parent.eng;
        r.exec = parent.exec;
        r.innov = parent.innov;
        r.proc = parent.proc;
        r.trust = parent.trust * (1 - P.trustShockReorg);
        r.burn = parent.burn;
        r.burn0 = parent.burn;
        r.know = parent.know;
        r.hiredNow = r.filled;
        r.hiredPrev = 0;
        for (const id of e.takeOver ?? []) {
          const moved = this.live(id);
          if (!moved || this.isAncestorOrSelf(moved, r)) continue;
          this.attach(moved, r);
          moved.trust *= 1 - P.trustShockReorg;
        }
        r.prevReports = r.children.length + r.team;
        return;
      }
      case 'depart': {
        const r = this.live(e.roleId);
        if (!r) return;
        if (!r.parent) {
          r.filled = 0; // the root stays as a vacancy
          return;
        }
        let target = r.parent;
        if (e.reportsTo !== undefined) {
          const named = this.live(e.reportsTo);
          if (named && !this.isAncestorOrSelf(r, named)) target = named;
        }
        for (const c of [...r.children]) {
          this.attach(c, target);
          c.trust *= 1 - P.trustShockDepart;
        }
        if (r.team > 0) {
          target.trust *= 1 - P.trustShockDepart * (r.team / (target.team + r.team));
          target.team += r.team;
        }
        r.parent.children.splice(r.parent.children.indexOf(r), 1);
        r.alive = false;
        r.team = 0;
        return;
      }
      case 'reorg': {
        const r = this.live(e.roleId);
        const target = this.live(e.reportsTo);
        if (!r || !target || !r.parent || this.isAncestorOrSelf(r, target)) return;
        this.attach(r, target);
        r.trust *= 1 - P.trustShockReorg;
        return;
      }
      case 'crisis':
        this.crises.push({ start: q, end: q + Math.max(1, e.quarters) - 1, severity: e.severity });
        return;
      case 'marketShift':
        this.fit = Math.max(0, this.fit - e.size);
        return;
      case 'coaching':
        for (const id of e.roleIds) {
          const r = this.live(id);
          if (!r) continue;
          r.coachUntil = Math.max(r.coachUntil, q + Math.max(1, e.quarters) - 1);
          r.coachGain = this.rng ? 1 + P.coachingUncertainty * this.rng.normal() : 1;
        }
        return;
      case 'feedback360':
        for (const id of e.roleIds) {
          const r = this.live(id);
          if (!r) continue;
          r.fbUntil = q + Math.max(1, Math.round(P.feedback360Quarters)) - 1;
          r.fbGain = this.rng ? 1 + P.feedbackUncertainty * this.rng.normal() : 1;
        }
        return;
      case 'oneOnOnes':
        for (const id of e.roleIds) {
          const r = this.live(id);
          if (r) r.oneOnOnes = e.enabled ? 1 : 0;
        }
        return;
      case 'succession': {
        // A new holder: the newcomer's strengths, the role filled, and the newcomer ramping up.
        const r = this.live(e.roleId);
        if (!r) return;
        for (const n of NAMES) r.s[n] = clamp((e.strengths[n as keyof typeof e.strengths] ?? 5) / 10);
        if (r.filled === 1) r.trust *= 1 - P.trustShockDepart; // the old holder leaves
        r.filled = 1;
        r.hiredNow += 1;
        r.coachUntil = -1; // the old holder's coaching and 360 go with them
        r.fbUntil = -1;
        for (const c of r.children) c.trust *= 1 - P.trustShockReorg; // a new boss
        return;
      }
    }
  }

  /**
   * Quarter 0: at least six full-adjustment passes, more until no watched org figure moves by more than
   * 1e-10 (at most 59), then a final pass; each role's burnout is then the load it is used to.
   */
  warmUp(): RefOrg {
    for (const r of this.roles) r.prevReports = r.children.length + r.team;
    const watched = (o: RefOrg | null) =>
      o === null
        ? [this.fit, 0, 0, 0, 0, 0, 0, 0]
        : [this.fit, o.health, o.chaos, o.bureaucracy, o.trust, o.engagement, o.execution, o.innovation];
    let org: RefOrg | null = null;
    for (let w = 0; w < 59; w++) {
      const before = watched(org);
      org = this.step(0, true);
      const after = watched(org);
      const moved = Math.max(...after.map((x, j) => Math.abs(x - before[j])));
      if (w + 1 >= 6 && moved <= 1e-10) break;
    }
    org = this.step(0, true);
    for (const r of this.roles) r.burn0 = r.burn;
    return org;
  }

  step(q: number, warm: boolean): RefOrg {
    const P = this.p;
    const V = this.V;
    const list = this.preorder();
    let H = 0;
    let layers = 0;
    let links = 0;
    for (const { role, depth } of list) {
      H += role.filled + role.team;
      layers = Math.max(layers, depth + 1);
      role.extra = 0;
    }
    const dottedIn = new Map<RefRole, number>();
    for (const { role } of list) {
      for (const d of role.dottedTo) if (d.alive) dottedIn.set(d, (dottedIn.get(d) ?? 0) + 1);
      links += liveDotted(role);
    }
    for (const { role } of list) {
      if (role.filled === 0) {
        const a = this.actor(role);
        if (a) a.extra += P.vacancyLoad * (role.children.length + role.team);
      }
    }
    const phi = 1 / (1 + Math.pow(H / P.dunbarScale, P.dunbarExponent));
    const size = Math.log10(1 + H / P.dunbarScale);
    let c = 0;
    for (const k of this.crises) if (q >= k.start && q <= k.end) c += k.severity;
    c = Math.min(1, c);
    const F = this.fit;
    const lostFit = Math.max(0, this.steadyFit - F);
    const k = (tau: number) => (warm ? 1 : 1 - Math.exp(-1 / tau));
    const needL = P.needLBase + P.needLVolatility * V + P.needLCrisis * c + P.needLFit * lostFit;
    const needMOrg = P.needMBase + P.needMSize * size + P.needMLayers * Math.max(0, layers - 3);
    const kTrustUp = 1 - Math.exp(-1 / P.tauTrustUp);
    const sums = {
      W: 0,
      align: 0,
      eng: 0,
      exec: 0,
      innov: 0,
      proc: 0,
      unmet: 0,
      ramp: 0,
      trust: 0,
      burn: 0,
      quits: 0,
      chaos: 0,
      bureau: 0,
      health: 0,
      L: 0,
      M: 0,
      spanOver: 0,
    };
    let topSum = 0;
    let topN = 0;
    const noisy = this.rng !== null && !warm;

    for (const { role: r, depth: d } of list) {
      const par = r.parent;
      const actor = this.actor(r);
      const s = actor ? actor.s : this.none;
      const hc = r.filled + r.team;
      const rs = Math.min(1, (r.hiredNow + r.hiredPrev) / Math.max(1, hc));
      const reports = r.children.length + r.team;
      let g = 0;
      if (!warm && reports > r.prevReports)
        g = r.prevReports > 0 ? (reports - r.prevReports) / r.prevReports : 1;
      g = Math.min(1, g);
      r.prevReports = reports;

      const sp =
        reports + P.spanDottedWeight * (dottedIn.get(r) ?? 0) + P.spanNewcomerWeight * rs * r.team + r.extra;
      const cp = P.capacityScale * (P.capacityOffset + 0.5 * (s.organize + s.direct));
      if (r.filled === 1) {
        const own = sp <= cp ? 1 : Math.pow(cp / sp, P.coverageExponent);
        const kept = P.selfCoordination * 0.5 * (r.eng + r.trust) + P.oneOnOneContact * r.oneOnOnes;
        r.cover = own + (1 - own) * Math.min(1, kept);
      } else r.cover = actor ? P.vacancyCoverage * actor.cover : 0;
      const cov = r.cover;
      const eng0 = r.eng;
      const exec0 = r.exec;
      const innov0 = r.innov;

      let alignT = s.vision;
      if (par) {
        const pa = this.actor(par);
        const ps = pa ? pa.s : this.none;
        const pass = 1 - P.alignPassLoss * (1 - par.cover * 0.5 * (ps.inspire + ps.trust));
        alignT = Math.min(1, P.alignOwnVision * s.vision + P.alignInherited * pass * par.align);
      }
      r.align += (alignT - r.align) * k(P.tauAlignment);

      const procT = Math.min(
        1,
        (par ? P.processInherit * par.proc * (1 - P.processChallenge * s.innovate) : 0) +
          P.processControl * (1 + P.processCrisis * c + P.processThreat * lostFit) * (1 - phi) * s.control +
          P.processSize * size,
      );
      if (warm) r.proc = procT;
      else if (procT > r.proc) r.proc += (procT - r.proc) * k(P.tauProcessUp);
      else r.proc = Math.max(procT, r.proc - P.processPrune * (1 + s.innovate));

      const ownCoord = cov * 0.5 * (s.plan + s.organize);
      r.coord = par ? (1 - P.mgmtCascade) * ownCoord + P.mgmtCascade * par.coord : ownCoord;
      const dem =
        P.demandBase +
        P.demandVolatility * V +
        P.demandCrisis * c +
        P.demandSize * (1 - phi) +
        (P.demandSpan * sp) / (sp + P.demandSpanHalf) +
        P.demandDotted * liveDotted(r) +
        P.demandGrowth * g;
      const sup = phi + P.supplyManagement * r.coord + P.supplyProcess * Math.min(r.proc, dem);
      const um = dem > sup ? (dem - sup) / dem : 0;

      const change = P.demandVolatility * V + P.demandCrisis * c;
      const need = P.processNeed * (1 - phi) * (1 - P.processObsolete * V) * (dem - change);
      const ex = Math.max(0, r.proc - need);
      r.pathProc = (par ? par.pathProc : 0) + r.proc;
      const lat =
        d > P.latencyFreeLayers ? (P.latencyPerLayer * (d - P.latencyFreeLayers) * r.pathProc) / (d + 1) : 0;
      const rt = Math.min(1, ex + lat);

      const tPrev = r.trust;
      const pressure =
        um +
        P.pressVolatility * V +
        P.pressCrisis * c * (1 - P.crisisMorale * s.inspire) +
        P.pressGrowth * g +
        P.pressExecGap * (1 - r.exec);
      const support =
        P.supportCoverage * cov * 0.5 * (s.develop + s.trust) +
        P.supportClarity * cov * 0.5 * (s.plan + s.direct) +
        P.supportTrust * tPrev;
      const burnT = 1 / (1 + Math.exp(-P.burnoutSteepness * (pressure - support - P.burnoutThreshold)));
      r.burn += (burnT - r.burn) * k(P.tauBurnout);

      const pEng = par ? par.eng : r.eng;
      let engT =
        P.engBase +
        cov *
          (P.engLeadership * 0.5 * (s.inspire + s.develop) +
            (P.engOrganize * (s.plan + s.organize + s.direct)) / 3) +
        P.engParent * pEng +
        P.engOneOnOnes * (actor ? actor.oneOnOnes : 0) * cov +
        P.engAlignment * r.align +
        P.engTrust * tPrev -
        P.engBurnout * r.burn -
        P.engRedTape * rt;
      if (noisy) engT += P.noiseTarget * this.rng!.triangular();
      r.eng += (clamp(engT) - r.eng) * k(P.tauEngagement);

      const pcd = (s.plan + s.control + s.direct) / 3;
      const know0 = r.know;
      let exT =
        (1 - P.rampLoss * rs) *
        (1 - P.execKnowledgeDrag * know0) *
        (P.execBase + P.execManagement * cov * pcd + P.execEngagement * r.eng + P.execAlignment * r.align) *
        (1 - P.execUnmetDrag * um) *
        (1 - P.execRedTapeDrag * rt) *
        (1 - P.execBurnoutDrag * r.burn) *
        (1 - P.execCrisisHit * c * (1 - cov * pcd));
      if (noisy) exT += P.noiseTarget * this.rng!.triangular();
      r.exec += (clamp(exT) - r.exec) * k(P.tauExecution);

      const lead = 0.25 * (s.vision + s.inspire + s.innovate + s.develop);
      const effControl = s.control * (1 + P.processCrisis * c);
      const trT = clamp(
        P.trustStrength * s.trust +
          P.trustLeadership * lead +
          P.trustExecution * r.exec +
          P.trustParent * (par ? par.trust : tPrev) -
          P.trustMicromanage * Math.max(0, effControl - s.trust),
      );
      const tr = tPrev + (trT - tPrev) * (trT > tPrev ? k(P.tauTrustUp) : k(P.tauTrustDown));
      const qh =
        r.filled === 1
          ? Math.min(
              1,
              P.holderQuitScale *
                P.quitBase *
                Math.exp(
                  -P.quitEngagementSlope * (r.eng - P.quitEngagementRef) + P.quitTrustSlope * (0.5 - tPrev),
                ) *
                (1 + P.quitBurnout * r.burn),
            )
          : 0;
      const nh = noisy && qh > 0 ? (this.rng!.next() < qh ? 1 : 0) : qh;
      const knock = P.trustShockDepart * nh;
      r.trust = !warm
        ? tr * (1 - knock)
        : knock > 0
          ? ((1 - knock) * tr * kTrustUp) / (1 - (1 - knock) * (1 - kTrustUp))
          : tr;

      const iRaw =
        P.innovBase +
        P.innovInnovate * s.innovate * cov +
        P.innovEngagement * r.eng +
        P.innovTrust * r.trust -
        P.innovProcess * r.proc -
        P.innovBurnout * r.burn;
      const innovT = iRaw * (P.innovExecFloor + (1 - P.innovExecFloor) * r.exec);
      r.innov += (clamp(innovT) - r.innov) * k(P.tauInnovation);

      const qr = Math.min(
        1,
        P.quitBase *
          Math.exp(-P.quitEngagementSlope * (r.eng - P.quitEngagementRef)) *
          (1 + P.quitBurnout * r.burn),
      );
      const teamQuits = noisy ? this.rng!.binomial(r.team, qr) : r.team * qr;
      r.quits = teamQuits + nh;
      const inflow = (teamQuits + P.keyHolderWeight * nh) / Math.max(1, hc);
      const keep = Math.exp(-1 / P.knowledgeTau);
      r.know = Math.min(1, warm ? inflow / (1 - keep) : know0 * keep + inflow);

      const short = r.exec < P.execShortfallRef ? (P.execShortfallRef - r.exec) / P.execShortfallRef : 0;
      const churn = Math.min(1, (hc > 0 ? r.quits / hc : 0) / P.churnRef);
      const chaos = Math.min(
        100,
        100 * (P.chaosUnmet * um + P.chaosExecution * short + P.chaosChurn * churn),
      );
      const bureau = Math.min(
        100,
        100 *
          (P.bureauExcess * Math.min(1, ex / P.excessRef) +
            P.bureauLatency * Math.min(1, lat / P.latencyRef) +
            P.bureauControlGap * Math.max(0, s.control - s.develop)),
      );
      const health = Math.min(
        100,
        Math.max(
          0,
          100 *
            (P.healthEngagement * r.eng +
              P.healthExecution * r.exec +
              P.healthInnovation * r.innov +
              P.healthTrust * r.trust +
              P.healthFit * F) *
            (1 - (P.healthPenalty * Math.max(chaos, bureau)) / 100),
        ),
      );
      if (this.trace) {
        this.trace({
          role: r,
          parent: par,
          actor,
          s: { ...s },
          depth: d,
          headcount: hc,
          rampUp: rs,
          growth: g,
          span: sp,
          capacity: cp,
          coverage: cov,
          phi,
          crisis: c,
          fit: F,
          lostFit,
          orgHeadcount: H,
          volatility: V,
          demand: dem,
          supply: sup,
          unmet: um,
          excess: ex,
          latency: lat,
          redTape: rt,
          eng0,
          exec0,
          innov0,
          trust0: tPrev,
          know0,
          engTarget: engT,
          execTarget: exT,
          innovTarget: innovT,
          kEng: k(P.tauEngagement),
          kExec: k(P.tauExecution),
          kInnov: k(P.tauInnovation),
          chaos,
          bureaucracy: bureau,
        });
      }
      const ownM = cov * 0.25 * (s.plan + s.organize + s.control + s.direct);
      r.mSupply = par ? (1 - P.mgmtCascade) * ownM + P.mgmtCascade * par.mSupply : ownM;

      const w = hc > 0 ? hc : 1e-6;
      sums.W += w;
      sums.align += w * r.align;
      sums.eng += w * r.eng;
      sums.exec += w * r.exec;
      sums.innov += w * r.innov;
      sums.proc += w * r.proc;
      sums.unmet += w * um;
      sums.ramp += w * rs;
      sums.trust += w * r.trust;
      sums.burn += w * r.burn;
      sums.quits += r.quits;
      sums.chaos += w * chaos;
      sums.bureau += w * bureau;
      sums.health += w * health;
      sums.L += w * (0.5 + 0.5 * cov) * lead * (0.75 + 0.25 * r.align);
      sums.M += w * r.mSupply;
      sums.spanOver += w * (sp > cp ? Math.log(sp / cp) : 0);
      if (d <= 1) {
        topSum += 0.5 * (s.vision + s.innovate);
        topN++;
      }
    }

    const W = sums.W;
    const density = Math.min(1, list.length > 0 ? links / list.length : 0);
    const org: RefOrg = {
      headcount: H,
      layers,
      alignment: sums.align / W,
      engagement: sums.eng / W,
      execution: sums.exec / W,
      innovation: sums.innov / W,
      process: sums.proc / W,
      unmet: sums.unmet / W,
      rampUp: sums.ramp / W,
      trust: sums.trust / W,
      burnout: sums.burn / W,
      attrition: H > 0 ? sums.quits / H : 0,
      fit: F,
      chaos: sums.chaos / W,
      bureaucracy: sums.bureau / W,
      health: sums.health / W,
      leadershipRatio: sums.L / W / needL,
      managementRatio: sums.M / W / (needMOrg + P.needMDotted * density + (P.needMSpan * sums.spanOver) / W),
      outcome: '',
      verdict: '',
    };
    [org.outcome, org.verdict] = referenceVerdict(P, org, H >= P.judgeMinPeople);

    for (const { role } of list) {
      role.hiredPrev = warm ? role.quits : role.hiredNow;
      role.hiredNow = role.quits;
    }
    const top = topN > 0 ? topSum / topN : 0;
    const renewal = P.fitRenewal * org.innovation * top;
    const shortfall = Math.max(0, P.execShortfallRef - org.execution) / P.execShortfallRef;
    const erosion = P.fitErosion * V + P.fitDeliveryLoss * shortfall;
    if (warm && erosion + renewal > 0) this.fit = renewal / (erosion + renewal);
    if (warm) this.steadyFit = this.fit;
    if (!warm) {
      let f = F - erosion * F + renewal * (1 - F);
      if (noisy) f += P.noiseFit * V * this.rng!.normal();
      this.fit = clamp(f);
      for (const { role: r } of list) {
        if (r.filled !== 1) continue;
        const pa = r.parent ? this.actor(r.parent) : null;
        const mentor = pa && r.parent ? pa.s.develop * pa.oneOnOnes * r.parent.cover : 0;
        const fbOn = q <= r.fbUntil;
        const coaching = q <= r.coachUntil ? r.coachGain * (fbOn ? 1 - P.coachingWith360Cut : 1) : 0;
        const fb = fbOn ? r.fbGain : 0;
        const gain =
          (P.devCoaching * coaching + P.devFeedback360 * fb + P.devMentor * mentor) *
          (1 - P.devBurnoutBrake * r.burn);
        const over = r.burn > r.burn0 ? (r.burn - r.burn0) / (1 - r.burn0) : 0;
        const erosion = P.capabilityTrapRate * over;
        for (const n of NAMES) r.s[n] = clamp(r.s[n] + 0.2 * ((1 - r.s[n]) * gain - r.s[n] * erosion));
      }
    }
    return org;
  }
}

/** Deterministic run: org figures for quarters 0..quarters. */
export function referenceSimulate(scenario: Scenario, quarters = scenario.horizon): RefOrg[] {
  const m = new ReferenceModel(scenario);
  return runReference(m, scenario, quarters);
}

/**
 * A deterministic run that hands every role of every step to onRole with its quarter. Quarter 0 is
 * reported once per warm-up pass; the last pass is quarter 0's figures.
 */
export function traceReference(
  scenario: Scenario,
  onRole: (quarter: number, t: RefTrace) => void,
  quarters = scenario.horizon,
): void {
  const m = new ReferenceModel(scenario);
  let quarter = 0;
  m.trace = (t) => onRole(quarter, t);
  runReference(m, scenario, quarters, (q) => (quarter = q));
}

function runReference(
  m: ReferenceModel,
  scenario: Scenario,
  quarters: number,
  onQuarter?: (q: number) => void,
): RefOrg[] {
  const out = [m.warmUp()];
  for (let q = 1; q <= quarters; q++) {
    onQuarter?.(q);
    scenario.events.forEach((e) => e.quarter === q && m.applyEvent(q, e));
    out.push(m.step(q, false));
  }
  return out;
}

/** What the engine's Monte Carlo may draw besides process noise (src/engine/uncertainty.ts). */
export interface ReferenceUncertainty {
  parameters: boolean;
  ratings: boolean;
  timing: boolean;
}

/**
 * Monte Carlo the plain way: per run, the scenario itself is redrawn (parameters within ±25% of their
 * value and their range, each rating within ± its role's error, uncertain events moved), a fresh model
 * built on it settles its own quarter 0, then runs with noise. Chaos kept per run and quarter.
 */
export function referenceMonteCarlo(
  scenario: Scenario,
  runs: number,
  seed: number,
  quarters = scenario.horizon,
  uncertainty: ReferenceUncertainty = { parameters: true, ratings: true, timing: true },
): number[][] {
  const chaosByRun: number[][] = [];
  for (let r = 0; r < runs; r++) {
    const rng = new Rng(runSeed(seed, r));
    const drawn = redrawScenario(scenario, rng, uncertainty);
    const m = new ReferenceModel(drawn);
    m.warmUp();
    m.rng = rng;
    const series: number[] = [];
    for (let q = 1; q <= quarters; q++) {
      drawn.events.forEach((e) => e.quarter === q && m.applyEvent(q, e));
      series.push(m.step(q, false).chaos);
    }
    chaosByRun.push(series);
  }
  return chaosByRun;
}

/** The draws in the engine's order: parameters (table order), ratings (role order), events (file order). */
function redrawScenario(scenario: Scenario, rng: Rng, u: ReferenceUncertainty): Scenario {
  const base = resolveParameters(scenario.parameters);
  let parameters = scenario.parameters;
  if (u.parameters) {
    parameters = {};
    for (const row of PARAMETER_TABLE) {
      const value = base[row.name as keyof ModelParameters];
      const lo = Math.max(row.min, value * 0.75);
      const hi = Math.min(row.max, value * 1.25);
      parameters[row.name] = lo + (hi - lo) * rng.next();
    }
  }
  const misrated = (strengths: Role['strengths'], error: number) => {
    if (!u.ratings || error === 0) return strengths;
    // One error for the leadership strengths, one for management, one for trust, drawn in that order.
    const lead = error * (2 * rng.next() - 1);
    const manage = error * (2 * rng.next() - 1);
    const trust = error * (2 * rng.next() - 1);
    const out = { ...strengths };
    for (const n of STRENGTH_NAMES) {
      const e =
        n === 'trust' ? trust : ['vision', 'inspire', 'innovate', 'develop'].includes(n) ? lead : manage;
      out[n] = clamp10((strengths[n] ?? 5) + e);
    }
    return out;
  };
  const roles = scenario.roles.map((role) => ({
    ...role,
    strengths: misrated(role.strengths, role.ratingError ?? 1),
  }));
  const events = scenario.events.map((e): ScenarioEvent => {
    let out = e;
    if (u.timing && (e.timingSpread ?? 0) > 0) {
      const spread = e.timingSpread!;
      out = { ...out, quarter: Math.max(1, e.quarter + Math.floor(rng.next() * (2 * spread + 1)) - spread) };
    }
    if (out.type === 'hire')
      out = {
        ...out,
        role: { ...out.role, strengths: misrated(out.role.strengths, out.role.ratingError ?? 1) },
      };
    else if (out.type === 'succession')
      out = { ...out, strengths: misrated(out.strengths, out.ratingError ?? 1) };
    return out;
  });
  return { ...scenario, parameters, roles, events };
}

const clamp10 = (x: number) => (x < 0 ? 0 : x > 10 ? 10 : x);
