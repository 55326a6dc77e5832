/**
 * The API's answers as the dashboard receives them, derived from the server's route types
 * (`AppType` of @chanye/server, through hono's typed client), so a change of payload shape
 * fails the dashboard's type check. Types only: the dashboard ships without a bundler, so
 * nothing of hono or the server is loaded at run time (`import type` is erased by tsc).
 *
 * @module
 */
import type { AppType } from '@chanye/server';
import type { hc, InferResponseType } from 'hono/client';

/** The `/api` routes as hono's typed client sees them (`hc<AppType>`, never called). */
type Api = ReturnType<typeof hc<AppType>>['api'];

/** The JSON of a GET route's 200 answer. */
type Ok<Get> = InferResponseType<Get, 200>;

/** GET /api/economies */
export type EconomiesAnswer = Ok<Api['economies']['$get']>;
/** GET /api/economies/:iso3/profile */
export type ProfileAnswer = Ok<Api['economies'][':iso3']['profile']['$get']>;
/** GET /api/economies/:iso3/arrays */
export type ArraysAnswer = Ok<Api['economies'][':iso3']['arrays']['$get']>;
/** GET /api/benchmark-groups */
export type BenchmarkGroupsAnswer = Ok<Api['benchmark-groups']['$get']>;
/** GET /api/indicators/:id */
export type IndicatorAnswer = Ok<Api['indicators'][':id']['$get']>;
/** GET /api/observations */
export type ObservationsAnswer = Ok<Api['observations']['$get']>;
/** GET /api/scores */
export type ScoresAnswer = Ok<Api['scores']['$get']>;
/** GET /api/complexity (one table: its `rows` are keyed by `columns`, which the route does not type) */
export type ComplexityAnswer = Ok<Api['complexity']['$get']>;
/** GET /api/complexity/product-space */
export type ProductSpaceAnswer = Ok<Api['complexity']['product-space']['$get']>;
/** GET /api/io/economies */
export type IoEconomiesAnswer = Ok<Api['io']['economies']['$get']>;
/** GET /api/economies/:iso3/io/security */
export type IoSecurityAnswer = Ok<Api['economies'][':iso3']['io']['security']['$get']>;
/** GET /api/scenarios */
export type ScenariosAnswer = Ok<Api['scenarios']['$get']>;
/** GET /api/simulation/economies */
export type SimulationEconomiesAnswer = Ok<Api['simulation']['economies']['$get']>;
/** GET /api/economies/:iso3/simulation */
export type SimulationAnswer = Ok<Api['economies'][':iso3']['simulation']['$get']>;
