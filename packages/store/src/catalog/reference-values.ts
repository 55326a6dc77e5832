import { z } from 'zod';
import { readValidatedYaml } from './read-yaml.js';

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
  return readValidatedYaml(path, ReferenceValuesSchema, 'reference values').values;
}
