import { z } from 'zod';
import { LIMITS } from '../limits.js';
import { count, Format, LIMIT, Year } from './common.js';

/**
 * A scenario of the catalogue by id (catalog/scenarios/ID.yaml; see /api/scenarios). The
 * syntax admits no path: scenario files are for the CLI only.
 */
export const ScenarioId = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,60}$/, 'expected a scenario id such as baseline (see /api/scenarios)')
  .meta({ description: 'a scenario of the catalogue (see /api/scenarios); default baseline', examples: ['baseline'] });

export const ScenariosQuery = z.strictObject({ format: Format.optional() });

export const SimulationQuery = z.strictObject({
  scenario: ScenarioId.optional(),
  to: Year.transform((to, ctx) => {
    if (to > LIMITS.simulationTo) {
      ctx.issues.push({
        code: 'custom',
        input: to,
        params: LIMIT,
        message: `simulations run to ${LIMITS.simulationTo} at the latest (asked for ${to})`,
      });
    }
    return to;
  })
    .optional()
    .meta({ description: `last simulated year (default 2035, at most ${LIMITS.simulationTo})`, examples: ['2035'] }),
  draws: count(1, 100000, LIMITS.simulationDraws)
    .optional()
    .meta({ description: `Monte Carlo draws (default 1000, at most ${LIMITS.simulationDraws})` }),
  seed: count(0, 2 ** 32 - 1)
    .optional()
    .meta({ description: 'random seed (default 1; same seed, same numbers)' }),
  format: Format.optional().meta({
    description:
      'json (default: as `chanye simulate --format json`) or csv (the fan charts, tidy long, as `--format csv`)',
  }),
});
