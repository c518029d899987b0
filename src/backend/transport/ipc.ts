import { INVOKE_CHANNEL, isKnownOperationName } from '../../core/api/operation-names';
import type { ApiError, ApiResult } from '../../core/api/errors';

/**
 * The Electron transport of the one API, kept here (not under electron/) because it must not import
 * electron: the main process passes in its `ipcMain`, and tests pass a stand-in.
 *
 * One handler on one channel; the operation name travels inside the message. Before anything reaches the
 * backend, the sender frame must be the app's own top-level page, the message must be `{ name, payload }`
 * and the name must be an operation. Every refusal is an `ApiResult` (data), never a thrown error, so the
 * renderer sees the same shape as from the HTTP transport.
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

export type Dispatch = (name: string, payload: unknown) => Promise<ApiResult<unknown>>;

function refuse(code: ApiError['code'], message: string, details?: unknown): ApiResult<never> {
  const error: ApiError = details === undefined ? { code, message } : { code, message, details };
  return { ok: false, error };
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

type ParsedMessage = { ok: true; name: string; payload: unknown } | { ok: false; result: ApiResult<never> };

function parseMessage(message: unknown): ParsedMessage {
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
    const parsed = parseMessage(args[0]);
    if (!parsed.ok) return parsed.result;
    try {
      return await dispatch(parsed.name, parsed.payload);
    } catch (error) {
      // The backend promises never to throw; if it does anyway, the renderer still gets data.
      const message = error instanceof Error ? error.message : String(error);
      return refuse('internal', `Ballast hit an unexpected problem: ${message}`);
    }
  });
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}
