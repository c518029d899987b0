import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The two HTTP servers' (browser mode's and the room session's) shared reading and writing: a request
 * body under a size limit, and a JSON answer that is never cached or sniffed.
 */

/** The body, or null as soon as it passes `limit` (a declared Content-Length over it is not read at all). */
export function readBody(request: IncomingMessage, limit: number): Promise<Buffer | null> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve(null);
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.off('data', onData);
        request.pause();
        done(null);
      } else chunks.push(chunk);
    };
    request.on('data', onData);
    request.on('end', () => done(Buffer.concat(chunks)));
    request.on('error', fail);
  });
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(JSON.stringify(body));
}
