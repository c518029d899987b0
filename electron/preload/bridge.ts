import type { IpcRendererEvent, ipcRenderer } from 'electron';
import type { BallastBridge } from '../../src/core/api/bridge';
import type { HostEvent } from '../../src/core/api/contract';
import type { ApiResult } from '../../src/core/api/errors';
import { EVENT_CHANNEL, INVOKE_CHANNEL, isKnownOperationName } from '../../src/core/api/operation-names';

/**
 * The bridge object itself, built from an ipcRenderer so it can be tested with a stand-in. Listeners get
 * the event data only, never Electron's event object (whose `sender` is ipcRenderer).
 */

/**
 * Host events that arrive before the UI has subscribed (a file opened at launch) are held and handed to
 * the first listener, so nothing is lost to the race between page load and React's first effect.
 */
const MAX_HELD_EVENTS = 50;

export function createBridge(
  ipc: Pick<typeof ipcRenderer, 'invoke' | 'on' | 'removeListener'>,
): BallastBridge {
  const listeners = new Set<(event: HostEvent) => void>();
  const held: HostEvent[] = [];

  ipc.on(EVENT_CHANNEL, (_event: IpcRendererEvent, hostEvent: HostEvent) => {
    if (listeners.size === 0) {
      if (held.length < MAX_HELD_EVENTS) held.push(hostEvent);
      return;
    }
    for (const listener of listeners) listener(hostEvent);
  });

  return {
    invoke(name: string, payload: unknown): Promise<ApiResult<unknown>> {
      if (!isKnownOperationName(name)) {
        return Promise.resolve({
          ok: false,
          error: {
            code: 'unknown-operation',
            message: `There is no operation called "${String(name).slice(0, 100)}".`,
          },
        });
      }
      // Like the HTTP transport, a missing payload means an empty request.
      return ipc.invoke(INVOKE_CHANNEL, { name, payload: payload ?? {} }) as Promise<ApiResult<unknown>>;
    },
    onEvent(listener: (event: HostEvent) => void): () => void {
      if (typeof listener !== 'function') throw new TypeError('onEvent needs a function');
      listeners.add(listener);
      for (const hostEvent of held.splice(0)) listener(hostEvent);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
