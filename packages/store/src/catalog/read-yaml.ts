import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { z } from 'zod';
import { ChanyeError } from '@chanye/compute';

/**
 * Reads a YAML data file and validates it against `schema`. A file that cannot be read or
 * parsed, or does not match, fails with the file's path and, for a mismatch, one line per
 * problem naming its place in the file (e.g. `indicators.12.unit: …`).
 */
export function readValidatedYaml<T>(path: string, schema: z.ZodType<T>, what: string): T {
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ChanyeError('invalid-input', `cannot read ${what} ${path}: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new ChanyeError(
      'invalid-input',
      `${path} does not match the ${what} schema`,
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    );
  }
  return parsed.data;
}
