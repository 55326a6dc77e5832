/**
 * Hygiene of every exchange: which `Host` a request may name (against DNS rebinding) and the
 * headers every response carries (nosniff, no referrer, a self-only Content-Security-Policy on
 * HTML pages).
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { networkInterfaces } from 'node:os';
import type { MiddlewareHandler } from 'hono';
import { build, problemResponse } from './problem.js';

/** Names of this machine that every server allows, on any port. */
export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

/** Addresses that mean "every interface" when listened on. */
const WILDCARDS = new Set(['0.0.0.0', '::', '[::]', '']);

/**
 * The host part of an allowed-hosts entry or a `Host` header, lower case, IPv6 in brackets,
 * and its port when it names one: `Example.org:8080` → `example.org`, `8080`; `::1` → `[::1]`.
 */
export function splitHost(value: string): { host: string; port: string | undefined } {
  const text = value.trim().toLowerCase();
  if (text.startsWith('[')) {
    const end = text.indexOf(']');
    if (end < 0) return { host: text, port: undefined };
    const rest = text.slice(end + 1);
    return { host: text.slice(0, end + 1), port: rest.startsWith(':') ? rest.slice(1) : undefined };
  }
  // More than one colon and no brackets: a bare IPv6 address (only in our own lists).
  if (text.indexOf(':') !== text.lastIndexOf(':')) return { host: `[${text}]`, port: undefined };
  const colon = text.indexOf(':');
  return colon < 0 ? { host: text, port: undefined } : { host: text.slice(0, colon), port: text.slice(colon + 1) };
}

/**
 * The hosts a server listening on `listen` allows beyond {@link LOOPBACK_HOSTS}: that address,
 * or, for a wildcard (`0.0.0.0`, `::`), every address of this machine's interfaces.
 */
export function listenHosts(listen: string): string[] {
  if (!WILDCARDS.has(listen.trim())) return [listen];
  return Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .map((info) => info.address.replace(/%.*$/, ''));
}

/**
 * Answers 421 `misdirected-request` to a request whose `Host` (or, without that header, its
 * URL's host) is not in `allowed` or {@link LOOPBACK_HOSTS}. An entry matches any port unless it
 * names one; `*` allows every host. A web page of another site that rebinds its name to this
 * machine's address still sends its own name, so it is refused.
 */
export function hostGuard(allowed: readonly string[]): MiddlewareHandler {
  if (allowed.includes('*')) return (_c, next) => next();
  const entries = [...LOOPBACK_HOSTS, ...allowed].map(splitHost);
  return async (c, next) => {
    const header = c.req.header('host') ?? new URL(c.req.url).host;
    const { host, port } = splitHost(header);
    const ok = entries.some((e) => e.host === host && (e.port === undefined || e.port === port));
    if (ok) return next();
    const shown = header.slice(0, 100);
    return problemResponse(
      build(
        'misdirected-request',
        `this server does not answer for host '${shown}'; to allow it, start it with ` +
          `\`chanye serve --allowed-hosts ${host.slice(0, 100) || '<host>'}\` (or the allowedHosts option of createApp)`,
        c.req.path,
        {},
      ),
    );
  };
}

/** The `'sha256-…'` source of an inline element's text, as CSP hashes it. */
function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Hashes of the inline elements `tag` (those without `src`) of an HTML page. */
function inlineHashes(html: string, tag: 'script' | 'style'): string[] {
  const pattern = new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}\\s*>`, 'gi');
  return [...html.matchAll(pattern)].filter((m) => !/\bsrc\s*=/i.test(m[1] ?? '')).map((m) => hashSource(m[2] ?? ''));
}

/**
 * The Content-Security-Policy of an HTML page: everything from this origin only, images also
 * as `data:` URLs, never framed. Inline `<script>` (the dashboard's import map) and `<style>`
 * (a report's stylesheet, the placeholder page's) elements are allowed by their hashes, not by
 * `'unsafe-inline'`; no page of ours needs `style` attributes.
 */
export function htmlCsp(html: string): string {
  const scripts = inlineHashes(html, 'script');
  const styles = inlineHashes(html, 'style');
  return [
    `default-src 'self'`,
    ['script-src', `'self'`, ...scripts].join(' '),
    ['style-src', `'self'`, ...styles].join(' '),
    `img-src 'self' data:`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join('; ');
}

/**
 * Headers on every response: `X-Content-Type-Options: nosniff`, `Referrer-Policy: no-referrer`,
 * and on HTML the policy of {@link htmlCsp}.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const html = /^text\/html\b/i.test(c.res.headers.get('content-type') ?? '');
    // The body first: with @hono/node-server's Response, reading it replaces the headers object.
    const csp = html && !c.res.headers.has('content-security-policy') ? htmlCsp(await c.res.clone().text()) : undefined;
    const headers = c.res.headers;
    headers.set('x-content-type-options', 'nosniff');
    headers.set('referrer-policy', 'no-referrer');
    if (csp !== undefined) headers.set('content-security-policy', csp);
  };
}
