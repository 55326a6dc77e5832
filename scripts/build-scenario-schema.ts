/**
 * Writes catalog/scenarios/scenario.schema.json from the zod schema of scenario files
 * (`npm run build:scenario-schema`); a test fails when the committed file differs.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { scenarioJsonSchema } from '../packages/engine/src/simulation/scenario.ts';

const target = resolve(fileURLToPath(new URL('..', import.meta.url)), 'catalog', 'scenarios', 'scenario.schema.json');
writeFileSync(
  target,
  await format(JSON.stringify(scenarioJsonSchema()), { ...(await resolveConfig(target)), filepath: target }),
);
process.stdout.write(`wrote ${target}\n`);
