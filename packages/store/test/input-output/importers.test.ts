import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import type { Mrio } from '@chanye/compute';
import { DuckDBConnector, readExiobase, readLongMrioFiles, readOecdIcio, readWiod2016Xlsx } from '@chanye/store';

// One small table written in every format: regions AAA, BBB × sectors S1, S2; final demand
// HFCE and GFCF of each region. z[i][j] = 10·(i + 1) + j + 1; y[i][c] = 100·(i + 1) + c.
const regions = ['AAA', 'BBB'];
const sectors = ['S1', 'S2'];
const categories = ['HFCE', 'GFCF'];
const z = (i: number, j: number): number => 10 * (i + 1) + j + 1;
const y = (i: number, c: number): number => 100 * (i + 1) + c;
const labels = regions.flatMap((r) => sectors.map((s) => [r, s] as const));
const fdLabels = regions.flatMap((r) => categories.map((c) => [r, c] as const));

function expectTable(m: Mrio): void {
  expect(m.regions).toEqual(regions);
  expect(m.sectors).toEqual(sectors);
  expect(m.finalDemandCategories).toEqual(categories);
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 4; j++) expect(m.Z.values[i * 4 + j]).toBe(z(i, j));
    for (let c = 0; c < 4; c++) expect(m.Y.values[i * 4 + c]).toBe(y(i, c));
    let x = 0;
    for (let j = 0; j < 4; j++) x += z(i, j);
    for (let c = 0; c < 4; c++) x += y(i, c);
    expect(m.x[i]).toBe(x);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'chanye-mrio-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readOecdIcio(file)', () => {
  it('reads REG_SECTOR rows and columns, final demand by REG_CAT, TLS and VA as factor inputs, and drops OUT', async () => {
    const header = ['V1', ...labels.map(([r, s]) => `${r}_${s}`), ...fdLabels.map(([r, c]) => `${r}_${c}`), 'OUT'];
    const rows = labels.map(([r, s], i) => [
      `${r}_${s}`,
      ...[0, 1, 2, 3].map((j) => z(i, j)),
      ...[0, 1, 2, 3].map((c) => y(i, c)),
      0,
    ]);
    rows.push(
      ['TLS', 1, 2, 3, 4, 0, 0, 0, 0, 0],
      ['VA', 50, 60, 70, 80, 0, 0, 0, 0, 0],
      ['OUT', 9, 9, 9, 9, 0, 0, 0, 0, 0],
    );
    const file = join(dir, 'icio.csv');
    writeFileSync(file, [header, ...rows].map((r) => r.join(',')).join('\n'));
    const m = await readOecdIcio(file);
    expectTable(m);
    expect(m.factorInputs?.labels).toEqual(['TLS', 'VA']);
    expect(Array.from(m.factorInputs?.values.values ?? [])).toEqual([1, 2, 3, 4, 50, 60, 70, 80]);
  });

  it('sums the split regions CN1 and CN2 into CHN', async () => {
    const header = ['', 'CN1_S1', 'CN2_S1', 'CHN_HFCE', 'TOTAL'];
    const file = join(dir, 'icio-split.csv');
    writeFileSync(file, [header.join(','), 'CN1_S1,1,2,10,0', 'CN2_S1,3,4,20,0', 'VA,5,6,0,0'].join('\n'));
    const m = await readOecdIcio(file);
    expect(m.regions).toEqual(['CHN']);
    expect(Array.from(m.Z.values)).toEqual([10]);
    expect(Array.from(m.Y.values)).toEqual([30]);
  });
});

describe('readExiobase(dir)', () => {
  it('reads Z.txt and Y.txt with two header rows and two index columns, and x.txt as x', async () => {
    const sys = join(dir, 'exio');
    mkdirSync(sys);
    const tsv = (rows: (string | number)[][]): string => rows.map((r) => r.join('\t')).join('\n') + '\n';
    writeFileSync(
      join(sys, 'Z.txt'),
      tsv([
        ['region', '', ...labels.map(([r]) => r)],
        ['sector', '', ...labels.map(([, s]) => s)],
        ['region', 'sector', ...labels.map(() => '')],
        ...labels.map(([r, s], i) => [r, s, ...[0, 1, 2, 3].map((j) => z(i, j))]),
      ]),
    );
    writeFileSync(
      join(sys, 'Y.txt'),
      tsv([
        ['region', '', ...fdLabels.map(([r]) => r)],
        ['category', '', ...fdLabels.map(([, c]) => c)],
        ['region', 'sector', ...fdLabels.map(() => '')],
        ...labels.map(([r, s], i) => [r, s, ...[0, 1, 2, 3].map((c) => y(i, c))]),
      ]),
    );
    const m = await readExiobase(sys);
    expectTable(m);
    writeFileSync(
      join(sys, 'x.txt'),
      tsv([['region', 'sector', 'indout'], ...labels.map(([r, s], i) => [r, s, 1000 + i])]),
    );
    expect(Array.from((await readExiobase(sys)).x)).toEqual([1000, 1001, 1002, 1003]);
  });
});

/** A minimal .xlsx (inline strings) from a grid of cells. */
function xlsx(grid: (string | number | null)[][]): Uint8Array {
  const col = (k: number): string =>
    k < 26
      ? String.fromCharCode(65 + k)
      : String.fromCharCode(64 + Math.floor(k / 26)) + String.fromCharCode(65 + (k % 26));
  const escape = (s: string): string => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
  const rows = grid
    .map(
      (row, i) =>
        `<row r="${i + 1}">${row
          .map((v, k) =>
            v === null
              ? ''
              : typeof v === 'number'
                ? `<c r="${col(k)}${i + 1}"><v>${v}</v></c>`
                : `<c r="${col(k)}${i + 1}" t="inlineStr"><is><t>${escape(v)}</t></is></c>`,
          )
          .join('')}</row>`,
    )
    .join('');
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zipSync({
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}" xmlns:r="${rel}"><sheets><sheet name="2014" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}"><sheetData>${rows}</sheetData></worksheet>`,
    ),
  });
}

describe('readWiod2016Xlsx(file)', () => {
  it('reads the WIOT layout: header rows of codes and countries, data rows with code, name, country, RNr', async () => {
    const blank = [null, null, null, null];
    const grid: (string | number | null)[][] = [
      ['World Input-Output Table 2014'],
      [],
      [null, null, null, null, ...labels.map(([, s]) => s), ...fdLabels.map(([, c]) => c), 'TOT'],
      [null, null, null, null, ...labels.map(() => 'industry'), ...fdLabels.map(() => 'final'), 'total'],
      ['(millions of US$)', null, null, null, ...labels.map(([r]) => r), ...fdLabels.map(([r]) => r), null],
      [...blank, 'c1', 'c2', 'c1', 'c2', 'c57', 'c60', 'c57', 'c60', 'c62'],
      ...labels.map(([r, s], i) => [
        s,
        `sector ${s}`,
        r,
        `r${(i % 2) + 1}`,
        ...[0, 1, 2, 3].map((j) => z(i, j)),
        ...[0, 1, 2, 3].map((c) => y(i, c)),
        0,
      ]),
      ['TXSP', 'taxes less subsidies', 'TOT', 'r58', 1, 1, 1, 1, 0, 0, 0, 0, 0],
      ['VA', 'value added at basic prices', 'TOT', 'r64', 7, 8, 9, 10, 0, 0, 0, 0, 0],
      ['GO', 'output at basic prices', 'TOT', 'r69', 0, 0, 0, 0, 0, 0, 0, 0, 0],
    ];
    const file = join(dir, 'WIOT2014_Nov16_ROW.xlsx');
    writeFileSync(file, xlsx(grid));
    const m = await readWiod2016Xlsx(file);
    expectTable(m);
    expect(m.factorInputs?.labels).toEqual(['TXSP', 'VA']);
    expect(Array.from(m.factorInputs?.values.values ?? []).slice(4)).toEqual([7, 8, 9, 10]);
  });
});

describe('readLongMrioFiles(connector, files)', () => {
  it('reads long CSV with its own column names, sums duplicates and orders codes naturally', async () => {
    const zFile = join(dir, 'z.csv');
    const yFile = join(dir, 'y.csv');
    const zRows = labels.flatMap(([r, s], i) => labels.map(([c, t], j) => `${r},${s},${c},${t},${z(i, j)}`));
    zRows.push('AAA,S1,AAA,S1,0'); // a zero cell changes nothing
    writeFileSync(zFile, ['from_reg,from_sec,to_reg,to_sec,flow', ...zRows.reverse()].join('\n'));
    const yRows = labels.flatMap(([r, s], i) => fdLabels.map(([c, k], q) => `${r},${s},${c},${k},${y(i, q) - 1}`));
    yRows.push(
      ...labels.map(([r, s]) => `${r},${s},AAA,HFCE,0`),
      ...labels.flatMap(([r, s]) => fdLabels.map(([c, k]) => `${r},${s},${c},${k},1`)),
    );
    writeFileSync(yFile, ['from_reg,from_sec,to_reg,cat,flow', ...yRows].join('\n'));
    const connector = await DuckDBConnector.open();
    try {
      const m = await readLongMrioFiles(connector, {
        intermediate: zFile,
        finalDemand: yFile,
        columns: {
          rowRegion: 'from_reg',
          rowSector: 'from_sec',
          colRegion: 'to_reg',
          colSector: 'to_sec',
          category: 'cat',
          value: 'flow',
        },
        categories,
      });
      expectTable(m);
      await expect(readLongMrioFiles(connector, { intermediate: zFile, finalDemand: yFile })).rejects.toThrow(
        /has no column/,
      );
    } finally {
      connector.close();
    }
  });
});
