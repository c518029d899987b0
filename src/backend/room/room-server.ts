import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { ROOM_API_PREFIX, ROOM_CODE_HEADER, isParticipantOperation } from '../../core/api/room-protocol';
import type { Dispatch } from '../api/dispatch';
import { CONTENT_SECURITY_POLICY } from '../transport/content-security-policy';
import { readBody, sendJson } from '../transport/http-io';
import { readStaticFile } from '../transport/static-files';
import { normalizeJoinCode } from './join-codes';
import {
  refusal,
  runParticipantOperation,
  type ParticipantAnswer,
  type RoomGroupScope,
} from './participant-operations';
import { Presence } from './presence';
import {
  BadCodeLockout,
  DEFAULT_LOCKOUT,
  DEFAULT_RATE_LIMIT,
  TokenBuckets,
  type LockoutPolicy,
  type RateLimit,
} from './rate-limit';
import { roomHosts, roomRequestIsOwn } from './room-guard';

/**
 * The largest participant request: a 5,000-role scenario with events is about 1.25 MB of JSON
 * (bench/synthetic-org.ts, measured), so 2 MB leaves room for longer names and notes.
 */
export const ROOM_MAX_BODY_BYTES = 2 * 1024 * 1024;

export interface RoomServerOptions {
  dispatch: Dispatch;
  /** The built UI (out/renderer), served as in browser mode. */
  staticDir: string;
  /** The interface address the facilitator picked; never a wildcard. */
  address: string;
  /** 0 picks a free port. */
  port: number;
  /** Join code → the group it opens. */
  groups: Map<string, RoomGroupScope>;
  rateLimit?: RateLimit;
  lockout?: LockoutPolicy;
  maxBodyBytes?: number;
  now?: () => number;
}

export interface RunningRoomServer {
  address: string;
  port: number;
  url: string;
  /** Remote addresses heard from per join code. */
  presence: Presence;
  /** Closes the server and every open connection; the codes are forgotten. */
  close(): Promise<void>;
}

/**
 * A room session's server: the built UI and the participant API only (room-protocol.ts), on the one
 * interface the facilitator chose. Each request is checked in this order, cheapest and least trusting
 * first: rate per address, lockout, Host/Origin, the operation's name against the allow-list, the join
 * code, rate per code, then the body's size and JSON. Nothing about a request is parsed before its
 * operation is known to be allowed.
 */
export async function startRoomServer(options: RoomServerOptions): Promise<RunningRoomServer> {
  const staticDir = resolve(options.staticDir);
  const now = options.now ?? Date.now;
  const maxBody = options.maxBodyBytes ?? ROOM_MAX_BODY_BYTES;
  const perAddress = new TokenBuckets(options.rateLimit ?? DEFAULT_RATE_LIMIT, now);
  const perCode = new TokenBuckets(options.rateLimit ?? DEFAULT_RATE_LIMIT, now);
  const lockout = new BadCodeLockout(options.lockout ?? DEFAULT_LOCKOUT, now);
  const presence = new Presence(now);
  const groups = new Map(options.groups);
  let hosts = new Set<string>();

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('Room server error:', error);
      if (!response.headersSent)
        send(response, refusal(500, 'internal', 'The room server failed to answer.'));
      else response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const remote = request.socket.remoteAddress ?? 'unknown';
    const wait = perAddress.take(remote);
    if (wait > 0) return tooMany(response, wait, 'This computer is sending too many requests.');
    const locked = lockout.secondsLocked(remote);
    if (locked > 0) {
      return tooMany(response, locked, 'Too many wrong join codes came from this computer.');
    }
    if (!roomRequestIsOwn(request, hosts)) {
      return send(
        response,
        refusal(403, 'forbidden', 'Requests from other sites or host names are refused.'),
      );
    }
    const url = request.url ?? '/';
    if (url.startsWith(ROOM_API_PREFIX)) return handleApi(request, response, remote, url);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return send(response, refusal(405, 'invalid-request', `${request.method} is not allowed here.`));
    }
    const file = await readStaticFile(staticDir, url);
    if (!file) return send(response, refusal(404, 'not-found', 'Nothing is served at that address.'));
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
    remote: string,
    url: string,
  ): Promise<void> {
    // Compared as raw text: the allowed names are plain ASCII, so nothing needs decoding.
    const operation = url.slice(ROOM_API_PREFIX.length).split('?')[0];
    if (!isParticipantOperation(operation)) {
      return send(
        response,
        refusal(
          404,
          'unsupported',
          'That is not available in a room session: participants can only work on their own group’s variant.',
        ),
      );
    }
    if (request.method !== 'POST') {
      return send(response, refusal(405, 'invalid-request', 'Room API calls use POST.'));
    }
    if (operation === 'hello')
      return send(response, { status: 200, body: { ok: true, value: { room: true } } });

    const given = request.headers[ROOM_CODE_HEADER];
    const code = typeof given === 'string' ? normalizeJoinCode(given) : '';
    const scope = groups.get(code);
    if (!scope) {
      lockout.recordBadCode(remote);
      return send(
        response,
        refusal(
          403,
          'forbidden',
          'That join code is not valid for this session. Check the code on the facilitator’s screen.',
        ),
      );
    }
    const codeWait = perCode.take(code);
    if (codeWait > 0) return tooMany(response, codeWait, 'Your group is sending too many requests.');
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return send(
        response,
        refusal(415, 'invalid-request', 'Room API calls send JSON (Content-Type: application/json).'),
      );
    }
    const body = await readBody(request, maxBody);
    if (body === null) {
      // Refused without reading the rest; the connection is closed once the answer is out.
      response.setHeader('Connection', 'close');
      response.once('finish', () => request.socket.destroy());
      return send(
        response,
        refusal(
          413,
          'invalid-request',
          `The request is larger than ${maxBody} bytes, the most a room session accepts.`,
        ),
      );
    }
    let payload: unknown;
    try {
      payload = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      return send(response, refusal(400, 'invalid-request', 'The request body is not valid JSON.'));
    }
    presence.heard(code, remote);
    send(response, await runParticipantOperation(options.dispatch, scope, operation, payload));
  }

  // A laptop that opens connections and sends nothing (or a trickle) cannot hold the server for long:
  // headers within 10 s, a whole request within 30 s, and a cap on open connections (a browser keeps
  // about six per server, so 256 is a room of forty laptops with room to spare).
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.maxConnections = 256;
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.address, () => {
      server.off('error', fail);
      done();
    });
  });
  const bound = server.address();
  const port = typeof bound === 'object' && bound ? bound.port : options.port;
  hosts = roomHosts(options.address, port);
  return {
    address: options.address,
    port,
    url: `http://${options.address}:${port}/`,
    presence,
    close: () =>
      new Promise((done) => {
        groups.clear();
        presence.clear();
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

function tooMany(response: ServerResponse, seconds: number, why: string): void {
  response.setHeader('Retry-After', String(seconds));
  send(response, refusal(429, 'forbidden', `${why} Wait ${seconds} s and try again.`));
}

function send(response: ServerResponse, answer: ParticipantAnswer): void {
  sendJson(response, answer.status, answer.body);
}
