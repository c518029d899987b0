import type { RecentProject } from '../../core/api/contract';
import type { ApiError, ApiResult } from '../../core/api/errors';
import type { HostServices } from '../context';
import {
  HOST_METHODS,
  isFromBackend,
  type BackendProcessOptions,
  type FromBackend,
  type HostMethod,
  type ToBackend,
} from './backend-protocol';

/**
 * Main's side of backend-protocol.ts: the backend runs in another process, and this object stands in for
 * it with the same shape as `Backend`, so the IPC transport and the rest of main do not change.
 *
 * - Requests carry an id; replies are matched to them through the pending map, in any order.
 * - `relay` is what the IPC handler uses: the payload and the result stay JSON text, never parsed here
 *   (main's thread is the window's UI thread). `dispatch` is for main's own few small calls, built on it.
 * - Every failure made here (time-out, exit, closing) is a result as data, as JSON text through `relay`.
 * - If the process exits while requests are in flight, each gets a clear `internal` error as data, and
 *   the next request starts a new process (given the same options and every path granted so far). A
 *   process that keeps crashing is thus started at most once per request, never in a loop.
 * - A request unanswered after `timeoutMs` gets an error, and the process, stuck, is stopped. Operations
 *   that wait for the user (native dialogs) are exempt.
 */

/** A running backend process, as the spawner hands it over (Electron's utilityProcess, or a stand-in). */
export interface BackendChannel {
  postMessage(message: ToBackend): void;
  onMessage(listener: (message: unknown) => void): void;
  /** Called once when the process has gone, for whatever reason. */
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

export interface BackendClientOptions {
  spawn(): BackendChannel;
  options: BackendProcessOptions;
  /** Native dialogs and the like; they run here, in main, when the backend asks. */
  host?: HostServices;
  onProjectOpened?(path: string): void;
  /** Default two minutes: a save of 10,000 roles takes about 0.2 s. */
  timeoutMs?: number;
  /** Operations with no time limit, because they wait for the user. */
  untimedOperations?: readonly string[];
  /** How long `close` waits for a clean close (locks released) before it stops the process. */
  closeTimeoutMs?: number;
  log?(message: string): void;
}

export interface BackendClient {
  /** Forwards a request's JSON text unread and resolves to the `ApiResult`'s JSON text. */
  relay(name: string, payloadText: string): Promise<string>;
  /** For main's own calls: `relay` with the payload stringified and the result parsed. */
  dispatch(name: string, payload: unknown): Promise<ApiResult<unknown>>;
  grantPath(path: string): void;
  recentProjects(): Promise<RecentProject[]>;
  close(): Promise<void>;
  /** Whether a backend process is running now (one starts with the first request after a crash). */
  readonly running: boolean;
}

export const DEFAULT_TIMEOUT_MS = 120_000;

type Pending = {
  name: string;
  /** What the reply to this message is: a request's result text, the recent list, or close's null. */
  kind: 'request' | 'recent' | 'close';
  resolve(value: unknown): void;
  timer?: ReturnType<typeof setTimeout>;
};

interface Running {
  channel: BackendChannel;
  pending: Map<number, Pending>;
  exited: boolean;
}

function failure(message: string, details: Record<string, unknown>): ApiResult<never> {
  const error: ApiError = { code: 'internal', message, details };
  return { ok: false, error };
}

export function createBackendClient(config: BackendClientOptions): BackendClient {
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const untimed = new Set(config.untimedOperations ?? []);
  const log = config.log ?? ((message: string) => console.error(`[ballast] ${message}`));
  const grants = new Set<string>();
  const hostMethods = HOST_METHODS.filter((method) => typeof config.host?.[method] === 'function');
  let nextId = 1;
  let current: Running | null = null;
  let closed = false;

  function start(): Running {
    const channel = config.spawn();
    const running: Running = { channel, pending: new Map(), exited: false };
    channel.onMessage((message) => {
      if (running.exited || !isFromBackend(message)) return;
      void receive(running, message);
    });
    channel.onExit((code) => {
      if (running.exited) return;
      running.exited = true;
      if (current === running) current = null;
      const inFlight = [...running.pending.values()];
      running.pending.clear();
      if (inFlight.length > 0 || !closed) {
        log(`the backend process stopped (exit code ${code ?? 'none'})`);
      }
      for (const request of inFlight) {
        clearTimeout(request.timer);
        if (request.kind === 'recent') request.resolve([]);
        else if (request.kind === 'close') request.resolve(null);
        else {
          request.resolve(
            JSON.stringify(
              failure(
                `Ballast's storage process stopped unexpectedly (exit code ${code ?? 'none'}) during ` +
                  `${request.name}. It starts again with the next request; if a change is not shown as ` +
                  'saved, make it again.',
                { reason: 'backend-exited', exitCode: code, operation: request.name },
              ),
            ),
          );
        }
      }
    });
    channel.postMessage({
      type: 'init',
      init: { options: config.options, hostMethods: [...hostMethods], grants: [...grants] },
    });
    return running;
  }

  async function receive(running: Running, message: FromBackend): Promise<void> {
    switch (message.type) {
      case 'result':
      case 'reply': {
        const request = running.pending.get(message.id);
        if (!request) return; // timed out already
        running.pending.delete(message.id);
        clearTimeout(request.timer);
        request.resolve(message.type === 'result' ? message.text : message.value);
        return;
      }
      case 'project-opened':
        config.onProjectOpened?.(message.path);
        return;
      case 'host-call': {
        const reply = await callHost(message.method, message.args);
        if (!running.exited) running.channel.postMessage({ ...reply, id: message.id });
        return;
      }
    }
  }

  async function callHost(
    method: HostMethod,
    args: unknown[],
  ): Promise<{ type: 'host-reply'; value: string | null } | { type: 'host-reply'; error: string }> {
    const service = config.host?.[method] as ((...a: unknown[]) => Promise<string | null>) | undefined;
    if (!service) return { type: 'host-reply', error: `The host offers no ${method}.` };
    try {
      return { type: 'host-reply', value: await service(...args) };
    } catch (error) {
      return { type: 'host-reply', error: error instanceof Error ? error.message : String(error) };
    }
  }

  function send<T>(
    name: string,
    kind: 'request' | 'recent',
    build: (id: number) => ToBackend,
    timed: boolean,
    onTimeout: () => T,
  ): Promise<T> {
    const running = current ?? (current = start());
    const id = nextId++;
    return new Promise<T>((resolve) => {
      const request: Pending = { name, kind, resolve: resolve as (value: unknown) => void };
      if (timed) {
        request.timer = setTimeout(() => {
          running.pending.delete(id);
          resolve(onTimeout());
          log(`the backend process did not answer ${name} within ${timeoutMs} ms; stopping it`);
          // Stuck: the other requests in flight get the exit error, the next request a new process.
          running.channel.kill();
        }, timeoutMs);
      }
      running.pending.set(id, request);
      running.channel.postMessage(build(id));
    });
  }

  function relay(name: string, payloadText: string): Promise<string> {
    if (closed) {
      return Promise.resolve(JSON.stringify(failure('Ballast is closing.', { reason: 'backend-closed' })));
    }
    return send<string>(
      name,
      'request',
      (id) => ({ type: 'request', id, name, payload: payloadText }),
      !untimed.has(name),
      () =>
        JSON.stringify(
          failure(
            `Ballast's storage process did not answer ${name} within ${Math.round(timeoutMs / 1000)} s ` +
              'and was restarted. Try again.',
            { reason: 'backend-timeout', operation: name },
          ),
        ),
    );
  }

  return {
    get running() {
      return current !== null;
    },

    relay,

    async dispatch(name, payload) {
      return JSON.parse(await relay(name, JSON.stringify(payload ?? {}))) as ApiResult<unknown>;
    },

    grantPath(path) {
      grants.add(path);
      // A backend not running yet gets it with its init message.
      if (current && !closed) current.channel.postMessage({ type: 'grant', path });
    },

    recentProjects() {
      if (closed) return Promise.resolve([]);
      return send<RecentProject[]>(
        'recent',
        'recent',
        (id) => ({ type: 'recent', id }),
        true,
        () => [],
      );
    },

    async close() {
      if (closed) return;
      closed = true;
      const running = current;
      if (!running) return;
      const exited = new Promise<void>((resolve) => running.channel.onExit(() => resolve()));
      const closeTimeout = config.closeTimeoutMs ?? 5_000;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const gaveUp = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), closeTimeout);
      });
      const id = nextId++;
      const replied = new Promise<void>((resolve) => {
        running.pending.set(id, { name: 'close', kind: 'close', resolve: () => resolve() });
        running.channel.postMessage({ type: 'close', id });
      });
      // A clean close (locks released, session cleared) then the process exits on its own.
      const outcome = await Promise.race([replied.then(() => exited), gaveUp]);
      if (outcome === 'timeout') running.channel.kill();
      clearTimeout(timer);
    },
  };
}
