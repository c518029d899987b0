import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const SECRET_HEADER = 'x-ballast-secret';

/**
 * Browser mode listens on 127.0.0.1, but any web page the user visits could still try to reach it. So:
 * the Host header must name this server (defeats DNS rebinding), a present Origin must be this server's
 * own, and API calls must carry the per-launch secret that only the printed URL knows.
 */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function hostIsAllowed(request: IncomingMessage, port: number): boolean {
  return allowedHosts(port).has((request.headers.host ?? '').toLowerCase());
}

export function originIsAllowed(request: IncomingMessage, port: number): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true; // same-origin GETs and non-browser clients send none
  return [...allowedHosts(port)].some((host) => origin.toLowerCase() === `http://${host}`);
}

export function secretMatches(request: IncomingMessage, secret: string): boolean {
  const given = request.headers[SECRET_HEADER];
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}
