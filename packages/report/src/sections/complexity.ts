/**
 * Section "Economic complexity and the product space": the economy's ECI, rank, diversity, COI
 * and EXPY; its ECI beside the graduates' and the stalled economies'; the product space with
 * the products it exports with comparative advantage; its most complex exports and the
 * opportunities as a feasibility view (distance against PCI, the nearest and the most complex
 * within the median distance) beside those with the highest complexity outlook gain.
 *
 * @module
 */
import { economyFeasibility, type ComplexityYear, type Opportunity } from '@chanye/compute';
import { ATLAS_FILTER } from '@chanye/engine';
import { productSector } from '@chanye/store';
import type { Context } from '../context.js';
import type { Cell, ReportFigure, ReportSection, ReportTable } from '../model.js';
import { productSpaceGraph } from '../product-space.js';
import { storedProductSpaceLayout } from '../product-space-layout.js';
import { col, figure, section, table } from './blocks.js';
import { COMPLEXITY_TEXT } from './complexity-text.js';
import { NOTE_TEXT } from './notes-text.js';

export function complexitySection(context: Context): ReportSection {
  const { t, lang, iso3, data } = context;
  const text = COMPLEXITY_TEXT[lang];
  const run = data.complexity;
  const y = run.years[0];
  context.citations.reference(ATLAS_FILTER.reference);
  const source = [lang === 'zh' ? `${run.note}（${run.dataset}）` : `${run.note} (${run.dataset})`];
  const paragraphs: string[] = [];
  const figures: ReportFigure[] = [];
  const tables: ReportTable[] = [];
  const i = y ? y.locations.indexOf(iso3) : -1;
  if (!y || i < 0) {
    const dropped = run.dropped.find((d) => d.location === iso3);
    paragraphs.push(text.notComputed(context.name, dropped?.reason));
    return section(context, 'complexity', { paragraphs });
  }
  const eci = y.eci[i] as number;
  const order = y.locations.map((_, k) => k).sort((a, b) => (y.eci[b] as number) - (y.eci[a] as number));
  const rank = order.indexOf(i) + 1;
  tables.push(
    table(
      context,
      'complexity-summary',
      t.eciTable,
      [col(t.measure), col(t.value)],
      [
        [t.eci, eci],
        [t.eciRank, `${rank} / ${y.locations.length}`],
        [t.diversity, y.diversity[i] as number],
        [t.coi, y.coi[i] as number],
        ...(y.expy ? [[t.expy, y.expy[i] as number] as Cell[]] : []),
      ],
      source,
      NOTE_TEXT[lang].method(
        lang === 'zh'
          ? `${ATLAS_FILTER.reference_zh}；${run.covariates_zh.population}；${run.covariates_zh.gdpPerCapita}`
          : `${ATLAS_FILTER.reference}; ${run.covariates.population}; ${run.covariates.gdpPerCapita}`,
      ),
    ),
  );
  const groups = context.store.benchmarkGroups();
  const members = new Map<string, string>();
  members.set(iso3, context.name);
  for (const g of groups.filter((g) => g.id === 'graduates' || g.id === 'stalled'))
    for (const m of g.members)
      if (!members.has(m)) members.set(m, g.id === 'graduates' ? t.graduatesLabel : t.stalledLabel);
  const dotRows = [...members.entries()]
    .map(([code, group]) => ({ code, group, k: y.locations.indexOf(code) }))
    .filter((r) => r.k >= 0)
    .sort((a, b) => (y.eci[b.k] as number) - (y.eci[a.k] as number))
    .map((r) => ({ label: context.nameOf(r.code), points: [{ series: r.group, value: y.eci[r.k] as number }] }));
  figures.push(
    figure(
      context,
      {
        kind: 'dot',
        id: 'complexity-eci',
        title: t.eciChart,
        description: t.eciDesc,
        source: '',
        key: t.economy,
        digits: 3,
        x: { label: 'ECI' },
        rules: [{ value: 0, label: '0' }],
        rows: dotRows,
      },
      source,
    ),
  );
  const p = y.products.length;
  const productName = (code: string): string => {
    const names = data.productNames.get(code);
    return (lang === 'zh' ? names?.name_zh : undefined) ?? names?.name ?? code;
  };
  const space = productSpaceGraph(y, storedProductSpaceLayout(context.store.catalogDir));
  // Ten sectors instead of 22 HS sections: colours a reader can tell apart.
  const sectors = context.store.productSectors();
  const sectorName = (code: string, section: string | null): string | undefined => {
    const s = productSector(sectors, code, section);
    return s === undefined ? (section ?? undefined) : lang === 'zh' ? s.name_zh : s.name_en;
  };
  const nodes = space.products.map((code, j) => ({
    id: code,
    label: productName(code),
    group: sectorName(code, data.productNames.get(code)?.group ?? null) ?? t.unclassified,
    x: space.positions[2 * j] as number,
    y: space.positions[2 * j + 1] as number,
    size: (space.exports[j] as number) / 1e6,
    highlight: (y.m.values[i * p + j] as number) === 1,
  }));
  figures.push(
    figure(
      context,
      {
        kind: 'network',
        id: 'complexity-product-space',
        title: t.productSpaceChart,
        description: t.productSpaceDesc(nodes.length, space.links.length, nodes.filter((n) => n.highlight).length),
        source: '',
        key: text.sector,
        digits: 0,
        groups: sectors.sectors.map((k) => (lang === 'zh' ? k.name_zh : k.name_en)),
        nodes,
        links: space.links.map((l) => ({ source: l.source, target: l.target, backbone: l.spanningTree })),
        labels: { highlight: t.rcaOne, other: t.otherProducts, nodes: t.productsCount, size: t.worldExportsMn },
      },
      source,
    ),
  );
  // The ten products with the highest `rank` among those the economy does (m = 1) or does not
  // (m = 0) export with comparative advantage.
  const topTen = (m: 0 | 1, rank: (j: number) => number): { code: string; j: number }[] =>
    y.products
      .map((code, j) => ({ code, j }))
      .filter(({ j }) => (y.m.values[i * p + j] as number) === m)
      .sort((a, b) => rank(b.j) - rank(a.j))
      .slice(0, 10);
  const exported = topTen(1, (j) => y.pci[j] as number);
  tables.push(
    table(
      context,
      'complexity-top-products',
      t.topComplex,
      [col(t.heading), col(t.product), col(t.pci, 3), col(t.rca, 2), col(t.exportsUsd, 0)],
      exported.map(({ code, j }) => [
        code,
        productName(code),
        y.pci[j] as number,
        y.rca ? (y.rca.values[i * p + j] as number) : null,
        y.values.values[i * p + j] as number,
      ]),
      source,
    ),
  );
  const opportunities = topTen(0, (j) => y.cog.values[i * p + j] as number);
  tables.push(
    table(
      context,
      'complexity-opportunities',
      t.opportunities,
      [col(t.heading), col(t.product), col(t.pci, 3), col(t.density, 3), col(t.cog, 3)],
      opportunities.map(({ code, j }) => [
        code,
        productName(code),
        y.pci[j] as number,
        y.density.values[i * p + j] as number,
        y.cog.values[i * p + j] as number,
      ]),
      source,
      text.productNamesNote,
    ),
  );
  feasibilityView(context, y, iso3, productName, source, figures, tables, paragraphs);
  paragraphs.push(t.productSpaceNote);
  return section(context, 'complexity', { paragraphs, figures, tables });
}

/**
 * The economy's opportunities as the Atlas's strategy chart reads them: every product it does
 * not export with RCA ≥ 1 by distance and PCI, the top ones named, and the two lists of
 * `economyFeasibility` (the same as `chanye complexity --economy`).
 */
function feasibilityView(
  context: Context,
  y: ComplexityYear,
  iso3: string,
  productName: (code: string) => string,
  source: readonly string[],
  figures: ReportFigure[],
  tables: ReportTable[],
  paragraphs: string[],
): void {
  const { t, lang } = context;
  const text = COMPLEXITY_TEXT[lang];
  const f = economyFeasibility(y, iso3, 10);
  if (f.opportunities.length === 0) return;
  const named = new Set([...f.nearest.slice(0, 5), ...f.mostComplexNear.slice(0, 5)].map((o) => o.product));
  figures.push(
    figure(
      context,
      {
        kind: 'scatter',
        id: 'complexity-feasibility',
        title: text.feasibilityChart,
        description: text.feasibilityDesc(f.opportunities.length, f.medianDistance),
        source: '',
        key: t.product,
        digits: 3,
        height: 380,
        x: { label: text.distance },
        y: { label: t.pci },
        xRules: [{ value: f.medianDistance, label: text.medianDistance }],
        points: f.opportunities.map((o) => ({
          label: productName(o.product),
          hint: `${o.product}; COG ${o.cog.toFixed(3)}`,
          x: o.distance,
          y: o.pci,
          labelled: named.has(o.product),
        })),
      },
      source,
      { compact: true },
    ),
  );
  const columns = [col(t.heading), col(t.product), col(text.distance, 3), col(t.pci, 3), col(t.cog, 3)];
  const rows = (list: readonly Opportunity[]): Cell[][] =>
    list.map((o) => [o.product, productName(o.product), o.distance, o.pci, o.cog]);
  tables.push(table(context, 'complexity-nearest', text.nearest, columns, rows(f.nearest), source));
  tables.push(
    table(
      context,
      'complexity-most-complex-near',
      text.mostComplexNear(f.medianDistance),
      columns,
      rows(f.mostComplexNear),
      source,
    ),
  );
  paragraphs.push(text.feasibilityNote(f.medianDistance));
}
