import { z } from 'zod';
import { LIMITS } from '../limits.js';
import { count, Lang, Year } from './common.js';
import { Peers } from './scores.js';

export const ReportQuery = z.strictObject({
  lang: Lang.optional().meta({ description: 'en (default) or zh' }),
  year: Year.optional().meta({
    description:
      'year of the scorecards and of the diagnostics (default: the latest year with adequate coverage for the scorecards, latest data for the diagnostics)',
  }),
  format: z.enum(['html', 'md', 'json']).optional().meta({ description: 'html (default), md (Markdown) or json' }),
  peers: Peers.optional(),
  sensitivity: count(1, 100000, LIMITS.sensitivityDraws)
    .optional()
    .meta({
      description: `Monte Carlo draws for the rank intervals (default 200), at most ${LIMITS.sensitivityDraws}`,
    }),
  seed: count(0, 2 ** 32 - 1)
    .optional()
    .meta({ description: 'seed of the Monte Carlo draws (default 1)' }),
});
