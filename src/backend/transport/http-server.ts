import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import type { Dispatch } from '../api/dispatch';
import { hostIsAllowed, originIsAllowed, secretMatches } from './http-guard';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { readBody, sendJson } from './http-io';
import { readStaticFile } from './static-files';

export const API_PREFIX = '/api/';
const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface WebServerOptions {
  dispatch: Dispatch;
  /** The built UI (out/renderer). */
  staticDir: string;
  /** Per-launch secret required on every API call. */
  secret: string;
  /** 0 picks a free port. */
  port: number;
}

export interface RunningWebServer {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

/**
 * Browser mode's transport: serves the built UI and the handler map over POST /api/<operation>, bound to
 * 127.0.0.1 only. Each API answer is the same ApiResult the IPC transport returns.
 */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const staticDir = resolve(options.staticDir);
  let port = options.port;
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('Browser-mode server error:', error);
      if (!response.headersSent) sendJson(response, 500, problem('internal', 'The server failed to answer.'));
      else response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!hostIsAllowed(request, port) || !originIsAllowed(request, port)) {
      sendJson(response, 403, problem('forbidden', 'Requests from other sites or host names are refused.'));
      return;
    }
    const url = request.url ?? '/';
    if (url.startsWith(API_PREFIX)) {
      // Decoded only after the secret, Origin and Host checks: nothing of an unauthenticated URL is parsed.
      await handleApi(request, response, url.slice(API_PREFIX.length).split('?')[0]);
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendJson(response, 405, problem('invalid-request', `${request.method} is not allowed here.`));
      return;
    }
    const file = await readStaticFile(staticDir, url);
    if (!file) {
      sendJson(response, 404, problem('not-found', `Nothing is served at ${url}.`));
      return;
    }
    response.writeHead(200, {
      'Content-Type': file.contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  async function handleApi(
    request: IncomingMessage,
    response: ServerResponse,
    encodedOperation: string,
  ): Promise<void> {
    if (!secretMatches(request, options.secret)) {
      sendJson(
        response,
        403,
        problem('forbidden', 'The API needs the secret from the URL Ballast printed at launch.'),
      );
      return;
    }
    if (request.method !== 'POST') {
      sendJson(response, 405, problem('invalid-request', 'API calls use POST.'));
      return;
    }
    const operation = decodePathSegment(encodedOperation);
    if (operation === null) {
      sendJson(
        response,
        400,
        problem(
          'invalid-request',
          `The operation name in the URL (${JSON.stringify(encodedOperation.slice(0, 80))}) is not valid percent-encoding.`,
        ),
      );
      return;
    }
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      sendJson(
        response,
        415,
        problem('invalid-request', 'API calls send JSON (Content-Type: application/json).'),
      );
      return;
    }
    const body = await readBody(request, MAX_BODY_BYTES);
    if (body === null) {
      sendJson(
        response,
        413,
        problem('invalid-request', `The request is larger than ${MAX_BODY_BYTES} bytes.`),
      );
      return;
    }
    let payload: unknown;
    try {
      payload = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      sendJson(response, 400, problem('invalid-request', 'The request body is not valid JSON.'));
      return;
    }
    sendJson(response, 200, await options.dispatch(operation, payload));
  }

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', fail);
      done();
    });
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : options.port;
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}/#secret=${options.secret}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** A URL path segment decoded, or null when its percent-encoding is malformed (decodeURIComponent throws). */
function decodePathSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

function problem(code: string, message: string) {
  return { ok: false, error: { code, message } };
}
