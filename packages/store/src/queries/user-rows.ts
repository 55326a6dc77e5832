import type { Connector } from '../connector/connector.js';
import type { UserRow } from './precedence.js';

/** One indicator's rows in the user database (attached as `userdb`), by economy and year. */
export function readUserRows(
  connector: Connector,
  indicator: string,
  iso3s: readonly string[] | undefined,
  years: readonly [number, number] | undefined,
): Promise<UserRow[]> {
  return connector.query<UserRow>(
    `select iso3, year, value, unit, source, vintage, status, note
       from userdb.user_observations
      where indicator = $1
        and ($2::varchar[] is null or list_contains($2::varchar[], iso3))
        and year between $3 and $4
      order by iso3, year`,
    [indicator, iso3s ?? null, years?.[0] ?? -100000, years?.[1] ?? 100000],
  );
}

/** Ids of the indicators in the user database, in order. */
export async function readUserIndicatorIds(connector: Connector): Promise<string[]> {
  const rows = await connector.query<{ indicator: string }>(
    `select distinct indicator from userdb.user_observations order by 1`,
  );
  return rows.map((r) => r.indicator);
}
