import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FOCAL_COLOUR,
  MIN_TEXT,
  PALETTE,
  seriesColours,
  wrapText,
  chartTable,
  formatNumber,
  networkLayout,
  niceTicks,
  renderSvg,
  spreadLabels,
  type ChartSpec,
  type DotChartSpec,
  type LineChartSpec,
  type NetworkChartSpec,
  type ScatterChartSpec,
} from '@chanye/charts';
import { matchGolden, normalizeSvg } from './snapshot.js';
import { SPECS } from './specs.js';

describe('renderSvg(spec) golden files', () => {
  it.each(Object.entries(SPECS))('renderSvg(%s) matches test/output', (name, spec) => {
    const changed = join(import.meta.dirname, 'output', `${name}-changed.svg`);
    if (existsSync(changed)) rmSync(changed);
    const result = matchGolden(name, renderSvg(spec));
    expect(result.ok, result.message).toBe(true);
  });
});

describe('renderSvg(scatter)', () => {
  it('draws every point with both values, labels the labelled ones and skips a label with no free place', () => {
    const spec = SPECS['scatter'] as ScatterChartSpec;
    const svg = renderSvg(spec);
    const drawn = spec.points.filter((p) => p.x !== null && p.y !== null);
    expect(svg.match(/<circle /g)).toHaveLength(drawn.length);
    expect(svg).toMatch(/>Watch movements; [^<]*…<\/text>/); // cut to the label width
    expect(svg).not.toContain('>Yarn of jute</text>');
    // Five labelled points at one place: right, left, above and below it, then no room for the fifth.
    expect(svg.match(/<text[^>]*>Same place/g)).toHaveLength(4);
    expect(svg).toContain('<title>Halides and halide oxides of non-metals (2812): distance 0.60, PCI 5.64</title>');
  });

  it('chartTable(scatter) has one row per point with x and y', () => {
    const table = chartTable(SPECS['scatter'] as ChartSpec);
    expect(table.columns).toEqual(['product', 'distance', 'PCI']);
    expect(table.rows.find((r) => r[0] === 'No PCI')).toEqual(['No PCI', 0.7, null]);
  });
});

describe('direct labels at line ends', () => {
  it('spreadLabels keeps each label at its value when there is room, and moves crowded ones apart by 14 px within the plot', () => {
    // Far apart: unchanged, in the given order.
    expect(spreadLabels([100, 50, 200], 0, 300)).toEqual([100, 50, 200]);
    // Two at one value: the later one 14 px below; order of the input kept.
    expect(spreadLabels([100, 100], 0, 300)).toEqual([100, 114]);
    // Crowded at the bottom: pushed back up so the last sits on the bottom edge.
    expect(spreadLabels([295, 298, 300], 0, 300)).toEqual([272, 286, 300]);
    // Above the top: clamped to it.
    expect(spreadLabels([-20], 10, 300)).toEqual([10]);
  });

  it('names every line at its end instead of in a legend when the names fit, and keeps the legend when they do not', () => {
    const spec = SPECS['line-focal-narrow'] as LineChartSpec;
    const svg = renderSvg(spec);
    expect(svg).toContain('class="direct-labels"');
    expect(svg).not.toContain('class="legend"');
    for (const s of spec.series) expect(svg).toMatch(new RegExp(`<text[^>]*>${s.name}</text>`));
    const long = {
      ...spec,
      series: spec.series.map((s) => ({ ...s, name: `${s.name} with a very long name indeed` })),
    };
    expect(renderSvg(long)).toContain('class="legend"');
    expect(renderSvg({ ...spec, directLabels: false })).not.toContain('class="direct-labels"');
  });

  it('dashes a line whose colour an earlier line of the chart already has (nine economies, six peer colours)', () => {
    const codes = ['CHN', 'JPN', 'KOR', 'ESP', 'BRA', 'ARG', 'MYS', 'THA', 'ZAF'];
    const spec: LineChartSpec = {
      kind: 'line',
      id: 'nine',
      title: 'nine',
      description: 'nine',
      source: 'test',
      key: 'year',
      y: { label: '%' },
      series: codes.map((c, k) => ({
        name: c,
        colourKey: c,
        ...(k === 0 ? { emphasis: 'focal' as const } : { emphasis: 'peer' as const }),
        points: [
          { x: 2000, y: k },
          { x: 2001, y: k + 1 },
        ],
      })),
    };
    const svg = renderSvg(spec);
    const paths = [
      ...svg.matchAll(/<path d="[^"]*" fill="none" stroke="(#[0-9A-F]{6})"[^>]*?( stroke-dasharray="6 3")?\/>/g),
    ];
    expect(paths).toHaveLength(9);
    // Each (colour, dash) pair is drawn once: no two lines look alike.
    const looks = paths.map((m) => `${m[1]}${m[2] ?? ''}`);
    expect(new Set(looks).size).toBe(9);
    expect(paths.filter((m) => m[2] !== undefined)).toHaveLength(2);
  });
});

describe('house style', () => {
  it('draws no text below 11 px (MIN_TEXT) in any chart', () => {
    for (const [name, spec] of Object.entries(SPECS)) {
      const svg = renderSvg(spec);
      const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
      expect(Math.min(...sizes), name).toBeGreaterThanOrEqual(MIN_TEXT);
    }
  });

  it('wraps the source instead of cutting it, and the chart grows by the extra lines', () => {
    const spec = SPECS['line-focal-narrow'] as LineChartSpec;
    const svg = renderSvg(spec);
    const lines = wrapText(spec.source, 340 - 24, MIN_TEXT);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(spec.source);
    expect(svg).toContain(`viewBox="0 0 340 ${320 + (lines.length - 1) * 14}"`);
  });

  it('draws a categorical history as steps, ticked only at the named categories', () => {
    const svg = renderSvg(SPECS['line-step-categories'] as ChartSpec);
    const ticks = [...svg.matchAll(/<text[^>]*text-anchor="end"[^>]*>([^<]+)<\/text>/g)].map((m) => m[1]);
    expect(ticks).toEqual(['Low income', 'Lower-middle income', 'Upper-middle income', 'High income']);
    // One path of horizontal and vertical moves only: no slope between two groups.
    const d = /<path d="([^"]+)"/.exec(svg)![1]!;
    expect(d).toMatch(/^M[\d.]+,[\d.]+(H[\d.]+V[\d.]+)+$/);
  });

  it('draws the dot chart’s focus series in the focal colour and no other series in it', () => {
    const spec = { ...(SPECS['dot'] as DotChartSpec), focus: 'CHN' };
    const fills = (svg: string, series: string) =>
      new Set(
        [...svg.matchAll(/<circle[^>]*fill="(#[0-9A-Fa-f]{6})"[^>]*><title>[^<]*?, ([^,:]+?)(?: [^:]*)?: /g)]
          .filter((m) => m[2] === series)
          .map((m) => m[1]),
      );
    const svg = renderSvg(spec);
    expect([...fills(svg, 'CHN')]).toEqual([FOCAL_COLOUR]);
    for (const other of ['graduates', 'stalled']) expect(fills(svg, other).has(FOCAL_COLOUR)).toBe(false);
  });

  it('wrapText breaks Latin text at spaces and Chinese between characters, each line within the width', () => {
    // At 10 px a Latin character is 5.6 px wide and a CJK one 10 px (textWidth's estimate).
    expect(wrapText('aaaa bbbb cccc', 50, 10)).toEqual(['aaaa', 'bbbb', 'cccc']);
    expect(wrapText('aaaa bbbb cccc', 60, 10)).toEqual(['aaaa bbbb', 'cccc']);
    expect(wrapText('数据来源联合国', 30, 10)).toEqual(['数据来', '源联合', '国']);
    expect(wrapText('', 30, 10)).toEqual(['']);
  });

  it('gives the focal series a colour no other series has, and each key its own fixed colour', () => {
    const peers = ['KOR', 'BRA', 'JPN', 'ZAF', 'USA', 'DEU', 'IND'].map((k) => ({
      name: k,
      colourKey: k,
      emphasis: 'peer' as const,
    }));
    const colours = seriesColours([{ name: 'CHN', emphasis: 'focal' }, ...peers]);
    expect(colours[0]).toBe(FOCAL_COLOUR);
    expect(colours.slice(1)).not.toContain(FOCAL_COLOUR);
    // Six comparators take the six peer colours, none twice.
    expect(new Set(colours.slice(1, 7)).size).toBe(6);
    // The colour comes from the key, not from the company: the same whatever else is drawn.
    const brazil = { name: 'BRA', colourKey: 'BRA', emphasis: 'peer' as const };
    const first = (rest: typeof peers) => seriesColours([brazil, { name: 'CHN', emphasis: 'focal' }, ...rest])[0];
    expect(first([])).toBe(first(peers.slice(2)));
    // Without keys or a focal series the palette keeps its order (the other charts are unchanged).
    expect(seriesColours([{ name: 'a' }, { name: 'b' }])).toEqual([PALETTE[0], PALETTE[1]]);
  });
});

describe('matchGolden(name, svg)', () => {
  it('fails under CI=true when the golden file is missing, and writes no golden', () => {
    const name = 'no-such-chart-in-the-goldens';
    const golden = join(import.meta.dirname, 'output', `${name}.svg`);
    const changed = join(import.meta.dirname, 'output', `${name}-changed.svg`);
    const before = process.env['CI'];
    process.env['CI'] = 'true';
    try {
      const result = matchGolden(name, '<svg></svg>');
      expect(result.ok).toBe(false);
      expect(result.message).toMatch(/missing/);
      expect(existsSync(golden)).toBe(false);
    } finally {
      if (before === undefined) delete process.env['CI'];
      else process.env['CI'] = before;
      rmSync(changed, { force: true });
    }
  });
});

describe('renderSvg(spec)', () => {
  it.each(Object.entries(SPECS))('renderSvg(%s) is deterministic and self-contained', (_name, spec) => {
    const svg = renderSvg(spec);
    expect(renderSvg(spec)).toBe(svg);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ')).toBe(true);
    expect(svg).toContain(`<title id="${spec.id}-title">`);
    expect(svg).toContain(`<desc id="${spec.id}-desc">`);
    expect(svg).not.toMatch(/var\(--|<script|href=|<style|url\(/);
    // Every number in an attribute has at most one decimal place.
    expect(svg).not.toMatch(/="[^"]*\d\.\d{2,}[^"]*"/);
    expect(svg).toContain(spec.source);
  });

  it('renderSvg escapes text', () => {
    const spec: ChartSpec = { ...(SPECS['radar'] as ChartSpec), title: 'A < B & "C"' };
    expect(renderSvg(spec)).toContain('A &lt; B &amp; &quot;C&quot;');
  });

  it('renderSvg rejects an id that cannot prefix SVG ids', () => {
    expect(() => renderSvg({ ...(SPECS['radar'] as ChartSpec), id: '1 bad' })).toThrow('invalid chart id');
  });

  it('renderSvg breaks a line at a missing value instead of interpolating', () => {
    const svg = renderSvg(SPECS['line-band'] as ChartSpec);
    const paths = svg.match(/<path d="M/g) ?? [];
    expect(paths.length).toBe(3); // CHN 2000-2005 and 2015-2017, BRA 2000-2017
  });

  it('normalizeSvg renumbers ids and rounds long decimals', () => {
    expect(normalizeSvg('<svg aria-labelledby="a b"><title id="a">x</title><desc id="b">1.234567</desc></svg>')).toBe(
      '<svg aria-labelledby="id0 id1">\n<title id="id0">x</title>\n<desc id="id1">1.235</desc>\n</svg>',
    );
  });
});

describe('chartTable(spec)', () => {
  it('chartTable(line) has one row per x and band columns for banded series', () => {
    const table = chartTable(SPECS['line-band'] as ChartSpec);
    expect(table.columns).toEqual(['year', 'CHN', 'CHN rank 5 %', 'CHN rank 95 %', 'BRA']);
    expect(table.rows[0]).toEqual([2000, 60, 52, 71, 55]);
    expect(table.rows[2]).toEqual([2010, null, null, null, 61]);
  });

  it('chartTable(bar) has one row per category', () => {
    const table = chartTable(SPECS['bar-stacked'] as ChartSpec);
    expect(table.columns).toEqual(['year', 'Agriculture', 'Industry', 'Services']);
    expect(table.rows.at(-1)).toEqual(['2019', 7.1, 38.6, null]);
  });

  it('chartTable(radar) has one row per axis', () => {
    const table = chartTable(SPECS['radar'] as ChartSpec);
    expect(table.rows.length).toBe(6);
    expect(table.rows[5]).toEqual(['Integrated', 0.66, null]);
  });

  it('chartTable(dot) has one column per series and the range bounds', () => {
    const table = chartTable(SPECS['dot'] as ChartSpec);
    expect(table.columns).toEqual(['indicator', 'CHN', 'graduates', 'stalled', 'min', 'max']);
    expect(table.rows[1]).toEqual(['R&D % GDP', 2.15, null, 0.7, null, null]);
  });
});

describe('numbers', () => {
  it('formatNumber(x, digits) groups thousands and marks missing values', () => {
    expect(formatNumber(13987.6, 0)).toBe('13,988');
    expect(formatNumber(-0.004, 2)).toBe('0.00');
    expect(formatNumber(-1234.5, 1)).toBe('-1,234.5');
    expect(formatNumber(null)).toBe('–');
    expect(formatNumber(Number.NaN)).toBe('–');
  });

  it('niceTicks(min, max) steps by 1, 2 or 5 × 10^k without floating-point noise', () => {
    expect(niceTicks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(1, 71, 5)).toEqual([10, 20, 30, 40, 50, 60, 70]);
    expect(niceTicks(3, 3)).toEqual([3]);
  });
});

describe('networkLayout(count, links)', () => {
  /** A random-looking but fixed tree of 300 nodes plus chords, as a product space backbone is. */
  const tree = Array.from({ length: 299 }, (_, i) => ({ source: (i * 7919) % (i + 1), target: i + 1 }));
  const chords = Array.from({ length: 60 }, (_, i) => ({
    source: (i * 37) % 300,
    target: (i * 101 + 13) % 300,
  })).filter((l) => l.source !== l.target);

  it('networkLayout is deterministic: the same input gives the same positions bit for bit', () => {
    const a = networkLayout(300, [...tree, ...chords]);
    const b = networkLayout(300, [...tree, ...chords]);
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(a).toHaveLength(600);
  });

  it('networkLayout fills the unit square with finite, distinct positions', () => {
    const xy = networkLayout(300, tree);
    expect(Array.from(xy).every((v) => Number.isFinite(v) && v >= 0 && v <= 1)).toBe(true);
    expect(Math.min(...xy.filter((_, i) => i % 2 === 0))).toBe(0);
    expect(Math.max(...xy.filter((_, i) => i % 2 === 1))).toBe(1);
    const points = new Set(
      Array.from({ length: 300 }, (_, j) => `${xy[2 * j]!.toFixed(6)},${xy[2 * j + 1]!.toFixed(6)}`),
    );
    expect(points.size).toBe(300);
  });

  it('networkLayout puts linked nodes nearer each other than unlinked ones, on average', () => {
    const xy = networkLayout(300, tree);
    const dist = (a: number, b: number): number => Math.hypot(xy[2 * a]! - xy[2 * b]!, xy[2 * a + 1]! - xy[2 * b + 1]!);
    const linked = tree.reduce((s, l) => s + dist(l.source, l.target), 0) / tree.length;
    let all = 0;
    for (let a = 0; a < 300; a += 7) for (let b = 1; b < 300; b += 11) all += dist(a, b);
    expect(linked).toBeLessThan(all / (43 * 28) / 3);
  });

  it('networkLayout handles no nodes, one node, isolated nodes, and rejects a bad link', () => {
    expect(networkLayout(0, [])).toHaveLength(0);
    expect(Array.from(networkLayout(1, []))).toEqual([0.5, 0.5]);
    expect(Array.from(networkLayout(3, [])).every(Number.isFinite)).toBe(true);
    expect(() => networkLayout(2, [{ source: 0, target: 2 }])).toThrow('invalid link');
    expect(() => networkLayout(2, [{ source: 1, target: 1 }])).toThrow('invalid link');
  });
});

describe('renderSvg(network)', () => {
  const spec = SPECS['network'] as NetworkChartSpec;
  const svg = renderSvg(spec);

  it('draws one circle per node, highlighted nodes in colour and on top', () => {
    const ids = [...svg.matchAll(/<circle data-id="([^"]+)"/g)].map((m) => m[1]);
    expect([...ids].sort()).toEqual(spec.nodes.map((n) => n.id).sort());
    const lit = svg.slice(svg.indexOf('data-highlight="true"'));
    expect([...lit.matchAll(/<circle data-id="([^"]+)"/g)].map((m) => m[1])).toEqual(['5201', '5205', '8471', '8517']);
    expect(svg).toContain('Telephones &amp; &lt;phones&gt;');
  });

  it('draws every link, backbone and strong links apart, between its nodes’ centres', () => {
    const centre = new Map(
      [...svg.matchAll(/<circle data-id="([^"]+)" cx="([^"]+)" cy="([^"]+)"/g)].map((m) => [m[1], `${m[2]},${m[3]}`]),
    );
    for (const backbone of [true, false]) {
      const d = new RegExp(`data-backbone="${backbone}" d="([^"]+)"`).exec(svg)?.[1] ?? '';
      const segments = d.split('M').filter(Boolean);
      const expected = spec.links
        .filter((l) => l.backbone === backbone)
        .map((l) => `${centre.get(spec.nodes[l.source]!.id)}L${centre.get(spec.nodes[l.target]!.id)}`);
      expect(segments).toEqual(expected);
    }
  });

  it('sizes nodes by area and gives a missing size the smallest node', () => {
    const r = (id: string): number => Number(new RegExp(`data-id="${id}"[^>]* r="([^"]+)"`).exec(svg)?.[1]);
    expect(r('8471')).toBe(8);
    expect(r('5201')).toBeCloseTo(1.6 + 6.4 * Math.sqrt(900 / 4000), 1);
    expect(r('8542')).toBe(1.6);
  });

  it('chartTable(network) sums nodes and sizes by group, in colour order', () => {
    const table = chartTable(spec);
    expect(table.columns).toEqual(['section', 'products', 'RCA ≥ 1', 'world exports', 'world exports, RCA ≥ 1']);
    expect(table.rows).toEqual([
      ['Textiles', 3, 2, 1600, 1300],
      ['Machines', 4, 2, 8500, 7500],
      ['Other', 1, 0, 10, 0],
    ]);
  });
});

describe('fanChart(input)', () => {
  it('fanChart draws the 95 % and 80 % bands and the median, and its table lists them by year', () => {
    const spec = SPECS['fan'] as LineChartSpec;
    expect(spec.series.map((s) => s.name)).toEqual(['95 % interval', '80 % interval', 'median']);
    const table = chartTable(spec);
    expect(table.columns).toEqual([
      'year',
      '95 % interval',
      '95 % interval lower',
      '95 % interval upper',
      '80 % interval',
      '80 % interval lower',
      '80 % interval upper',
      'median',
    ]);
    // 2020: 10,500 × (1 + (level − 0.5) × 0.4)
    expect(table.rows[1]).toEqual([2020, null, 8505, 12495, null, 8820, 12180, 10500]);
  });
});
