import { isChanyeError, type ChanyeErrorKind } from '@chanye/compute';

/**
 * Problem types of the API (RFC 9457). Each `type` is a relative URI (`/problems/<id>`) that
 * the server itself answers with the description below, so a client can look one up.
 */
export const PROBLEM_TYPES = {
  'bad-request': {
    status: 400,
    title: 'Malformed request',
    description:
      'A parameter is missing, unknown, repeated or not in the expected syntax (e.g. years=1990-2019 instead of 1990:2019).',
  },
  'not-found': {
    status: 404,
    title: 'Not found',
    description: 'The request names an economy, indicator, resource or route that does not exist.',
  },
  'no-data': {
    status: 404,
    title: 'No data',
    description:
      'The request is valid, but the data has no value that answers it (e.g. an indicator in years before its series begins). `details` says which years do have data where the engine knows.',
  },
  'method-not-allowed': {
    status: 405,
    title: 'Method not allowed',
    description: 'The API is read-only: every resource answers GET (and HEAD) only.',
  },
  'not-acceptable': {
    status: 406,
    title: 'Not acceptable',
    description: 'The resource has no representation in the requested format.',
  },
  'misdirected-request': {
    status: 421,
    title: 'Host not allowed',
    description:
      'The Host header names a host this server does not answer for (a defence against DNS rebinding). Allow it with `chanye serve --allowed-hosts` or the allowedHosts option of createApp.',
  },
  'payload-too-large': {
    status: 413,
    title: 'Request body too large',
    description: 'The request carries a body larger than the server accepts.',
  },
  'uri-too-long': {
    status: 414,
    title: 'URI too long',
    description: 'The path or query string is longer than the server accepts.',
  },
  'invalid-request': {
    status: 422,
    title: 'Invalid request',
    description:
      'The request is well formed but the engine cannot carry it out as asked (e.g. an unknown framework, peer set or diagnostic, or an option value out of range).',
  },
  'limit-exceeded': {
    status: 422,
    title: 'Request too expensive',
    description:
      'A parameter exceeds a limit that keeps requests cheap enough to serve (sensitivity draws, span of years, length of a list); see /openapi.json for each limit. The CLI has no such limits.',
  },
  'not-implemented': {
    status: 501,
    title: 'Not implemented',
    description: 'The resource is part of the API but not available in this build.',
  },
  unavailable: {
    status: 503,
    title: 'Service unavailable',
    description: 'A live data service the request needs could not be reached.',
  },
  busy: {
    status: 503,
    title: 'Server busy',
    description:
      'Every worker that computes heavy answers (scorecards, reports, complexity, simulation, input-output, diagnostics) is busy and the queue is full. Retry after the seconds the Retry-After header gives.',
  },
  timeout: {
    status: 503,
    title: 'Computation timed out',
    description:
      'The answer took longer than the server allows one request (`chanye serve --timeout`) and its computation was stopped. Ask for less (fewer economies, years or draws), or run the same command with the CLI, which has no time limit.',
  },
  'internal-error': {
    status: 500,
    title: 'Internal error',
    description: 'A bug in Chanye. The response never carries internal details; the server log has the request line.',
  },
} as const satisfies Record<string, { status: number; title: string; description: string }>;

export type ProblemType = keyof typeof PROBLEM_TYPES;

/** One invalid parameter of a 400 or 422 answer. */
export interface InvalidParam {
  readonly name: string;
  readonly reason: string;
}

/** The body of an error response (RFC 9457 `application/problem+json`). */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  /** The path of the request (never its query, which may hold the offending values). */
  readonly instance?: string;
  /** Extra lines from the engine, e.g. the years that do have data. */
  readonly details?: readonly string[];
  /** Invalid parameters, for 400 and 422 answers from parameter validation. */
  readonly invalid_params?: readonly InvalidParam[];
}

/**
 * The one error type that crosses into HTTP: a problem type, a detail for people, and the
 * optional extensions. Thrown by validators and routes; rendered by the app's error handler.
 *
 * @example
 * throw new ProblemError('limit-exceeded', 'sensitivity: at most 1000 draws');
 */
export class ProblemError extends Error {
  constructor(
    readonly problemType: ProblemType,
    detail: string,
    readonly extensions: Pick<Problem, 'details' | 'invalid_params'> = {},
  ) {
    super(detail);
    this.name = 'ProblemError';
  }

  get status(): number {
    return PROBLEM_TYPES[this.problemType].status;
  }
}

/**
 * How the engine's error kinds map to problems:
 * - `not-found` (unknown economy, indicator) → 404 not-found;
 * - `invalid-input` (a well-formed value the engine rejects: unknown framework, peer set,
 *   diagnostic, measure) → 422 invalid-request, since the syntax was already checked (400);
 * - `no-data` (valid request, nothing answers it) → 404 no-data;
 * - `unavailable` (a live service unreachable) → 503.
 */
export const KIND_TO_PROBLEM: Readonly<Record<ChanyeErrorKind, ProblemType>> = {
  'not-found': 'not-found',
  'invalid-input': 'invalid-request',
  'no-data': 'no-data',
  unavailable: 'unavailable',
};

/** Messages written for a terminal name options as flags (`--year`); the API calls them parameters. */
function apiWording(message: string): string {
  return message.replace(/--([a-z][a-z-]*)/g, (_, name: string) =>
    name.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase()),
  );
}

/** Caps echoed text, so a huge or hostile value is never reflected back whole. */
function capped(text: string, max = 500): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

/** Builds the problem for any thrown value; anything unknown is a 500 without internals. */
export function toProblem(error: unknown, instance: string): Problem {
  if (error instanceof ProblemError) {
    return build(error.problemType, error.message, instance, error.extensions);
  }
  if (isChanyeError(error)) {
    return build(KIND_TO_PROBLEM[error.kind], apiWording(error.message), instance, {
      ...(error.details.length > 0 ? { details: error.details.slice(0, 50).map((d) => capped(apiWording(d))) } : {}),
    });
  }
  return build('internal-error', 'The server could not answer this request.', instance, {});
}

export function build(
  type: ProblemType,
  detail: string,
  instance: string,
  extensions: Pick<Problem, 'details' | 'invalid_params'>,
): Problem {
  const { status, title } = PROBLEM_TYPES[type];
  return {
    type: `/problems/${type}`,
    title,
    status,
    detail: capped(detail),
    instance: capped(instance, 200),
    ...extensions,
  };
}

/** A problem as an HTTP response with `Content-Type: application/problem+json`. */
export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', ...headers },
  });
}
