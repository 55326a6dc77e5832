/**
 * What every diagnostic's message module shares: the English-and-Chinese pair a finding's
 * prose is made of, and the number formats its sentences use.
 *
 * @module
 */

/** One piece of finding prose in both languages. */
export interface Prose {
  readonly en: string;
  readonly zh: string;
}

/** The same text in both languages (a number, a code, or nothing). */
export const both = (text: string): Prose => ({ en: text, zh: text });

/** Nothing, in both languages: what an optional clause reads when it does not apply. */
export const NO_PROSE: Prose = both('');

/** Fixed digits as `toFixed` writes them (a hyphen-minus on negative values). */
export const fixed = (v: number, digits = 1): string => v.toFixed(digits);

/** Whole US dollars with thousands separators: `US$11,750`. */
export const usd = (v: number): string => `US$${Math.round(v).toLocaleString('en-US')}`;

/** Fixed digits with a true minus sign, and no sign on a value that rounds to zero. */
export const minusSigned = (v: number, digits = 1): string => {
  const text = Math.abs(v).toFixed(digits);
  return v < 0 && Number(text) !== 0 ? `−${text}` : text;
};

/** As `minusSigned`, with `+` on positive values. */
export const plusMinusSigned = (v: number, digits = 2): string => {
  const text = minusSigned(v, digits);
  return v > 0 && Number(Math.abs(v).toFixed(digits)) !== 0 ? `+${text}` : text;
};

/** " up to 2010" when a year limits the data, else nothing: for "No year up to 2010 with …". */
export const upToYear = (year: number | undefined): string => (year === undefined ? '' : ` up to ${year}`);

/** Years as a span: `1995-2005`, or the one year when there is one. */
export const yearSpan = (years: readonly number[]): string =>
  years.length > 1 ? `${years[0]}-${years.at(-1)}` : `${years[0]}`;

/** A finding's statement fields, in the order findings list them. */
export const statementFields = (p: Prose): { statement_en: string; statement_zh: string } => ({
  statement_en: p.en,
  statement_zh: p.zh,
});

/** An evidence row's label fields. */
export const labelFields = (p: Prose): { label_en: string; label_zh: string } => ({
  label_en: p.en,
  label_zh: p.zh,
});

/** A threshold's description fields. */
export const descriptionFields = (p: Prose): { description_en: string; description_zh: string } => ({
  description_en: p.en,
  description_zh: p.zh,
});

/** An economy's names, so labels and statements name economies rather than print ISO codes. */
export interface EconomyNames {
  readonly en: string;
  readonly zh: string;
}
