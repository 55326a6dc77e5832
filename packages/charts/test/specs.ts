import { fanChart, networkLayout, type ChartSpec, type NetworkChartSpec } from '@chanye/charts';

/**
 * A small product space: two sections joined through a hub, a spanning tree (backbone) and
 * two strong links on top, one isolated node; laid out by networkLayout.
 */
const NETWORK_LINKS = [
  { source: 0, target: 1, backbone: true },
  { source: 0, target: 2, backbone: true },
  { source: 0, target: 3, backbone: true },
  { source: 3, target: 4, backbone: true },
  { source: 3, target: 5, backbone: true },
  { source: 5, target: 6, backbone: true },
  { source: 1, target: 2, backbone: false },
  { source: 4, target: 5, backbone: false },
];
const NETWORK_XY = networkLayout(8, NETWORK_LINKS);
export const NETWORK: NetworkChartSpec = {
  kind: 'network',
  id: 'product-space',
  title: 'Product space',
  description: 'Eight products; the economy exports four with RCA ≥ 1.',
  source: 'Source: test fixture',
  key: 'section',
  width: 480,
  height: 360,
  digits: 0,
  groups: ['Textiles', 'Machines'],
  labels: { highlight: 'RCA ≥ 1', other: 'other products', nodes: 'products', size: 'world exports' },
  links: NETWORK_LINKS,
  nodes: [
    ['5201', 'Cotton', 'Textiles', 900, true],
    ['5205', 'Cotton yarn', 'Textiles', 400, true],
    ['5208', 'Woven cotton fabrics', 'Textiles', 300, false],
    ['8471', 'Computers', 'Machines', 4000, true],
    ['8473', 'Parts of computers', 'Machines', 1000, false],
    ['8517', 'Telephones & <phones>', 'Machines', 3500, true],
    ['8542', 'Integrated circuits', 'Machines', null, false],
    ['9999', 'Unspecified', 'Other', 10, false],
  ].map(([id, label, group, size, highlight], j) => ({
    id: id as string,
    label: label as string,
    group: group as string,
    size: size as number | null,
    highlight: highlight as boolean,
    x: NETWORK_XY[2 * j] as number,
    y: NETWORK_XY[2 * j + 1] as number,
  })),
};

/** A fan of three years, as the report's scenario section and the dashboard draw it. */
export const FAN = fanChart({
  id: 'fan',
  title: 'GDP per capita to 2021',
  description: 'Median and 80 % and 95 % bands of 500 draws.',
  source: 'Source: test fixture',
  key: 'year',
  digits: 0,
  y: { label: '2017 US$', min: 0 },
  names: { outer: '95 % interval', inner: '80 % interval', median: 'median' },
  bandLabels: ['lower', 'upper'],
  years: [2019, 2020, 2021],
  quantile: (level, k) => Math.round(10000 * (1 + 0.05 * k) * (1 + (level - 0.5) * (0.2 + 0.2 * k))),
});

/** Fixed specs for the golden SVGs: one per chart kind and feature, with small hand-made data. */
export const SPECS: Readonly<Record<string, ChartSpec>> = {
  'line-focal-narrow': {
    kind: 'line',
    id: 'focal-trajectory',
    title: 'Manufacturing value added, % of GDP',
    description: 'The focal economy in its own colour on top of four comparators, drawn for a phone.',
    source:
      'Source: UN SDG Global Database (sdg:nv_ind_manf), 2020 edition; World Bank WDI via Gapminder Systema Globalis, 2023 release; test fixture with a source long enough to wrap',
    key: 'year',
    width: 340,
    y: { label: '% of GDP' },
    series: [
      {
        name: 'KOR',
        emphasis: 'peer',
        colourKey: 'KOR',
        points: [
          { x: 2000, y: 24 },
          { x: 2010, y: 27 },
          { x: 2019, y: 25 },
        ],
      },
      {
        name: 'CHN',
        emphasis: 'focal',
        colourKey: 'CHN',
        points: [
          { x: 2000, y: 31 },
          { x: 2010, y: 32 },
          { x: 2019, y: 27 },
        ],
      },
      {
        name: 'BRA',
        emphasis: 'peer',
        colourKey: 'BRA',
        points: [
          { x: 2000, y: 15 },
          { x: 2010, y: 13 },
          { x: 2019, y: 10 },
        ],
      },
      {
        name: 'JPN',
        emphasis: 'peer',
        colourKey: 'JPN',
        points: [
          { x: 2000, y: 21 },
          { x: 2010, y: 20 },
          { x: 2019, y: 20 },
        ],
      },
      {
        name: 'ZAF',
        emphasis: 'peer',
        colourKey: 'ZAF',
        points: [
          { x: 2000, y: 18 },
          { x: 2010, y: 13 },
          { x: 2019, y: 12 },
        ],
      },
    ],
  },
  'line-step-categories': {
    kind: 'line',
    id: 'income-steps',
    title: 'Income group, 1987-2019',
    description: 'A categorical history drawn as steps on an axis of named groups.',
    source: 'Source: test fixture',
    key: 'year',
    y: {
      label: 'income group',
      categories: ['Low income', 'Lower-middle income', 'Upper-middle income', 'High income'],
    },
    step: true,
    series: [
      {
        name: 'group',
        points: [
          { x: 1987, y: 1 },
          { x: 1998, y: 1 },
          { x: 1999, y: 2 },
          { x: 2009, y: 2 },
          { x: 2010, y: 3 },
          { x: 2019, y: 3 },
        ],
      },
    ],
  },
  'line-band': {
    kind: 'line',
    id: 'rank-trajectory',
    title: 'Overall rank, 2000-2017',
    description: 'Rank of two economies with 5-95 % rank intervals; lower is better.',
    source: 'Source: test fixture',
    key: 'year',
    y: { label: 'rank', reverse: true, min: 1 },
    bandLabels: ['rank 5 %', 'rank 95 %'],
    series: [
      {
        name: 'CHN',
        points: [
          { x: 2000, y: 60, low: 52, high: 71 },
          { x: 2005, y: 48.5, low: 40, high: 55 },
          { x: 2010, y: null },
          { x: 2015, y: 31, low: 25.25, high: 38 },
          { x: 2017, y: 28, low: 22, high: 33 },
        ],
      },
      {
        name: 'BRA',
        points: [
          { x: 2000, y: 55 },
          { x: 2005, y: 57 },
          { x: 2010, y: 61 },
          { x: 2015, y: 66 },
          { x: 2017, y: 68.333333 },
        ],
      },
    ],
    rules: [{ value: 20, label: 'top 20' }],
  },
  'bar-stacked': {
    kind: 'bar',
    id: 'sector-shares',
    title: 'Sector shares of GDP',
    description: 'Agriculture, industry and services, % of GDP.',
    source: 'Source: test fixture',
    key: 'year',
    stacked: true,
    y: { label: '% of GDP', min: 0, max: 100 },
    categories: ['1980', '1990', '2000', '2010', '2019'],
    series: [
      { name: 'Agriculture', values: [29.6, 26.6, 14.7, 9.3, 7.1] },
      { name: 'Industry', values: [48.1, 41, 45.5, 46.5, 38.6] },
      { name: 'Services', values: [22.3, 32.4, 39.8, 44.2, null] },
    ],
  },
  'bar-grouped-zh': {
    kind: 'bar',
    id: 'arrays-zh',
    title: '按“3+1”阵列划分的出口结构',
    description: '1980年与2017年出口占比（%）。',
    source: '数据来源：测试数据',
    key: '阵列',
    y: { label: '占出口总额%' },
    categories: ['阵列一：传统产业', '阵列二：战略性新兴产业', '阵列三：未来产业', '基础：数字基础设施'],
    series: [
      { name: '1980', values: [90.5, 8.25, 0, 1.25] },
      { name: '2017', values: [60, 30.125, 0, 9.875] },
    ],
    rules: [{ value: 20, label: '20 %' }],
  },
  radar: {
    kind: 'radar',
    id: 'pillars',
    title: 'Six characteristics',
    description: 'Scores from 0 to 1 on the six characteristics.',
    source: 'Source: test fixture',
    key: 'characteristic',
    max: 1,
    axes: ['Complete', 'Advanced', 'Secure', 'Intelligent', 'Green', 'Integrated'],
    series: [
      { name: 'CHN', values: [0.71, 0.52, 0.4, 0.48, 0.2, 0.66] },
      { name: 'median', values: [0.35, 0.3, 0.45, 0.4, 0.5, null] },
    ],
  },
  dot: {
    kind: 'dot',
    id: 'same-income',
    title: 'At the same income',
    description: 'The economy against graduates and stalled economies when they had its income.',
    source: 'Source: test fixture',
    key: 'indicator',
    x: { label: '%' },
    rangeLabels: ['min', 'max'],
    rows: [
      {
        label: 'Medium and high-tech share of MVA',
        points: [
          { series: 'CHN', value: 41.45 },
          { series: 'graduates', value: 45.42 },
          { series: 'stalled', value: 40.01 },
        ],
        low: 28.56,
        high: 51.39,
      },
      {
        label: 'R&D % GDP',
        points: [
          { series: 'CHN', value: 2.15 },
          { series: 'graduates', value: null },
          { series: 'stalled', value: 0.7 },
        ],
      },
    ],
    rules: [{ value: 40, label: '40 %' }],
  },
  network: NETWORK,
  scatter: {
    kind: 'scatter',
    id: 'opportunities',
    title: 'Opportunities by distance and complexity',
    description: 'Products not yet exported with RCA of at least 1: distance against PCI.',
    source: 'Source: test fixture',
    key: 'product',
    x: { label: 'distance' },
    y: { label: 'PCI' },
    xRules: [{ value: 0.6, label: 'median' }],
    points: [
      { label: 'Halides and halide oxides of non-metals', x: 0.6, y: 5.64, labelled: true, hint: '2812' },
      { label: 'Machining centres for working metal', x: 0.561, y: 4.89, labelled: true },
      { label: 'Lathes for removing metal', x: 0.547, y: 4.07, labelled: true },
      { label: 'Machines; calendering or other rolling machines', x: 0.561, y: 4.74, labelled: true },
      { label: 'Yarn of jute', x: 0.436, y: -2.22 },
      { label: 'Watch movements; complete and assembled', x: 0.458, y: 2.15, labelled: true },
      { label: 'Natural rubber', x: 0.503, y: -3.02 },
      { label: 'Crude oil', x: 0.82, y: -1.4 },
      { label: 'No PCI', x: 0.7, y: null },
      ...[1, 2, 3, 4, 5].map((k) => ({ label: `Same place ${k}`, x: 0.7, y: 1, labelled: true })),
    ],
  },
  fan: FAN,
};
