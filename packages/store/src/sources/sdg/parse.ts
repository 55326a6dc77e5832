/**
 * The UN SDG API v1 answer for one series, page by page: `Series/Data?seriesCode=…` answers
 * `{ totalElements, totalPages, pageNumber, data: [...] }`, each datum with its M49
 * `geoAreaCode`, `timePeriodStart` (a number, `2015.0`), `value` (a string, possibly with a
 * `<` or `>` qualifier), `attributes` (`Nature`, `Units`) and `dimensions` (`Reporting Type`,
 * `Sex`, `Type of product`…), as the API's Swagger page (unstats.un.org/SDGAPI/swagger)
 * documents and the recorded answers in the test fixtures show.
 *
 * @module
 */
import { z } from 'zod';
import { ChanyeError } from '@chanye/compute';

export const SDG_API_ORIGIN = 'https://unstats.un.org';
export const SDG_API_HOST = 'unstats.un.org';

/**
 * Rows per page. The API's default is 25; a large page keeps a series to a few requests
 * (a whole series is about 5,000 to 10,000 rows) without answers of many megabytes.
 */
export const SDG_PAGE_SIZE = 1000;

const CODE = /^[A-Za-z0-9_]+$/;

/** A dimension or attribute value: the API gives codes as strings, and sometimes null. */
const labels = z.record(z.string(), z.string().nullable()).nullish();

const ObservationSchema = z.object({
  series: z.string(),
  geoAreaCode: z.string(),
  geoAreaName: z.string().nullish(),
  timePeriodStart: z.number(),
  value: z.string().nullable(),
  attributes: labels,
  dimensions: labels,
});

const PageSchema = z.object({
  totalElements: z.number().int().nonnegative(),
  totalPages: z.number().int().nonnegative(),
  pageNumber: z.number().int().nonnegative(),
  data: z.array(ObservationSchema),
});

/** One datum of a page, in our spelling (labels without nulls). */
export interface SdgObservation {
  readonly series: string;
  /** UN M49 code as the API writes it (`"4"`, `"156"`). */
  readonly geoAreaCode: string;
  readonly geoAreaName: string;
  readonly timePeriodStart: number;
  /** As published, e.g. `"43.1"`, `"<0.1"`; `null` when the API gives none. */
  readonly value: string | null;
  readonly attributes: Readonly<Record<string, string>>;
  readonly dimensions: Readonly<Record<string, string>>;
}

export interface SdgPage {
  readonly totalElements: number;
  readonly totalPages: number;
  readonly pageNumber: number;
  readonly observations: readonly SdgObservation[];
}

/**
 * The URL of one page of a series, every economy and year.
 *
 * @example
 * sdgUrl('NV_IND_MANF', 2);
 * // returns 'https://unstats.un.org/sdgapi/v1/sdg/Series/Data?seriesCode=NV_IND_MANF&page=2&pageSize=1000'
 */
export function sdgUrl(code: string, page: number, pageSize = SDG_PAGE_SIZE): string {
  if (!CODE.test(code)) {
    throw new ChanyeError('invalid-input', `invalid UN SDG series code: '${code}' (expected e.g. NV_IND_MANF)`);
  }
  return `${SDG_API_ORIGIN}/sdgapi/v1/sdg/Series/Data?seriesCode=${code}&page=${page}&pageSize=${pageSize}`;
}

function withoutNulls(record: Readonly<Record<string, string | null>> | null | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(record ?? {}).filter((e): e is [string, string] => e[1] !== null && e[1] !== ''),
  );
}

/**
 * Parses one page. Anything that is not the documented shape is `unavailable`: the service
 * did not give usable data, and a rerun may.
 */
export function parseSdgPage(body: string, code: string): SdgPage {
  let json: unknown;
  try {
    json = JSON.parse(body.replace(/^\uFEFF/, ''));
  } catch {
    throw new ChanyeError('unavailable', `unexpected answer from ${SDG_API_HOST} for ${code}: not JSON`);
  }
  const parsed = PageSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ChanyeError(
      'unavailable',
      `unexpected answer from ${SDG_API_HOST} for ${code}: ${issue === undefined ? 'unknown shape' : `${issue.path.join('.') || '(root)'}: ${issue.message}`}`,
    );
  }
  const { totalElements, totalPages, pageNumber, data } = parsed.data;
  return {
    totalElements,
    totalPages,
    pageNumber,
    observations: data.map((d) => ({
      series: d.series,
      geoAreaCode: d.geoAreaCode,
      geoAreaName: d.geoAreaName ?? '',
      timePeriodStart: d.timePeriodStart,
      value: d.value,
      attributes: withoutNulls(d.attributes),
      dimensions: withoutNulls(d.dimensions),
    })),
  };
}
