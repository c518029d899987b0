import type { ApiError, ApiResult } from '../../core/api/errors';
import { createBackend, type Backend, type BackendOptions, type HostServices } from '../backend';
import {
  HOST_METHODS,
  type BackendInit,
  type FromBackend,
  type HostMethod,
  type MessagePortLike,
  type ToBackend,
} from './backend-protocol';

/**
 * The backend process's side of backend-protocol.ts: receive, dispatch, reply. The entry point
 * (electron/backend/index.ts) adapts `process.parentPort` to a MessagePortLike and calls this; tests run
 * the same entry in a Node child process.
 */

export interface BackendServerOptions {
  /** Called once the backend has closed cleanly on main's request (the entry exits the process). */
  onClosed?(): void;
  create?(options: BackendOptions): Backend;
}

export function serveBackend(
  port: MessagePortLike<FromBackend, ToBackend>,
  { onClosed, create = createBackend }: BackendServerOptions = {},
): void {
  let backend: Backend | null = null;
  let nextHostCall = 1;
  const hostCalls = new Map<number, { resolve(value: string | null): void; reject(error: Error): void }>();

  const callHost = (method: HostMethod, args: unknown[]) =>
    new Promise<string | null>((resolve, reject) => {
      const id = nextHostCall++;
      hostCalls.set(id, { resolve, reject });
      port.postMessage({ type: 'host-call', id, method, args });
    });

  function start(init: BackendInit): Backend {
    const host: HostServices = {};
    for (const method of init.hostMethods) {
      if (!HOST_METHODS.includes(method)) continue;
      host[method] = (...args: unknown[]) => callHost(method, args);
    }
    const created = create({
      ...init.options,
      host: init.hostMethods.length > 0 ? host : undefined,
      onProjectOpened: (path) => port.postMessage({ type: 'project-opened', path }),
    });
    for (const path of init.grants) created.grantPath(path);
    return created;
  }

  port.onMessage((message) => {
    switch (message.type) {
      case 'init':
        backend ??= start(message.init);
        return;
      case 'grant':
        backend?.grantPath(message.path);
        return;
      case 'request': {
        const { id, name, payload } = message;
        if (!backend) {
          port.postMessage({ type: 'result', id, text: JSON.stringify(notStarted()) });
          return;
        }
        const started = backend;
        void dispatchText((n, p) => started.dispatch(n, p), name, payload).then((text) =>
          port.postMessage({ type: 'result', id, text }),
        );
        return;
      }
      case 'recent':
        port.postMessage({ type: 'reply', id: message.id, value: backend?.recentProjects() ?? [] });
        return;
      case 'close':
        backend?.close();
        backend = null;
        port.postMessage({ type: 'reply', id: message.id, value: null });
        onClosed?.();
        return;
      case 'host-reply': {
        const pending = hostCalls.get(message.id);
        if (!pending) return;
        hostCalls.delete(message.id);
        if ('error' in message) pending.reject(new Error(message.error));
        else pending.resolve(message.value);
        return;
      }
    }
  });
}

function failure(code: ApiError['code'], message: string, details?: unknown): ApiResult<never> {
  return { ok: false, error: details === undefined ? { code, message } : { code, message, details } };
}

/**
 * One request as JSON text in, its `ApiResult` as JSON text out: the only place on the Electron path
 * where a request's payload is parsed (main relays the text unread). Never rejects; every failure is a
 * result as data, like the HTTP transport's (a payload that is not JSON is `invalid-request`).
 */
export async function dispatchText(
  dispatch: (name: string, payload: unknown) => Promise<ApiResult<unknown>>,
  name: string,
  payloadText: string,
): Promise<string> {
  if (typeof payloadText !== 'string') {
    return JSON.stringify(
      failure('invalid-request', 'The request payload must be JSON text.', { reason: 'not-text' }),
    );
  }
  let payload: unknown;
  try {
    payload = JSON.parse(payloadText);
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error);
    return JSON.stringify(
      failure('invalid-request', `The request payload is not valid JSON: ${problem.slice(0, 200)}`, {
        reason: 'malformed-json',
      }),
    );
  }
  let result: ApiResult<unknown>;
  try {
    result = await dispatch(name, payload);
  } catch (error) {
    // dispatch never throws; a rejection here would be a bug in it, still answered as data.
    result = failure('internal', `Ballast hit an unexpected problem: ${String(error)}`);
  }
  try {
    return JSON.stringify(result);
  } catch (error) {
    return JSON.stringify(
      failure('internal', `Ballast could not encode the answer to ${name}: ${String(error)}`),
    );
  }
}

function notStarted() {
  return {
    ok: false as const,
    error: { code: 'internal' as const, message: 'The backend process was not started.' },
  };
}
