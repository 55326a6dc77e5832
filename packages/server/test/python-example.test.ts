// The Python example of docs/guide-python-r-stata.md (examples/python/chanye_api.py), run
// against a live server with Debian's python3-pandas and python3-requests. The numbers it
// prints are checked against the API's JSON for the same request, read here independently.
import { execFile, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '@chanye/store';
import { startServer, type RunningServer } from '@chanye/server';
import { openSnapshotStore, repoRoot } from './helpers.js';

const run = promisify(execFile);
const script = join(repoRoot, 'examples', 'python', 'chanye_api.py');
const guide = readFileSync(join(repoRoot, 'docs', 'guide-python-r-stata.md'), 'utf8');
/** The request every language's example makes; the R and Stata examples must use it verbatim. */
const OBSERVATIONS = 'indicator=mva_share_gdp&economies=CHN,DEU&years=2000:2019';
const PROFILE = '/api/economies/CHN/profile';

/**
 * The first interpreter that imports pandas and requests: $PYTHON, then python3 on the PATH,
 * then Debian's /usr/bin/python3 (a pyenv or venv python3 earlier on the PATH may lack them).
 */
function findPython(): string | undefined {
  const candidates = [process.env['PYTHON'], 'python3', '/usr/bin/python3'].filter((c): c is string => !!c);
  return candidates.find((python) => {
    try {
      execFileSync(python, ['-c', 'import pandas, requests'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  });
}

const python = findPython();
if (!python) {
  console.warn(
    'python-example: skipped, no python3 that imports pandas and requests (apt-get install python3-pandas python3-requests)',
  );
}

interface Observation {
  iso3: string;
  year: number;
  value: number | null;
  unit: string;
  status: string;
}

interface Profile {
  newestYear: number | null;
  income: { current: { group: string } | null };
  sections: { id: string; items: { observation: unknown }[] }[];
}

/** The lines of the guide's fenced code blocks in one language. */
function codeBlocks(language: string): string {
  const blocks = [...guide.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))];
  return blocks.map((m) => m[1]).join('\n');
}

describe('the guide keeps one request for Python, R and Stata', () => {
  it('the script, the R and the Stata examples ask for the same observations and profile', () => {
    const source = readFileSync(script, 'utf8');
    for (const [name, value] of new URLSearchParams(OBSERVATIONS)) {
      expect(source).toContain(`"${name}": "${value}"`);
    }
    expect(source).toContain(`"${PROFILE}"`);
    for (const language of ['r', 'stata']) {
      const code = codeBlocks(language);
      expect(code, language).toContain(`/api/observations?${OBSERVATIONS}&format=csv`);
      expect(code, language).toContain(PROFILE);
    }
  });
});

describe.skipIf(!python)('examples/python/chanye_api.py against a live server', () => {
  let store: Store;
  let server: RunningServer;

  beforeAll(async () => {
    store = await openSnapshotStore();
    server = await startServer({ store, port: 0, workers: 0, log: false });
  });

  afterAll(async () => {
    await server?.close();
    await store?.close();
  });

  it('prints the API JSON values, the status counts, the profile summary, a 304 and a problem', async () => {
    const { stdout } = await run(python!, [script, server.url], { timeout: 60_000 });
    const lines = stdout.trimEnd().split('\n');

    const observations = (await (
      await fetch(`${server.url}/api/observations?${OBSERVATIONS}`)
    ).json()) as Observation[];
    expect(observations.length).toBeGreaterThan(0);
    expect(lines[0]).toBe(`mva_share_gdp (${observations[0]!.unit}), ${observations.length} observations`);

    // The table: a header "year CHN DEU", then one row per year with each value in full.
    const header = lines[1]!.trim().split(/\s+/);
    const economies = [...new Set(observations.map((o) => o.iso3))].sort();
    expect(header).toEqual(['year', ...economies]);
    const years = [...new Set(observations.map((o) => o.year))].sort((a, b) => a - b);
    const rows = lines.slice(2, 2 + years.length).map((line) => line.trim().split(/\s+/));
    expect(rows.map((r) => Number(r[0]))).toEqual(years);
    const printed = rows.flatMap((r) =>
      economies.map((iso3, j) => ({ iso3, year: Number(r[0]), value: r[j + 1] === 'NaN' ? null : Number(r[j + 1]) })),
    );
    const expected = years.flatMap((year) =>
      economies.map((iso3) => ({
        iso3,
        year,
        value: observations.find((o) => o.iso3 === iso3 && o.year === year)?.value ?? null,
      })),
    );
    expect(printed).toEqual(expected);

    const counts = new Map<string, number>();
    for (const o of observations) counts.set(o.status, (counts.get(o.status) ?? 0) + 1);
    const statusLine = lines[2 + years.length]!;
    expect(statusLine.startsWith('status: ')).toBe(true);
    const printedCounts = new Map(
      statusLine
        .slice('status: '.length)
        .split(', ')
        .map((part) => {
          const [status, n] = part.split(' ');
          return [status!, Number(n)] as const;
        }),
    );
    expect(printedCounts).toEqual(counts);

    expect(lines).toContain('revalidated with If-None-Match: 304');

    const profile = (await (await fetch(`${server.url}${PROFILE}`)).json()) as Profile;
    const withValue = profile.sections.filter((s) => s.items.some((i) => i.observation !== null));
    const values = profile.sections.flatMap((s) => s.items).filter((i) => i.observation !== null).length;
    expect(lines).toContain(
      `profile of CHN: ${values} values in ${withValue.length} sections, newest year ${profile.newestYear},` +
        ` income group ${profile.income.current?.group ?? 'none'}`,
    );
    expect(lines.at(-1)).toBe('unknown economy: 404 /problems/not-found');
  });

  it('exits non-zero with a message when the server cannot be reached', async () => {
    const closed = await startServer({ store, port: 0, workers: 0, log: false });
    const url = closed.url;
    await closed.close();
    const failure = await run(python!, [script, url], { timeout: 60_000 }).then(
      () => undefined,
      (error: { code?: number; stderr?: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/^chanye_api\.py: /);
  });
});
