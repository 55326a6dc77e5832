/**
 * `chanye data update --source wb-class`: the World Bank's current income classification
 * from the API's country list, into the user database's `wb_classification` table.
 *
 * Why a table of its own and not `income_history`: the country list gives each economy's
 * current group but not the fiscal year or GNI data year it belongs to, so it cannot be placed
 * in the OGHIST history by year without guessing. It is kept with its retrieval date, and
 * `chanye data status` reports it; the history (OGHIST, FY1989-FY2026 in the snapshot) is
 * unchanged.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { ChanyeError } from '@chanye/compute';
import { openUserDb } from '../../user-data/user-db.js';
import { USER_DB_SCHEMA } from '../../user-data/schema.js';
import { getBody } from '../live/get-body.js';
import type { LiveFetchDeps } from '../live/series-fetch.js';
import { WDI_API_HOST } from '../wdi/url.js';
import { countryListUrl, parseCountryPage, type CurrentClassification } from './parse.js';

/** Table of the latest refreshed classification, replaced as a whole by each refresh. */
export const WB_CLASSIFICATION_DDL = `create table if not exists wb_classification (
  iso3 varchar primary key,
  income_group varchar not null,
  name varchar not null,
  retrieved_at varchar not null,
  source varchar not null,
  sha256 varchar not null
)`;

export interface ClassificationUpdate {
  readonly economies: number;
  readonly skipped: number;
  readonly pages: number;
  readonly retrievedAt: string;
}

/** Reads every page of the country list. */
export async function fetchCurrentClassification(
  deps: LiveFetchDeps,
  perPage = 400,
): Promise<{ economies: CurrentClassification[]; skipped: number; pages: number; sha256: string }> {
  const economies: CurrentClassification[] = [];
  const hash = createHash('sha256');
  let skipped = 0;
  let pages = 1;
  for (let p = 1; p <= pages; p += 1) {
    const { body } = await getBody(countryListUrl(p, perPage), WDI_API_HOST, 'the country list', deps);
    hash.update(body);
    const page = parseCountryPage(body);
    if (page.page !== p) {
      throw new ChanyeError(
        'unavailable',
        `unexpected answer from ${WDI_API_HOST}: asked for page ${p}, got ${page.page}`,
      );
    }
    pages = Math.max(1, page.pages);
    economies.push(...page.economies);
    skipped += page.skipped;
  }
  return { economies, skipped, pages, sha256: hash.digest('hex') };
}

/** Fetches the classification and replaces `wb_classification` in one transaction. */
export async function updateClassification(userDbPath: string, deps: LiveFetchDeps): Promise<ClassificationUpdate> {
  const fetched = await fetchCurrentClassification(deps);
  if (fetched.economies.length === 0) {
    throw new ChanyeError('no-data', `${WDI_API_HOST} listed no classified economy`);
  }
  const retrievedAt = new Date(deps.now()).toISOString();
  const db = await openUserDb(userDbPath);
  try {
    await db.connection.run('begin transaction');
    try {
      for (const ddl of [...USER_DB_SCHEMA, WB_CLASSIFICATION_DDL]) await db.connection.run(ddl);
      await db.connection.run('delete from wb_classification');
      for (const e of fetched.economies) {
        await db.connection.run('insert into wb_classification values ($1, $2, $3, $4, $5, $6)', [
          e.iso3,
          e.group,
          e.name,
          retrievedAt,
          `World Bank API v2 country list (${countryListUrl(1)})`,
          fetched.sha256,
        ]);
      }
      await db.connection.run('commit');
    } catch (error) {
      await db.connection.run('rollback').catch(() => undefined);
      throw error;
    }
  } finally {
    db.close();
  }
  return { economies: fetched.economies.length, skipped: fetched.skipped, pages: fetched.pages, retrievedAt };
}
