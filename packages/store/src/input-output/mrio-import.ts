/**
 * `chanye data import-mrio`: a publisher's MRIO file read (mrio-layouts.ts), checked, written
 * as Parquet into the user data folder (`mrio/<name>/` beside the user database) and
 * registered in the user database, and read back for `chanye io --dataset NAME`.
 *
 * Atomic: the Parquet files go to a temporary folder that is renamed into place only after
 * every file is written; the registry row is written in one transaction after that, and a
 * failure there puts the previous import's folder back.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ChanyeError, createMrio, type Mrio } from '@chanye/compute';
import type { Connector } from '../connector/connector.js';
import { loadDuckDB } from '../connector/duckdb-connector.js';
import { quotedString } from '../sql/quote.js';
import { USER_DB_SCHEMA } from '../user-data/schema.js';
import { openUserDb } from '../user-data/user-db.js';
import { checkRowSums, readMrioLayout, yearFromName, type MrioLayout, type RowSumCheck } from './mrio-layouts.js';
import { MRIO_DATASETS } from './mrio-datasets.js';

/** The registry of imported MRIOs in the user database. */
export const MRIO_IMPORTS_SCHEMA = `create table if not exists mrio_imports (
  name varchar primary key,
  layout varchar not null,
  year integer not null,
  source varchar not null,
  sha256 varchar not null,
  folder varchar not null,
  regions varchar not null,
  sectors varchar not null,
  sector_names varchar not null,
  unit varchar not null,
  rows_checked integer not null,
  rows_failing integer not null,
  imported_at varchar not null
)`;

/** One imported MRIO as registered. */
export interface MrioImportEntry {
  readonly name: string;
  readonly layout: MrioLayout;
  readonly year: number;
  readonly source: string;
  readonly sha256: string;
  readonly folder: string;
  readonly regions: readonly string[];
  readonly sectors: readonly string[];
  /** The sectors' names as the file gives them (the code where it gives none). */
  readonly sectorNames: readonly string[];
  readonly unit: string;
}

export interface MrioImportSummary extends MrioImportEntry {
  readonly check: RowSumCheck | undefined;
}

/** SHA-256 of a file, or of a folder's files in name order (each name, then its bytes). */
function sourceHash(path: string): string {
  const hash = createHash('sha256');
  if (statSync(path).isDirectory()) {
    for (const f of readdirSync(path).sort()) {
      const full = join(path, f);
      if (!statSync(full).isFile()) continue;
      hash.update(f);
      hash.update(readFileSync(full));
    }
  } else hash.update(readFileSync(path));
  return hash.digest('hex');
}

/** Imports one publisher's file; see the module comment. */
export async function importMrio(options: {
  readonly path: string;
  readonly layout: MrioLayout;
  readonly name: string;
  readonly dbPath: string;
  readonly year?: number;
  readonly importedAt: string;
}): Promise<MrioImportSummary> {
  const { layout, name } = options;
  if (!/^[a-z][a-z0-9_-]{0,63}$/.test(name)) {
    throw new ChanyeError(
      'invalid-input',
      `invalid --name: ${name} (expected a lower-case id: a letter, then letters, digits, - or _)`,
    );
  }
  if (name in MRIO_DATASETS) {
    throw new ChanyeError('invalid-input', `invalid --name: ${name} is a snapshot dataset; choose another name`);
  }
  if (!existsSync(options.path)) {
    throw new ChanyeError('invalid-input', `cannot read ${options.path}: no such file or folder`);
  }
  const year = options.year ?? yearFromName(layout, options.path);
  if (year === undefined) {
    throw new ChanyeError('invalid-input', `${options.path}: the file name gives no year; pass --year YYYY`);
  }
  const path = resolve(options.path);
  const read = await readMrioLayout(layout, path);
  const check = read.publishedOutput ? checkRowSums(read.mrio, read.publishedOutput) : undefined;
  // The published output is x wherever the file has it; elsewhere the row balance.
  let x = read.mrio.x;
  if (read.publishedOutput) {
    x = Float64Array.from(read.publishedOutput, (v, i) => (Number.isNaN(v) ? (read.mrio.x[i] as number) : v));
  }
  const root = join(dirname(resolve(options.dbPath)), 'mrio');
  const folder = join(root, name);
  const temporary = join(root, `.${name}.tmp-${process.pid}`);
  const previous = join(root, `.${name}.old-${process.pid}`);
  mkdirSync(root, { recursive: true });
  rmSync(temporary, { recursive: true, force: true });
  try {
    await writeMrioParquet(temporary, read.mrio, x, read.sectorNames, read.categoryNames);
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
  if (existsSync(folder)) renameSync(folder, previous);
  renameSync(temporary, folder);
  const entry: MrioImportEntry = {
    name,
    layout,
    year,
    source: path,
    sha256: sourceHash(path),
    folder,
    regions: read.mrio.regions,
    sectors: read.mrio.sectors,
    sectorNames: read.mrio.sectors.map((code, k) => read.sectorNames?.[k] ?? code),
    unit: read.mrio.unit,
  };
  try {
    await register(options.dbPath, entry, check, options.importedAt);
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    if (existsSync(previous)) renameSync(previous, folder);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
  return { ...entry, check };
}

async function register(
  dbPath: string,
  e: MrioImportEntry,
  check: RowSumCheck | undefined,
  importedAt: string,
): Promise<void> {
  const db = await openUserDb(dbPath);
  try {
    const c = db.connection;
    for (const statement of [...USER_DB_SCHEMA, MRIO_IMPORTS_SCHEMA]) await c.run(statement);
    await c.run('begin transaction');
    try {
      await c.run('delete from mrio_imports where name = $1', [e.name]);
      await c.run('insert into mrio_imports values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)', [
        e.name,
        e.layout,
        e.year,
        e.source,
        e.sha256,
        e.folder,
        JSON.stringify(e.regions),
        JSON.stringify(e.sectors),
        JSON.stringify(e.sectorNames),
        e.unit,
        check?.checked ?? 0,
        check?.failures.length ?? 0,
        importedAt,
      ]);
      await c.run('commit');
    } catch (error) {
      await c.run('rollback');
      throw error;
    }
  } finally {
    db.close();
  }
}

/** Writes z, y, x, inputs, regions, sectors and categories as Parquet into `folder` (created). */
async function writeMrioParquet(
  folder: string,
  mrio: Mrio,
  x: Float64Array,
  sectorNames: readonly string[] | undefined,
  categoryNames: readonly string[] | undefined,
): Promise<void> {
  mkdirSync(folder, { recursive: true });
  const { DuckDBInstance } = await loadDuckDB();
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const c = await instance.connect();
  try {
    const cells = async (table: string, m: { rows: number; columns: number; values: Float64Array }) => {
      await c.run(`create table ${table} (i integer, j integer, value double)`);
      const a = await c.createAppender(table);
      for (let i = 0; i < m.rows; i++) {
        for (let j = 0; j < m.columns; j++) {
          const v = m.values[i * m.columns + j] as number;
          if (v === 0) continue;
          a.appendInteger(i);
          a.appendInteger(j);
          a.appendDouble(v);
          a.endRow();
        }
      }
      a.closeSync();
    };
    const list = async (table: string, codes: readonly string[], names: readonly string[] | undefined) => {
      await c.run(`create table ${table} (position integer, code varchar, name varchar)`);
      const a = await c.createAppender(table);
      codes.forEach((code, k) => {
        a.appendInteger(k);
        a.appendVarchar(code);
        a.appendVarchar(names?.[k] ?? code);
        a.endRow();
      });
      a.closeSync();
    };
    await cells('z', mrio.Z);
    await cells('y', mrio.Y);
    await cells('x', { rows: x.length, columns: 1, values: x });
    await list('regions', mrio.regions, undefined);
    await list('sectors', mrio.sectors, sectorNames);
    await list('categories', mrio.finalDemandCategories, categoryNames);
    await list('inputs', mrio.factorInputs?.labels ?? [], undefined);
    if (mrio.factorInputs) await cells('input_values', mrio.factorInputs.values);
    else await c.run('create table input_values (i integer, j integer, value double)');
    await c.run(`create table meta as select ${quotedString(mrio.unit)} as unit, ${quotedString(mrio.note)} as note`);
    for (const t of ['z', 'y', 'x', 'regions', 'sectors', 'categories', 'inputs', 'input_values', 'meta']) {
      await c.run(`copy ${t} to ${quotedString(join(folder, `${t}.parquet`))} (format parquet)`);
    }
  } finally {
    c.closeSync();
    instance.closeSync();
  }
}

/** The imported MRIOs registered in the attached user database (`userdb`), by name. */
export async function readMrioImports(connector: Connector): Promise<MrioImportEntry[]> {
  const tables = await connector.query<{ n: number }>(
    `select count(*)::integer as n from duckdb_tables() where database_name = 'userdb' and table_name = 'mrio_imports'`,
  );
  if ((tables[0]?.n ?? 0) === 0) return [];
  const rows = await connector.query<Record<string, unknown>>(
    `select name, layout, year, source, sha256, folder, regions, sectors, sector_names, unit from userdb.mrio_imports order by name`,
  );
  return rows.map((r) => ({
    name: String(r['name']),
    layout: String(r['layout']) as MrioLayout,
    year: Number(r['year']),
    source: String(r['source']),
    sha256: String(r['sha256']),
    folder: String(r['folder']),
    regions: JSON.parse(String(r['regions'])) as string[],
    sectors: JSON.parse(String(r['sectors'])) as string[],
    sectorNames: JSON.parse(String(r['sector_names'])) as string[],
    unit: String(r['unit']),
  }));
}

/**
 * One import by name: an unknown name is bad input naming every dataset (exit 2), a year other
 * than the import's a question without an answer (exit 3).
 */
export async function mrioImport(
  connector: Connector,
  userDb: boolean,
  name: string,
  year?: number,
): Promise<MrioImportEntry> {
  const imports = userDb ? await readMrioImports(connector) : [];
  const found = imports.find((i) => i.name === name);
  if (!found) {
    const known = [...Object.keys(MRIO_DATASETS), ...imports.map((i) => i.name)];
    throw new ChanyeError(
      'invalid-input',
      `invalid --dataset: ${name} (expected one of ${known.join(', ')}; import a table with chanye data import-mrio)`,
    );
  }
  if (year !== undefined && year !== found.year) {
    throw new ChanyeError(
      'no-data',
      `no ${name} table for ${year}: the import ${name} is the ${found.year} table (--year)`,
    );
  }
  return found;
}

/** Loads an imported MRIO from its Parquet folder. */
export async function loadImportedMrio(connector: Connector, entry: MrioImportEntry): Promise<Mrio> {
  const file = (t: string): string => {
    const p = join(entry.folder, `${t}.parquet`);
    if (!existsSync(p)) {
      throw new ChanyeError(
        'not-found',
        `the import ${entry.name} lacks ${p}; import it again (chanye data import-mrio)`,
      );
    }
    return `read_parquet(${quotedString(p)})`;
  };
  const list = async (t: string) =>
    connector.query<{ code: string; name: string }>(`select code, name from ${file(t)} order by position`);
  const [regions, sectors, categories, inputs] = await Promise.all(
    ['regions', 'sectors', 'categories', 'inputs'].map(list),
  );
  const n = (regions?.length ?? 0) * (sectors?.length ?? 0);
  const k = (regions?.length ?? 0) * (categories?.length ?? 0);
  const dense = async (t: string, columns: number, rows: number): Promise<Float64Array> => {
    const out = new Float64Array(rows * columns);
    const cells = await connector.query<{ i: number; j: number; value: number }>(`select i, j, value from ${file(t)}`);
    for (const cell of cells) out[cell.i * columns + cell.j] = cell.value;
    return out;
  };
  const inputLabels = (inputs ?? []).map((r) => r.code);
  const [Z, Y, x, F] = await Promise.all([
    dense('z', n, n),
    dense('y', k, n),
    dense('x', 1, n),
    dense('input_values', n, inputLabels.length),
  ]);
  const meta = await connector.query<{ unit: string; note: string }>(`select unit, note from ${file('meta')}`);
  return createMrio({
    regions: (regions ?? []).map((r) => r.code),
    sectors: (sectors ?? []).map((r) => r.code),
    finalDemandCategories: (categories ?? []).map((r) => r.code),
    Z,
    Y,
    x,
    ...(inputLabels.length > 0 ? { factorInputs: { labels: inputLabels, values: F } } : {}),
    unit: meta[0]?.unit ?? entry.unit,
    note: `${meta[0]?.note ?? ''} (imported as ${entry.name}, ${entry.layout} layout, SHA-256 ${entry.sha256.slice(0, 12)})`,
  });
}
