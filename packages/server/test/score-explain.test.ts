import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scorecardPolicy } from '@chanye/compute';
import { type Store } from '@chanye/store';
import { DEFAULT_SCORE_WINDOW, explainRank, scoreValidity } from '@chanye/engine';
import { runCli } from '../../cli/test/run-cli.js';
import { openSnapshotStore, testApp } from './helpers.js';

let store: Store;
let app: ReturnType<typeof testApp>;
beforeAll(async () => {
  store = await openSnapshotStore();
  app = testApp(store);
});
afterAll(() => store.close());

const wire = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const cli = async (args: string[]): Promise<string> => {
  const result = await runCli(args);
  expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
  return result.stdout;
};
const settings = {
  framework: 'characteristics',
  year: 2017,
  peers: 'all',
  window: DEFAULT_SCORE_WINDOW,
  policy: scorecardPolicy(),
};

describe('GET /api/economies/:iso3/scores/explain', () => {
  it('is the library’s and the CLI’s explanation, in JSON and CSV', async () => {
    const library = wire(await explainRank(store, { ...settings, iso3: 'KOR' }));
    const res = await app.request('/api/economies/KOR/scores/explain?year=2017');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(library);
    expect(JSON.parse(await cli(['score', 'KOR', '--explain', '--year', '2017', '--format', 'json']))).toEqual(library);
    const csv = await app.request('/api/economies/KOR/scores/explain?year=2017&format=csv');
    expect(await csv.text()).toBe(await cli(['score', 'KOR', '--explain', '--year', '2017', '--format', 'csv']));
  });

  it('answers 404 no-data with the reason for an economy not scored that year, 400 for a bad method', async () => {
    const res = await app.request('/api/economies/MCO/scores/explain?year=2017');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(((await res.json()) as { detail: string }).detail).toMatch(/MCO is not scored on characteristics in 2017/);
    expect((await app.request('/api/economies/KOR/scores/explain?method=magic')).status).toBe(400);
  });
});

describe('GET /api/scores/validity', () => {
  it('is the library’s and the CLI’s report, in JSON and CSV', async () => {
    const library = wire(await scoreValidity(store, settings));
    const res = await app.request('/api/scores/validity?year=2017');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(library);
    expect(JSON.parse(await cli(['score', '--validity', '--year', '2017', '--format', 'json']))).toEqual(library);
    const csv = await app.request('/api/scores/validity?year=2017&format=csv');
    expect(await csv.text()).toBe(await cli(['score', '--validity', '--year', '2017', '--format', 'csv']));
  });

  it('rejects an ECI year without product trade data with 422 naming it', async () => {
    const res = await app.request('/api/scores/validity?year=2017&eciYear=1999');
    expect(res.status).toBe(422);
    expect(((await res.json()) as { detail: string }).detail).toContain('invalid eciYear: 1999');
  });
});
