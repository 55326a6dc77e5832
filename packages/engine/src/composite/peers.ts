import { ChanyeError } from '@chanye/compute';
import type { Store } from '@chanye/store';

/**
 * Resolves a peer set to ISO3 codes for one year:
 * - `all`: every economy (no aggregates, no former economies);
 * - `L`, `LM`, `UM`, `H`: the World Bank income group in that GNI data year (OGHIST);
 * - `region:TEXT`: economies whose World Bank region contains TEXT (e.g. `region:east asia`);
 * - a benchmark group id from catalog/benchmark-groups.yaml (`graduates`, `stalled`);
 * - a comma-separated list of ISO3 codes or economy names (a name holding a comma by its code).
 */
export async function resolvePeers(store: Store, peers: string, year: number): Promise<string[]> {
  const economies = await store.economies();
  const spec = peers.trim();
  if (spec === 'all') return economies.map((e) => e.iso3);
  if (['L', 'LM', 'UM', 'H'].includes(spec)) {
    const groups = await store.incomeGroupsIn(year);
    return economies.filter((e) => groups.get(e.iso3) === spec).map((e) => e.iso3);
  }
  if (spec.startsWith('region:')) {
    const needle = spec.slice('region:'.length).trim().toLowerCase();
    const members = economies.filter((e) => e.wb_region?.toLowerCase().includes(needle)).map((e) => e.iso3);
    if (members.length === 0) {
      const regions = [...new Set(economies.map((e) => e.wb_region).filter((r) => r !== null))].sort();
      throw new ChanyeError('invalid-input', `invalid --peers: no World Bank region matches '${needle}'`, regions);
    }
    return members;
  }
  const group = store.benchmarkGroups().find((g) => g.id === spec);
  if (group) return [...group.members];
  const items = spec
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  try {
    return await Promise.all(items.map(async (item) => (await store.economy(item)).iso3));
  } catch (error) {
    // In a list, the unknown economy is the mistake; one unknown word may be a misspelt set.
    if (items.length > 1) throw error;
  }
  throw new ChanyeError(
    'invalid-input',
    `invalid --peers: ${peers} (expected all, L, LM, UM, H, region:NAME, ${store
      .benchmarkGroups()
      .map((g) => g.id)
      .join(', ')}, or ISO3 codes or economy names separated by commas)`,
  );
}
