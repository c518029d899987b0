import type { BallastBridge } from '../../core/api/bridge';
import type { HostEvent } from '../../core/api/contract';
import type { ApiResult } from '../../core/api/errors';

/** How the UI reaches the backend; the rest of the UI never knows which one it got. */
export interface Transport {
  invoke(name: string, payload: unknown): Promise<ApiResult<unknown>>;
  onEvent(listener: (event: HostEvent) => void): () => void;
}

declare global {
  interface Window {
    /** Present only in the desktop app, exposed by the preload. */
    ballast?: BallastBridge;
  }
}

const SECRET_KEY = 'ballast.secret';

/** The desktop app's preload bridge when there is one, else browser mode's HTTP API. */
export function detectTransport(win: Window = window): Transport {
  if (win.ballast) return win.ballast;
  return httpTransport(readSecret(win));
}

/**
 * Browser mode's secret arrives in the URL fragment (never sent to a server, never in a Referer); it is
 * kept for the tab's lifetime so a reload still works.
 */
function readSecret(win: Window): string {
  const fromHash = new URLSearchParams(win.location.hash.slice(1)).get('secret');
  if (fromHash) {
    win.sessionStorage.setItem(SECRET_KEY, fromHash);
    return fromHash;
  }
  return win.sessionStorage.getItem(SECRET_KEY) ?? '';
}

export function httpTransport(secret: string, base = ''): Transport {
  return {
    invoke: (name, payload) =>
      postJson(
        `${base}/api/${encodeURIComponent(name)}`,
        { 'X-Ballast-Secret': secret },
        payload,
        'Ballast’s local server is not answering. Is `npm run web` still running?',
      ),
    // Browser mode has no menus or OS file events.
    onEvent: () => () => {},
  };
}

/**
 * One API call over HTTP (browser mode's and a room participant's): the payload as JSON, the answer's
 * ApiResult, and an error as data, never a throw, when the server cannot be reached (`unreachable`
 * says what to do) or answers without JSON.
 */
export async function postJson(
  url: string,
  headers: Record<string, string>,
  payload: unknown,
  unreachable: string,
): Promise<ApiResult<unknown>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(payload ?? {}),
    });
  } catch {
    return { ok: false, error: { code: 'io', message: unreachable } };
  }
  try {
    return (await response.json()) as ApiResult<unknown>;
  } catch {
    return {
      ok: false,
      error: { code: 'internal', message: `The server answered ${response.status} without data.` },
    };
  }
}
