import { ChanyeError } from '@chanye/compute';
import type { IoSectorPosition, Store } from '@chanye/store';

/** An economy's sectors in the WIOD 2013 tables in one year. */
export interface IoPositions {
  readonly iso3: string;
  readonly year: number;
  readonly dataset: 'wiod2013';
  /** Years the tables cover for this economy. */
  readonly years: readonly number[];
  readonly sectors: readonly IoSectorPosition[];
  readonly source: string;
}

/**
 * Upstreamness, downstreamness and gross output of an economy's WIOD 2013 sectors in one year
 * (default the latest, 2011): Antràs and Chor (2018), computed on WIOD 2013.
 */
export async function ioPositions(store: Store, code: string, year?: number): Promise<IoPositions> {
  const iso3 = (await store.economy(code)).iso3;
  const wiod = store.source('wiod2013');
  const chor = store.source('antras_chor');
  const years = await store.ioPositionYears(iso3);
  const chosen = year ?? years.at(-1);
  if (chosen === undefined) throw new ChanyeError('no-data', `${iso3} is not in the WIOD 2013 tables (40 economies)`);
  if (!years.includes(chosen)) {
    throw new ChanyeError(
      'no-data',
      `no WIOD 2013 table for ${iso3} in ${chosen} (the tables cover ${years[0]}-${years.at(-1)})`,
    );
  }
  const sectors = await store.ioSectorPositions(iso3, chosen);
  const source = `${chor.name} (${chor.vintage}); gross output: ${wiod.name} (${wiod.vintage})`;
  return { iso3, year: chosen, dataset: 'wiod2013', years, sectors, source };
}
