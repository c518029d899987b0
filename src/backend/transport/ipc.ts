import { INVOKE_CHANNEL, isKnownOperationName } from '../../core/api/operation-names';
import type { ApiError, ApiResult } from '../../core/api/errors';

/**
 * The Electron transport of the one API, kept here (not under electron/) because it must not import
 * electron: the main process passes in its `ipcMain`, and tests pass a stand-in.
 *
 * One handler on one channel; the operation name travels inside the message. Before anything reaches the
 * backend, the sender frame must be the app's own top-level page, the message must be `{ name, payload }`,
 * the name must be an operation and the payload a string (the request's JSON text, at most
 * MAX_PAYLOAD_CHARS). Every refusal is an `ApiResult` (data), never a thrown error, so the renderer sees
 * the same shape as from the HTTP transport.
 *
 * The payload and the reply are relayed as JSON text and never parsed here: this runs on Electron's main
 * thread, which is also the window's UI thread, and a structured-clone payload would have it decode and
 * re-encode a whole scenario (tens of milliseconds at 5,000 roles) on every save. The backend process
 * parses the text (backend-server.ts). Refusals made here are JSON text too: one reply format.
 */

/** The part of Electron's `IpcMainInvokeEvent` this transport reads. */
export interface IpcSenderFrameLike {
  url: string;
  /** Null for a top-level frame; a sub-frame (an iframe) is never trusted. */
  parent?: unknown;
}

export interface IpcInvokeEventLike {
  senderFrame?: IpcSenderFrameLike | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcInvokeEventLike, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

/** Forwards a request's JSON text (unread) and resolves to the `ApiResult` as JSON text. */
export type Dispatch = (name: string, payloadText: string) => Promise<string>;

/** The same limit as browser mode's request body: 64 MiB, far above a 10,000-role scenario (~10 MB). */
export const MAX_PAYLOAD_CHARS = 64 * 1024 * 1024;

/** A refusal made here, as the JSON text every reply is. */
function refuse(code: ApiError['code'], message: string, details?: unknown): string {
  const error: ApiError = details === undefined ? { code, message } : { code, message, details };
  const result: ApiResult<never> = { ok: false, error };
  return JSON.stringify(result);
}

/** Whether the sender is the app's own top-level page (not an iframe, not a page navigated elsewhere). */
export function isTrustedFrame(
  frame: IpcSenderFrameLike | null | undefined,
  isTrustedSender: (frameUrl: string) => boolean,
): boolean {
  if (!frame || typeof frame.url !== 'string') return false;
  // `parent` is null for a main frame; undefined only in stand-ins that do not model frames.
  if (frame.parent !== null && frame.parent !== undefined) return false;
  return isTrustedSender(frame.url);
}

type CheckedMessage = { ok: true; name: string; payload: string } | { ok: false; result: string };

/** Checks the message's shape, name and payload type and size, without reading the payload's text. */
function checkMessage(message: unknown): CheckedMessage {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) {
    return {
      ok: false,
      result: refuse('invalid-request', 'The request must be an object { name, payload }.'),
    };
  }
  const extra = Object.keys(message).filter((key) => key !== 'name' && key !== 'payload');
  if (extra.length > 0) {
    return {
      ok: false,
      result: refuse('invalid-request', 'The request may only carry name and payload.', {
        unexpected: extra,
      }),
    };
  }
  const { name, payload } = message as { name?: unknown; payload?: unknown };
  if (typeof name !== 'string') {
    return { ok: false, result: refuse('invalid-request', 'The request needs an operation name.') };
  }
  if (!isKnownOperationName(name)) {
    return {
      ok: false,
      result: refuse('unknown-operation', `There is no operation called "${name.slice(0, 100)}".`),
    };
  }
  if (typeof payload !== 'string') {
    return {
      ok: false,
      result: refuse('invalid-request', 'The request payload must be JSON text.', {
        reason: 'not-text',
      }),
    };
  }
  if (payload.length > MAX_PAYLOAD_CHARS) {
    return {
      ok: false,
      result: refuse(
        'invalid-request',
        `The request is too large (${payload.length} characters; the limit is ${MAX_PAYLOAD_CHARS}).`,
        { reason: 'too-large', size: payload.length, limit: MAX_PAYLOAD_CHARS },
      ),
    };
  }
  return { ok: true, name, payload };
}

/**
 * Registers the API on `ipcMain` and returns a function that removes it again.
 *
 * `isTrustedSender` receives the sender frame's URL and says whether it is the app's own origin (for
 * example `app://ballast/...`); anything else is refused with `forbidden` before the name is read.
 */
export function registerIpcTransport(
  ipcMain: IpcMainLike,
  dispatch: Dispatch,
  isTrustedSender: (frameUrl: string) => boolean,
): () => void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, ...args) => {
    if (!isTrustedFrame(event?.senderFrame, isTrustedSender)) {
      return refuse('forbidden', 'This page may not use the Ballast API.', {
        reason: 'untrusted-sender',
      });
    }
    if (args.length !== 1) {
      return refuse('invalid-request', 'The request must be a single { name, payload } message.');
    }
    const checked = checkMessage(args[0]);
    if (!checked.ok) return checked.result;
    try {
      return await dispatch(checked.name, checked.payload);
    } catch (error) {
      // The backend promises never to throw; if it does anyway, the renderer still gets data.
      const message = error instanceof Error ? error.message : String(error);
      return refuse('internal', `Ballast hit an unexpected problem: ${message}`);
    }
  });
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}
