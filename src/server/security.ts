/**
 * Request checks of the open server: the per-session token, and Host / Origin of the server's own
 * address only (a page on another origin, or a DNS name rebound to 127.0.0.1, is refused).
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-asl-studio-token';

/** Host header values that name this server. */
export function allowedHosts(host: string, port: number): Set<string> {
  const names = new Set([host, '127.0.0.1', 'localhost', '[::1]']);
  if (host.includes(':') && !host.startsWith('[')) names.add(`[${host}]`);
  return new Set([...names].map((name) => `${name}:${port}`));
}

/** Why the request does not come from the studio's own page, or undefined. */
export function originProblem(req: IncomingMessage, hosts: Set<string>): string | undefined {
  const host = req.headers.host ?? '';
  if (!hosts.has(host.toLowerCase())) return `Host "${host}" is not this server.`;
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== 'null' && !hosts.has(origin.replace(/^http:\/\//, '').toLowerCase())) return `Origin "${origin}" is not this server.`;
  if (origin === 'null') return 'Requests from opaque origins are refused.';
  if (req.headers['sec-fetch-site'] === 'cross-site') return 'Cross-site requests are refused.';
  return undefined;
}

export function tokenMatches(req: IncomingMessage, token: string): boolean {
  const given = req.headers[TOKEN_HEADER];
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
