import type { Observation } from '@chanye/compute';

/**
 * World shares derived once for every economy and year, then cut per request. A world share
 * needs every economy's inputs whatever the request (the world total), so deriving it for one
 * economy costs as much as for all; a server or a report that asks for many economies derives
 * it once instead of on every call. Cutting afterwards gives the same values, because
 * `deriveObservations` itself derives over all economies and all years and then cuts.
 * Used only when the series are in memory (Store.preloadSeries), where the store lives long.
 */
export class WorldShares {
  private readonly all = new Map<string, Promise<Observation[]>>();

  async cut(
    id: string,
    deriveAll: () => Promise<Observation[]>,
    iso3s: readonly string[] | undefined,
    years: readonly [number, number] | undefined,
  ): Promise<Observation[]> {
    let derived = this.all.get(id);
    if (!derived) {
      derived = deriveAll();
      derived.catch(() => this.all.delete(id));
      this.all.set(id, derived);
    }
    const wanted = iso3s ? new Set(iso3s) : undefined;
    return (await derived).filter(
      (o) => (!wanted || wanted.has(o.iso3)) && (!years || (o.year >= years[0] && o.year <= years[1])),
    );
  }
}
