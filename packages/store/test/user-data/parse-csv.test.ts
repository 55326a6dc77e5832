import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, detectDelimiter, parseCsv } from '../../src/user-data/parse-csv.js';

function syntaxError(text: string): CsvSyntaxError {
  try {
    parseCsv(text, ',');
  } catch (error) {
    if (error instanceof CsvSyntaxError) return error;
    throw error;
  }
  throw new Error('expected a CsvSyntaxError');
}

describe('parseCsv(text, delimiter)', () => {
  it('splits records on LF, CRLF and a lone CR', () => {
    expect(parseCsv('a,b\nc,d\r\ne,f\rg,h', ',')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
  });

  it('does not start an empty record after a final line break', () => {
    expect(parseCsv('a,b\r\n', ',')).toEqual([['a', 'b']]);
    expect(parseCsv('a,b\n', ',')).toEqual([['a', 'b']]);
  });

  it('keeps an empty line in the middle as a record, so record numbers stay row numbers', () => {
    expect(parseCsv('a\n\nb\n', ',')).toEqual([['a'], [''], ['b']]);
  });

  it('reads quoted fields holding the delimiter, line breaks and doubled quotes', () => {
    expect(parseCsv('"x, y","line 1\r\nline 2","say ""hi"""\n1,2,3', ',')).toEqual([
      ['x, y', 'line 1\r\nline 2', 'say "hi"'],
      ['1', '2', '3'],
    ]);
  });

  it('reads empty fields, quoted or not, including a trailing one', () => {
    expect(parseCsv('a,,"",b,', ',')).toEqual([['a', '', '', 'b', '']]);
  });

  it('uses the given delimiter and treats the others as text', () => {
    expect(parseCsv('a;b,c\t1', ';')).toEqual([['a', 'b,c\t1']]);
    expect(parseCsv('a\tb;c', '\t')).toEqual([['a', 'b;c']]);
  });

  it('returns no records for empty text', () => {
    expect(parseCsv('', ',')).toEqual([]);
  });

  it('refuses an unclosed quote, naming the row where it opened', () => {
    const error = syntaxError('a,b\n1,2\n"open,3\n4,5\n');
    expect([error.row, error.line]).toEqual([3, 3]);
    expect(error.message).toMatch(/never closed/);
  });

  it('refuses text after a closing quote', () => {
    expect(syntaxError('a,b\n"x"y,2').row).toBe(2);
  });

  it('refuses a quote inside an unquoted field', () => {
    expect(syntaxError('a,b\n5" screen,2').message).toMatch(/quote inside an unquoted field/);
  });

  it('reports row and line apart when a quoted field spans lines', () => {
    const error = syntaxError('a,b\n"two\nlines",1\n"x"y,2');
    expect([error.row, error.line]).toEqual([3, 4]);
  });
});

describe('detectDelimiter(text)', () => {
  it('picks the most frequent of , ; tab in the header line', () => {
    expect(detectDelimiter('iso3,year,value\n1;2;3;4;5')).toBe(',');
    expect(detectDelimiter('iso3;year;value\n"a,b";1;2')).toBe(';');
    expect(detectDelimiter('iso3\tyear\tvalue\r\n')).toBe('\t');
  });

  it('ignores delimiters inside quotes', () => {
    expect(detectDelimiter('"a,b,c";d;e')).toBe(';');
  });

  it('falls back to a comma when the header has no delimiter', () => {
    expect(detectDelimiter('iso3\n')).toBe(',');
  });
});
