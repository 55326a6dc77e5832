import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { ChanyeError } from '@chanye/compute';

const ReferenceValuesSchema = z.strictObject({
  version: z.literal(1),
  values: z.array(
    z.strictObject({
      id: z.string().regex(/^[a-z][a-z0-9_]*$/),
      value: z.number(),
      unit: z.string().min(3),
      source: z.string().min(20),
      used_by: z.string().min(3),
    }),
  ),
});
export type ReferenceValue = z.infer<typeof ReferenceValuesSchema>['values'][number];

/** Reads `catalog/reference-values.yaml`: published constants methods use, each with its source. */
export function loadReferenceValues(path: string): ReferenceValue[] {
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ChanyeError('invalid-input', `cannot read ${path}: ${(error as Error).message}`);
  }
  const parsed = ReferenceValuesSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ChanyeError(
      'invalid-input',
      `${path} does not match the reference values schema`,
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    );
  }
  return parsed.data.values;
}
