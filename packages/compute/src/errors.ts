/**
 * The one error type that reaches a user. The CLI prints `message` (never a stack) and exits
 * with `exitCode`; the HTTP API maps `kind` to a 4xx problem+json.
 */
export type ChanyeErrorKind =
  /** The caller named something that does not exist (economy, indicator, file). */
  | 'not-found'
  /** The caller's input is malformed (option value, file contents). */
  | 'invalid-input'
  /** The request is valid but no data answers it. */
  | 'no-data'
  /** A live connector could not reach its service. */
  | 'unavailable';

/** Exit codes of the CLI by error kind (documented in `chanye --help`). */
export const EXIT_CODES: Readonly<Record<ChanyeErrorKind, number>> = {
  'not-found': 2,
  'invalid-input': 2,
  'no-data': 3,
  unavailable: 4,
};

export class ChanyeError extends Error {
  readonly kind: ChanyeErrorKind;
  /** Extra lines a user may need, e.g. row-numbered problems of an import. */
  readonly details: readonly string[];

  constructor(kind: ChanyeErrorKind, message: string, details: readonly string[] = []) {
    super(message);
    this.name = 'ChanyeError';
    this.kind = kind;
    this.details = details;
  }
}

/** Whether `error` is a {@link ChanyeError} (also across duplicated module instances). */
export function isChanyeError(error: unknown): error is ChanyeError {
  return error instanceof Error && error.name === 'ChanyeError' && 'kind' in error;
}
