/**
 * Writes the py-ecomplexity input for `generate.py`: the shared world trade file of 2017
 * (HS07 4-digit) as CSV, filtered exactly as `scripts/build-snapshot.ts` (buildTrade) filters
 * it for the snapshot's `trade-2017` (positive values, ISO3 codes), since Debian's pandas
 * cannot read Parquet without pyarrow. Every value is a whole number of US$, so the CSV
 * round-trips exactly.
 *
 *   npx tsx --tsconfig tsconfig.tests.json bench/peers/py-ecomplexity/export-input.ts [out.csv]
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBConnector, quotedString } from '@chanye/store';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..', '..');
const input = resolve(root, '..', 'shared', 'data', 'trade', 'ec_world_trade_2017_hs07_4d.parquet');
const out = resolve(process.argv[2] ?? join(here, '.cache', 'world_trade_2017_hs07_4d.csv'));

mkdirSync(dirname(out), { recursive: true });
const connector = await DuckDBConnector.open();
try {
  await connector.exec(
    `copy (select year::integer as year, iso3, product_code as hs07_4d, export_value_usd::double as value
             from ${quotedString(input)}
            where export_value_usd is not null and export_value_usd > 0 and regexp_full_match(iso3, '^[A-Z]{3}$')
            order by year, iso3, hs07_4d)
       to ${quotedString(out)} (header, delimiter ',')`,
  );
  const [count] = await connector.query<{ rows: number; locations: number; products: number }>(
    `select count(*)::integer as rows, count(distinct iso3)::integer as locations,
            count(distinct hs07_4d)::integer as products
       from read_csv(${quotedString(out)}, all_varchar = true)`,
  );
  process.stdout.write(`${out}: ${count?.rows} rows, ${count?.locations} locations × ${count?.products} products\n`);
} finally {
  connector.close();
}
