import { z } from 'zod';
import { LIMITS } from './limits.js';
import { PROBLEM_TYPES } from './problem.js';

/** What /openapi.json says about one route; every route the app serves has one (tested). */
export interface RouteDoc {
  /** Hono path, e.g. `/api/economies/:iso3/profile`. */
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  readonly description?: string;
  readonly tag: string;
  readonly params?: z.ZodObject;
  readonly query?: z.ZodObject;
  /** Whether `format=csv` (or `Accept: text/csv`) gives tidy CSV. */
  readonly csv: boolean;
  /** The content type of a 200 other than JSON (e.g. text/html). */
  readonly contentType?: string;
  readonly response: string;
  /** JSON Schema of a 200 answer's body, where it is worth stating. */
  readonly responseSchema?: z.ZodType;
  /** Error statuses the route can answer besides 400, 413, 414 and 500. */
  readonly errors: readonly (404 | 406 | 422 | 501 | 503)[];
}

function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return rest;
}

function parameters(object: z.ZodObject | undefined, where: 'path' | 'query'): Record<string, unknown>[] {
  if (!object) return [];
  return Object.entries(object.shape).map(([name, field]) => {
    const schema = jsonSchema(field as z.ZodType);
    const { description, ...rest } = schema;
    const optional = (field as z.ZodType).safeParse(undefined).success;
    return {
      name,
      in: where,
      required: where === 'path' || !optional,
      ...(typeof description === 'string' ? { description } : {}),
      schema: rest,
    };
  });
}

const problemResponse = (description: string): Record<string, unknown> => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

const ERROR_TEXT: Readonly<Record<number, string>> = {
  400: 'malformed parameter (problem type /problems/bad-request)',
  404: 'unknown economy, indicator or resource (/problems/not-found), or no data answers the request (/problems/no-data)',
  406: 'no representation in the requested format',
  413: 'request body too large',
  414: 'path or query string too long',
  421: 'the Host header names a host the server does not answer for (/problems/misdirected-request)',
  422: 'well-formed request the engine cannot carry out (/problems/invalid-request) or over a limit (/problems/limit-exceeded)',
  500: 'internal error (never carries internal details)',
  501: 'not available in this build',
  503: 'a live data service could not be reached',
};

/** The OpenAPI 3.1 document of the routes, parameters from their zod schemas. */
export function openApiDocument(routes: readonly RouteDoc[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    const ok: Record<string, unknown> = {
      description: route.response,
      headers: { ETag: { description: 'strong validator of the body', schema: { type: 'string' } } },
      content: {
        [route.contentType ?? 'application/json']: {
          schema: route.responseSchema ? jsonSchema(route.responseSchema) : {},
        },
        ...(route.csv ? { 'text/csv': { schema: { type: 'string' } } } : {}),
      },
    };
    const statuses = [400, ...route.errors, 413, 414, 421, 500].sort((a, b) => a - b);
    paths[path] = {
      get: {
        operationId: route.operationId,
        summary: route.summary,
        ...(route.description ? { description: route.description } : {}),
        tags: [route.tag],
        parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
        responses: {
          '200': ok,
          '304': { description: 'not modified (If-None-Match matched the ETag)' },
          ...Object.fromEntries(statuses.map((s) => [String(s), problemResponse(ERROR_TEXT[s] ?? 'error')])),
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Chanye API',
      version,
      description:
        'Read-only HTTP API over the Chanye engine: the same library functions, with the same defaults, as the `chanye` CLI, so `format=json` answers equal `chanye … --format json` output. ' +
        `Errors are RFC 9457 problem+json. Limits: at most ${LIMITS.sensitivityDraws} sensitivity draws (and ${LIMITS.sensitivityWork} years × draws), ${LIMITS.simulationDraws} simulation draws to ${LIMITS.simulationTo} at the latest, ${LIMITS.yearSpan} years per range, ${LIMITS.listLength} codes per list, ${LIMITS.scoreRows} economies × years per score request, ${LIMITS.responseChars / 2 ** 20} Mi characters per answer, a ${LIMITS.bodyBytes}-byte body, a ${LIMITS.queryLength}-character query string. A year or range wholly outside the years the data cover is 404 no-data before any work. Heavy routes (scorecards, reports, complexity, simulation, input-output, diagnostics, aggregates) are computed by worker threads under \`chanye serve\`: when all are busy and the queue is full the answer is 503 busy with Retry-After, and a computation past the time limit (\`chanye serve --timeout\`, default 30 s) is stopped with 503 timeout.`,
      license: { name: 'MIT (code); data under the licences of their publishers', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    tags: [...new Set(routes.map((r) => r.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: {
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status', 'detail'],
          properties: {
            type: { type: 'string', enum: Object.keys(PROBLEM_TYPES).map((t) => `/problems/${t}`) },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            instance: { type: 'string', description: 'the request path (never the query)' },
            details: { type: 'array', items: { type: 'string' } },
            invalid_params: {
              type: 'array',
              items: {
                type: 'object',
                required: ['name', 'reason'],
                properties: { name: { type: 'string' }, reason: { type: 'string' } },
              },
            },
          },
        },
      },
    },
  };
}
