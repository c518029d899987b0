import type { HostEvent } from './contract';
import type { ApiResult } from './errors';

/**
 * The one object the Electron preload exposes to the UI, as `window.ballast`. It carries the same
 * operation map as the browser-mode HTTP transport, so the UI codes against this shape in both modes.
 *
 * Deliberately narrow (no ipcRenderer, no generic send): `invoke` accepts only operation names and
 * answers with a result as data, never a thrown error; `onEvent` delivers host events such as menu
 * commands and files opened from the OS.
 */
export interface BallastBridge {
  invoke(name: string, payload: unknown): Promise<ApiResult<unknown>>;
  /** Returns a function that removes the listener. */
  onEvent(listener: (event: HostEvent) => void): () => void;
}

/** The global name the preload exposes the bridge under (`window.ballast`). */
export const BRIDGE_GLOBAL_NAME = 'ballast';
