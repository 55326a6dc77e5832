import { Hono } from 'hono';
import type { z } from 'zod';
import { DEFAULT_SCORECARD_POLICY, scorecardPolicy } from '@chanye/compute';
import {
  DEFAULT_SCORE_WINDOW,
  couplingPolicy,
  AUDIT_COLUMNS,
  auditJson,
  auditRows,
  auditScorecard,
  couplingSeries,
  requireCoupling,
  requireScores,
  couplingTable,
  defaultScoreYear,
  EXPLAIN_COLUMNS,
  explainRank,
  explainRows,
  SCORE_COLUMNS,
  scoreValidity,
  VALIDITY_COLUMNS,
  validityRows,
  SCORE_METHODS,
  scoreEconomies,
  scoreJson,
  toCsv,
} from '@chanye/engine';
import { param, query, respond, type Deps } from '../http.js';
import { LIMITS } from '../limits.js';
import { ProblemError } from '../problem.js';
import type { RouteDoc } from '../openapi.js';
import { EconomyParam } from '../schemas/common.js';
import { AuditQuery, CouplingQuery, ExplainQuery, ScoresQuery, ValidityQuery } from '../schemas/scores.js';

const range = ([from, to]: readonly [number, number]): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

export const scoresDocs: readonly RouteDoc[] = [
  {
    path: '/api/scores',
    operationId: 'getScores',
    summary: 'Scorecard on the six characteristics, the four systems or the New Four Modernizations',
    description:
      'As `chanye score … --format json` (scoreEconomies and scoreRows in @chanye/engine), with the CLI defaults: year the latest with adequate coverage of the framework’s indicators, framework characteristics, method entropy-topsis, normalization min-max, peers all, window 2 (the value nearest the year within ±2 years), small separate (economies below 1 million people ranked in a list of their own, column ranked_among), seed 1. CSV gives the score rows. With offset and/or limit the answer is one page of the economies asked for, scored against the same peers; `page` gives offset, limit, the number of economies asked for and the next offset (null on the last page).',
    tag: 'scores',
    query: ScoresQuery,
    csv: true,
    response: '{ framework, method, peers, window, small, sensitivity?, rows, years, page? }',
    errors: [404, 422],
  },
  {
    path: '/api/scores/validity',
    operationId: 'getScoreValidity',
    summary: 'External validity: Spearman correlations of the scores with the ECI, GDP per capita and MVA measures',
    description:
      'As `chanye score --validity --format json` (scoreValidity in @chanye/engine): ρ and n of the overall and subsystem scores with the ECI of the same year (none for a year without product trade data unless eciYear is given), GDP per capita, the MHT share of MVA and MVA per capita, flagging a measure the subsystem scores itself, and the overall top 20 below the median ECI. Defaults as /api/scores. CSV gives the correlation rows.',
    tag: 'scores',
    query: ValidityQuery,
    csv: true,
    response: '{ framework, year, peers, window, small, scored, yardsticks, correlations, topEci }',
    errors: [404, 422],
  },
  {
    path: '/api/economies/:iso3/scores/explain',
    operationId: 'getScoreExplanation',
    summary:
      'Why an economy is ranked where it is: each indicator’s contribution to its subsystem scores, and its neighbours',
    description:
      'As `chanye score ISO3 --explain --format json` (explainRank in @chanye/engine): each subsystem’s score and rank, each indicator’s raw value (year, source, status, imputed), normalized value, weight and contribution (its meaning under the method in contributionMeaning), and the economies ranked within three places. Defaults as /api/scores. An economy without an overall score that year is 404 no-data with the reason. CSV gives one row per indicator.',
    tag: 'scores',
    params: EconomyParam,
    query: ExplainQuery,
    csv: true,
    response:
      '{ iso3, name, year, framework, aggregation, contributionMeaning, overall, subsystems, indicators, neighbours, droppedIndicators }',
    errors: [404, 422],
  },
  {
    path: '/api/scores/audit',
    operationId: 'getScoreAudit',
    summary: 'Statistical audit of a scorecard: consistency of pillars, indicator correlations, outliers, rank shifts',
    description:
      'As `chanye score --audit --format json` (auditScorecard and auditJson in @chanye/engine), with the CLI defaults: year the latest with adequate coverage, framework characteristics, method entropy-topsis, normalization min-max, outliers none, peers all, window 2. Per pillar Cronbach’s alpha and the first principal component’s share (OECD/JRC Handbook 2008, step 4); per indicator Pearson and Spearman correlations with its pillar, the other pillars and the overall score, flagged negative, weak (|r| < 0.3) or closer to another pillar; skewness and kurtosis with COINr’s treatment (Becker et al. 2022); the rank shifts under each alternative method. CSV gives one long table with an `aspect` column.',
    tag: 'scores',
    query: AuditQuery,
    csv: true,
    response:
      '{ framework, year, method, peers, window, units, thresholds, pillars, indicators, distributions, rankShifts }',
    errors: [404, 422],
  },
  {
    path: '/api/economies/:iso3/coupling',
    operationId: 'getCoupling',
    summary: 'Coupling coordination degree (C, T, D and band) of an economy’s subsystems, year by year',
    description:
      'As `chanye coupling ISO3 --format json` (couplingSeries), defaults: framework new-four, years 2000:2019, peers all, weighting equal, window 2 (±2 years, as the scorecards).',
    tag: 'scores',
    params: EconomyParam,
    query: CouplingQuery,
    csv: true,
    response: 'one row per year',
    errors: [404, 422],
  },
];

export function scoresRoutes(deps: Deps) {
  const { store } = deps;
  // The default year depends only on the store's data, which do not change while it is open.
  const defaultYears = new Map<string, Promise<number>>();
  const defaultYear = (framework: string, window: number): Promise<number> => {
    const key = `${framework}|${window}`;
    let year = defaultYears.get(key);
    if (!year) {
      year = defaultScoreYear(store, framework, window);
      year.catch(() => defaultYears.delete(key));
      defaultYears.set(key, year);
    }
    return year;
  };
  /** The settings of a one-year scorecard with the CLI's defaults. */
  const oneYear = async (
    q: z.output<typeof ExplainQuery> | z.output<typeof ValidityQuery> | z.output<typeof AuditQuery>,
  ) => {
    const framework = q.framework ?? 'characteristics';
    const window = q.window ?? DEFAULT_SCORE_WINDOW;
    return {
      framework,
      year: q.year ?? (await defaultYear(framework, window)),
      policy: scorecardPolicy({
        ...SCORE_METHODS[q.method ?? 'entropy-topsis'],
        normalization: q.normalization ?? 'min-max',
        outlierTreatment: ('outliers' in q ? q.outliers : undefined) ?? DEFAULT_SCORECARD_POLICY.outlierTreatment,
      }),
      peers: q.peers ?? 'all',
      window,
      small: ('small' in q ? q.small : undefined) ?? 'separate',
    };
  };
  return new Hono()
    .get('/api/scores', query(ScoresQuery, deps.store), async (c) => {
      const q = c.req.valid('query');
      const method = q.method ?? 'entropy-topsis';
      const policy = scorecardPolicy({
        ...SCORE_METHODS[method],
        normalization: q.normalization ?? 'min-max',
        outlierTreatment: q.outliers ?? DEFAULT_SCORECARD_POLICY.outlierTreatment,
      });
      const peers = q.peers ?? 'all';
      const window = q.window ?? DEFAULT_SCORE_WINDOW;
      const seed = q.seed ?? 1;
      const small = q.small ?? 'separate';
      const paged = q.offset !== undefined || q.limit !== undefined;
      // A page is a slice of the economies asked for, scored against the same peers, so the
      // pages of a request together hold exactly its rows.
      const pageOf = async () => {
        const asked = q.all ? (await store.economies()).map((e) => e.iso3) : (q.economies ?? []);
        const offset = q.offset ?? 0;
        const economies = asked.slice(offset, offset + (q.limit ?? asked.length));
        if (economies.length === 0)
          throw new ProblemError('no-data', `offset ${offset} is past the ${asked.length} economies asked for`);
        const next = offset + economies.length < asked.length ? offset + economies.length : null;
        return { economies, page: { offset, limit: economies.length, economies: asked.length, next } };
      };
      const page = paged ? await pageOf() : undefined;
      const economies = page?.economies ?? (q.all ? undefined : q.economies);
      return respond(c, deps, q, {
        budget: async () => {
          const count = economies?.length ?? (await store.economies()).length;
          const years = q.years ? q.years[1] - q.years[0] + 1 : 1;
          if (count * years > LIMITS.scoreRows) {
            throw new ProblemError(
              'limit-exceeded',
              `economies × years at most ${LIMITS.scoreRows} in one request (asked for ${count} × ${years}); ask for fewer years, or page through the economies with offset and limit, or use \`chanye score\`, which has no limit`,
            );
          }
        },
        compute: async () => {
          const request = {
            framework: q.framework ?? 'characteristics',
            years: q.years ? range(q.years) : [q.year ?? (await defaultYear(q.framework ?? 'characteristics', window))],
            ...(economies ? { economies } : {}),
            peers,
            policy,
            window,
            small,
            ...(q.sensitivity ? { sensitivity: { draws: q.sensitivity, seed } } : {}),
          };
          const scored = await scoreEconomies(store, request);
          await requireScores(store, scored, request); // nobody scored is 404 no-data, as the CLI's exit 3
          const json = scoreJson(scored, {
            method,
            policy,
            peers,
            window,
            small,
            sensitivity: q.sensitivity ? { draws: q.sensitivity, seed } : undefined,
          });
          return page ? { ...json, page: page.page } : json;
        },
        csv: (payload) => toCsv(payload.rows, SCORE_COLUMNS),
      });
    })
    .get('/api/scores/validity', query(ValidityQuery), (c) => {
      const q = c.req.valid('query');
      return respond(c, deps, q, {
        compute: async () => {
          const { framework, year, policy, peers, window, small } = await oneYear(q);
          return scoreValidity(store, {
            framework,
            year,
            policy,
            peers,
            window,
            small,
            ...(q.eciYear !== undefined ? { eciYear: q.eciYear } : {}),
          });
        },
        csv: (report) => toCsv(validityRows(report), VALIDITY_COLUMNS),
      });
    })
    .get('/api/economies/:iso3/scores/explain', param(EconomyParam, deps.store), query(ExplainQuery), (c) => {
      const { iso3 } = c.req.valid('param');
      const q = c.req.valid('query');
      return respond(
        c,
        deps,
        { iso3, ...q },
        {
          compute: async () => explainRank(store, { ...(await oneYear(q)), iso3 }),
          csv: (explanation) => toCsv(explainRows(explanation), EXPLAIN_COLUMNS),
        },
      );
    })
    .get('/api/scores/audit', query(AuditQuery), (c) => {
      const q = c.req.valid('query');
      return respond(c, deps, q, {
        compute: async () => {
          const { framework, year, policy, peers, window } = await oneYear(q);
          const audited = await auditScorecard(store, { framework, year, peers, policy, window });
          return auditJson(audited, { method: q.method ?? 'entropy-topsis', policy, peers, window });
        },
        csv: (payload) => toCsv(auditRows(payload), AUDIT_COLUMNS),
      });
    })
    .get('/api/economies/:iso3/coupling', param(EconomyParam, deps.store), query(CouplingQuery), (c) => {
      const { iso3 } = c.req.valid('param');
      const q = c.req.valid('query');
      return respond(
        c,
        deps,
        { iso3, ...q },
        {
          compute: async () => {
            const request = {
              iso3,
              framework: q.framework ?? 'new-four',
              years: range(q.years ?? [2000, 2019]),
              peers: q.peers ?? 'all',
              window: q.window ?? DEFAULT_SCORE_WINDOW,
              policy: couplingPolicy(q.weighting ?? 'equal'),
            };
            const series = await couplingSeries(store, request);
            await requireCoupling(store, series, request); // no year coordinated is 404 no-data
            return series;
          },
          csv: (rows) => {
            const flat = couplingTable(rows, q.lang ?? 'en');
            return toCsv(flat.rows, flat.columns);
          },
        },
      );
    });
}
