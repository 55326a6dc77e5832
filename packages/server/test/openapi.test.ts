import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '@chanye/store';
import { ROUTE_DOCS } from '@chanye/server';
import { openSnapshotStore, testApp } from './helpers.js';

interface Operation {
  operationId: string;
  summary: string;
  parameters: { name: string; in: string; required: boolean; schema: Record<string, unknown> }[];
  responses: Record<string, { description: string; content?: Record<string, unknown> }>;
}

let store: Store;
let doc: { openapi: string; info: { title: string }; paths: Record<string, { get: Operation }> };
let app: ReturnType<typeof testApp>;
beforeAll(async () => {
  store = await openSnapshotStore();
  app = testApp(store);
  const res = await app.request('/openapi.json');
  expect(res.status).toBe(200);
  doc = (await res.json()) as typeof doc;
});
afterAll(() => store.close());

const toOpenApi = (path: string): string => path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

describe('/openapi.json', () => {
  it('is OpenAPI 3.1 with unique operation ids', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toBe('Chanye API');
    const ids = Object.values(doc.paths).map((p) => p.get.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('documents every GET route the app serves, and nothing it does not', () => {
    const served = new Set(
      app.routes
        .filter((r) => r.method === 'GET' && r.path !== '/' && r.path !== '/*' && r.path !== '*')
        .map((r) => toOpenApi(r.path)),
    );
    expect(new Set(Object.keys(doc.paths))).toEqual(served);
  });

  it('documents every path parameter and every query parameter of the zod schemas', () => {
    for (const route of ROUTE_DOCS) {
      const op = doc.paths[toOpenApi(route.path)]?.get as Operation;
      const pathParams = [...route.path.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]);
      expect(op.parameters.filter((p) => p.in === 'path').map((p) => p.name)).toEqual(pathParams);
      expect(op.parameters.filter((p) => p.in === 'query').map((p) => p.name)).toEqual(
        Object.keys(route.query?.shape ?? {}),
      );
      for (const p of op.parameters) {
        expect(p.schema, `${route.path} ${p.name}`).toBeTypeOf('object');
        if (p.in === 'path') expect(p.required).toBe(true);
      }
    }
  });

  it('gives each route a 200 and problem+json errors; CSV where the route has it', () => {
    for (const route of ROUTE_DOCS) {
      const op = doc.paths[toOpenApi(route.path)]?.get as Operation;
      expect(op.responses['200']?.description).toBeTruthy();
      expect(Object.keys(op.responses['400']?.content ?? {})).toEqual(['application/problem+json']);
      expect(op.responses['500']).toBeDefined();
      expect('text/csv' in (op.responses['200']?.content ?? {})).toBe(route.csv);
    }
  });

  it('states required parameters and limits from the schemas', () => {
    const observations = doc.paths['/api/observations']?.get as Operation;
    expect(observations.parameters.find((p) => p.name === 'indicator')?.required).toBe(true);
    expect(observations.parameters.find((p) => p.name === 'years')?.required).toBe(false);
    const scores = doc.paths['/api/scores']?.get as Operation;
    expect(JSON.stringify(scores.parameters.find((p) => p.name === 'sensitivity'))).toContain('at most 1000');
    expect(scores.parameters.find((p) => p.name === 'method')?.schema).toMatchObject({
      enum: expect.arrayContaining(['entropy-topsis', 'pca-arithmetic']),
    });
  });
});
