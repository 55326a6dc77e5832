/**
 * autocannon (the HTTP load generator of the API benches) with the part of its result the
 * benches read typed: it ships no type declarations.
 *
 * @module
 */
// @ts-expect-error -- no declaration file
import autocannonUntyped from 'autocannon';

export interface Histogram {
  average: number;
  mean: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

export interface AutocannonResult {
  requests: Histogram & { total: number };
  latency: Histogram;
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
}

export const autocannon = autocannonUntyped as (options: Record<string, unknown>) => Promise<AutocannonResult>;
