import type { ChartSpec } from '@chanye/charts';

/** Fixed specs for the golden SVGs: one per chart kind and feature, with small hand-made data. */
export const SPECS: Readonly<Record<string, ChartSpec>> = {
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
};
