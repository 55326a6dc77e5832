import type { MiddlewareHandler } from 'hono';

/** Printable ASCII stays; anything else (control characters, spaces, non-ASCII) is percent-encoded. */
export function safe(text: string, max: number): string {
  const encoded = text.replace(/[^\x21-\x7e]/gu, (ch) => encodeURIComponent(ch));
  return encoded.length > max ? `${encoded.slice(0, max)}…` : encoded;
}

/** The names of the query parameters, never their values. */
function queryNames(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return '';
  const names = [...new URLSearchParams(url.slice(q + 1)).keys()].slice(0, 20).map((k) => safe(k, 40));
  return names.length > 0 ? `?${names.join('&')}` : '';
}

/**
 * One line per request: method, path, the names (not values) of query parameters, status
 * and milliseconds. No client address, no header, no query value, no body: nothing that
 * could identify a person or carry what they searched for.
 *
 * @example
 * // GET /api/economies/CHN/profile?year&format 200 4.2ms
 */
export function requestLog(write: (line: string) => void): MiddlewareHandler {
  return async (c, next) => {
    const start = performance.now();
    await next();
    const ms = performance.now() - start;
    write(`${c.req.method} ${safe(c.req.path, 200)}${queryNames(c.req.url)} ${c.res.status} ${ms.toFixed(1)}ms`);
  };
}
