/**
 * Writes the cut of WIOD 2013 (2011; CHN, DEU, USA and RoW) that generate.py lays out as the
 * published WIOT workbook: long Z, Y and the published output of the four regions as CSV,
 * from the shared Parquet files (../shared/data/io/wiod2013, the R package wiod's copy of the
 * release). Usage: npx tsx --tsconfig tsconfig.tests.json scripts/reference/wiod2013-excerpt/export.ts OUT_DIR
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBConnector, quotedString } from '@chanye/store';

const root = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const io = resolve(root, '..', 'shared', 'data', 'io', 'wiod2013');
const out = resolve(process.argv[2] ?? join(root, 'scripts/reference/wiod2013-excerpt/.cache'));
const YEAR = 2011;
const REGIONS = "('CHN', 'DEU', 'USA', 'ROW')";
mkdirSync(out, { recursive: true });
const connector = await DuckDBConnector.open();
try {
  const inter = quotedString(join(io, 'inter', `wiot_inter_${YEAR}.parquet`));
  const fd = quotedString(join(io, 'final_demand.parquet'));
  const ov = quotedString(join(io, 'output_va.parquet'));
  await connector.exec(
    `copy (select row_country, row_sector, col_country, col_sector, value from read_parquet(${inter})
            where row_country in ${REGIONS} and col_country in ${REGIONS})
       to ${quotedString(join(out, 'Z.csv'))} (header)`,
  );
  await connector.exec(
    `copy (select row_country, row_sector, col_country, fd_category, value from read_parquet(${fd})
            where year = ${YEAR} and row_country in ${REGIONS} and col_country in ${REGIONS})
       to ${quotedString(join(out, 'Y.csv'))} (header)`,
  );
  await connector.exec(
    `copy (select country, sector, gross_output from read_parquet(${ov}) where year = ${YEAR} and country in ${REGIONS})
       to ${quotedString(join(out, 'output.csv'))} (header)`,
  );
} finally {
  connector.close();
}
