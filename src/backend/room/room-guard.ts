import type { IncomingMessage } from 'node:http';

/**
 * The room server answers only to its own name: the Host header must be the address:port it is bound
 * to (a DNS-rebinding page names its own host) and a present Origin must be that same server (another
 * site's page may not drive a participant's browser against it).
 */
export function roomHosts(address: string, port: number): Set<string> {
  const hosts = new Set([`${address}:${port}`]);
  if (address === '127.0.0.1') hosts.add(`localhost:${port}`);
  return hosts;
}

export function roomRequestIsOwn(request: IncomingMessage, hosts: Set<string>): boolean {
  if (!hosts.has((request.headers.host ?? '').toLowerCase())) return false;
  const origin = request.headers.origin;
  if (origin === undefined) return true; // same-origin GETs and non-browser clients send none
  return [...hosts].some((host) => origin.toLowerCase() === `http://${host}`);
}
