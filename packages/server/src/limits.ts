/**
 * Limits that keep each API request cheap enough to serve. A request beyond one gets
 * 422 `limit-exceeded` (413 for a body, 414 for a URL); the CLI, which runs on the user's own
 * machine, has none of these.
 */
export const LIMITS = {
  /** Monte Carlo draws of a score's sensitivity analysis (the CLI allows 100 000). */
  sensitivityDraws: 1000,
  /** Years × draws of one score request with sensitivity (e.g. 20 years × 1000 draws). */
  sensitivityWork: 20_000,
  /**
   * Economies × years of one score request: the rows of its answer, some 12 KB of JSON each
   * (every indicator's value, source and contribution; all=true for 2015-2019 measured 15.6 MB
   * for 251 × 5), so 2,500 rows — every economy for about ten years — is some 31 MB. Checked
   * before any work (all=true counts every economy); larger requests page (offset, limit).
   */
  scoreRows: 2_500,
  /**
   * Characters of one answer. The other limits keep answers below it; this catches what they
   * miss, before the answer is kept or sent (the CLI writes files of any size).
   */
  responseChars: 64 * 1024 * 1024,
  /** Monte Carlo draws of one simulation (the CLI allows 100 000). */
  simulationDraws: 1000,
  /** The last year a simulation may run to. */
  simulationTo: 2060,
  /** Years in one range (`years=A:B`). */
  yearSpan: 60,
  /** Codes in one list parameter (economies, comparators, measures, diagnostics). */
  listLength: 50,
  /** Neighbours of the k-nearest-neighbour density of complexity. */
  knn: 1000,
  /** Bytes of a request body (the API is read-only, so any body is unexpected). */
  bodyBytes: 16 * 1024,
  /** Characters of the query string. */
  queryLength: 2048,
  /** Characters of the path. */
  pathLength: 512,
} as const;
