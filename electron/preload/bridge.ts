import type { IpcRendererEvent, ipcRenderer } from 'electron';
import type { BallastBridge } from '../../src/core/api/bridge';
import type { HostEvent } from '../../src/core/api/contract';
import type { ApiResult } from '../../src/core/api/errors';
import { EVENT_CHANNEL, INVOKE_CHANNEL, isKnownOperationName } from '../../src/core/api/operation-names';

/**
 * The bridge object itself, built from an ipcRenderer so it can be tested with a stand-in. Listeners get
 * the event data only, never Electron's event object (whose `sender` is ipcRenderer).
 *
 * `invoke` sends `{ name, payload }` with the payload as JSON text and parses the reply text: main relays
 * both unread (src/backend/transport/ipc.ts), so the encoding work stays here, in the renderer, and in
 * the backend process, off main's UI thread. The UI still passes and gets plain objects.
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
    async invoke(name: string, payload: unknown): Promise<ApiResult<unknown>> {
      if (!isKnownOperationName(name)) {
        return refusal('unknown-operation', `There is no operation called "${String(name).slice(0, 100)}".`);
      }
      let text: string | undefined;
      try {
        // Like the HTTP transport, a missing payload means an empty request.
        text = JSON.stringify(payload ?? {});
      } catch (error) {
        return refusal('invalid-request', `The request cannot be sent as JSON: ${describe(error)}`);
      }
      if (typeof text !== 'string') {
        return refusal('invalid-request', 'The request cannot be sent as JSON.');
      }
      return parseReply(await ipc.invoke(INVOKE_CHANNEL, { name, payload: text }));
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

function refusal(code: 'unknown-operation' | 'invalid-request' | 'internal', message: string) {
  return { ok: false as const, error: { code, message } };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Main's reply is the `ApiResult` as JSON text; anything else is reported as data, never thrown. */
function parseReply(reply: unknown): ApiResult<unknown> {
  if (typeof reply !== 'string') {
    return refusal('internal', 'Ballast got an answer in an unexpected form from the main process.');
  }
  let result: unknown;
  try {
    result = JSON.parse(reply);
  } catch (error) {
    return refusal('internal', `Ballast could not read the answer: ${describe(error)}`);
  }
  if (typeof result !== 'object' || result === null || typeof (result as { ok?: unknown }).ok !== 'boolean') {
    return refusal('internal', 'Ballast got an answer in an unexpected form from the main process.');
  }
  return result as ApiResult<unknown>;
}
