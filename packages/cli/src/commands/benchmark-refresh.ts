/**
 * The note under `chanye benchmark graduates` naming the empty cells (no value for the
 * paper's year) whose indicator has a live WDI series, i.e. the cells
 * `chanye data update --source wdi` may fill when online. A note, not a value: whether WDI
 * has that economy-year is known only after the refresh.
 *
 * @module
 */
import { dirname } from 'node:path';
import type { ReproducedCell } from '@chanye/engine';
import { defaultCatalogPath, liveSourcesPath, loadLiveSources, type LiveSeries } from '@chanye/store';

/** Cells shown without the paper's own year (`missing` or `other-year`). */
const EMPTY = new Set<ReproducedCell['status']>(['missing', 'other-year']);

/**
 * Lines naming, per column, the empty cells a WDI refresh would ask for; empty when none.
 *
 * @example
 * refreshableCellsText(cells, [{ source: 'wdi', code: 'GB.XPD.RSDV.GD.ZS', indicator: 'rd_share_gdp', … }]);
 * // returns '\nCells a refresh would fill … \n  table2 rd_share_gdp (WDI GB.XPD.RSDV.GD.ZS): JPN 1987, …\n'
 */
export function refreshableCellsText(cells: readonly ReproducedCell[], live: readonly LiveSeries[]): string {
  const lines: string[] = [];
  for (const series of live.filter((s) => s.source === 'wdi')) {
    const empty = cells.filter((c) => c.column === series.indicator && EMPTY.has(c.status));
    const tables = [...new Set(empty.map((c) => c.table))];
    for (const table of tables) {
      const which = empty.filter((c) => c.table === table).map((c) => `${c.iso3} ${c.paper_year}`);
      lines.push(`  ${table} ${series.indicator} (WDI ${series.code}): ${which.join(', ')}`);
    }
  }
  if (lines.length === 0) return '';
  return [
    '',
    'Cells without a value for the paper’s year that `chanye data update --source wdi` would ask the World Bank for (when online):',
    ...lines,
    '',
  ].join('\n');
}

/** The same, with the live-source catalogue read from the default catalogue folder. */
export function refreshableCellsNote(cells: readonly ReproducedCell[]): string {
  return refreshableCellsText(cells, loadLiveSources(liveSourcesPath(dirname(defaultCatalogPath()))));
}
