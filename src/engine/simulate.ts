/**
 * The deterministic run: quarter 0 is the starting design's steady state, then each quarter applies its
 * events and takes one step. A pure function of (scenario, options): no randomness, no clock, no I/O.
 */
import type { Scenario } from '../core/scenario/types';
import { applyEvents, eventsByQuarter } from './events';
import { Kernel, type FIELD, type STRIDE } from './kernel';
import { decodeVerdict } from './outcome';
import { resolveParameters, type ModelParameters } from './parameters';
import { NOT_ALIVE, ROLE_FIGURES, type OrgQuarter, type RoleSeries, type SimulationResult } from './results';
import type { WorkCounter } from './work-counter';

export interface SimulateOptions {
  parameters?: Partial<ModelParameters>;
  /** Quarters to run after quarter 0; defaults to the scenario's horizon (1..40). */
  quarters?: number;
  /** Keep per-role figures (default true). Off, only org figures are kept. */
  roleOutputs?: boolean;
  /** Counts work for the linear-cost test. */
  work?: WorkCounter;
}

export function simulate(scenario: Scenario, options: SimulateOptions = {}): SimulationResult {
  const params = resolveParameters(scenario.parameters, options.parameters);
  const quarters = resolveQuarters(scenario, options.quarters);
  const kernel = new Kernel(scenario, params, options.work);
  const byQ = eventsByQuarter(scenario.events, quarters);
  const warnings: string[] = [];
  const roles = options.roleOutputs === false ? null : allocateRoles(kernel, quarters);
  const org: OrgQuarter[] = [];

  kernel.warmUp();
  record(kernel, 0, org, roles);
  for (let q = 1; q <= quarters; q++) {
    applyEvents(kernel, q, byQ[q], warnings);
    kernel.step(q, false);
    record(kernel, q, org, roles);
  }
  return { scenario: scenario.name, quarters, parameters: params, org, roles, warnings };
}

export function resolveQuarters(scenario: Scenario, quarters: number | undefined): number {
  const q = quarters ?? scenario.horizon;
  if (!Number.isInteger(q) || q < 1 || q > 40)
    throw new RangeError(`Quarters must be a whole number from 1 to 40, not ${q}.`);
  return q;
}

export function orgQuarterOf(kernel: Kernel, q: number): OrgQuarter {
  // The kernel's org figures in their own order, the verdict code decoded in its place.
  const { code, ...figures } = kernel.org;
  return { quarter: q, ...figures, ...decodeVerdict(code) };
}

function allocateRoles(kernel: Kernel, quarters: number): RoleSeries {
  const slots = kernel.s.slots;
  const cells = (quarters + 1) * slots;
  return {
    ids: kernel.s.ids, // filled in as hires arrive; the same array object
    titles: kernel.s.titles,
    slots,
    values: new Float32Array(cells * ROLE_FIGURES.length),
    codes: new Uint8Array(cells).fill(NOT_ALIVE),
    parents: [],
    teams: [],
  };
}

function record(kernel: Kernel, q: number, org: OrgQuarter[], roles: RoleSeries | null): void {
  org.push(orgQuarterOf(kernel, q));
  if (!roles) return;
  const s = kernel.s;
  const { values, codes, parents, teams } = roles;
  parents.push(keptOrCopied(q > 0 ? parents[q - 1] : undefined, s.parent, s.slots));
  teams.push(keptOrCopied(q > 0 ? teams[q - 1] : undefined, s.team, s.slots));
  const F = ROLE_FIGURES.length;
  const base = q * roles.slots;
  const { st, verdict } = kernel;
  const { order, filled, team, actor, count } = s;
  // Field offsets as literals, typed against FIELD (see Kernel.step).
  const S: typeof STRIDE = 42;
  const ALIGN: typeof FIELD.align = 9;
  const ENG: typeof FIELD.eng = 10;
  const EXEC: typeof FIELD.exec = 11;
  const INNOV: typeof FIELD.innov = 12;
  const PROC: typeof FIELD.proc = 13;
  const TRUST: typeof FIELD.trust = 14;
  const BURN: typeof FIELD.burn = 15;
  const RAMP: typeof FIELD.ramp = 16;
  const QUITS: typeof FIELD.quits = 18;
  const COVER: typeof FIELD.cover = 26;
  const UNMET: typeof FIELD.unmet = 29;
  const LRAT: typeof FIELD.lRatio = 35;
  const MRAT: typeof FIELD.mRatio = 36;
  const CHAOS: typeof FIELD.chaos = 37;
  const BUREAU: typeof FIELD.bureau = 38;
  const HEALTH: typeof FIELD.health = 39;
  for (let k = 0; k < count; k++) {
    const i = order[k];
    const b = i * S;
    const cell = base + i;
    let o = cell * F;
    const hc = filled[i] + team[i];
    // Order must match ROLE_FIGURES.
    values[o++] = st[b + ALIGN];
    values[o++] = st[b + ENG];
    values[o++] = st[b + EXEC];
    values[o++] = st[b + INNOV];
    values[o++] = st[b + PROC];
    values[o++] = st[b + UNMET];
    values[o++] = st[b + RAMP];
    values[o++] = st[b + TRUST];
    values[o++] = st[b + BURN];
    values[o++] = hc > 0 ? st[b + QUITS] / hc : 0;
    values[o++] = st[b + COVER];
    values[o++] = st[b + CHAOS];
    values[o++] = st[b + BUREAU];
    values[o++] = st[b + HEALTH];
    values[o++] = st[b + LRAT];
    values[o++] = st[b + MRAT];
    // Strengths 0-3 are leadership, 4-7 management (STRENGTH_ORDER), of whoever manages the unit.
    const ab = actor[i] * S;
    values[o++] = 2.5 * (st[ab] + st[ab + 1] + st[ab + 2] + st[ab + 3]);
    values[o] = 2.5 * (st[ab + 4] + st[ab + 5] + st[ab + 6] + st[ab + 7]);
    codes[cell] = verdict[i];
  }
  if (kernel.work) kernel.work.ops += s.count;
}

/** Last quarter's copy when the first n values have not changed since, else a fresh copy. */
function keptOrCopied<A extends Int32Array | Float64Array>(kept: A | undefined, now: A, n: number): A {
  if (kept) {
    let same = true;
    for (let k = 0; k < n && same; k++) same = kept[k] === now[k];
    if (same) return kept;
  }
  return now.slice(0, n) as A;
}
