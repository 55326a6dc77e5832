/**
 * Writes WIOD 2013 Z and Y of one year as long CSV from the shared Parquet files (the
 * snapshot's own inputs), for generate.py when pandas cannot read Parquet (no pyarrow).
 * Usage: npx tsx --tsconfig tsconfig.tests.json bench/peers/pymrio/export-input.ts OUT_DIR [YEAR]
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBConnector, quotedString } from '@chanye/store';

const root = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const io = resolve(root, '..', 'shared', 'data', 'io', 'wiod2013');
const out = resolve(process.argv[2] ?? join(root, 'bench/peers/pymrio/.cache'));
const year = Number(process.argv[3] ?? 2011);
mkdirSync(out, { recursive: true });
const connector = await DuckDBConnector.open();
try {
  const inter = quotedString(join(io, 'inter', `wiot_inter_${year}.parquet`));
  const fd = quotedString(join(io, 'final_demand.parquet'));
  await connector.exec(
    `copy (select row_country, row_sector, col_country, col_sector, value from read_parquet(${inter}))
       to ${quotedString(join(out, `Z_${year}.csv`))} (header)`,
  );
  await connector.exec(
    `copy (select row_country, row_sector, col_country, fd_category, value from read_parquet(${fd}) where year = ${year})
       to ${quotedString(join(out, `Y_${year}.csv`))} (header)`,
  );
} finally {
  connector.close();
}
