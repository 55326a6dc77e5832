/**
 * Section "Data sources and vintages": every series the report cites, numbered as the sections
 * cited them, and the sources of the data snapshot.
 *
 * @module
 */
import type { Context } from '../context.js';
import type { ReportSection, ReportTable } from '../model.js';
import { col, section } from './blocks.js';

/** Written after every section that cites a series, so that its list is complete. */
export function sourcesSection(context: Context): ReportSection {
  const { t, store } = context;
  const series: ReportTable = {
    id: 'sources-series',
    caption: t.seriesSources,
    columns: [col('[n]'), col(t.source)],
    rows: context.citations.series.map((s, k) => [`[${k + 1}]`, s]),
    source: `${t.sourcePrefix}data/snapshot/manifest.json`,
  };
  const snapshot: ReportTable = {
    id: 'sources-snapshot',
    caption: `${t.snapshotSources} (${store.manifest.built_from.shared_manifest_generated_at.slice(0, 10)})`,
    columns: [col(t.name), col(t.publisher), col(t.vintage), col(t.licence)],
    rows: store.manifest.sources.map((s) => [s.name, s.publisher, s.vintage, s.licence]),
    source: `${t.sourcePrefix}data/snapshot/manifest.json`,
  };
  return section(context, 'sources', { tables: [series, snapshot] });
}
