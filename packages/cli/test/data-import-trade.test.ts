import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBConnector, quotedString, readTradeDatasets, Store } from '@chanye/store';
import { runCli } from './run-cli.js';

// The real BACI rows of the shared data (V202301, 2021, exporters AFG and ZAF) and the
// snapshot's real OTS exports; every fixture below is written from them by DuckDB.
const repoRoot = resolve(import.meta.dirname, '..', '..', '..');
const sample = resolve(repoRoot, '..', 'shared', 'data', 'trade', 'bilateral_baci_hs92_2021_sample_afg_zaf.parquet');
const snapshotExports = join(repoRoot, 'data', 'snapshot', 'trade_exports.parquet');
const S = quotedString(sample);

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'chanye-import-trade-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function duck<Row>(sql: string): Promise<Row[]> {
  const connector = await DuckDBConnector.open();
  try {
    return await connector.query<Row>(sql);
  } finally {
    connector.close();
  }
}

/**
 * The sample written back as BACI distributes it (header t,i,j,k,v,q; q "NA" when missing,
 * padded as BACI pads it) and its country list derived from the sample's own code↔ISO3 pairs.
 */
async function writeBaciSample(dir: string): Promise<{ csv: string; codes: string }> {
  mkdirSync(dir, { recursive: true });
  const csv = join(dir, 'BACI_HS92_Y2021_V202301.csv');
  const codes = join(dir, 'country_codes_V202301.csv');
  await duck(
    `copy (select year as t, exporter_code as i, importer_code as j, hs92_6d as k, value_kusd as v,
                  coalesce(quantity_tonnes::varchar, '           NA') as q from read_parquet(${S}))
       to ${quotedString(csv)} (header, delimiter ',', quote '')`,
  );
  await duck(
    `copy (select code as country_code, any_value(iso3) as country_name, '' as country_iso2, any_value(iso3) as country_iso3
             from (select exporter_code as code, exporter_iso3 as iso3 from read_parquet(${S})
                   union all select importer_code, importer_iso3 from read_parquet(${S}))
            group by code order by code)
       to ${quotedString(codes)} (header, delimiter ',')`,
  );
  return { csv, codes };
}

/** Every file under `dir` with its SHA-256, so a refused import can be shown to change nothing. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  const walk = (d: string): void => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) {
        out[`${relative(dir, p)}/`] = 'dir';
        walk(p);
      } else out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/** A CSV as rows keyed by header. */
function readCsv(path: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path, 'utf8').trim().split('\n');
  const columns = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [columns[i], v])));
}

describe('chanye data import-trade --layout baci on the real BACI sample', () => {
  let dir: string;
  let db: string;
  let files: { csv: string; codes: string };
  let first: Awaited<ReturnType<typeof runCli>>;

  // Every test below reads this import (and the re-import test replaces it with the same file).
  beforeAll(async () => {
    dir = join(root, 'sample');
    db = join(dir, 'user', 'chanye.duckdb');
    files = await writeBaciSample(join(dir, 'baci'));
    const started = performance.now();
    first = await runCli(['data', 'import-trade', files.csv, '--layout', 'baci', '--name', 'b92', '--db', db]);
    process.stderr.write(`import of the 71,192-row sample: ${((performance.now() - started) / 1000).toFixed(2)} s\n`);
  });

  it('imports the file: rows and value total equal the sample’s, read independently', async () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const [truth] = await duck<{ rows: number; value: number; exporters: number; importers: number }>(
      `select count(*)::integer as rows, sum(value_kusd) as value, count(distinct exporter_iso3)::integer as exporters,
              count(distinct importer_iso3)::integer as importers from read_parquet(${S})`,
    );
    const [set] = await readTradeDatasets(db);
    expect(set).toMatchObject({ name: 'b92', layout: 'baci', nomenclature: 'HS92' });
    expect(set!.countryCodesFile).toBe('country_codes_V202301.csv');
    expect(set!.years.map((y) => y.year)).toEqual([2021]);
    const year = set!.years[0]!;
    expect(year.rows).toBe(truth!.rows);
    expect(year.valueKusd).toBeCloseTo(truth!.value, 3);
    expect(year.exporters).toBe(truth!.exporters);
    expect(year.importers).toBe(truth!.importers);
    expect(year.sourceSha256).toBe(createHash('sha256').update(readFileSync(files.csv)).digest('hex'));
    expect(year.parquet).toMatch(/trade[/\\]b92[/\\]year=2021[/\\]part-.*\.parquet$/);
    // The stored file itself: every flow, with ISO3 codes and HS codes as text, as in the sample.
    const [diff] = await duck<{ missing: number; extra: number; stored: number }>(
      `with a as (select exporter_iso3 as i, importer_iso3 as j, hs92_6d as k, value_kusd as v,
                         quantity_tonnes as q from read_parquet(${S})),
            b as (select i, j, k, v, q from read_parquet(${quotedString(year.parquet)}))
       select (select count(*) from (select * from a except all select * from b))::integer as missing,
              (select count(*) from (select * from b except all select * from a))::integer as extra,
              (select count(*) from b)::integer as stored`,
    );
    expect(diff).toEqual({ missing: 0, extra: 0, stored: truth!.rows });
  });

  it('--hs HS2017 converts the HS 1992 codes with the UNSD table: value kept for every code the table knows', async () => {
    const bridge = quotedString(join(sample, '..', '..', 'concordances', 'hs2017_hs1992.csv'));
    const [truth] = await duck<{ value: number }>(
      `select sum(value_kusd) * 1000 as value from read_parquet(${S})
        where hs92_6d in (select lpad(hs1992_6d::varchar, 6, '0') from read_csv(${bridge}, all_varchar = true))`,
    );
    const targets = new Set(
      (
        await duck<{ code: string }>(
          `select distinct lpad(hs2017_6d::varchar, 6, '0') as code from read_csv(${bridge}, all_varchar = true)`,
        )
      ).map((r) => r.code),
    );
    const store = await Store.open({ userDbPath: db });
    try {
      const total = (p: Awaited<ReturnType<Store['productTrade']>>) =>
        p.matrices.reduce((sum, m) => sum + m.values.reduce((a, b) => a + b, 0), 0);
      const six = await store.productTrade({ dataset: 'b92', digits: 6, hs: 'HS2017' });
      expect(six.note).toContain('HS codes converted from HS1992 to HS2017');
      expect(Math.abs(total(six) - truth!.value) / truth!.value).toBeLessThan(1e-9);
      expect(six.matrices[0]!.products.every((code) => targets.has(code))).toBe(true);
      const four = await store.productTrade({ dataset: 'b92', hs: 'HS2017' });
      expect(Math.abs(total(four) - truth!.value) / truth!.value).toBeLessThan(1e-9);
      expect(four.matrices[0]!.products.every((code) => code.length === 4)).toBe(true);
    } finally {
      store.close();
    }
    const out = join(dir, 'hs-snapshot');
    const snapshot = await runCli([
      'complexity',
      '--dataset',
      'trade-2017',
      '--hs',
      'HS2017',
      '--out',
      out,
      '--db',
      db,
    ]);
    expect(snapshot.code).toBe(2);
    expect(snapshot.stderr).toMatch(/--hs applies to a dataset imported with `chanye data import-trade`/);
  });

  it('exports per exporter and product equal a direct SQL aggregation of the sample', async () => {
    const store = await Store.open({ userDbPath: db });
    try {
      for (const digits of [6, 4] as const) {
        const panel = await store.productTrade({ dataset: 'b92', years: [1995, 2022], digits });
        expect(panel.note).toContain(`at ${digits} digits`);
        expect(panel.note).toContain('HS92');
        const truth = await duck<{ loc: string; prod: string; v: number }>(
          `select exporter_iso3 as loc, substr(hs92_6d, 1, ${digits}) as prod, sum(value_kusd) * 1000 as v
             from read_parquet(${S}) group by all having sum(value_kusd) > 0 order by loc, prod`,
        );
        const [m] = panel.matrices;
        expect(panel.matrices.map((x) => x.time)).toEqual([2021]);
        expect(m!.locations).toEqual([...new Set(truth.map((t) => t.loc))]);
        expect(m!.values.filter((v) => v > 0).length).toBe(truth.length);
        for (const t of truth) {
          const v = m!.values[m!.locations.indexOf(t.loc) * m!.products.length + m!.products.indexOf(t.prod)]!;
          expect(Math.abs(v - t.v)).toBeLessThanOrEqual(1e-9 * t.v);
        }
      }
    } finally {
      store.close();
    }
  });

  it('dependencies --dataset NAME screens the import as the snapshot’s copy of the same sample', async () => {
    const args = ['dependencies', '--importers', 'USA', '--format', 'json', '--db', db];
    const imported = await runCli([...args, '--dataset', 'b92']);
    const snapshot = await runCli([...args, '--dataset', 'baci-sample']);
    expect(imported.code).toBe(0);
    expect(snapshot.code).toBe(0);
    type Screen = { results: { product: string; dependent: boolean; hhi: number }[] };
    const a = (JSON.parse(imported.stdout) as Screen).results;
    const b = (JSON.parse(snapshot.stdout) as Screen).results;
    expect(a.length).toBe(b.length);
    expect(a.length).toBeGreaterThan(100);
    expect(a.map((r) => [r.product, r.dependent])).toEqual(b.map((r) => [r.product, r.dependent]));
  });

  it('re-importing the year replaces it: one registered file, the old one removed', async () => {
    const before = (await readTradeDatasets(db))[0]!.years[0]!.parquet;
    const result = await runCli(['data', 'import-trade', files.csv, '--layout', 'baci', '--name', 'b92', '--db', db]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/2021\s+71,192 .* yes/);
    const [set] = await readTradeDatasets(db);
    expect(set!.years).toHaveLength(1);
    expect(readdirSync(join(dir, 'user', 'trade', 'b92', 'year=2021'))).toEqual([
      set!.years[0]!.parquet.split(/[/\\]/).at(-1),
    ]);
    expect(existsSync(before) && before !== set!.years[0]!.parquet).toBe(false);
  });

  it('a process killed before its commit leaves the dataset as it was, readable and importable', async () => {
    const [before] = await readTradeDatasets(db);
    // The real CLI in its own process, from source, held inside the registering transaction.
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join('packages', 'cli', 'src', 'run.ts'),
        'data',
        'import-trade',
        files.csv,
        '--layout',
        'baci',
        '--name',
        'b92',
        '--db',
        db,
      ],
      {
        cwd: repoRoot,
        env: {
          ...process.env,
          CHANYE_TEST_HOLD_IMPORT_MS: '120000',
          TSX_TSCONFIG_PATH: join(repoRoot, 'tsconfig.tests.json'),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, signal) => done(signal)));
    let stderr = '';
    try {
      await new Promise<void>((holding, failed) => {
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
          if (stderr.includes('holding import transaction')) holding();
        });
        child.on('exit', (code) => failed(new Error(`the import ended (code ${code}) before holding:\n${stderr}`)));
      });
    } finally {
      child.kill('SIGKILL');
    }
    expect(await exited).toBe('SIGKILL');
    // The new year file was moved in, but no row names it: the registry and its file are as before.
    const [after] = await readTradeDatasets(db);
    expect(after).toEqual(before);
    expect(existsSync(after!.years[0]!.parquet)).toBe(true);
    expect(readdirSync(join(dir, 'user', 'trade', 'b92', 'year=2021')).length).toBe(2);
    const [{ n } = { n: 0 }] = await duck<{ n: number }>(
      `select count(*)::integer as n from read_parquet(${quotedString(after!.years[0]!.parquet)})`,
    );
    expect(n).toBe(before!.years[0]!.rows);
    // A later import runs to completion and removes only the file it replaces.
    const rerun = await runCli(['data', 'import-trade', files.csv, '--layout', 'baci', '--name', 'b92', '--db', db]);
    expect(rerun.code).toBe(0);
    expect(existsSync(before!.years[0]!.parquet)).toBe(false);
  });

  /** Runs a refused import and checks exit 2, the message, and that nothing changed. */
  async function refused(csv: string, message: RegExp, extra: string[] = []): Promise<void> {
    const dbBefore = tree(join(dir, 'user'));
    const result = await runCli([
      'data',
      'import-trade',
      csv,
      '--layout',
      'baci',
      '--name',
      'b92',
      '--db',
      db,
      ...extra,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(tree(join(dir, 'user'))).toEqual(dbBefore);
  }

  /** The sample's CSV with `edit` applied to its text, as a new BACI file. */
  function edited(name: string, edit: (text: string) => string): string {
    const folder = join(dir, name);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'country_codes_V202301.csv'), readFileSync(files.codes));
    const path = join(folder, 'BACI_HS92_Y2021_V202301.csv');
    writeFileSync(path, edit(readFileSync(files.csv, 'utf8')));
    return path;
  }

  it('refuses a file without column q, naming it and BACI’s header', async () => {
    const path = edited('no-q', (t) => t.replace(/,[^,\n]*$/gm, ''));
    await refused(path, /no column q; expected BACI's header t,i,j,k,v,q/);
  });

  it('refuses a country code missing from the list, listing the codes', async () => {
    const codes = readFileSync(files.codes, 'utf8').trim().split('\n');
    // Drop the list's last two countries (an importer code each): their flows can no longer be mapped.
    const dropped = codes.slice(-2).map((l) => l.split(',')[0]!);
    const folder = join(dir, 'short-list');
    mkdirSync(folder, { recursive: true });
    const list = join(folder, 'codes.csv');
    writeFileSync(list, `${codes.slice(0, -2).join('\n')}\n`);
    await refused(files.csv, new RegExp(`codes\\.csv lacks or gives no ISO3 code: .*${dropped[0]} \\(`), [
      '--country-codes',
      list,
    ]);
    await refused(files.csv, new RegExp(`\\b${dropped[1]} \\(\\d+ rows?\\)`), ['--country-codes', list]);
  });

  it('refuses values that are not numbers, naming the line and column', async () => {
    const path = edited('bad-v', (t) => {
      const lines = t.split('\n');
      lines[5] = lines[5]!.replace(/^([^,]*,[^,]*,[^,]*,[^,]*),[^,]*/, '$1,1.2.3');
      return lines.join('\n');
    });
    await refused(path, /line 6: column v holds "1\.2\.3" \(expected a number, the value in thousand current US\$\)/);
  });

  it('refuses negative values and bad quantities, listing every problem', async () => {
    const path = edited('bad-sign', (t) => t.replace(/^(2021,[^,]*,[^,]*,[^,]*),([0-9.]+),[^\n]*$/m, '$1,-$2,x'));
    await refused(
      path,
      /2 problems; nothing was imported\n.*values v that are not finite numbers ≥ 0.*\n.*quantities q/,
    );
  });

  it('a refused import into a new database creates neither the database nor the trade folder', async () => {
    const fresh = join(root, 'fresh', 'chanye.duckdb');
    mkdirSync(join(root, 'fresh'));
    const path = edited('no-q-2', (t) => t.replace(/,[^,\n]*$/gm, ''));
    const result = await runCli(['data', 'import-trade', path, '--layout', 'baci', '--name', 'x', '--db', fresh]);
    expect(result.code).toBe(2);
    expect(readdirSync(join(root, 'fresh'))).toEqual([]);
  });

  it('complexity --dataset with an unknown name exits 2 listing the datasets', async () => {
    const result = await runCli(['complexity', '--dataset', 'b93', '--out', join(dir, 'out'), '--db', db]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('invalid --dataset: b93');
    expect(result.stderr).toContain('expected one of trade-1980, trade-2017, sitc2-1998-2000, or a dataset imported');
    expect(result.stderr).toContain('b92 (2021)');
  });
});

describe('complexity, exports and arrays --dataset NAME on a BACI-layout import of the snapshot’s exports', () => {
  let dir: string;
  let db: string;
  let imported: Awaited<ReturnType<typeof runCli>>;

  // The snapshot's OTS exports (HS07 4-digit, 1980 and 2017) as BACI rows, one file per year:
  // each economy numbered by its ISO3 order, one importer (the world), k the heading + "00",
  // v in thousand US$. The same numbers must come out as --dataset trade-1980 / trade-2017 give.
  beforeAll(async () => {
    dir = join(root, 'ots');
    const baci = join(dir, 'baci');
    mkdirSync(baci, { recursive: true });
    const X = quotedString(snapshotExports);
    const codes = `(select iso3, row_number() over (order by iso3)::integer as code from (select distinct iso3 from read_parquet(${X})))`;
    await duck(
      `copy (select code as country_code, iso3 as country_name, '' as country_iso2, iso3 as country_iso3 from ${codes}
             union all select (select max(code) + 1 from ${codes}), 'World', '', 'WLD' order by country_code)
         to ${quotedString(join(baci, 'country_codes_V1.csv'))} (header, delimiter ',')`,
    );
    for (const year of [1980, 2017])
      await duck(
        `copy (select e.year as t, c.code as i, (select max(code) + 1 from ${codes}) as j, e.hs07_4d || '00' as k,
                      e.value / 1000 as v, 'NA' as q
                 from read_parquet(${X}) e join ${codes} c using (iso3) where e.year = ${year} and e.value is not null)
           to ${quotedString(join(baci, `BACI_HS07_Y${year}_V1.csv`))} (header, delimiter ',', quote '')`,
      );
    db = join(dir, 'user', 'chanye.duckdb');
    imported = await runCli(['data', 'import-trade', baci, '--layout', 'baci', '--name', 'ots', '--db', db]);
  });

  it('imports the folder, one registered year per file', () => {
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('years now:  1980, 2017');
  });

  it('complexity --years equals complexity --dataset trade-1980 and trade-2017, year by year', async () => {
    const run = async (args: string[], out: string): Promise<Record<string, string>[]> => {
      const result = await runCli(['complexity', ...args, '--out', join(dir, out), '--db', db]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      return readCsv(join(dir, out, 'economies.csv'));
    };
    const ours = await run(['--dataset', 'ots', '--years', '1975:2022'], 'ours');
    for (const year of [1980, 2017]) {
      const reference = await run(['--dataset', `trade-${year}`], `ref-${year}`);
      const mine = ours.filter((r) => r['time'] === String(year));
      expect(mine.length).toBe(reference.length);
      expect(mine.length).toBeGreaterThan(100);
      for (const r of reference) {
        const m = mine.find((x) => x['location'] === r['location'])!;
        expect(Math.abs(Number(m['eci']) - Number(r['eci']))).toBeLessThanOrEqual(1e-9);
        expect(m['diversity']).toBe(r['diversity']);
      }
    }
    // --year picks one year of the import; a range outside it is no data (exit 3).
    expect((await run(['--dataset', 'ots', '--year', '2017'], 'one')).every((r) => r['time'] === '2017')).toBe(true);
    const none = await runCli([
      'complexity',
      '--dataset',
      'ots',
      '--years',
      '1990:2000',
      '--out',
      join(dir, 'x'),
      '--db',
      db,
    ]);
    expect(none.code).toBe(3);
    expect(none.stderr).toContain('ots has no year in 1990–2000: it has 1980, 2017');
  });

  type Structure = { year: number; total: number; classes: { id: string; share: number; value: number }[] };
  const same = (a: Structure, b: Structure): void => {
    expect(a.year).toBe(b.year);
    expect(Math.abs(a.total - b.total)).toBeLessThanOrEqual(1e-9 * b.total);
    expect(a.classes.map((c) => c.id)).toEqual(b.classes.map((c) => c.id));
    for (const [k, c] of b.classes.entries()) expect(Math.abs(a.classes[k]!.share - c.share)).toBeLessThanOrEqual(1e-9);
  };

  it.each(['bec', 'sop', 'array', 'tech'])('exports --by %s --dataset NAME equals the snapshot’s', async (by) => {
    for (const [economy, year] of [
      ['CHN', '2017'],
      ['BRA', '1980'],
    ] as const) {
      const args = ['exports', economy, '--by', by, '--year', year, '--format', 'json', '--db', db];
      const ours = await runCli([...args, '--dataset', 'ots']);
      const reference = await runCli(args);
      expect(ours.code).toBe(0);
      const mine = JSON.parse(ours.stdout) as Structure & { source: string };
      expect(mine.source).toContain(
        'ots: BACI (Gaulier & Zignago 2010, "BACI: International Trade Database at the Product-Level") HS07',
      );
      same(mine, JSON.parse(reference.stdout) as Structure);
    }
  });

  it('arrays --dataset NAME equals the snapshot’s: 1980 against 2017 and the new three', async () => {
    const args = ['arrays', 'KOR', '--format', 'json', '--db', db];
    const ours = JSON.parse((await runCli([...args, '--dataset', 'ots'])).stdout) as {
      early: Structure;
      late: Structure;
      newThree: { heading: string; value: number; worldShare: number }[];
    };
    const reference = JSON.parse((await runCli(args)).stdout) as typeof ours;
    same(ours.early, reference.early);
    same(ours.late, reference.late);
    expect(ours.newThree.map((n) => n.heading)).toEqual(reference.newThree.map((n) => n.heading));
    for (const [k, n] of reference.newThree.entries()) {
      expect(Math.abs(ours.newThree[k]!.value - n.value)).toBeLessThanOrEqual(1e-9 * n.value);
      expect(Math.abs(ours.newThree[k]!.worldShare - n.worldShare)).toBeLessThanOrEqual(1e-9);
    }
  });
});
