/**
 * The user database's path, checked before any work, and its read-only attachment. The path
 * must be a DuckDB file or one that does not exist yet (the hardening issue found `--db my.csv`
 * importing into a database that vanished, and `--db ''` writing beside the current folder);
 * a database another process holds is named as such, with that process, instead of an
 * internal error.
 *
 * @module
 */
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { ChanyeError } from '@chanye/compute';
import type { Connector } from '../connector/connector.js';
import { quotedString } from '../sql/quote.js';

/** Bytes 8-11 of every DuckDB database file (its main header's magic). */
const DUCKDB_MAGIC = 'DUCK';

/** Throws `invalid-input` unless `path` is a DuckDB database file or does not exist yet. */
export function checkUserDbPath(path: string): void {
  if (path.trim() === '')
    throw new ChanyeError(
      'invalid-input',
      'invalid --db: an empty path (expected a DuckDB database file, or a path where one will be created)',
    );
  if (!existsSync(path)) return;
  const stat = statSync(path);
  if (!stat.isFile())
    throw new ChanyeError('invalid-input', `invalid --db: ${path} is a folder (expected a DuckDB database file)`);
  const head = Buffer.alloc(12);
  const fd = openSync(path, 'r');
  let read = 0;
  try {
    read = readSync(fd, head, 0, 12, 0);
  } finally {
    closeSync(fd);
  }
  if (read < 12 || head.toString('latin1', 8, 12) !== DUCKDB_MAGIC)
    throw new ChanyeError(
      'invalid-input',
      `invalid --db: ${path} is not a DuckDB database (expected a DuckDB file, or a path that does not exist yet; ` +
        'to import a file, pass it to `chanye data import`)',
    );
}

/**
 * DuckDB's "Could not set lock … Conflicting lock is held in PROGRAM (PID n)" as a user error
 * naming the other process; undefined for any other error.
 */
export function lockedDatabase(error: unknown, path: string): ChanyeError | undefined {
  const message = error instanceof Error ? error.message : String(error);
  if (!/could not set lock/i.test(message)) return undefined;
  const holder = /held in (.+?) \(PID (\d+)\)/.exec(message);
  const who = holder ? `process ${holder[2]} (${holder[1]})` : 'another process';
  return new ChanyeError(
    'invalid-input',
    `the user database ${path} is in use by ${who}, for example an import still running or \`chanye serve\`; ` +
      'wait for it to finish or stop it, then try again',
  );
}

/**
 * Attaches the user database read-only as `userdb`; false (and detached) when it holds no
 * observations. A database another process holds fails with {@link lockedDatabase}'s message.
 */
export async function attachUserDb(connector: Connector, path: string): Promise<boolean> {
  if (!existsSync(path)) return false;
  try {
    await connector.exec(`attach ${quotedString(path)} as userdb (read_only)`);
  } catch (error) {
    throw lockedDatabase(error, path) ?? error;
  }
  const tables = await connector.query<{ n: number }>(
    `select count(*)::integer as n from duckdb_tables() where database_name = 'userdb' and table_name = 'user_observations'`,
  );
  if ((tables[0]?.n ?? 0) === 0) {
    await connector.exec(`detach userdb`);
    return false;
  }
  return true;
}
