/**
 * What a Monte Carlo run is unsure of beyond the kernel's process noise (docs/MODEL.md, M2):
 *  - the model's parameters, each drawn uniformly within PLAUSIBLE_SPREAD of its value, inside its allowed
 *    range (the same draw the robustness check makes of every validation claim);
 *  - every role's ratings, off by up to its ratingError points (1 unless the role says otherwise: 0.5 for
 *    strengths from a 360, 2 for a guess). One error is drawn per role for its four leadership strengths,
 *    one for its four management strengths and one for trust: whoever misjudges a person misjudges them
 *    as a leader or as a manager, not item by item (independent errors would average away);
 *  - the quarter of an event marked with a timingSpread, moved up to that many quarters either way.
 * A run's draws are a pure function of its generator, taken in a fixed order before the run starts, so a
 * run gives the same figures on whichever worker it runs.
 */
import { PARAMETER_TABLE } from '../core/scenario/parameter-table';
import {
  DEFAULT_RATING_ERROR,
  DEFAULT_STRENGTH,
  LEADERSHIP_STRENGTHS,
  STRENGTH_NAMES,
  type Role,
  type ScenarioEvent,
  type Strengths,
} from '../core/scenario/types';
import { STRIDE, type Kernel } from './kernel';
import type { ModelParameters } from './parameters';
import type { Rng } from './random';

/** Which sources of uncertainty a Monte Carlo run draws (process noise is always on). */
export interface UncertaintySources {
  parameters: boolean;
  ratings: boolean;
  timing: boolean;
}

export const ALL_UNCERTAINTY: Readonly<UncertaintySources> = Object.freeze({
  parameters: true,
  ratings: true,
  timing: true,
});

/** How far either side of its value a parameter is drawn (a share of the value). */
export const PLAUSIBLE_SPREAD = 0.25;

interface RangedParameter {
  name: string;
  default: number;
  min: number;
  max: number;
}

/**
 * Every parameter at once, uniform within ±PLAUSIBLE_SPREAD of its value in `around` (the defaults when
 * absent) and inside its allowed range; one draw per row, in table order.
 */
export function drawParameters(
  rng: Rng,
  rows: readonly RangedParameter[] = PARAMETER_TABLE,
  around?: Readonly<Record<string, number>>,
): ModelParameters {
  const out: Record<string, number> = {};
  for (const r of rows) {
    const { lo, hi } = plausibleRange(r, around?.[r.name] ?? r.default);
    out[r.name] = lo + (hi - lo) * rng.next();
  }
  return out as ModelParameters;
}

/** A parameter's plausible range around `value`: ±PLAUSIBLE_SPREAD of it, inside its allowed range. */
export function plausibleRange(row: { min: number; max: number }, value: number): { lo: number; hi: number } {
  return {
    lo: Math.max(row.min, value * (1 - PLAUSIBLE_SPREAD)),
    hi: Math.min(row.max, value * (1 + PLAUSIBLE_SPREAD)),
  };
}

/** A role's rating error in points (the format's default when it names none). */
export function ratingErrorOf(role: Pick<Role, 'ratingError'>): number {
  return role.ratingError ?? DEFAULT_RATING_ERROR;
}

/** Which of the three rating errors (leadership, management, trust) moves each strength, in STRENGTH_NAMES order. */
const ERROR_GROUP = STRENGTH_NAMES.map((name) =>
  (LEADERSHIP_STRENGTHS as readonly string[]).includes(name) ? 0 : name === 'trust' ? 2 : 1,
);

/** Three draws uniform in ±error: for leadership, management and trust. */
function drawErrors(rng: Rng, error: number): [number, number, number] {
  return [error * (2 * rng.next() - 1), error * (2 * rng.next() - 1), error * (2 * rng.next() - 1)];
}

/**
 * Moves the starting roles' strengths in the kernel by their drawn errors, clamped to 0-10. Roles in
 * scenario order, each drawing leadership, management, trust.
 */
export function perturbRatings(kernel: Kernel, roles: readonly Role[], rng: Rng): void {
  const st = kernel.st;
  for (const role of roles) {
    const error = ratingErrorOf(role) / 10; // the kernel holds strengths as shares of 10
    if (error === 0) continue;
    const errors = drawErrors(rng, error);
    const b = kernel.s.slotOf.get(role.id)! * STRIDE;
    for (let f = 0; f < STRENGTH_NAMES.length; f++) st[b + f] = clamp01(st[b + f] + errors[ERROR_GROUP[f]]);
  }
}

/**
 * The events of one run: copies of those with a timingSpread moved by a whole number of quarters drawn
 * uniformly in ±spread (not before quarter 1; past the horizon they do not happen), and the strengths a
 * hire or a successor brings, each off by up to the rating error. Events that need no draw are shared.
 */
export function drawEvents(
  rng: Rng,
  events: readonly ScenarioEvent[],
  sources: UncertaintySources,
): ScenarioEvent[] {
  return events.map((event) => {
    let drawn = event;
    const spread = event.timingSpread ?? 0;
    if (sources.timing && spread > 0) {
      const shift = Math.floor(rng.next() * (2 * spread + 1)) - spread;
      drawn = { ...drawn, quarter: Math.max(1, event.quarter + shift) };
    }
    if (sources.ratings && drawn.type === 'hire') {
      const error = ratingErrorOf(drawn.role);
      if (error > 0)
        drawn = { ...drawn, role: { ...drawn.role, strengths: perturbed(drawn.role.strengths, error, rng) } };
    } else if (sources.ratings && drawn.type === 'succession') {
      const error = drawn.ratingError ?? DEFAULT_RATING_ERROR;
      if (error > 0) drawn = { ...drawn, strengths: perturbed(drawn.strengths, error, rng) };
    }
    return drawn;
  });
}

function perturbed(strengths: Strengths, error: number, rng: Rng): Strengths {
  const errors = drawErrors(rng, error);
  const out = { ...strengths };
  STRENGTH_NAMES.forEach((name, f) => {
    out[name] = clamp((strengths[name] ?? DEFAULT_STRENGTH) + errors[ERROR_GROUP[f]], 0, 10);
  });
  return out;
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}
