import { ChanyeError } from '@chanye/compute';

/** How many problems an import error lists before it only counts the rest. */
export const MAX_LISTED_PROBLEMS = 20;

/**
 * Problems found in one file. A user fixing a spreadsheet wants to see many problems at
 * once, not one per run, but a file with a broken column would otherwise print a million
 * lines; so the first {@link MAX_LISTED_PROBLEMS} are listed and the rest counted.
 */
export class ProblemList {
  private readonly listed: string[] = [];
  private total = 0;

  constructor(private readonly file: string) {}

  add(problem: string): void {
    this.total += 1;
    if (this.listed.length < MAX_LISTED_PROBLEMS) this.listed.push(problem);
  }

  get count(): number {
    return this.total;
  }

  /** Throws one `invalid-input` error, `FILE: N problems`, when anything was added. */
  throwIfAny(): void {
    if (this.total > 0) throw problemsError(this.file, this.total, this.listed);
  }
}

/** The error for `count` problems of `file`, listing `listed` and counting the rest. */
export function problemsError(file: string, count: number, listed: readonly string[]): ChanyeError {
  const rest = count - listed.length;
  const details = rest > 0 ? [...listed, `… and ${rest} more`] : [...listed];
  return new ChanyeError('invalid-input', `${file}: ${count} ${count === 1 ? 'problem' : 'problems'}`, details);
}

/** A single problem that stops reading a file, e.g. an unclosed quote. */
export function fileProblem(file: string, problem: string): ChanyeError {
  return problemsError(file, 1, [problem]);
}
