import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scorecardPolicy } from '@chanye/compute';
import { Store } from '@chanye/store';
import { economyProfile, scoreEconomies, scoreRows } from '@chanye/engine';
import { runCli } from './run-cli.js';

/** One engine: the CLI prints exactly what the library returns. */
async function withLibrary<T>(run: (store: Store) => Promise<T>): Promise<T> {
  const store = await Store.open({ userDbPath: join(process.cwd(), '.no-user-db-in-tests.duckdb') });
  try {
    return await run(store);
  } finally {
    store.close();
  }
}

describe('library and CLI give identical numbers', () => {
  it('query --format json equals store.observations()', async () => {
    const library = await withLibrary((store) =>
      store.observations({ indicator: 'gdp_per_capita_ppp', economies: ['CHN', 'IND'], years: [2010, 2019] }),
    );
    const cli = await runCli([
      'query',
      '--indicator',
      'gdp_per_capita_ppp',
      '--economies',
      'CHN,IND',
      '--years',
      '2010:2019',
      '--format',
      'json',
    ]);
    expect(JSON.parse(cli.stdout)).toEqual(JSON.parse(JSON.stringify(library)));
  });

  it('profile --format json equals economyProfile()', async () => {
    const library = await withLibrary((store) => economyProfile(store, 'BRA', 2015));
    const cli = await runCli(['profile', 'BRA', '--year', '2015', '--format', 'json']);
    expect(JSON.parse(cli.stdout)).toEqual(JSON.parse(JSON.stringify(library)));
  });

  it('score --format json rows equal scoreRows(scoreEconomies())', async () => {
    const library = await withLibrary(async (store) =>
      scoreRows(
        await scoreEconomies(store, {
          framework: 'characteristics',
          years: [2017],
          economies: ['CHN', 'DEU'],
          peers: 'all',
          policy: scorecardPolicy(),
          window: 2,
        }),
      ),
    );
    const cli = await runCli(['score', 'CHN', 'DEU', '--year', '2017', '--format', 'json']);
    expect((JSON.parse(cli.stdout) as { rows: unknown }).rows).toEqual(JSON.parse(JSON.stringify(library)));
  });
});
