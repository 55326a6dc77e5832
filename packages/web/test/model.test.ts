import { describe, expect, it } from 'vitest';
import { clampCentre, viewBoxOf, zoomAt } from '../src/zoom.js';
import { localiseView } from '../src/localise.js';
import { chartTable, renderSvg, type LineChartSpec } from '@chanye/charts';
import {
  apiPath,
  arraysView,
  citeText,
  displayCell,
  incomeView,
  ioView,
  feasibility,
  productSpaceNetwork,
  productSpaceView,
  otherFanSeries,
  scenarioView,
  scoresView,
  t,
  tableCsv,
  trajectoryView,
  incomeAlignedChart,
  overviewView,
  peerGroups,
  type Profile,
  type Scores,
  type Simulation,
} from '@chanye/web';

const profile: Profile = {
  economy: { iso3: 'KOR', name_en: 'Korea, Rep.', name_zh: '韩国' },
  income: {
    spells: [
      { group: 'UM', from: 1990, to: 1994 },
      { group: 'H', from: 1995, to: 1996 },
    ],
    source: 'World Bank OGHIST',
  },
  newestYear: 2019,
  staleAfterYears: 3,
  sections: [
    {
      id: 'income',
      en: 'Income',
      zh: '收入水平',
      items: [
        {
          indicator: 'gdp_per_capita_ppp',
          name_en: 'GDP per capita',
          name_zh: '人均GDP',
          stale: false,
          observation: {
            iso3: 'KOR',
            year: 2019,
            indicator: 'gdp_per_capita_ppp',
            value: 42000.5,
            unit: 'US$',
            source: 'PWT',
            vintage: 'PWT 10.01',
            status: 'observed',
          },
        },
      ],
    },
  ],
};

describe('view models', () => {
  it('overviewView: the status column says spliced after the break year, and marks a value older than the newest', () => {
    const item = profile.sections[0]?.items[0] as Profile['sections'][number]['items'][number];
    const aged: Profile = {
      ...profile,
      newestYear: 2024,
      sections: [
        {
          ...(profile.sections[0] as Profile['sections'][number]),
          items: [
            { ...item, stale: true, observation: { ...item.observation!, year: 2019 } },
            { ...item, observation: { ...item.observation!, year: 2024, status: 'spliced', breakYear: 2019 } },
          ],
        },
      ],
    };
    const en = overviewView(aged, 'en', '/api/economies/KOR/profile').table.rows.map((r) => r[5]);
    expect(en).toEqual(['observed; more than 3 years older than 2024', 'spliced after 2019']);
    const zh = overviewView(aged, 'zh', '/api/economies/KOR/profile').table.rows.map((r) => r[5]);
    expect(zh).toEqual(['观测值；比2024年早3年以上', '2019年后为衔接值']);
  });

  it('scoresView: radar of the six characteristics, ranks with intervals, one table for both', () => {
    const row = (
      subsystem: string,
      score: number,
      rank: number,
      p05: number | null = null,
      p95: number | null = null,
    ) => ({
      iso3: 'CHN',
      year: 2017,
      subsystem,
      score,
      rank,
      rank_p05: p05,
      rank_p95: p95,
      units: 131,
      ranked_among: 'main' as const,
    });
    const scores: Scores = {
      method: { name: 'entropy-topsis' },
      sensitivity: { draws: 100, seed: 1 },
      rows: [
        row('overall', 0.43, 3, 1, 30),
        row('complete', 0.96, 1),
        row('green', 0.5, 40),
        { ...row('green', 1, 1), iso3: 'USA' },
      ],
      years: [{ inputs: [{ source: 'PWT' }, { source: 'PWT' }, { source: 'SDG' }] }],
    };
    const view = scoresView(scores, 'CHN', 'China', 2017, 'en', '/api/scores?economies=CHN');
    expect(view.table.columns).toEqual([
      'characteristic',
      'score',
      'rank',
      'rank 5 %',
      'rank 95 %',
      'economies ranked',
    ]);
    expect(view.table.rows).toEqual([
      ['Overall', 0.43, 3, 1, 30, 131],
      ['Complete (integrity)', 0.96, 1, null, null, 131],
      ['Green', 0.5, 40, null, null, 131],
    ]);
    const [radar, ranks] = view.charts;
    expect(radar && chartTable(radar).rows).toEqual([
      ['Complete (integrity)', 0.96],
      ['Green', 0.5],
    ]);
    expect(ranks && chartTable(ranks).rows[0]).toEqual(['Overall', 3, 1, 30]);
    expect(view.charts.every((c) => renderSvg(c).startsWith('<svg'))).toBe(true);
    expect(view.cite).toBe(
      'Chanye contributors (2026). Chanye: a toolkit for measuring the modern industrial system, version 0.1.0. ' +
        'Six characteristics and rank intervals, China, 2017. API: /api/scores?economies=CHN. Data: PWT; SDG.',
    );
    const zh = scoresView(scores, 'CHN', '中国', 2017, 'zh', '/api/scores');
    expect(zh.table.rows.map((r) => r[0])).toEqual(['综合', '完整性', '绿色化']);
    // A small economy's ranks are among small economies: the rank chart says so.
    const small = { ...scores, rows: scores.rows.map((r) => ({ ...r, ranked_among: 'small' as const })) };
    expect(scoresView(small, 'CHN', 'China', 2017, 'en', '/api/scores').charts[1]?.title).toBe(
      'rank: China, 2017 (among economies below 1 million people)',
    );
  });

  it('trajectoryView: the economy first, then graduates and stalled peers; the table is the chart’s', () => {
    const obs = (iso3: string, year: number, value: number) => ({
      iso3,
      year,
      indicator: 'mva_share_gdp',
      value,
      unit: '% of GDP',
      source: 'SDG',
      status: 'observed',
    });
    const view = trajectoryView(
      [obs('KOR', 2000, 25), obs('CHN', 2001, 31), obs('CHN', 2000, 30), obs('BRA', 2000, 15)],
      'CHN',
      { id: 'mva_share_gdp', name_en: 'MVA share', name_zh: '制造业增加值占比', unit: '% of GDP' },
      'en',
      '/api/observations',
      { graduates: ['JPN', 'KOR', 'ESP'], stalled: ['BRA', 'ARG'] },
    );
    expect(view.table).toEqual({
      columns: ['Year', 'CHN', 'KOR', 'BRA'],
      rows: [
        [2000, 30, 25, 15],
        [2001, 31, null, null],
      ],
    });
    expect(view.charts[0] && chartTable(view.charts[0])).toEqual(view.table);
    expect(view.digits[0]).toBe(-1);
    // With names: each economy by name, the focal one emphasised; the colour stays keyed by code.
    const names: Record<string, string> = { CHN: '中国', KOR: '韩国', BRA: '巴西' };
    const named = trajectoryView(
      [obs('KOR', 2000, 25), obs('CHN', 2000, 30), obs('BRA', 2000, 15)],
      'CHN',
      { id: 'mva_share_gdp', name_en: 'MVA share', name_zh: '制造业增加值占比', unit: '% of GDP' },
      'zh',
      '/api/observations',
      { graduates: ['KOR'], stalled: ['BRA'] },
      (c) => names[c] ?? c,
    );
    expect(named.table.columns).toEqual(['年份', '中国', '韩国', '巴西']);
    const spec = named.charts[0] as LineChartSpec;
    expect(spec.series.map((x) => [x.name, x.emphasis, x.colourKey])).toEqual([
      ['中国', 'focal', 'CHN'],
      ['韩国', 'peer', 'KOR'],
      ['巴西', 'peer', 'BRA'],
    ]);
  });

  it('incomeAlignedChart: years since each economy first reached the focal economy’s latest income; never-reached named', () => {
    const obs = (iso3: string, year: number, value: number, indicator = 'mva_share_gdp') => ({
      iso3,
      year,
      indicator,
      value,
      unit: '',
      source: indicator === 'mva_share_gdp' ? 'SDG' : 'PWT',
      status: 'observed',
    });
    // CHN's latest income is 10 (2019). KOR first had ≥ 10 in 1990 (it dipped below after);
    // BRA never did.
    const income = [
      obs('CHN', 2018, 9, 'gdp'),
      obs('CHN', 2019, 10, 'gdp'),
      obs('KOR', 1989, 9.5, 'gdp'),
      obs('KOR', 1990, 10, 'gdp'),
      obs('KOR', 1991, 9.9, 'gdp'),
      obs('BRA', 2019, 8, 'gdp'),
    ];
    const values = [obs('CHN', 2019, 27), obs('KOR', 1990, 26), obs('KOR', 1995, 24), obs('BRA', 2019, 11)];
    const names: Record<string, string> = { CHN: 'China', KOR: 'Korea', BRA: 'Brazil' };
    const aligned = incomeAlignedChart(
      values,
      income,
      'CHN',
      { id: 'mva_share_gdp', name_en: 'MVA share', name_zh: '制造业增加值占比', unit: '% of GDP' },
      'en',
      { graduates: ['KOR'], stalled: ['BRA'] },
      (c) => names[c] ?? c,
    );
    expect(aligned?.spec.series.map((s) => [s.name, s.points.map((p) => [p.x, p.y])])).toEqual([
      ['China', [[0, 27]]],
      [
        'Korea',
        [
          [0, 26],
          [5, 24],
        ],
      ],
    ]);
    expect(aligned?.spec.key).toBe('Years since GDP per capita first reached US$10 (2017 PPP)');
    expect(aligned?.note).toContain('Never reached it: Brazil.');
    // Without the focal economy's income there is nothing to align on.
    expect(
      incomeAlignedChart(values, [], 'CHN', { id: 'x', name_en: 'x', name_zh: 'x', unit: '' }, 'en', {
        graduates: [],
        stalled: [],
      }),
    ).toBeUndefined();
  });

  it('zoom: the point under the pointer stays put, the window stays on the map, 1× to 8×', () => {
    const start = { z: 1, cx: 400, cy: 300 };
    // 2× at (100, 100): that point keeps its place on screen, the centre moves halfway to it.
    const z2 = zoomAt(start, 2, 100, 100, 800, 600);
    expect(z2).toEqual({ z: 2, cx: 250, cy: 200 });
    expect(viewBoxOf(z2, 800, 600)).toBe('50 50 400 300');
    // A corner: the window is pushed back inside the map.
    expect(clampCentre({ z: 2, cx: 0, cy: 0 }, 800, 600)).toEqual({ z: 2, cx: 200, cy: 150 });
    // Bounds: never out past the whole map, never in beyond 8×.
    expect(zoomAt(start, 0.5, 400, 300, 800, 600).z).toBe(1);
    expect(zoomAt({ z: 6, cx: 400, cy: 300 }, 2, 400, 300, 800, 600).z).toBe(8);
    expect(viewBoxOf(start, 800, 600)).toBe('0 0 800 600');
  });

  it('localiseView: units (axis labels, key, unit cells) and source phrases in Chinese; everything else as it was', () => {
    const terms = {
      units: { '% of GDP': '占GDP的%' },
      sources: [['UN SDG Global Database', '联合国可持续发展目标全球数据库']] as [string, string][],
    };
    const view = localiseView(
      {
        id: 'overview',
        charts: [
          {
            kind: 'line',
            id: 'c',
            title: 'MVA',
            description: 'd',
            source: 'UN SDG Global Database, SDG 9.2.1',
            key: 'year',
            y: { label: '% of GDP' },
            series: [],
          },
        ],
        table: {
          columns: ['indicator', 'unit'],
          rows: [
            ['MVA', '% of GDP'],
            ['Other', 'tonnes'],
          ],
        },
        digits: [0, 0],
        cite: 'UN SDG Global Database',
      },
      terms,
    );
    const chart = view.charts[0] as LineChartSpec;
    expect([chart.source, chart.y.label, chart.key]).toEqual([
      '联合国可持续发展目标全球数据库, SDG 9.2.1',
      '占GDP的%',
      'year',
    ]);
    expect(view.table.rows).toEqual([
      ['MVA', '占GDP的%'],
      ['Other', 'tonnes'],
    ]);
    // The citation keeps the source's own name.
    expect(view.cite).toBe('UN SDG Global Database');
  });

  it('arraysView: shares 1980 against the latest year by array; unmeasurable arrays left out', () => {
    const structure = (year: number, f: number, a1: number) => ({
      year,
      source: 'OTS',
      classes: [
        { id: 'F', name_en: 'Foundation', name_zh: '基础', share: f, measurable: true },
        { id: 'A3', name_en: 'Future', name_zh: '未来', share: 0, measurable: false },
        { id: 'A1', name_en: 'Conventional', name_zh: '传统', share: a1, measurable: true },
      ],
    });
    const view = arraysView({ early: structure(1980, 1, 99), late: structure(2017, 20, 80) }, 'China', 'en', '/x');
    expect(view.table).toEqual({
      columns: ['array', '1980', '2017'],
      rows: [
        ['F Foundation', 1, 20],
        ['A1 Conventional', 99, 80],
      ],
    });
  });

  it('incomeView: one row per year of each spell, with the group level', () => {
    const view = incomeView(profile, 'en', '/api/economies/KOR/profile');
    expect(view.table.rows).toEqual([
      [1990, 'Upper middle income', 3],
      [1991, 'Upper middle income', 3],
      [1992, 'Upper middle income', 3],
      [1993, 'Upper middle income', 3],
      [1994, 'Upper middle income', 3],
      [1995, 'High income', 4],
      [1996, 'High income', 4],
    ]);
    expect(incomeView(profile, 'zh', '/x').table.rows[6]?.[1]).toBe('高收入');
  });

  it('productSpaceView: products not exported with RCA ≥ 1, highest COG first, with PCI and density', () => {
    const view = (lang: 'en' | 'zh'): ReturnType<typeof productSpaceView> =>
      productSpaceView(
        {
          dataset: 'trade-2017',
          note: 'OTS 2017',
          rows: [
            { product: '0101', mcp: 0, density: 0.3, cog: 0.1 },
            { product: '8542', mcp: 0, density: 0.5, cog: 0.9 },
            { product: '8703', mcp: 1, density: 0.7, cog: 2 },
          ],
        },
        {
          dataset: 'trade-2017',
          note: 'OTS 2017',
          rows: [
            { product: '0101', name: 'Horses', name_zh: '活马、驴、骡', pci: -1 },
            { product: '8542', name: 'Integrated circuits', name_zh: '集成电路', pci: 2 },
          ],
        },
        'Brazil',
        lang,
        '/x',
      );
    expect(view('en').table.rows).toEqual([
      ['8542', 'Integrated circuits', 2, 0.5, 0.9],
      ['0101', 'Horses', -1, 0.3, 0.1],
    ]);
    expect(view('en').note).toBe('Products exported with RCA ≥ 1: 1 of 3.');
    // The Chinese page names products by their Chinese names (catalog/hs-names-zh.yaml via the API).
    expect(view('zh').table.rows.map((r) => r[1])).toEqual(['集成电路', '活马、驴、骡']);
  });

  it('feasibility: opportunities nearest first, the median distance, the most complex within it', () => {
    const cells = [
      { product: 'a', mcp: 0, density: 0.6, cog: 0.1 }, // distance 0.4
      { product: 'b', mcp: 0, density: 0.2, cog: 0.2 }, // 0.8
      { product: 'c', mcp: 0, density: 0.5, cog: 0.3 }, // 0.5
      { product: 'd', mcp: 0, density: 0.3, cog: 0.4 }, // 0.7
      { product: 'e', mcp: 1, density: 0.9, cog: 0 }, // exported: not an opportunity
      { product: 'f', mcp: 0, density: 0.9, cog: 0 }, // no PCI: not placed
    ];
    const pci = new Map<string, number | null>([
      ['a', -1],
      ['b', 3],
      ['c', 2],
      ['d', 1],
      ['e', 5],
      ['f', null],
    ]);
    const f = feasibility(cells, pci, 2);
    expect(f.all.map((o) => o.product)).toEqual(['a', 'c', 'd', 'b']);
    expect(f.all[0]?.distance).toBeCloseTo(1 - 0.6, 15);
    expect(f.median).toBeCloseTo((0.5 + 0.7) / 2, 15); // even count: mean of the middle two
    expect(f.nearest.map((o) => o.product)).toEqual(['a', 'c']);
    expect(f.mostComplexNear.map((o) => o.product)).toEqual(['c', 'a']); // b (PCI 3) lies beyond the median
  });

  it('ioView: chokepoints by name, codes in their own column, need and score per US$1,000', () => {
    const security = {
      dataset: 'wiod2013' as const,
      year: 2011,
      source: 'WIOD 2013',
      economy: 'CHN',
      method: 'm',
      chokepoints: [
        {
          region: 'JPN',
          sector: 'c14',
          regionNameEn: 'Japan',
          regionNameZh: '日本',
          sectorNameEn: 'Electrical and optical equipment',
          sectorNameZh: '电气和光学设备制造业',
          requirement: 0.01,
          requirementShare: 0.25,
          worldExportShare: 0.2,
          score: 0.002,
        },
      ],
    };
    const view = ioView(security, 'China', 'en', '/x', 2017);
    // 0.01 US$ per US$ = 10 per US$1,000; 0.002 × 1,000 = 2; shares in %.
    expect(view.table.rows).toEqual([[1, 'Japan', 'Electrical and optical equipment', 'JPN c14', 10, 25, 20, 2]]);
    expect(view.note).toBe('WIOD 2013 covers 1995-2011; shown: 2011.');
    const spec = view.charts[0] as unknown as { rows: { label: string; hint?: string }[] };
    expect(spec.rows[0]).toMatchObject({ label: 'Japan: Electrical and optical equipment', hint: 'JPN c14' });
    expect(spec.rows.map((r) => r.label).join(' ')).not.toMatch(/\bc\d{1,2}\b/);
    const zh = ioView(security, '中国', 'zh', '/x', 2011);
    expect(zh.table.rows[0]?.slice(1, 3)).toEqual(['日本', '电气和光学设备制造业']);
  });
});

describe('tables, CSV and citations', () => {
  it('tableCsv quotes fields with commas or quotes, keeps full precision, leaves missing values empty', () => {
    expect(
      tableCsv({
        columns: ['name', 'value'],
        rows: [
          ['Korea, Rep.', 0.123456789],
          ['say "hi"', null],
        ],
      }),
    ).toBe('name,value\n"Korea, Rep.",0.123456789\n"say ""hi""",\n');
  });

  it('tableCsv writes a formula in a label as text (OWASP, CSV Injection); a negative number stays a number', () => {
    expect(tableCsv({ columns: ['name', 'value'], rows: [["=cmd|'/c calc'!A1", -1]] })).toBe(
      "name,value\n'=cmd|'/c calc'!A1,-1\n",
    );
  });

  it('displayCell rounds to the column’s decimals, writes years as they are and a dash for no value', () => {
    expect(displayCell(13987.6, 0)).toBe('13,988');
    expect(displayCell(0.12345, 3)).toBe('0.123');
    expect(displayCell(2017, -1)).toBe('2017');
    expect(displayCell(null, 2)).toBe('–');
    expect(displayCell('CHN', 2)).toBe('CHN');
  });

  it('citeText names the toolkit, the request and each source once', () => {
    expect(citeText('Overview, China', '/api/x', ['A', 'A', '', 'B'])).toMatch(/API: \/api\/x\. Data: A; B\.$/);
  });

  it('apiPath encodes parameters and drops undefined ones', () => {
    expect(apiPath('/api/scores', { economies: 'CHN,BRA', year: 2017, seed: undefined })).toBe(
      '/api/scores?economies=CHN%2CBRA&year=2017',
    );
  });

  it('t fills placeholders; every key exists in both languages', () => {
    expect(t('en', 'exportedCount', { n: 3, total: 10 })).toBe('Products exported with RCA ≥ 1: 3 of 10.');
    expect(t('zh', 'economy')).toBe('经济体');
  });

  it('peerGroups picks graduates and stalled out of the API list, empty when a group is missing', () => {
    expect(
      peerGroups([
        { id: 'stalled', members: ['BRA'] },
        { id: 'other', members: ['USA'] },
        { id: 'graduates', members: ['KOR', 'JPN'] },
      ]),
    ).toEqual({ graduates: ['KOR', 'JPN'], stalled: ['BRA'] });
    expect(peerGroups([])).toEqual({ graduates: [], stalled: [] });
  });
});

describe('scenario and product-space views', () => {
  const simulation: Simulation = {
    iso3: 'CHN',
    scenario: { id: 'baseline', name_en: 'Baseline (trend)', name_zh: '基准情景' },
    baseYear: 2019,
    years: [2020, 2021],
    draws: 500,
    seed: 1,
    fans: {
      gdp_per_capita: {
        unit: '2017 US$ per person',
        quantiles: {
          '0.025': [90, 85],
          '0.05': [91, 88],
          '0.1': [92, 90],
          '0.25': [95, 97],
          '0.5': [100, 105],
          '0.75': [104, 112],
          '0.9': [108, 120],
          '0.95': [110, 124],
          '0.975': [112, 128],
        },
      },
      manufacturing_share_gdp: {
        unit: '% of value added',
        quantiles: { '0.025': [25, 24], '0.1': [26, 25], '0.5': [27, 26.5], '0.9': [28, 28], '0.975': [29, 29] },
      },
      new_series_from_the_model: { unit: 'index', quantiles: { '0.5': [1, 2] } },
    },
    crossing: [
      { year: 2020, probabilityAbove: 0.1, probabilityCrossedBy: 0.1 },
      { year: 2021, probabilityAbove: 0.2, probabilityCrossedBy: 0.25 },
    ],
    sources: ['Penn World Table 10.01'],
    forecast: null,
  };

  it('scenarioView with the default forecast: observed years, then the forecast; the scenario median beside it; crossing as the forecast has it', () => {
    const forecast = {
      origin: 2021,
      fan: [
        { year: 2022, horizon: 1, quantiles: [95, 98, 101, 104, 107] },
        { year: 2023, horizon: 2, quantiles: [93, 97, 103, 109, 113] },
      ],
      history: [
        { year: 2020, gdpPerCapita: 97 },
        { year: 2021, gdpPerCapita: 99 },
      ],
      crossing: {
        years: [
          { year: 2021, status: 'observed' as const, probabilityAbove: 0, probabilityCrossedBy: 0 },
          { year: 2022, status: 'simulated' as const, probabilityAbove: 0.2, probabilityCrossedBy: 0.2 },
          { year: 2023, status: 'simulated' as const, probabilityAbove: 0.3, probabilityCrossedBy: 0.35 },
        ],
      },
      scenario: {
        id: 'new-industrialization',
        fan: [
          { year: 2022, horizon: 1, quantiles: [96, 99, 102, 105, 108] },
          { year: 2023, horizon: 2, quantiles: [94, 98, 104, 110, 114] },
        ],
      },
      sources: ['Penn World Table 10.01', 'World Bank WDI'],
    } as unknown as NonNullable<Simulation['forecast']>;
    const view = scenarioView(
      {
        ...simulation,
        scenario: { id: 'new-industrialization', name_en: 'New industrialization', name_zh: '新型工业化' },
        years: [2022, 2023],
        forecast,
      },
      'manufacturing_share_gdp',
      'China',
      'en',
      '/x',
    );
    expect(view.charts.map((c) => c.id)).toEqual(['scenario-fan', 'scenario-fan-series', 'scenario-crossing']);
    // Rows: the observed year (median column only), then the forecast's quantiles; the structural series by year.
    expect(view.table.rows).toEqual([
      [2021, 99, null, null, null, null, null, null, null, null, null, 0, 0],
      [2022, 101, 98, 104, 95, 107, 27, 26, 28, 25, 29, 0.2, 0.2],
      [2023, 103, 97, 109, 93, 113, 26.5, 25, 28, 24, 29, 0.3, 0.35],
    ]);
    const fan = view.charts[0]!;
    expect(fan.kind === 'line' && fan.series.map((s) => s.name)).toEqual([
      '95 %',
      '80 %',
      'median',
      'observed',
      'scenario “New industrialization”, median',
    ]);
    expect(fan.kind === 'line' && fan.series[4]?.points.map((p) => p.y)).toEqual([102, 104]);
    expect(view.cite).toContain('World Bank WDI');
  });

  it('scenarioView of an economy the structural model cannot calibrate: the forecast alone, its unit on the axis', () => {
    const forecast = {
      origin: 2024,
      unit: '2017 US$ at constant national prices per person',
      fan: [{ year: 2025, horizon: 1, quantiles: [95, 98, 101, 104, 107] }],
      history: [{ year: 2024, gdpPerCapita: 99 }],
      crossing: null,
      scenario: null,
      sources: ['Penn World Table 10.01'],
    } as unknown as NonNullable<Simulation['forecast']>;
    const view = scenarioView(
      { ...simulation, fans: {}, crossing: null, years: [2025], baseYear: 2024, forecast },
      'gdp_per_capita',
      'Ethiopia',
      'en',
      '/x',
    );
    expect(otherFanSeries({ ...simulation, fans: {} })).toEqual([]);
    expect(view.charts.map((c) => c.id)).toEqual(['scenario-fan']);
    const fan = view.charts[0]!;
    expect(fan.kind === 'line' && fan.y.label).toBe('2017 US$ at constant national prices per person');
    expect(view.table.rows).toEqual([
      [2024, 99, null, null, null, null],
      [2025, 101, 98, 104, 95, 107],
    ]);
  });

  it('scenarioView: GDP per capita and a second fan, crossing probabilities, one table for all', () => {
    const view = scenarioView(simulation, 'manufacturing_share_gdp', 'China', 'en', '/api/economies/CHN/simulation');
    expect(view.charts.map((c) => c.id)).toEqual(['scenario-fan', 'scenario-fan-series', 'scenario-crossing']);
    expect(view.table.rows).toEqual([
      [2020, 100, 92, 108, 90, 112, 27, 26, 28, 25, 29, 0.1, 0.1],
      [2021, 105, 90, 120, 85, 128, 26.5, 25, 28, 24, 29, 0.2, 0.25],
    ]);
    expect(view.table.columns[1]).toBe('GDP per capita: median');
    expect(view.digits).toEqual([-1, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2, 3, 3]);
    // The fan's own data table holds the same numbers as the view's table.
    const fan = chartTable(view.charts[0]!);
    expect(fan.rows[1]).toEqual([2021, null, 85, 128, null, 90, 120, 105]);
    expect(renderSvg(view.charts[0]!).match(/<polygon/g)).toHaveLength(2);
    expect(view.cite).toContain('Penn World Table 10.01');
  });

  it('scenarioView: a series the dashboard has no name for still shows, by its id; no Atlas GNI, no crossing', () => {
    const view = scenarioView({ ...simulation, crossing: null }, 'new_series_from_the_model', '中国', 'zh', '/x');
    expect(view.charts.map((c) => c.id)).toEqual(['scenario-fan', 'scenario-fan-series']);
    expect(view.table.columns[6]).toBe('new_series_from_the_model: 中位数');
    expect(view.table.rows[0]?.slice(6)).toEqual([1, null, null, null, null]);
    expect(view.note).toBe(t('zh', 'noCrossing'));
  });

  it('productSpaceNetwork: the API’s nodes and links, the economy’s RCA ≥ 1 products highlighted', () => {
    const spec = productSpaceNetwork(
      {
        dataset: 'trade-2017',
        time: 2017,
        note: 'OTS 2017',
        nodes: [
          {
            product: '0101',
            name: 'Horses',
            group: 'Animal Products',
            sector: 'Agriculture',
            sector_zh: '农业',
            pci: -1.5,
            exports: 2e9,
            x: 0,
            y: 0.5,
          },
          {
            product: '8542',
            name: 'Integrated circuits',
            group: 'Machines',
            sector: 'Electronics',
            sector_zh: '电子',
            pci: 2,
            exports: 8e11,
            x: 1,
            y: 0,
          },
          {
            product: '8703',
            name: null,
            group: null,
            sector: null,
            sector_zh: null,
            pci: null,
            exports: 7e11,
            x: 0.5,
            y: 1,
          },
        ],
        links: [
          { source: '0101', target: '8542', spanning_tree: true },
          { source: '8542', target: '8703', spanning_tree: true },
          { source: '0101', target: '8703', spanning_tree: false },
        ],
        sectors: [
          { name_en: 'Agriculture', name_zh: '农业' },
          { name_en: 'Electronics', name_zh: '电子' },
        ],
      },
      {
        dataset: 'trade-2017',
        note: 'OTS 2017',
        rows: [
          { product: '0101', rca: 0.2, mcp: 0, density: 0.3, cog: 0.1 },
          { product: '8542', rca: 3, mcp: 1, density: 0.5, cog: 0.9 },
          { product: '8703', rca: 1.5, mcp: 1, density: 0.7, cog: 2 },
        ],
      },
      'China',
      'en',
    );
    expect(spec.links).toEqual([
      { source: 0, target: 1, backbone: true },
      { source: 1, target: 2, backbone: true },
      { source: 0, target: 2, backbone: false },
    ]);
    expect(spec.nodes.map((n) => [n.id, n.highlight, n.size])).toEqual([
      ['0101', false, 2000],
      ['8542', true, 800000],
      ['8703', true, 700000],
    ]);
    expect(renderSvg(spec).match(/<circle data-id=/g)).toHaveLength(3);
    // The tooltip of each node: name, group and size, then PCI and the economy's RCA, density and COG.
    expect(renderSvg(spec)).toContain(
      '<title>0101 Horses (Agriculture): 2,000; PCI -1.50, RCA 0.20, density 0.300, COG 0.100</title>',
    );
    // Coloured by sector in the catalogue's order; a product without one keeps its HS section or '–'.
    expect(chartTable(spec).rows).toEqual([
      ['Agriculture', 1, 0, 2000, 0],
      ['Electronics', 1, 1, 800000, 800000],
      ['–', 1, 1, 700000, 700000],
    ]);
  });
});
