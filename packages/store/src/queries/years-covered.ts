import type { Connector } from '../connector/connector.js';

/**
 * The first and last year of any value the store holds: the snapshot's series table and, when
 * attached, the user's observations. Product trade (1980, 2017) and the WIOD tables
 * (1995-2011) lie inside the series' years, so they need no query of their own.
 */
export async function readYearsCovered(
  connector: Connector,
  withUserData: boolean,
): Promise<readonly [number, number]> {
  const user = withUserData ? ' union all select year from userdb.user_observations' : '';
  const [row] = await connector.query<{ first: number | null; last: number | null }>(
    `select min(year)::integer as first, max(year)::integer as last from (select year from series${user})`,
  );
  if (row?.first == null || row.last == null) throw new Error('the data snapshot holds no years');
  return [row.first, row.last];
}
