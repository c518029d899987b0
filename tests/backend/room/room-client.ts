import { request } from 'node:http';
import { ROOM_CODE_HEADER } from '../../../src/core/api/room-protocol';

export interface RoomReply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json(): { ok: boolean; value?: unknown; error?: { code: string; message: string } };
}

export interface RoomRequest {
  port: number;
  path: string;
  method?: string;
  /** The join code header; omitted when undefined. */
  code?: string;
  body?: string | Buffer;
  headers?: Record<string, string>;
  /** The source address (127.0.0.2 is a second "laptop" on loopback). */
  localAddress?: string;
  host?: string;
  /** Send the body in chunks without a Content-Length. */
  chunked?: boolean;
}

/**
 * One request to a room server through node:http, which (unlike fetch) may set Host, a source address
 * and a chunked body, as a hostile client would.
 */
export function roomRequest(options: RoomRequest): Promise<RoomReply> {
  const headers: Record<string, string> = {
    Host: options.host ?? `127.0.0.1:${options.port}`,
    ...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
    ...(options.code !== undefined ? { [ROOM_CODE_HEADER]: options.code } : {}),
    ...options.headers,
  };
  return new Promise((done, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: options.port,
        path: options.path,
        method: options.method ?? (options.body !== undefined ? 'POST' : 'GET'),
        headers,
        localAddress: options.localAddress,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          done({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
        });
        res.on('error', fail);
      },
    );
    req.on('error', fail);
    if (options.body === undefined) req.end();
    else if (options.chunked) {
      const body = Buffer.from(options.body);
      const step = 64 * 1024;
      for (let at = 0; at < body.length; at += step) req.write(body.subarray(at, at + step));
      req.end();
    } else {
      req.setHeader('Content-Length', Buffer.byteLength(options.body));
      req.end(options.body);
    }
  });
}

/** A participant API call with a JSON body. */
export function roomCall(
  port: number,
  operation: string,
  code: string | undefined,
  payload: unknown = {},
  extra: Partial<RoomRequest> = {},
): Promise<RoomReply> {
  return roomRequest({ port, path: `/room/api/${operation}`, code, body: JSON.stringify(payload), ...extra });
}
