import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Store } from '@chanye/store';
import { startServer } from '@chanye/server';
import { openSnapshotStore, problemOf, repoRoot, testApp } from './helpers.js';

let store: Store;
let dir: string;
beforeAll(async () => {
  store = await openSnapshotStore();
  dir = mkdtempSync(join(tmpdir(), 'chanye-hygiene-'));
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** GET over a real socket, so the Host header is exactly the one given. */
function getWithHost(
  port: number,
  path: string,
  host: string,
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('allowed Host headers', () => {
  it('answers 421 problem+json naming a host it does not serve, and how to allow it', async () => {
    const app = testApp(store);
    const res = await app.request('/api/health', { headers: { host: 'rebound.example:8080' } });
    expect(res.status).toBe(421);
    const problem = await problemOf(res);
    expect(problem.type).toBe('/problems/misdirected-request');
    expect(problem.detail).toContain('rebound.example:8080');
    expect(problem.detail).toContain('--allowed-hosts rebound.example');
  });

  it('serves loopback names on any port, requests without a Host header, and configured hosts', async () => {
    const app = testApp(store, { allowedHosts: ['api.example.org', 'pinned.example:9000'] });
    for (const host of ['localhost:8080', '127.0.0.1', '[::1]:1234', 'LOCALHOST', 'api.example.org:443']) {
      const res = await app.request('/api/economies', { headers: { host } });
      expect(res.status, host).toBe(200);
    }
    expect((await app.request('/api/economies')).status).toBe(200);
    expect((await app.request('/api/economies', { headers: { host: 'pinned.example:9000' } })).status).toBe(200);
    expect((await app.request('/api/economies', { headers: { host: 'pinned.example:9001' } })).status).toBe(421);
    expect((await app.request('/api/economies', { headers: { host: 'example.org' } })).status).toBe(421);
  });

  it("'*' allows any host", async () => {
    const res = await testApp(store, { allowedHosts: ['*'] }).request('/api/economies', {
      headers: { host: 'anything.example' },
    });
    expect(res.status).toBe(200);
  });

  it('a running server allows the address it listens on, refuses other names, and sends the headers', async () => {
    const running = await startServer({ store, port: 0, host: '127.0.0.1', log: false });
    try {
      expect((await getWithHost(running.port, '/api/economies', `127.0.0.1:${running.port}`)).status).toBe(200);
      const refused = await getWithHost(running.port, '/api/economies', `attacker.example:${running.port}`);
      expect(refused.status).toBe(421);
      expect(JSON.parse(refused.body)).toMatchObject({ type: '/problems/misdirected-request', status: 421 });
      expect(refused.headers['x-content-type-options']).toBe('nosniff');
      const page = await getWithHost(running.port, '/', `localhost:${running.port}`);
      expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(page.headers['referrer-policy']).toBe('no-referrer');
    } finally {
      await running.close();
    }
  });
});

describe('headers on every response', () => {
  it('API answers, errors included, say nosniff and no-referrer', async () => {
    const app = testApp(store);
    for (const path of ['/api/economies', '/api/nope', '/api/health?bogus=1']) {
      const res = await app.request(path);
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
    }
    const refused = await app.request('/api/economies', { headers: { host: 'evil.example' } });
    expect(refused.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it("the dashboard page has a self-only CSP that allows its inline import map by hash, not 'unsafe-inline'", async () => {
    const web = join(dir, 'web');
    mkdirSync(web);
    const html = readFileSync(join(repoRoot, 'packages', 'web', 'static', 'index.html'), 'utf8');
    writeFileSync(join(web, 'index.html'), html);
    const res = await testApp(store, { dashboardDir: web }).request('/');
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("img-src 'self' data:");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const importMap = /<script type="importmap">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(importMap).not.toBe('');
    const hash = createHash('sha256').update(importMap).digest('base64');
    expect(csp).toContain(`script-src 'self' 'sha256-${hash}'`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    // The stylesheet and scripts are files, not HTML: no page policy, but nosniff.
    writeFileSync(join(web, 'style.css'), 'body{}');
    const css = await testApp(store, { dashboardDir: web }).request('/style.css');
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    expect(css.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('the placeholder page allows its own inline stylesheet by hash', async () => {
    const res = await testApp(store).request('/');
    const html = await res.text();
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    const hash = createHash('sha256').update(style).digest('base64');
    expect(res.headers.get('content-security-policy')).toContain(`style-src 'self' 'sha256-${hash}'`);
  });
});

describe('/api/health checks the snapshot against its manifest', () => {
  it('is ok for the embedded snapshot', async () => {
    const body = (await (await testApp(store).request('/api/health')).json()) as {
      status: string;
      snapshot: { problems: unknown[] };
    };
    expect(body).toMatchObject({ status: 'ok', snapshot: { problems: [] } });
  });

  it('names the version of package.json and the snapshot hash recomputed from manifest.json', async () => {
    const body = (await (await testApp(store).request('/api/health')).json()) as {
      version: string;
      snapshotHash: string;
    };
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'data', 'snapshot', 'manifest.json'), 'utf8')) as {
      files: { file: string; sha256: string }[];
    };
    // sha256sum lines sorted by file name, as documented in docs/cli.md ("Reproducing a figure").
    const lines = manifest.files
      .map((f) => `${f.sha256.toLowerCase()}  ${f.file}\n`)
      .sort((a, b) => (a.slice(66) < b.slice(66) ? -1 : 1))
      .join('');
    expect(body.version).toBe(pkg.version);
    expect(body.snapshotHash).toBe(createHash('sha256').update(lines).digest('hex'));
  });

  it('is degraded, naming the file and both hashes, when a snapshot file is corrupted', async () => {
    const source = join(repoRoot, 'data', 'snapshot');
    const copy = join(dir, 'snapshot');
    mkdirSync(copy);
    for (const name of readdirSync(source)) {
      if (name.endsWith('.parquet') || name === 'manifest.json') copyFileSync(join(source, name), join(copy, name));
    }
    const victim = 'io_final_demand_categories.parquet';
    const bytes = readFileSync(join(copy, victim));
    const at = Math.floor(bytes.length / 2);
    bytes[at] = (bytes[at] ?? 0) ^ 0xff;
    writeFileSync(join(copy, victim), bytes);
    const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8')) as {
      files: { file: string; sha256: string; bytes: number }[];
    };
    const expected = manifest.files.find((f) => f.file === victim);

    const corrupt = await Store.open({ snapshotDir: copy, userDbPath: join(dir, 'no-user.duckdb') });
    try {
      const res = await testApp(corrupt).request('/api/health');
      expect(res.status).toBe(200);
      const body = (await res.json()) as { status: string; snapshot: { problems: unknown[] } };
      expect(body.status).toBe('degraded');
      expect(body.snapshot.problems).toEqual([
        {
          file: victim,
          problem: 'corrupted',
          expected: { sha256: expected?.sha256, bytes: expected?.bytes },
          found: { sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length },
        },
      ]);
    } finally {
      corrupt.close();
    }
  });
});

describe('the cause of a 500', () => {
  it('goes to standard error in one line while the client gets the generic problem', async () => {
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const app = testApp(store, {
        reports: () => Promise.reject(new Error('renderer exploded\nsecond line')),
      });
      const res = await app.request('/api/economies/CHN/report');
      expect(res.status).toBe(500);
      const problem = await problemOf(res);
      expect(problem.type).toBe('/problems/internal-error');
      expect(JSON.stringify(problem)).not.toContain('exploded');
      const lines = spy.mock.calls.map((call) => String(call[0])).filter((l) => l.includes('exploded'));
      expect(lines).toHaveLength(1);
      const line = lines[0] ?? '';
      expect(line).toMatch(/^chanye: 500 GET \/api\/economies\/CHN\/report: renderer exploded \| second line; stack: /);
      expect(line).toContain('hygiene.test.ts');
      expect(line.trimEnd().includes('\n')).toBe(false);
    } finally {
      spy.mockRestore();
    }
  });
});
