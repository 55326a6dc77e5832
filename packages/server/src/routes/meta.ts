import { Hono } from 'hono';
import { z } from 'zod';
import type { Store } from '@chanye/store';
import { param, query } from '../http.js';
import type { RouteDoc } from '../openapi.js';
import { JsonOnly } from '../schemas/common.js';
import { PROBLEM_TYPES, ProblemError, type ProblemType } from '../problem.js';

export const VERSION = '0.1.0';

const HealthQuery = z.strictObject({ format: JsonOnly.optional() });
const ProblemParam = z.strictObject({
  type: z
    .string()
    .regex(/^[a-z-]{1,40}$/, 'expected a problem type such as not-found')
    .meta({ description: `one of ${Object.keys(PROBLEM_TYPES).join(', ')}` }),
});
const HealthSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  snapshot: z.object({ files: z.number(), sources: z.number() }),
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
    response: 'the server is up',
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
    .get('/api/health', query(HealthQuery), (c) =>
      c.json({
        status: 'ok' as const,
        version: VERSION,
        snapshot: { files: store.manifest.files.length, sources: store.manifest.sources.length },
        userData: store.userDbPath !== undefined,
      }),
    )
    .get('/problems/:type', param(ProblemParam), (c) => {
      const { type } = c.req.valid('param');
      if (!(type in PROBLEM_TYPES)) throw new ProblemError('not-found', `no problem type '${type}'`);
      const p = PROBLEM_TYPES[type as ProblemType];
      return c.json({ type: `/problems/${type}`, title: p.title, status: p.status, description: p.description });
    });
}
