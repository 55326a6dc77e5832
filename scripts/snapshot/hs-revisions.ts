/**
 * The HS revision bridges of the snapshot: the 6-digit UNSD conversion tables in
 * `shared/data/concordances/` (from the concordance R package, whose `data-raw/clean-hs.R`
 * reads the UNSD "Conversion and Correlation Tables" files), stacked into one table
 * `hs_revisions (from_revision, to_revision, from_code, to_code, source)`.
 *
 * Codes are copied as text from the shared files; the build checks that every code has six
 * digits and that every code of the newer revision has exactly one code of the older (the
 * conversion table, not the many-to-many correlation), so the plan in
 * `packages/compute/src/trade/hs-revisions.ts` can rely on it being stated, not assumed.
 *
 * @module
 */
import type { DuckDBConnection } from '@duckdb/node-api';

/** One shared bridge file: the revision of each column, as `packages/compute` names them. */
export interface HsRevisionInput {
  readonly file: string;
  readonly from: string;
  readonly to: string;
  readonly fromColumn: string;
  readonly toColumn: string;
}

const bridge = (from: number, to: number): HsRevisionInput => ({
  file: `concordances/hs${from}_hs${to}.csv`,
  from: `HS${from}`,
  to: `HS${to}`,
  fromColumn: `hs${from}_6d`,
  toColumn: `hs${to}_6d`,
});

/** The bridges the shared data hold (README, concordances section); none for HS 1996, 2002 or 2007. */
export const HS_REVISION_INPUTS: readonly HsRevisionInput[] = [
  bridge(2022, 2017),
  bridge(2017, 2012),
  bridge(2017, 1992),
  bridge(2012, 1992),
];

const citation = (b: HsRevisionInput): string =>
  `UNSD, HS correlation and conversion tables: ${b.from.replace('HS', 'HS ')} to ${b.to.replace('HS', 'HS ')} conversion table (via the concordance R package)`;

/**
 * Creates table `hs_revisions` from the shared bridge files; `lit` quotes a shared file's path.
 * Throws when a code is not six digits or a code of the newer revision has several targets.
 */
export async function buildHsRevisions(con: DuckDBConnection, lit: (file: string) => string): Promise<void> {
  const q = (s: string): string => `'${s.replaceAll("'", "''")}'`;
  const parts = HS_REVISION_INPUTS.map(
    (b) =>
      `select ${q(b.from)} as from_revision, ${q(b.to)} as to_revision, "${b.fromColumn}" as from_code,
              "${b.toColumn}" as to_code, ${q(citation(b))} as source
         from read_csv(${lit(b.file)}, all_varchar = true, header = true)`,
  );
  await con.run(
    `create table hs_revisions as
       select * from (${parts.join(' union all ')})
        order by from_revision desc, to_revision desc, from_code`,
  );
  const bad = await con.runAndReadAll(
    `select from_revision, to_revision, from_code, to_code from hs_revisions
      where not regexp_full_match(from_code, '[0-9]{6}') or not regexp_full_match(to_code, '[0-9]{6}') limit 5`,
  );
  if (bad.currentRowCount > 0)
    throw new Error(`HS bridge codes not of six digits: ${JSON.stringify(bad.getRowsJson())}`);
  const multi = await con.runAndReadAll(
    `select from_revision, to_revision, from_code, count(*) as n from hs_revisions
      group by all having count(*) > 1 limit 5`,
  );
  if (multi.currentRowCount > 0)
    throw new Error(
      `HS bridge codes with several targets (not a conversion table): ${JSON.stringify(multi.getRowsJson())}`,
    );
}
