/**
 * What the facilitator's controls see and send, wherever they are: over the stage (the desktop app) or
 * in a second browser tab of the same origin, over a BroadcastChannel (browser mode). Plain data, so the
 * same messages cross the channel and the overlay calls.
 */
import type { OrgFigureName } from '../../engine/index';
import type { ShockKind } from '../shocks/shock-plan';
import type { ShockDelta } from '../shocks/shock-delta';
import type { Reveal } from './reveal';

export const PRESENTER_CHANNEL = 'ballast-presenter';
/** The fragment that opens a tab as the facilitator's controls instead of the app. */
export const CONTROLS_HASH = '#presenter-controls';

export interface ShockChoice {
  kind: ShockKind;
  label: string;
  ready: boolean;
  /** Why it cannot be applied now (only when not ready). */
  reason?: string;
}

export interface PresenterSnapshot {
  active: boolean;
  blank: boolean;
  quarter: number;
  last: number;
  playing: boolean;
  reveal: Reveal;
  revealText: string;
  shocks: ShockChoice[];
  shockPending: string | null;
  shockShown: { edit: string; delta: ShockDelta } | null;
  shockRefusal: string | null;
  scenarios: { id: string; name: string }[];
  scenarioId: string | null;
  figure: OrgFigureName;
  headline: string | null;
}

export type PresenterCommand =
  | { type: 'present' }
  | { type: 'exit' }
  | { type: 'quarter'; to: number }
  | { type: 'reveal' }
  | { type: 'restartReveal' }
  | { type: 'revealQuarter'; quarter: number }
  | { type: 'revealShock'; kind: ShockKind }
  | { type: 'shock'; kind: ShockKind }
  | { type: 'dismissShock' }
  | { type: 'scenario'; id: string }
  | { type: 'blank' }
  | { type: 'figure'; figure: OrgFigureName };

export type ChannelMessage =
  | { kind: 'snapshot'; snapshot: PresenterSnapshot }
  | { kind: 'command'; command: PresenterCommand }
  /** A controls tab that just opened asks for the current state. */
  | { kind: 'hello' }
  /** A project tab that just (re)loaded: open controls tabs say hello again. */
  | { kind: 'ready' };

export function isChannelMessage(data: unknown): data is ChannelMessage {
  if (typeof data !== 'object' || data === null) return false;
  const kind = (data as { kind?: unknown }).kind;
  return kind === 'snapshot' || kind === 'command' || kind === 'hello' || kind === 'ready';
}
