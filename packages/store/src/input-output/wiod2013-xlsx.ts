/**
 * Reader of the World Input-Output Table workbooks of the WIOD 2013 release
 * (`WIOT11_ROW_Sep12.xlsx` and the other years), whose layout Timmer, Dietzenbacher, Los,
 * Stehrer and de Vries (2015), "An Illustrated User Guide to the World Input–Output Database:
 * the Case of Global Automotive Production", Review of International Economics 23: 575–605,
 * describe, and which pymrio's `parse_wiod` reads.
 *
 * Rows 1-4 hold a title, industry codes (AtB, C, 15t16 …) and descriptions; row 5 the country
 * of each column and row 6 its WIOD number (c1 … c35 industries, c37 … c42 final demand). Data
 * rows carry the industry code, its description, the country and the number (c1 …) in
 * columns A-D, then the values. The last column, "Total output", is the published output
 * vector. Below the industry rows come the totals and primary inputs (r60 total intermediate
 * consumption, r99 taxes less subsidies, r61 … r64 value added at basic prices, international
 * transport margins, r69 output at basic prices).
 *
 * @module
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { ChanyeError } from '@chanye/compute';
import { readSheet } from 'read-excel-file/node';
import { cellNumber, WideTableBuilder, type WideLabel } from './wide-table.js';
import type { MrioRead } from './mrio-layouts.js';

/** WIOD's country codes that differ from ISO 3166: Romania (ROM) and the rest of the world (RoW). */
const RECODE: Readonly<Record<string, string>> = { ROM: 'ROU', RoW: 'ROW' };

const text = (c: unknown): string => (c === null || c === undefined ? '' : String(c).trim());
const region = (c: unknown): string => RECODE[text(c)] ?? text(c);

/** Reads a WIOD 2013 WIOT workbook (the first sheet, or `sheet`). */
export async function readWiod2013Xlsx(file: string, options: { sheet?: string } = {}): Promise<MrioRead> {
  if (!existsSync(file)) throw new ChanyeError('invalid-input', `cannot read ${file}: no such file`);
  let grid: unknown[][];
  try {
    const bytes = await readFile(file);
    grid = (await (options.sheet === undefined ? readSheet(bytes) : readSheet(bytes, options.sheet))) as unknown[][];
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new ChanyeError('invalid-input', `cannot read ${file} as an .xlsx workbook: ${reason}`);
  }
  const isIndustryNumber = (c: unknown): boolean => /^c\d+$/.test(text(c));
  const first = grid.findIndex((row) => isIndustryNumber(row[3]) && text(row[2]) !== '');
  if (first < 0) {
    throw new ChanyeError(
      'invalid-input',
      `${file}: not a WIOD 2013 table: no data rows (country in column C, c1 … in column D) found`,
    );
  }
  const above = grid.slice(0, first);
  const numberRow = above.findLast((row) => row.slice(4).some(isIndustryNumber));
  const countryRow = above.findLast((row) => text(row[4]) === text((grid[first] as unknown[])[2]));
  const descriptionRow = above.find((row) => row.slice(4).some((c) => /^total output$/i.test(text(c))));
  if (!numberRow || !countryRow) {
    throw new ChanyeError(
      'invalid-input',
      `${file}: not a WIOD 2013 table: the header rows (countries, c1 …) are missing`,
    );
  }
  const body = grid.slice(first);
  const industryRows = body.filter((r) => isIndustryNumber(r[3]) && text(r[2]) !== '' && text(r[2]) !== 'TOT');
  const industryNumbers = new Set(industryRows.map((r) => text(r[3])));
  const width = Math.max(numberRow.length, countryRow.length, descriptionRow?.length ?? 0);
  const labels: WideLabel[] = [];
  let outputColumn = -1;
  const categoryNames = new Map<string, string>();
  for (let k = 4; k < width; k++) {
    const number = text(numberRow[k]);
    const description = text(descriptionRow?.[k]);
    if (/^total output$/i.test(description) && text(countryRow[k]) === '') {
      outputColumn = k;
      labels.push({ kind: 'skip' });
    } else if (text(countryRow[k]) === '' || number === '') labels.push({ kind: 'skip' });
    else if (industryNumbers.has(number))
      labels.push({ kind: 'industry', region: region(countryRow[k]), sector: number });
    else {
      labels.push({ kind: 'final', region: region(countryRow[k]), category: number });
      if (description !== '') categoryNames.set(number, description);
    }
  }
  const builder = new WideTableBuilder(labels, file);
  const sectorNames = new Map<string, string>();
  const sectorCodes = new Map<string, string>();
  const published: { region: string; sector: string; value: number }[] = [];
  for (const row of body) {
    const values = row.slice(4, width).map(cellNumber);
    if (isIndustryNumber(row[3]) && text(row[2]) !== '' && text(row[2]) !== 'TOT') {
      const label = { kind: 'industry', region: region(row[2]), sector: text(row[3]) } as const;
      builder.addRow(label, values);
      sectorNames.set(label.sector, text(row[1]));
      sectorCodes.set(label.sector, text(row[0]));
      if (outputColumn >= 0) published.push({ ...label, value: cellNumber(row[outputColumn]) });
      continue;
    }
    const description = text(row[1]);
    // Totals are the sums of what the table already holds: total intermediate consumption (r60),
    // output at basic prices (r69, the column sums of the same output the last column holds).
    if (description === '' || text(row[3]) === 'r60' || text(row[3]) === 'r69' || text(row[2]) === 'TOT') continue;
    builder.addRow({ kind: 'input', label: description }, values);
  }
  let x: Float64Array | undefined;
  if (published.length > 0) {
    x = new Float64Array(builder.size).fill(Number.NaN);
    for (const p of published) x[builder.index(p.region, p.sector)] = p.value;
  }
  const mrio = builder.build({ unit: 'millions of current US$', note: `WIOD 2013 release table read from ${file}` });
  return {
    mrio,
    ...(x ? { publishedOutput: x } : {}),
    sectorNames: builder.sectors.map((s) => {
      const code = sectorCodes.get(s);
      return `${sectorNames.get(s) ?? s}${code ? ` (${code})` : ''}`;
    }),
    categoryNames: builder.categories.map((c) => categoryNames.get(c) ?? c),
  };
}
