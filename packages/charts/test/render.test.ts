import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartTable, formatNumber, niceTicks, renderSvg, type ChartSpec } from '@chanye/charts';
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
