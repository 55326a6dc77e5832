import { z } from 'zod';
import { ChanyeError } from '@chanye/compute';
import { WDI_API_HOST } from './url.js';

/*
 * API v2 answers `[header, rows]`, where rows is `null` when nothing matches, and reports a
 * bad parameter as `[{"message":[{id,key,value}]}]` with HTTP 200. Older answers (still in
 * some recordings) give per_page as a string and values as numeric strings; both are read.
 */

const count = z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/).transform(Number)]);

const HeaderSchema = z.object({
  page: count,
  pages: count,
  per_page: count,
  total: count,
  sourceid: z.string().nullish(),
  lastupdated: z.string().nullish(),
});

const numeric = z.union([
  z.number(),
  z
    .string()
    .regex(/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/)
    .transform(Number),
]);

const ObservationSchema = z.object({
  indicator: z.object({ id: z.string(), value: z.string() }),
  country: z.object({ id: z.string(), value: z.string() }),
  countryiso3code: z.string().nullish(),
  date: z.string(),
  value: numeric.nullable(),
  unit: z.string().nullish(),
  obs_status: z.string().nullish(),
});

const DataSchema = z.tuple([HeaderSchema, z.array(ObservationSchema).nullable()]);

const ErrorSchema = z
  .array(
    z.object({
      message: z.array(
        z.object({ id: z.string().optional(), key: z.string().optional(), value: z.string().optional() }),
      ),
    }),
  )
  .min(1);

/** The page header of an API v2 answer, in our spelling. */
export interface WdiPageHeader {
  readonly page: number;
  readonly pages: number;
  readonly perPage: number;
  readonly total: number;
  /** The publisher's "last updated" date of the source, e.g. `2021-05-25`. */
  readonly lastUpdated: string | undefined;
}

/** One observation as the API gives it (value `null` means "no data", never 0). */
export interface WdiObservation {
  readonly indicatorId: string;
  readonly indicatorName: string;
  readonly countryId: string;
  readonly countryName: string;
  readonly iso3: string;
  readonly date: string;
  readonly value: number | null;
  readonly unit: string;
  readonly obsStatus: string;
}

/** One parsed page. */
export interface WdiPage {
  readonly header: WdiPageHeader;
  readonly observations: readonly WdiObservation[];
}

/** What a message names: the indicator and the economies asked for. */
export interface WdiRequestLabel {
  readonly indicator: string;
  /** `all` or `JPN;USA`. */
  readonly economies: string;
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'unknown shape';
  return `${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`;
}

/**
 * Parses one API v2 response body. An error envelope becomes `invalid-input` naming the
 * indicator (the API says 120 "Invalid value" both for an unknown indicator and for an
 * unknown economy); anything unreadable becomes `unavailable`, since the service did not give
 * usable data.
 *
 * @example
 * parseWdiPage('[{"page":1,"pages":1,"per_page":50,"total":0,"lastupdated":"2021-05-25"},null]', { indicator: 'X', economies: 'all' });
 * // returns { header: { page: 1, pages: 1, perPage: 50, total: 0, lastUpdated: '2021-05-25' }, observations: [] }
 */
export function parseWdiPage(body: string, label: WdiRequestLabel): WdiPage {
  let json: unknown;
  try {
    // A UTF-8 byte order mark precedes some of the API's answers.
    json = JSON.parse(body.replace(/^\uFEFF/, ''));
  } catch {
    throw new ChanyeError(
      'unavailable',
      `unexpected answer from ${WDI_API_HOST} for ${label.indicator}: not JSON (starts with ${JSON.stringify(body.slice(0, 40))})`,
    );
  }
  const error = ErrorSchema.safeParse(json);
  if (error.success) {
    const messages = error.data.flatMap((e) => e.message);
    const text = messages.map((m) => [m.id && `${m.id}`, m.key, m.value].filter(Boolean).join(' ')).join('; ');
    const economies = label.economies === 'all' ? '' : ` for economies ${label.economies.replaceAll(';', ',')}`;
    throw new ChanyeError(
      'invalid-input',
      `World Bank API rejected indicator ${label.indicator}${economies}: ${text || 'no reason given'}`,
      [
        'check the indicator code (https://data.worldbank.org/indicator) and that every economy is an ISO3 code the World Bank knows',
      ],
    );
  }
  const data = DataSchema.safeParse(json);
  if (!data.success) {
    throw new ChanyeError(
      'unavailable',
      `unexpected answer from ${WDI_API_HOST} for ${label.indicator}: ${firstIssue(data.error)}`,
    );
  }
  const [header, rows] = data.data;
  return {
    header: {
      page: header.page,
      pages: header.pages,
      perPage: header.per_page,
      total: header.total,
      lastUpdated: header.lastupdated ?? undefined,
    },
    observations: (rows ?? []).map((r) => ({
      indicatorId: r.indicator.id,
      indicatorName: r.indicator.value,
      countryId: r.country.id,
      countryName: r.country.value,
      iso3: r.countryiso3code ?? '',
      date: r.date,
      value: r.value,
      unit: r.unit ?? '',
      obsStatus: r.obs_status ?? '',
    })),
  };
}
