import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { ChanyeError, suggest } from '@chanye/compute';
import { readValidatedYaml } from '@chanye/store';

const bound = { min: z.number().optional(), max: z.number().optional() };

/** How one lever moves (see `LeverPath` in @chanye/compute). */
export const LeverPathSchema = z
  .discriminatedUnion('path', [
    z.strictObject({ path: z.literal('hold') }).describe('stays at the last observed value'),
    z
      .strictObject({ path: z.literal('trend'), ...bound })
      .describe("continues the economy's own trailing 10-year annual change, bounded by min/max"),
    z
      .strictObject({ path: z.literal('target'), value: z.number(), by: z.number().int().min(1990).max(2100) })
      .describe('moves linearly from the last observed value to `value` in year `by`, then holds'),
    z
      .strictObject({ path: z.literal('annual_change'), value: z.number(), ...bound })
      .describe('changes by `value` a year (for co2_intensity: percent a year), bounded by min/max'),
  ])
  .describe('A policy assumption for one lever');

/** A scenario file: named policy assumptions for the levers (never data). */
export const ScenarioSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(1),
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    name_en: z.string().min(3),
    name_zh: z.string().min(2),
    description: z.string().min(10).describe('What the scenario assumes and why'),
    strategy: z.string().min(3).describe('The strategy of the source papers the scenario stands for'),
    reference: z.string().min(3).describe('Where the strategy is described'),
    levers: z.strictObject({
      rd_share_gdp: LeverPathSchema.describe('R&D expenditure, % of GDP'),
      investment_rate: LeverPathSchema.describe('gross capital formation, % of GDP at current PPPs (PWT csh_i)'),
      internet_users: LeverPathSchema.describe('internet users, % of population (digital foundation F)'),
      trade_openness: LeverPathSchema.describe('exports + imports, % of GDP'),
      co2_intensity: LeverPathSchema.describe('kg CO2 per 2021 PPP $ of GDP (annual_change in % a year)'),
    }),
    carbon_target: z
      .strictObject({
        year: z.number().int(),
        reduction_pct: z.number().min(0).max(100),
        from_year: z.number().int(),
      })
      .optional()
      .describe('A CO2-intensity constraint: reduce intensity by reduction_pct % from from_year by year'),
    atlas: z
      .strictObject({
        drift: z.number().optional().describe('annual log drift of Atlas GNI per capita beyond real growth'),
        threshold_growth: z.number().optional().describe('annual log growth of the high-income threshold'),
      })
      .optional()
      .describe('Overrides of the estimated Atlas-conversion assumptions'),
  })
  .describe('A Chanye simulation scenario (catalog/scenarios/*.yaml)');
export type Scenario = z.infer<typeof ScenarioSchema>;

/** The JSON Schema of scenario files (written to catalog/scenarios/scenario.schema.json by a script). */
export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    ...(z.toJSONSchema(ScenarioSchema, { io: 'input' }) as Record<string, unknown>),
    $id: 'https://chanye.dev/schemas/scenario.schema.json',
    title: 'Chanye simulation scenario',
  };
}

/** The scenario folder beside the catalogue. */
export function scenarioDir(catalogDir: string): string {
  return join(catalogDir, 'scenarios');
}

/** Ids of the bundled scenarios. */
export function listScenarios(catalogDir: string): string[] {
  const dir = scenarioDir(catalogDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => basename(f, '.yaml'))
    .sort();
}

/** Loads a bundled scenario by id, or a user's YAML/JSON file by path; validated against the schema. */
export function loadScenario(catalogDir: string, nameOrPath: string): Scenario {
  const isPath = /[/\\]|\.(ya?ml|json)$/i.test(nameOrPath);
  if (isPath) {
    if (!existsSync(nameOrPath)) throw new ChanyeError('not-found', `scenario file not found: ${nameOrPath}`);
    return readValidatedYaml(nameOrPath, ScenarioSchema, 'scenario');
  }
  const known = listScenarios(catalogDir);
  if (!known.includes(nameOrPath)) {
    const hints = suggest(nameOrPath, known);
    throw new ChanyeError(
      'not-found',
      `unknown scenario '${nameOrPath}'${hints.length > 0 ? ` — did you mean ${hints.join(' or ')}?` : ''} (bundled: ${known.join(', ')}; or give a file path)`,
    );
  }
  return readValidatedYaml(join(scenarioDir(catalogDir), `${nameOrPath}.yaml`), ScenarioSchema, 'scenario');
}
