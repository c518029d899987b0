import type { RecentProject } from '../../core/api/contract';
import type { BackendOptions } from '../context';

/**
 * The messages between the Electron main process and the backend process that runs the one API off the
 * main thread (backend-client.ts is main's side, backend-server.ts the backend's). Every message is plain
 * data, so it crosses Electron's `utilityProcess` port, a `child_process` channel or a `worker_threads`
 * port alike.
 *
 * Main sends `init` first, then any mix of the rest; the port keeps their order, so a `grant` sent before
 * a `request` is in force when that request runs. The backend answers each `request` with a `result`,
 * and each `recent` and `close` with a `reply`, carrying the same id. Native dialogs stay in main: the
 * backend asks for one with `host-call` and main answers with `host-reply`.
 *
 * A request's payload and its result are JSON text, relayed by main as it got them from the renderer
 * (see ipc.ts): main never reads them, so a 10,000-role scenario costs it a string copy rather than a
 * structured-clone walk of every role on the thread that also handles the window's input.
 */

/** What a host service may be asked for; the dialogs themselves run in main. */
export const HOST_METHODS = ['chooseOpenPath', 'chooseSavePath'] as const;
export type HostMethod = (typeof HOST_METHODS)[number];

/** The backend's options that can cross a process boundary (no callbacks, no host object). */
export type BackendProcessOptions = Omit<BackendOptions, 'host' | 'onProjectOpened'>;

export interface BackendInit {
  options: BackendProcessOptions;
  /** The host services main offers; the backend gets a proxy with exactly these. */
  hostMethods: HostMethod[];
  /** Paths granted earlier (kept by main, so a restarted backend gets them again). */
  grants: string[];
}

export type ToBackend =
  | { type: 'init'; init: BackendInit }
  /** `payload` is the request's JSON text; the backend parses it. */
  | { type: 'request'; id: number; name: string; payload: string }
  | { type: 'grant'; path: string }
  | { type: 'recent'; id: number }
  | { type: 'close'; id: number }
  | { type: 'host-reply'; id: number; value: string | null }
  | { type: 'host-reply'; id: number; error: string };

export type FromBackend =
  /** The answer to a `request`: the `ApiResult`'s JSON text. */
  | { type: 'result'; id: number; text: string }
  | { type: 'reply'; id: number; value: RecentProject[] | null }
  | { type: 'host-call'; id: number; method: HostMethod; args: unknown[] }
  | { type: 'project-opened'; path: string };

/** One end of the channel, as each side sees the other. */
export interface MessagePortLike<Out, In> {
  postMessage(message: Out): void;
  onMessage(listener: (message: In) => void): void;
}

export function isFromBackend(message: unknown): message is FromBackend {
  if (typeof message !== 'object' || message === null) return false;
  const type = (message as { type?: unknown }).type;
  return type === 'result' || type === 'reply' || type === 'host-call' || type === 'project-opened';
}
