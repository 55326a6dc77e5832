import type { Observation } from '@chanye/compute';

/**
 * Indicators computed once for every economy and year, then cut per request: those whose
 * value for one economy needs every economy's inputs whatever the request. A world share needs
 * the world total, so deriving it for one economy costs as much as for all; a server or a
 * report derives it once instead of on every call (used when the series are in memory,
 * Store.preloadSeries). Cutting afterwards gives the same values, because `deriveObservations`
 * itself derives over all economies and years and then cuts. Trade indicators (capabilities
 * from the product space of all exporters) are kept the same way. A failed computation is not
 * kept.
 */
export class WholePanels {
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
