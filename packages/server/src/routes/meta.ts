import { Hono } from 'hono';
import { z } from 'zod';
import { ZH_TERMS } from '@chanye/report';
import { CHANYE_VERSION } from '@chanye/compute';
import { snapshotHash, type Store } from '@chanye/store';
import { param, query } from '../http.js';
import type { RouteDoc } from '../openapi.js';
import { JsonOnly } from '../schemas/common.js';
import { snapshotIntegrity } from '../integrity.js';
import { PROBLEM_TYPES, ProblemError, type ProblemType } from '../problem.js';

/** The version the API reports: Chanye's one version constant. */
export const VERSION = CHANYE_VERSION;

const HealthQuery = z.strictObject({ format: JsonOnly.optional() });
const ProblemParam = z.strictObject({
  type: z
    .string()
    .regex(/^[a-z-]{1,40}$/, 'expected a problem type such as not-found')
    .meta({ description: `one of ${Object.keys(PROBLEM_TYPES).join(', ')}` }),
});
const FileState = z.object({ sha256: z.string(), bytes: z.number() });
const HealthSchema = z.object({
  status: z.enum(['ok', 'degraded']).meta({
    description: 'degraded when a snapshot file is missing or differs from the hash its manifest records',
  }),
  version: z.string(),
  snapshotHash: z.string().meta({
    description:
      'SHA-256 naming the data snapshot: over the sorted `sha256  file` lines of manifest.json (docs/cli.md, "Reproducing a figure")',
  }),
  snapshot: z.object({
    files: z.number(),
    sources: z.number(),
    problems: z
      .array(
        z.object({
          file: z.string(),
          problem: z.enum(['missing', 'corrupted']),
          expected: FileState,
          found: FileState.nullable(),
        }),
      )
      .meta({ description: 'the files that are not as manifest.json says (SHA-256, checked once per server)' }),
  }),
  userData: z.boolean(),
});

export const metaDocs: readonly RouteDoc[] = [
  {
    path: '/api/health',
    operationId: 'health',
    summary: 'Liveness, version and what the server has loaded',
    tag: 'meta',
    query: HealthQuery,
    csv: false,
    response: 'the server is up; `status` is degraded when a snapshot file is missing or corrupted',
    responseSchema: HealthSchema,
    errors: [],
  },
  {
    path: '/problems/:type',
    operationId: 'describeProblem',
    summary: 'What a problem type of this API means (the `type` of every error answer)',
    tag: 'meta',
    params: ProblemParam,
    csv: false,
    response: '{ type, title, status, description }',
    errors: [404],
  },
  {
    path: '/api/terms/zh',
    operationId: 'chineseTerms',
    summary: 'The Chinese of the units and source names the engine writes in English',
    description:
      'The words the Chinese report uses (standard Chinese statistical terms), for clients that show English engine output in Chinese: `units` by exact English unit, `sources` as [English phrase, Chinese] pairs replaced in order. The dashboard uses them.',
    tag: 'meta',
    query: HealthQuery,
    csv: false,
    response: '{ units, sources }',
    errors: [],
  },
  {
    path: '/openapi.json',
    operationId: 'openapi',
    summary: 'This document',
    tag: 'meta',
    csv: false,
    response: 'OpenAPI 3.1 document',
    errors: [],
  },
];

export function metaRoutes(store: Store) {
  return new Hono()
    .get('/api/health', query(HealthQuery), async (c) => {
      const { problems } = await snapshotIntegrity(store);
      return c.json({
        status: problems.length === 0 ? ('ok' as const) : ('degraded' as const),
        version: VERSION,
        snapshotHash: snapshotHash(store.manifest),
        snapshot: { files: store.manifest.files.length, sources: store.manifest.sources.length, problems },
        userData: store.userDbPath !== undefined,
      });
    })
    .get('/api/terms/zh', query(HealthQuery), (c) => c.json(ZH_TERMS))
    .get('/problems/:type', param(ProblemParam), (c) => {
      const { type } = c.req.valid('param');
      if (!(type in PROBLEM_TYPES)) throw new ProblemError('not-found', `no problem type '${type}'`);
      const p = PROBLEM_TYPES[type as ProblemType];
      return c.json({ type: `/problems/${type}`, title: p.title, status: p.status, description: p.description });
    });
}
