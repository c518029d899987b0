/**
 * The reveal: one keyboard flow a facilitator walks a room through. Show the design without heat, play
 * the quarters up to a chosen one, inject the chosen shock there, then play on to the horizon. Pure:
 * the controller turns each step into what the stage does.
 */
import type { ShockKind } from '../shocks/shock-plan';

export const REVEAL_STEPS = ['design', 'playTo', 'shock', 'playOn'] as const;
export type RevealStep = (typeof REVEAL_STEPS)[number];

export interface Reveal {
  /** The step shown, or null before the reveal starts (and after it ends). */
  step: RevealStep | null;
  /** The quarter the play stops at and the shock acts in (1..horizon); null until chosen: halfway. */
  quarter: number | null;
  shock: ShockKind;
}

/** The step after this one; null when the reveal is over (the next N starts it again). */
export function nextRevealStep(step: RevealStep | null): RevealStep | null {
  if (step === null) return REVEAL_STEPS[0];
  const at = REVEAL_STEPS.indexOf(step);
  return at === REVEAL_STEPS.length - 1 ? null : REVEAL_STEPS[at + 1];
}

/** The step in words, for the small indicator on the stage and the facilitator's controls. */
export function revealStepText(reveal: Reveal, last: number, shockName: string): string {
  const quarter = revealQuarter(reveal, last);
  switch (reveal.step) {
    case null:
      return 'Reveal: press N to show the design';
    case 'design':
      return `Reveal 1/4: the design. N plays to Q${quarter}`;
    case 'playTo':
      return `Reveal 2/4: playing to Q${quarter}. N injects: ${shockName}`;
    case 'shock':
      return `Reveal 3/4: ${shockName} in Q${quarter}. N plays on to Q${last}`;
    case 'playOn':
      return `Reveal 4/4: playing on to Q${last}. N ends the reveal`;
  }
}

/** The reveal quarter kept inside the horizon when the scenario or its horizon changes. */
export function clampRevealQuarter(quarter: number, last: number): number {
  return Math.max(1, Math.min(Math.max(1, last), Math.round(quarter)));
}

/** The quarter this reveal stops at, inside the horizon. */
export function revealQuarter(reveal: Reveal, last: number): number {
  return reveal.quarter === null ? defaultRevealQuarter(last) : clampRevealQuarter(reveal.quarter, last);
}

/** Where a reveal stops by default: halfway to the horizon, so there is a before and an after to watch. */
export function defaultRevealQuarter(last: number): number {
  return clampRevealQuarter(Math.ceil(last / 2), last);
}
