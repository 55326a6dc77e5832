/**
 * Section "Structure: the 3+1 arrays and the dual structure": sector shares of value added,
 * exports by 3+1 array, the high-tech proxy, exports by R&D intensity and end use, the "new
 * three", and the findings of the structural diagnostics.
 *
 * @module
 */
import type { ExportStructure } from '@chanye/engine';
import type { Context } from '../context.js';
import { SECTOR_INDICATORS, type Gathered } from '../gather.js';
import type { ReportFigure, ReportSection, ReportTable } from '../model.js';
import { col, figure, findingsOf, section, table } from './blocks.js';
import { NOTE_TEXT } from './notes-text.js';
import { STRUCTURE_TEXT } from './structure-text.js';

/** Years shown in the sector-share chart: each decade year with data, and the latest year. */
function sectorYears(sectors: Gathered['sectors']): number[] {
  const years = new Set(sectors.flatMap((s) => s.observations.map((o) => o.year)));
  const all = [...years].sort((a, b) => a - b);
  const latest = all.at(-1);
  const chosen = all.filter((y) => y % 10 === 0);
  if (latest !== undefined && !chosen.includes(latest)) chosen.push(latest);
  return chosen;
}

export function structureSection(context: Context): ReportSection {
  const { t, lang, data } = context;
  const zh = lang === 'zh';
  const note = NOTE_TEXT[lang];
  const figures: ReportFigure[] = [];
  const years = sectorYears(data.sectors);
  const names: Record<(typeof SECTOR_INDICATORS)[number], string> = {
    agriculture_share_gdp: t.agriculture,
    industry_share_gdp: t.industry,
    services_share_gdp: t.services,
  };
  const sectorSources = data.sectors.flatMap((s) =>
    s.observations.filter((o) => years.includes(o.year)).map((o) => o.source),
  );
  figures.push(
    figure(
      context,
      {
        kind: 'bar',
        id: 'structure-sectors',
        title: t.sectorChart,
        description: t.sectorDesc,
        source: '',
        key: t.year,
        stacked: true,
        digits: 1,
        y: { label: t.pctGdp, min: 0, max: 100 },
        categories: years.map(String),
        series: data.sectors.map((s) => ({
          name: names[s.id as (typeof SECTOR_INDICATORS)[number]],
          values: years.map((y) => s.observations.find((o) => o.year === y)?.value ?? null),
        })),
      },
      sectorSources,
    ),
  );
  const tables: ReportTable[] = [];
  if (data.arrays.length > 0) {
    const first = data.arrays[0] as ExportStructure;
    figures.push(
      figure(
        context,
        {
          kind: 'bar',
          id: 'structure-arrays',
          title: t.arraysChart,
          description: t.arraysDesc,
          source: '',
          key: t.array,
          digits: 2,
          y: { label: t.pctExports, min: 0 },
          categories: first.classes.map((c) => (zh ? c.name_zh : c.name_en)),
          series: data.arrays.map((s) => ({
            name: String(s.year),
            values: first.classes.map((c) => {
              const found = s.classes.find((k) => k.id === c.id);
              return found && found.measurable ? found.share : null;
            }),
          })),
        },
        data.arrays.map((s) => s.source),
        { note: note.method(zh ? first.method_zh : first.method) },
      ),
    );
  }
  if (data.hightech.length > 0) {
    figures.push(
      figure(
        context,
        {
          kind: 'line',
          id: 'structure-hightech',
          title: t.hightechChart,
          description: t.hightechDesc,
          source: '',
          key: t.year,
          digits: 2,
          y: { label: t.pctGdp, min: 0 },
          rules: [{ value: 20, label: t.line20 }],
          series: [{ name: context.name, points: data.hightech.map((h) => ({ x: h.year, y: h.value })) }],
        },
        data.hightech.flatMap((h) => [h.mva.source, h.mht.source]),
      ),
    );
  }
  for (const [s, id, caption] of [
    [data.tech, 'structure-tech', t.techTable],
    [data.bec, 'structure-bec', STRUCTURE_TEXT[lang].becTable],
  ] as const) {
    if (!s) continue;
    tables.push(
      table(
        context,
        id,
        `${caption}, ${s.year}`,
        [col(t.techClass), col(t.shareOfExports, 2), col(t.exportsUsd, 0)],
        s.classes.map((c) => [
          zh ? c.name_zh : c.name_en,
          c.measurable ? c.share : null,
          c.measurable ? c.value : null,
        ]),
        [s.source],
        note.method(zh ? s.method_zh : s.method),
      ),
    );
  }
  if (data.newThree.length > 0) {
    const year = data.tech?.year ?? data.arrays.at(-1)?.year ?? 0;
    tables.push(
      table(
        context,
        'structure-new-three',
        `${t.newThree}, ${year}`,
        [col(t.product), col(t.heading), col(t.exportsUsd, 0), col(t.shareOfExports, 2), col(t.worldShare, 2)],
        data.newThree.map((n) => [zh ? n.name_zh : n.name_en, n.heading, n.value, n.shareOfExports, n.worldShare]),
        [data.tech?.source ?? data.arrays.at(-1)?.source ?? ''],
        data.newThree.map((n) => `${n.heading}: ${zh ? n.caveat_zh : n.caveat_en}`).join(' '),
      ),
    );
  }
  return section(context, 'structure', {
    findings: findingsOf(
      context,
      'dual-structure',
      'deindustrialization',
      'petty-clark',
      'structural-change',
      'demand',
    ),
    figures,
    tables,
  });
}
