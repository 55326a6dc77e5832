/**
 * `chanye data import-trade FILE --layout baci`: CEPII's BACI as it is distributed (Gaulier &
 * Zignago 2010, "BACI: International Trade Database at the Product-Level. The 1994-2007
 * Version", CEPII Working Paper 2010-23) — one CSV per year with columns t, i, j, k, v, q
 * (year, exporter and importer as CEPII numeric codes, HS 6-digit product as text, value in
 * thousand current US$, quantity in tonnes) and the list `country_codes_V*.csv` that maps the
 * codes to ISO3 — into Parquet files, one per year, registered in the user database.
 *
 * DuckDB reads the CSV with explicit types and streams it into a staging Parquet file; every
 * check runs on that file; only then are the year files written, moved beside the user
 * database and registered in one transaction. A refused file leaves the user database and
 * the trade folder as they were.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { ChanyeError } from '@chanye/compute';
import type { Connector } from '../connector/connector.js';
import { DuckDBConnector } from '../connector/duckdb-connector.js';
import { literalFilePath } from '../sql/literal-path.js';
import { quotedString } from '../sql/quote.js';
import { openUserDb } from '../user-data/user-db.js';
import { checkUserDbPath } from '../user-data/user-db-path.js';
import { readTradeDatasets, TRADE_DATASET_NAME, TRADE_DATASET_SCHEMA, tradeFolder } from './trade-datasets.js';

/** BACI's columns, in the order its files have them. */
export const BACI_HEADER = ['t', 'i', 'j', 'k', 'v', 'q'] as const;

/** What each BACI column holds, for messages. */
const EXPECTED: Readonly<Record<string, string>> = {
  t: 'a year, a whole number',
  i: 'a CEPII numeric country code (the exporter), a whole number',
  j: 'a CEPII numeric country code (the importer), a whole number',
  k: 'an HS 6-digit product code',
  v: 'a number, the value in thousand current US$',
  q: 'a number, the quantity in tonnes, or NA',
};

export interface ImportTradeOptions {
  /** The user database to register the dataset in; the Parquet files go beside it. */
  readonly dbPath: string;
  readonly name: string;
  /** BACI's country list; default the one `country_codes_V*.csv` beside the first file. */
  readonly countryCodes?: string;
  /** BACI's product list; default `product_codes_<NOMENCLATURE>_V*.csv` beside the file, if any. */
  readonly productCodes?: string;
  /** e.g. HS92; default from the file name (`BACI_HS92_Y2022_V202501.csv`). */
  readonly nomenclature?: string;
  /** When the import happens (ISO timestamp), from the caller: the library reads no clock. */
  readonly importedAt: string;
  /**
   * Told of the temporary work folder (beside the database) when it is made and when it is
   * gone, so that the CLI can remove it if the process is interrupted.
   */
  readonly workFolder?: { readonly made: (dir: string) => void; readonly removed: (dir: string) => void };
  /** Test hook: awaited inside the registering transaction, after the files are moved, before COMMIT. */
  readonly beforeCommit?: () => Promise<void>;
}

export interface TradeImportYear {
  readonly year: number;
  readonly rows: number;
  readonly valueKusd: number;
  readonly exporters: number;
  readonly importers: number;
  readonly sourceFile: string;
  /** Whether the year replaced one imported before. */
  readonly replaced: boolean;
}

export interface TradeImportSummary {
  readonly name: string;
  readonly nomenclature: string;
  readonly dbPath: string;
  /** The dataset's folder. */
  readonly folder: string;
  readonly countryCodes: string;
  readonly productCodes: string | null;
  readonly imported: readonly TradeImportYear[];
  /** Every year the dataset now has. */
  readonly years: readonly number[];
}

interface SourceFile {
  readonly path: string;
  readonly sha256: string;
  /** The year in the name (`_Y2022_`), if any. */
  readonly yearInName: number | undefined;
}

/** Imports BACI files (a file, or every `BACI_*.csv` of a folder) as dataset `options.name`. */
export async function importBaci(input: string, options: ImportTradeOptions): Promise<TradeImportSummary> {
  checkUserDbPath(options.dbPath);
  if (!TRADE_DATASET_NAME.test(options.name))
    throw new ChanyeError(
      'invalid-input',
      `invalid --name: ${options.name} (expected a letter or digit, then letters, digits, '.', '-' or '_', at most 64)`,
    );
  const paths = sourcePaths(input);
  for (const path of paths) checkHeader(path);
  const nomenclature = nomenclatureOf(paths, options.nomenclature);
  const existing = (await readTradeDatasets(options.dbPath)).find((d) => d.name === options.name);
  if (existing && existing.nomenclature !== nomenclature)
    throw new ChanyeError(
      'invalid-input',
      `${options.name} holds ${existing.nomenclature} data; ${input} is ${nomenclature} (import it under another --name)`,
    );
  const countryCodes = options.countryCodes ?? besideFile(paths[0] as string, /^country_codes_V\d+\.csv$/i, 'country');
  if (countryCodes === undefined)
    throw new ChanyeError(
      'invalid-input',
      `no country list for ${input}: expected BACI's country_codes_V*.csv beside it, or --country-codes FILE`,
    );
  const productCodes =
    options.productCodes ??
    besideFile(paths[0] as string, new RegExp(`^product_codes_${nomenclature}_V\\d+\\.csv$`, 'i'), 'product');
  const sources: SourceFile[] = [];
  for (const path of paths) sources.push({ path, sha256: await fileSha256(path), yearInName: yearInName(path) });
  const codesSha = await fileSha256(countryCodes);
  const productsSha = productCodes === undefined ? null : await fileSha256(productCodes);

  const base = dirname(resolve(options.dbPath));
  mkdirSync(base, { recursive: true });
  const work = mkdtempSync(join(base, '.chanye-import-trade-'));
  options.workFolder?.made(work);
  const connector = await DuckDBConnector.open(':memory:', { maxConnections: 1 });
  try {
    await connector.exec(`set preserve_insertion_order = false`);
    await loadCountryCodes(connector, countryCodes);
    if (productCodes !== undefined) await loadProductCodes(connector, productCodes);
    const staged = await stageAll(connector, sources, work, {
      countries: basename(countryCodes),
      products: productCodes === undefined ? undefined : basename(productCodes),
    });
    const years = await writeYears(connector, staged, work);
    return await commit(options, {
      years,
      nomenclature,
      countryCodes: { path: countryCodes, sha256: codesSha },
      productCodes: productCodes === undefined ? null : { path: productCodes, sha256: productsSha as string },
      existingYears: new Set(existing?.years.map((y) => y.year) ?? []),
    });
  } finally {
    connector.close();
    rmSync(work, { recursive: true, force: true });
    options.workFolder?.removed(work);
  }
}

/** The CSV files to import: `input` itself, or every `BACI_*.csv` of the folder `input`, sorted. */
function sourcePaths(input: string): string[] {
  if (!existsSync(input)) throw new ChanyeError('invalid-input', `cannot read ${input}: no such file or folder`);
  if (!statSync(input).isDirectory()) {
    if (!/\.csv$/i.test(input))
      throw new ChanyeError(
        'invalid-input',
        `cannot read ${input}: expected BACI's .csv file (BACI_HS92_Y2022_V202501.csv)`,
      );
    return [input];
  }
  const found = readdirSync(input)
    .filter((f) => /^BACI_.*\.csv$/i.test(f))
    .sort()
    .map((f) => join(input, f));
  if (found.length === 0)
    throw new ChanyeError(
      'invalid-input',
      `${input} holds no BACI file (expected files named BACI_HS92_Y2022_V202501.csv)`,
    );
  return found;
}

/** Refuses a file whose header is not BACI's `t,i,j,k,v,q`, naming what is missing. */
function checkHeader(path: string): void {
  const fd = openSync(path, 'r');
  let text: string;
  try {
    const buffer = Buffer.alloc(4096);
    text = buffer.toString('utf8', 0, readSync(fd, buffer, 0, buffer.length, 0));
  } finally {
    closeSync(fd);
  }
  const header = (text.split(/\r?\n/)[0] ?? '')
    .replace(/^\uFEFF/, '')
    .split(',')
    .map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
  if (header.join(',') === BACI_HEADER.join(',')) return;
  const missing = BACI_HEADER.filter((c) => !header.includes(c));
  throw new ChanyeError(
    'invalid-input',
    `${path}: ${missing.length > 0 ? `no column ${missing.join(', ')}` : 'columns out of order'}; expected BACI's header ` +
      `t,i,j,k,v,q (year, exporter, importer, product, value, quantity), found ${header.join(',') || '(nothing)'}`,
  );
}

/** The nomenclature: `--nomenclature`, else from the file names, which must agree. */
function nomenclatureOf(paths: readonly string[], given: string | undefined): string {
  if (given !== undefined) {
    if (!/^[A-Za-z]{2,6}\d{0,4}$/.test(given))
      throw new ChanyeError('invalid-input', `invalid --nomenclature: ${given} (expected e.g. HS92, HS17)`);
    return given.toUpperCase();
  }
  const named = [...new Set(paths.map((p) => /_(HS\d{2})_/i.exec(basename(p))?.[1]?.toUpperCase()))];
  if (named.length === 1 && named[0] !== undefined) return named[0];
  throw new ChanyeError(
    'invalid-input',
    named.length > 1
      ? `the files mix nomenclatures (${named.filter(Boolean).join(', ')}): import each under its own --name`
      : `cannot tell the nomenclature of ${paths[0]} from its name (expected BACI_HS92_Y2022_V202501.csv): give --nomenclature, e.g. HS92`,
  );
}

function yearInName(path: string): number | undefined {
  const m = /_Y(\d{4})_/i.exec(basename(path));
  return m ? Number(m[1]) : undefined;
}

/**
 * The one file beside `file` whose name matches `pattern`; with several, the one of the same
 * release (`_V202501`); undefined when there is none.
 */
function besideFile(file: string, pattern: RegExp, what: string): string | undefined {
  const dir = dirname(file);
  const found = readdirSync(dir)
    .filter((f) => pattern.test(f))
    .sort();
  if (found.length <= 1) return found[0] === undefined ? undefined : join(dir, found[0]);
  const release = /_(V\d+)\.csv$/i.exec(basename(file))?.[1];
  const same = found.filter((f) => release !== undefined && f.includes(release));
  if (same.length === 1) return join(dir, same[0] as string);
  throw new ChanyeError(
    'invalid-input',
    `several ${what} lists beside ${file} (${found.join(', ')}): name one with --${what}-codes FILE`,
  );
}

async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Loads BACI's country list into table `codes (code, iso3)`, refusing a malformed list. */
async function loadCountryCodes(connector: Connector, path: string): Promise<void> {
  const relation = await csvRelation(connector, path, ['country_code', 'country_iso3'], '--country-codes');
  await connector.exec(
    `create table codes_raw as select trim(country_code) as code_text, nullif(trim(country_iso3), '') as iso3 from ${relation}`,
  );
  const bad = await connector.query<{ code_text: string | null }>(
    `select code_text from codes_raw where try_cast(code_text as integer) is null limit 5`,
  );
  if (bad.length > 0)
    throw new ChanyeError(
      'invalid-input',
      `${path}: country_code ${bad.map((b) => JSON.stringify(b.code_text ?? '')).join(', ')} is not a whole number (expected CEPII numeric codes)`,
    );
  const twice = await connector.query<{ code: number }>(
    `select code_text::integer as code from codes_raw group by 1 having count(*) > 1 order by 1 limit 5`,
  );
  if (twice.length > 0)
    throw new ChanyeError('invalid-input', `${path}: country_code ${twice.map((t) => t.code).join(', ')} listed twice`);
  await connector.exec(`create table codes as select code_text::integer as code, upper(iso3) as iso3 from codes_raw`);
}

async function loadProductCodes(connector: Connector, path: string): Promise<void> {
  const relation = await csvRelation(connector, path, ['code'], '--product-codes');
  await connector.exec(`create table products as select distinct lpad(trim(code), 6, '0') as k from ${relation}`);
}

/** A `read_csv` of a small list read as text, after checking it has `columns`. */
async function csvRelation(
  connector: Connector,
  path: string,
  columns: readonly string[],
  option: string,
): Promise<string> {
  if (!existsSync(path)) throw new ChanyeError('invalid-input', `cannot read ${path} (${option}): no such file`);
  const relation = `read_csv(${quotedString(literalFilePath(path))}, header = true, all_varchar = true)`;
  let present: string[];
  try {
    present = (
      await connector.query<{ column_name: string }>(`select column_name from (describe select * from ${relation})`)
    ).map((r) => r.column_name);
  } catch (error) {
    throw new ChanyeError(
      'invalid-input',
      `cannot read ${path} (${option}): ${(error as Error).message.split('\n')[0]}`,
    );
  }
  const missing = columns.filter((c) => !present.includes(c));
  if (missing.length > 0)
    throw new ChanyeError(
      'invalid-input',
      `${path} (${option}) has no column ${missing.join(', ')}; expected ${columns.join(', ')}, found ${present.join(', ')}`,
    );
  return relation;
}

/** The names of the code lists, for messages; `products` undefined when there is none. */
interface CodeLists {
  readonly countries: string;
  readonly products: string | undefined;
}

interface Staged {
  readonly source: SourceFile;
  readonly parquet: string;
  readonly years: readonly number[];
}

/** Reads every file into a staging Parquet file and checks it; all problems of a file at once. */
async function stageAll(
  connector: Connector,
  sources: readonly SourceFile[],
  work: string,
  lists: CodeLists,
): Promise<Staged[]> {
  const staged: Staged[] = [];
  const seen = new Map<number, string>();
  for (const [n, source] of sources.entries()) {
    const parquet = join(work, `stage-${n}.parquet`);
    try {
      await connector.exec(
        `copy (select * from read_csv(${quotedString(literalFilePath(source.path))}, header = true, delim = ',',
                 quote = '"', auto_detect = false,
                 columns = {'t': 'INTEGER', 'i': 'INTEGER', 'j': 'INTEGER', 'k': 'VARCHAR', 'v': 'DOUBLE', 'q': 'VARCHAR'}))
           to ${quotedString(parquet)} (format parquet, compression zstd)`,
      );
    } catch (error) {
      throw csvError(source.path, error);
    }
    const years = await checkStaged(connector, source, parquet, lists);
    for (const year of years) {
      const other = seen.get(year);
      if (other !== undefined)
        throw new ChanyeError(
          'invalid-input',
          `${source.path} and ${other} both hold ${year}: import one file per year`,
        );
      seen.set(year, source.path);
    }
    staged.push({ source, parquet, years });
  }
  return staged;
}

/** DuckDB's CSV error as the line, column and value at fault, and what was expected. */
function csvError(path: string, error: unknown): ChanyeError {
  const message = error instanceof Error ? error.message : String(error);
  const line = /CSV Error on Line: (\d+)/.exec(message)?.[1];
  const where = line === undefined ? '' : ` line ${line}:`;
  const conversion = /converting column "([^"]+)"\. Could not convert string "([^"]*)" to/.exec(message);
  if (conversion) {
    const [, column, value] = conversion as unknown as [string, string, string];
    return new ChanyeError(
      'invalid-input',
      `${path}:${where} column ${column} holds ${JSON.stringify(value)} (expected ${EXPECTED[column] ?? 'a value'}); nothing was imported`,
    );
  }
  const reason =
    message.split('\n').find((l, k) => k > 0 && l.trim() !== '' && !l.startsWith('Original Line')) ?? message;
  return new ChanyeError(
    'invalid-input',
    `${path}:${where} ${reason.trim()} (expected BACI's six columns t,i,j,k,v,q); nothing was imported`,
  );
}

/** Checks a staged file; its years. Every problem found is listed, each with up to 5 examples. */
async function checkStaged(
  connector: Connector,
  source: SourceFile,
  parquet: string,
  lists: CodeLists,
): Promise<number[]> {
  const s = `read_parquet(${quotedString(parquet)})`;
  const problems: string[] = [];
  const examples = async (label: string, sql: string): Promise<void> => {
    const rows = await connector.query<{ x: string; n: number }>(
      `select x::varchar as x, count(*)::bigint as n from (${sql}) group by all order by n desc, x limit 6`,
    );
    if (rows.length === 0) return;
    const shown = rows.slice(0, 5).map((r) => `${r.x} (${r.n} row${Number(r.n) === 1 ? '' : 's'})`);
    problems.push(`${label}: ${shown.join(', ')}${rows.length > 5 ? ', …' : ''}`);
  };
  const [{ rows } = { rows: 0 }] = await connector.query<{ rows: number }>(`select count(*)::bigint as rows from ${s}`);
  if (Number(rows) === 0) throw new ChanyeError('invalid-input', `${source.path} has no rows; nothing was imported`);
  await examples(
    'empty cells (expected a value in t, i, j, k and v)',
    `select concat_ws(',', t, i, j, k, v) as x from ${s} where t is null or i is null or j is null or k is null or v is null`,
  );
  await examples(
    `years outside 1900-2200${source.yearInName === undefined ? '' : ` or other than ${source.yearInName}, the year in the file name`}`,
    `select t as x from ${s} where t < 1900 or t > 2200${source.yearInName === undefined ? '' : ` or t <> ${source.yearInName}`}`,
  );
  await examples(
    'product codes k that are not HS 6-digit codes (6 digits, or 5 when a leading zero was dropped)',
    `select k as x from ${s} where not regexp_full_match(trim(k), '[0-9]{5,6}')`,
  );
  await examples(
    'values v that are not finite numbers ≥ 0 (thousand US$)',
    `select v as x from ${s} where not isfinite(v) or v < 0`,
  );
  await examples(
    'quantities q that are not numbers ≥ 0 or NA (tonnes)',
    `select q as x from ${s} where q is not null and trim(q) not in ('', 'NA')
        and coalesce(not isfinite(try_cast(trim(q) as double)) or try_cast(trim(q) as double) < 0, true)`,
  );
  await examples(
    `country codes i, j that ${lists.countries} lacks or gives no ISO3 code`,
    `select code as x from (select i as code from ${s} union all select j from ${s})
      where code is not null and code not in (select code from codes where iso3 is not null)`,
  );
  if (lists.products !== undefined)
    await examples(
      `product codes k that ${lists.products} lacks`,
      `select k as x from ${s} where regexp_full_match(trim(k), '[0-9]{5,6}')
          and lpad(trim(k), 6, '0') not in (select k from products)`,
    );
  if (problems.length > 0)
    throw new ChanyeError(
      'invalid-input',
      `${source.path}: ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}; nothing was imported`,
      problems,
    );
  const years = await connector.query<{ t: number }>(`select distinct t from ${s} order by t`);
  return years.map((y) => y.t);
}

interface WrittenYear extends Omit<TradeImportYear, 'replaced'> {
  readonly file: string;
  readonly sourceSha256: string;
}

/** One Parquet file per year in `work`: ISO3 economies, 6-digit codes, q as a number or null. */
async function writeYears(connector: Connector, staged: readonly Staged[], work: string): Promise<WrittenYear[]> {
  const written: WrittenYear[] = [];
  for (const { source, parquet, years } of staged) {
    const s = `read_parquet(${quotedString(parquet)})`;
    for (const year of years) {
      const file = join(work, `year=${year}.parquet`);
      await connector.exec(
        `copy (select s.t, ci.iso3 as i, cj.iso3 as j, lpad(trim(s.k), 6, '0') as k, s.v,
                      case when trim(s.q) in ('', 'NA') then null else trim(s.q)::double end as q,
                      s.i as i_code, s.j as j_code
                 from ${s} s join codes ci on ci.code = s.i join codes cj on cj.code = s.j
                where s.t = ${year})
           to ${quotedString(file)} (format parquet, compression zstd)`,
      );
      const [stats] = await connector.query<{ rows: number; value: number; exporters: number; importers: number }>(
        // A compensated sum, so the total does not depend on the order DuckDB's threads add in
        // (an ordered sum took 19 s of a 46 s import of 10 million rows); codes counted as integers.
        `select count(*)::bigint as rows, kahan_sum(v) as value, count(distinct i_code)::integer as exporters,
                count(distinct j_code)::integer as importers from read_parquet(${quotedString(file)})`,
      );
      written.push({
        year,
        rows: Number(stats!.rows),
        valueKusd: stats!.value,
        exporters: stats!.exporters,
        importers: stats!.importers,
        sourceFile: basename(source.path),
        sourceSha256: source.sha256,
        file,
      });
    }
  }
  return written;
}

/**
 * Moves the year files into the dataset's folder under new names and registers them in one
 * transaction; then deletes the files of the years replaced. Before the commit no row names
 * the new files, so a failure (undone here) or a crash leaves the dataset as it was.
 */
async function commit(
  options: ImportTradeOptions,
  plan: {
    years: readonly WrittenYear[];
    nomenclature: string;
    countryCodes: { path: string; sha256: string };
    productCodes: { path: string; sha256: string } | null;
    existingYears: ReadonlySet<number>;
  },
): Promise<TradeImportSummary> {
  const base = dirname(resolve(options.dbPath));
  const folder = join(tradeFolder(options.dbPath), options.name);
  const stamp = `${options.importedAt.replace(/[^0-9]/g, '').slice(0, 17)}-${process.pid}`;
  const moved: string[] = [];
  const createdDirs: string[] = [];
  let committed = false;
  let old: string[] = [];
  try {
    for (const y of plan.years) {
      const dir = join(folder, `year=${y.year}`);
      // The first folder mkdir creates did not exist before: removing it undoes the import.
      const created = mkdirSync(dir, { recursive: true });
      if (created !== undefined) createdDirs.push(created);
      const target = join(dir, `part-${stamp}.parquet`);
      renameSync(y.file, target);
      moved.push(target);
    }
    const db = await openUserDb(options.dbPath);
    try {
      const c = db.connection;
      await c.run('begin transaction');
      try {
        for (const sql of TRADE_DATASET_SCHEMA) await c.run(sql);
        // Whole numbers DuckDB read: safe inline (the client binds no JS arrays).
        const years = plan.years.map((y) => Math.trunc(y.year)).join(', ');
        const reader = await c.runAndReadAll(
          `select parquet from trade_dataset_years where name = $1 and year in (${years})`,
          [options.name],
        );
        old = reader.getRows().map((r) => join(base, String(r[0])));
        await c.run(
          `insert into trade_datasets values ($1, 'baci', $2, $3, $4, $5, $6, $7, $7)
           on conflict (name) do update set country_codes_file = excluded.country_codes_file,
             country_codes_sha256 = excluded.country_codes_sha256, product_codes_file = excluded.product_codes_file,
             product_codes_sha256 = excluded.product_codes_sha256, updated_at = excluded.updated_at`,
          [
            options.name,
            plan.nomenclature,
            basename(plan.countryCodes.path),
            plan.countryCodes.sha256,
            plan.productCodes === null ? null : basename(plan.productCodes.path),
            plan.productCodes?.sha256 ?? null,
            options.importedAt,
          ],
        );
        await c.run(`delete from trade_dataset_years where name = $1 and year in (${years})`, [options.name]);
        for (const [n, y] of plan.years.entries())
          await c.run(`insert into trade_dataset_years values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`, [
            options.name,
            y.year,
            y.rows,
            y.valueKusd,
            y.exporters,
            y.importers,
            relative(base, moved[n] as string),
            y.sourceFile,
            y.sourceSha256,
            options.importedAt,
          ]);
        await options.beforeCommit?.();
        await c.run('commit');
        committed = true;
      } catch (error) {
        await c.run('rollback').catch(() => undefined);
        throw error;
      }
      const all = await c.runAndReadAll(`select year from trade_dataset_years where name = $1 order by year`, [
        options.name,
      ]);
      const current = new Set(moved);
      for (const file of old) if (!current.has(file)) rmSync(file, { force: true });
      return {
        name: options.name,
        nomenclature: plan.nomenclature,
        dbPath: options.dbPath,
        folder,
        countryCodes: plan.countryCodes.path,
        productCodes: plan.productCodes?.path ?? null,
        imported: plan.years.map(({ file: _file, sourceSha256: _sha, ...y }) => ({
          ...y,
          replaced: plan.existingYears.has(y.year),
        })),
        years: all.getRows().map((r) => Number(r[0])),
      };
    } finally {
      db.close();
    }
  } catch (error) {
    if (!committed) {
      for (const file of moved) rmSync(file, { force: true });
      for (const dir of createdDirs) rmSync(dir, { recursive: true, force: true });
    }
    throw error;
  }
}
