import type { UtilityProcess } from 'electron';
import {
  createBackendClient,
  type BackendChannel,
  type BackendClient,
  type BackendClientOptions,
} from '../../src/backend/transport/backend-client';
import type { ToBackend } from '../../src/backend/transport/backend-protocol';

/**
 * Starts the backend (SQLite, validation, every handler) in an Electron utility process instead of on
 * the main thread, behind the same `dispatch`: main keeps only the IPC sender check, native dialogs and
 * other main-only work. The protocol and its crash and timeout handling are in
 * src/backend/transport/backend-client.ts; this file only forks the process.
 */

/** The part of Electron's `utilityProcess` used here (injected so tests need no Electron). */
export interface UtilityProcessLike {
  fork(
    modulePath: string,
    args?: string[],
    options?: { serviceName?: string; stdio?: 'inherit' | 'ignore' | 'pipe' },
  ): Pick<UtilityProcess, 'postMessage' | 'on' | 'kill'>;
}

/** Operations that wait for the user in a native dialog, so they have no time limit. */
export const UNTIMED_OPERATIONS = ['dialog.openProject', 'dialog.saveProject'] as const;

export function utilityProcessChannel(
  utilityProcess: UtilityProcessLike,
  modulePath: string,
): BackendChannel {
  const child = utilityProcess.fork(modulePath, [], { serviceName: 'Ballast backend', stdio: 'inherit' });
  // Messages wait until the process has started; the port keeps their order.
  let queue: ToBackend[] | null = [];
  child.on('spawn', () => {
    for (const message of queue ?? []) child.postMessage(message);
    queue = null;
  });
  return {
    postMessage(message) {
      if (queue) queue.push(message);
      else child.postMessage(message);
    },
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.on('exit', (code: number) => listener(code)),
    kill: () => child.kill(),
  };
}

export function startBackendProcess(
  utilityProcess: UtilityProcessLike,
  modulePath: string,
  options: Omit<BackendClientOptions, 'spawn'>,
): BackendClient {
  return createBackendClient({
    untimedOperations: UNTIMED_OPERATIONS,
    ...options,
    spawn: () => utilityProcessChannel(utilityProcess, modulePath),
  });
}
