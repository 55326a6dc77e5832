import { z } from 'zod';
import { LIMITS } from '../limits.js';

/**
 * Building blocks of the parameter schemas. Query values arrive as strings; each schema
 * checks the syntax (a failure is 400), converts, and checks the limits (a failure is 422,
 * marked by `params.limit` on the issue).
 */

/** An issue that is a limit, not a syntax error: the validator answers 422 for it. */
export const LIMIT = { limit: true } as const;

/**
 * An economy: an ISO 3166 alpha-3 code (any case) or an exact English or Chinese name
 * (`China`, `中国`). Only the syntax is checked here; the route's validator resolves names to
 * codes through the store (http.ts, `ECONOMY_PARAMS`), so handlers see ISO3 codes. In a
 * comma-separated list a name cannot hold a comma (`Korea, Rep.`): give its code there.
 */
export const Economy = z
  .string()
  .trim()
  .regex(
    /^[\p{L}\p{M}\p{N} .,:'’()（）、&-]{2,100}$/u,
    'expected an ISO 3166 alpha-3 code such as CHN or an economy name',
  )
  .meta({
    description:
      'ISO 3166 alpha-3 economy code (any case), e.g. CHN, or an exact English or Chinese name, e.g. China, 中国',
    examples: ['CHN'],
  });

export const EconomyParam = z.strictObject({ iso3: Economy });

export const IndicatorId = z
  .string()
  .regex(/^[a-z0-9_]{1,80}$/, 'expected an indicator id such as gdp_per_capita_ppp (see /api/indicators)')
  .meta({ description: 'indicator id from the catalogue (see /api/indicators)', examples: ['gdp_per_capita_ppp'] });

export const Year = z
  .string()
  .regex(/^\d{4}$/, 'expected a year such as 2019')
  .transform(Number)
  .meta({ description: 'a year, e.g. 2019', examples: ['2019'] });

/** `A:B` or a single year, inclusive, at most {@link LIMITS.yearSpan} years. */
export function yearRange(options: { allowSingle: boolean; strict: boolean } = { allowSingle: true, strict: false }) {
  const pattern = options.allowSingle ? /^(\d{4})(?::(\d{4}))?$/ : /^(\d{4}):(\d{4})$/;
  return z
    .string()
    .regex(pattern, options.allowSingle ? 'expected A:B, e.g. 1990:2019, or one year' : 'expected A:B, e.g. 2000:2019')
    .transform((value, ctx): [number, number] => {
      const [, a, b] = pattern.exec(value) ?? [];
      const from = Number(a);
      const to = Number(b ?? a);
      if (options.strict ? from >= to : from > to) {
        ctx.issues.push({
          code: 'custom',
          input: value,
          message: options.strict ? 'the first year must be before the last' : 'the first year is after the last',
        });
      } else if (to - from + 1 > LIMITS.yearSpan) {
        ctx.issues.push({
          code: 'custom',
          input: value,
          params: LIMIT,
          message: `at most ${LIMITS.yearSpan} years in one request (asked for ${to - from + 1})`,
        });
      }
      return [from, to];
    })
    .meta({
      description: `inclusive range A:B${options.allowSingle ? ' or one year' : ''}, at most ${LIMITS.yearSpan} years`,
      examples: ['2000:2019'],
    });
}

/** A comma-separated list, each item checked by `item`, at most {@link LIMITS.listLength} items. */
export function list<T extends z.ZodType<unknown, string>>(item: T, what: string) {
  return z
    .string()
    .max(4 * 1024)
    .transform((value, ctx) => {
      const items = value
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
      if (items.length === 0) {
        ctx.issues.push({ code: 'custom', input: value, message: `expected comma-separated ${what}` });
        return z.NEVER;
      }
      if (items.length > LIMITS.listLength) {
        ctx.issues.push({
          code: 'custom',
          input: value,
          params: LIMIT,
          message: `at most ${LIMITS.listLength} ${what} in one request (asked for ${items.length})`,
        });
        return z.NEVER;
      }
      return items;
    })
    .pipe(z.array(item))
    .meta({ description: `comma-separated ${what}, at most ${LIMITS.listLength}` });
}

export const Flag = z
  .enum(['true', 'false', '1', '0', ''])
  .transform((v) => v === 'true' || v === '1' || v === '')
  .meta({ description: 'true or false (a bare `?name` means true)' });

export const Lang = z.enum(['en', 'zh']).meta({ description: 'language of names and statements' });

/** A whole number in [min, max]; above `limit` (if given) is a 422 limit, not a syntax error. */
export function count(min: number, max: number, limit?: number) {
  return z
    .string()
    .regex(/^\d{1,10}$/, 'expected a whole number')
    .transform(Number)
    .transform((n, ctx) => {
      if (limit !== undefined && n > limit) {
        ctx.issues.push({
          code: 'custom',
          input: n,
          params: LIMIT,
          message: `at most ${limit} (asked for ${n})`,
        });
      } else if (n < min || n > max) {
        ctx.issues.push({ code: 'custom', input: n, message: `expected a whole number from ${min} to ${max}` });
      }
      return n;
    })
    .meta({ description: `a whole number from ${min} to ${limit ?? max}` });
}

/** `format`: json (default) or tidy csv; `Accept: text/csv` also selects csv. */
export const Format = z
  .enum(['json', 'csv'])
  .meta({ description: 'json (default) or csv (tidy, as the CLI writes it); `Accept: text/csv` also selects csv' });
export const JsonOnly = z.enum(['json']).meta({ description: 'json (this resource has no CSV form)' });
