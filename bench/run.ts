/**
 * Chanye benchmarks: `npm run bench`. Prints the median of several runs of each case and
 * the machine it ran on; bench/RESULTS.md records the latest results. Speed is measured
 * here, never asserted in tests.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scorecardPolicy } from '@chanye/compute';
import { importUserFile, Store } from '@chanye/store';
import { scoreEconomies } from '@chanye/engine';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** `BENCH_FILTER=text npm run bench` runs only the cases whose label contains the text. */
const filter = process.env['BENCH_FILTER'];

async function time(label: string, runs: number, body: () => Promise<void> | void): Promise<void> {
  if (filter && !label.includes(filter)) return;
  const seconds: number[] = [];
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    await body();
    seconds.push((performance.now() - started) / 1000);
  }
  process.stdout.write(
    `| ${label} | ${runs} | ${median(seconds).toFixed(3)} s | ${Math.min(...seconds).toFixed(3)} s |\n`,
  );
}

const dir = mkdtempSync(join(tmpdir(), 'chanye-bench-'));
try {
  process.stdout.write(
    `machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n\n`,
  );
  process.stdout.write('| case | runs | median | min |\n|---|---|---|---|\n');

  await time('`chanye profile CHN` (whole process, built CLI)', 7, () => {
    execFileSync(process.execPath, [join(root, 'packages/cli/bin/chanye.js'), 'profile', 'CHN'], {
      env: { ...process.env, CHANYE_DB: join(dir, 'none.duckdb') },
      stdio: 'ignore',
    });
  });

  await time(
    '`chanye score --all --years 1990:2019 --sensitivity 1000 --format csv` (whole process: 30 years, six pillars, all indicators)',
    5,
    () => {
      execFileSync(
        process.execPath,
        [
          join(root, 'packages/cli/bin/chanye.js'),
          'score',
          '--all',
          '--years',
          '1990:2019',
          '--sensitivity',
          '1000',
          '--format',
          'csv',
        ],
        { env: { ...process.env, CHANYE_DB: join(dir, 'none.duckdb') }, stdio: 'ignore' },
      );
    },
  );

  const store = await Store.open({ userDbPath: join(dir, 'none.duckdb') });
  await time('store.observations(mht_share_mva), all economies and years', 9, async () => {
    await store.observations({ indicator: 'mht_share_mva' });
  });
  await time('store.observations(mva_share_world), derived, all economies and years', 9, async () => {
    await store.observations({ indicator: 'mva_share_world' });
  });
  await time(`all ${store.catalog.indicators.length} catalogue indicators, all economies and years`, 3, async () => {
    for (const indicator of store.catalog.indicators) await store.observations({ indicator: indicator.id });
  });
  await time('scorecard, characteristics, all economies, 2017, entropy-TOPSIS, 1,000-draw sensitivity', 3, async () => {
    await scoreEconomies(store, {
      framework: 'characteristics',
      years: [2017],
      peers: 'all',
      policy: scorecardPolicy(),
      window: 2,
      sensitivity: { draws: 1000, seed: 1 },
    });
  });
  store.close();

  const lines = ['iso3,year,indicator,value,unit,source'];
  for (let i = 0; i < 1_000_000; i++) {
    const iso3 = `C${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + (Math.floor(i / 26) % 26))}`;
    lines.push(`${iso3},${1000 + (Math.floor(i / 676) % 1000)},bench_${Math.floor(i / 676_000)},${i * 1.5},u,s`);
  }
  const csv = join(dir, 'million.csv');
  writeFileSync(csv, `${lines.join('\n')}\n`);
  let n = 0;
  await time('`data import` of a 1,000,000-row CSV into a new database', 3, async () => {
    await importUserFile(csv, { dbPath: join(dir, `user-${n++}.duckdb`), importedAt: '2026-11-23T00:00:00Z' });
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
