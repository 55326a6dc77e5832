import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';

/** Where the dashboard's build will be (packages/web/dist), when it exists. */
export function defaultDashboardDir(): string {
  return fileURLToPath(new URL('../../../web/dist', import.meta.url));
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

const PLACEHOLDER = `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<title>Chanye 产业</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40em;margin:3em auto;padding:0 1em}</style>
<h1>Chanye 产业</h1>
<p>The dashboard is coming in a later release. The HTTP API is here now:</p>
<ul>
<li><a href="/openapi.json">/openapi.json</a>: every route, its parameters and answers (OpenAPI 3.1)</li>
<li><a href="/api/economies">/api/economies</a>, <a href="/api/economies/CHN/profile">/api/economies/CHN/profile</a>, <a href="/api/indicators">/api/indicators</a></li>
<li><a href="/api/health">/api/health</a></li>
</ul>
`;

/**
 * The dashboard host: files of `dir` (the web package's build) when it has an index.html,
 * else a placeholder page at `/`. Paths are resolved inside `dir` only; `/api/*` is never a file.
 */
export function dashboardRoutes(dir: string | undefined) {
  const root = dir && existsSync(join(dir, 'index.html')) ? resolve(dir) : undefined;
  const app = new Hono();
  if (!root) return app.get('/', (c) => c.html(PLACEHOLDER));
  return app.get('*', async (c, next) => {
    const path = c.req.path;
    if (path.startsWith('/api/') || path === '/api' || path.startsWith('/problems/')) return next();
    let relative: string;
    try {
      relative = normalize(decodeURIComponent(path)).replace(/^([/\\])+/, '');
    } catch {
      return next();
    }
    if (relative.includes('\0')) return next();
    const file = resolve(root, relative === '' ? 'index.html' : relative);
    if (file !== root && !file.startsWith(root + sep)) return next();
    const target = existsSync(file) && statSync(file).isFile() ? file : join(root, 'index.html');
    return c.body(readFileSync(target), 200, {
      'content-type': TYPES[extname(target)] ?? 'application/octet-stream',
    });
  });
}
