import { z } from 'zod';
import { SCORE_METHODS } from '@chanye/engine';
import { LIMITS } from '../limits.js';
import { count, Flag, Format, Economy, Lang, list, Year, yearRange } from './common.js';

/** A framework id (checked against catalog/frameworks.yaml by the engine: unknown is 422). */
const FrameworkId = z.string().regex(/^[a-z0-9-]{1,40}$/, 'expected a framework id such as characteristics');

/** A peer set: all, L, LM, UM, H, region:NAME, a benchmark group id or ISO3 codes (checked by the engine). */
export const Peers = z
  .string()
  .max(200)
  .regex(/^[\p{L}\p{N} &,.:()'-]+$/u, 'expected all, L, LM, UM, H, region:NAME, graduates, stalled or ISO3,ISO3,…')
  .meta({
    description: 'units ranked together: all (default), L, LM, UM, H, region:NAME, graduates, stalled, or ISO3,ISO3,…',
  });

const Window = count(0, 20).meta({
  description:
    'half-width of the window: the value nearest the year within ± this many years stands in when the year has none; ties take the earlier year (default 2)',
});

/** How economies below 1 million people are ranked (docs/methods/composite-indices.md, "Small economies"). */
const Small = z.enum(['separate', 'together']).meta({
  description:
    'economies below 1 million people: separate (default; ranked in a list of their own, as UNIDO’s CIP and the Atlas of Economic Complexity do) or together (one ranking)',
});

const Outliers = z.enum(['none', 'winsorise-log']).meta({
  description:
    'outlier treatment before normalization (default winsorise-log, as COINr does: winsorise up to 5 points, else log; none leaves the values as published)',
});

export const ScoresQuery = z
  .strictObject({
    economies: list(Economy, 'ISO3 codes or economy names')
      .optional()
      .meta({ description: 'economies to report (or all=true)' }),
    all: Flag.optional().meta({ description: 'report every economy' }),
    offset: count(0, 100000).optional().meta({
      description:
        'page through the economies asked for (all=true: in the order of /api/economies): skip this many (default 0)',
    }),
    limit: count(1, 100000)
      .optional()
      .meta({ description: 'page through the economies asked for: at most this many (default all)' }),
    year: Year.optional().meta({
      description: 'one year (default: the latest year with adequate coverage of the framework)',
    }),
    years: yearRange()
      .optional()
      .meta({ description: `a range of years A:B, each scored separately, at most ${LIMITS.yearSpan}` }),
    framework: FrameworkId.optional().meta({
      description: 'characteristics (default), four-systems, new-four or three-sector',
    }),
    method: z
      .enum(Object.keys(SCORE_METHODS) as [keyof typeof SCORE_METHODS, ...(keyof typeof SCORE_METHODS)[]])
      .optional()
      .meta({ description: 'weighting and aggregation (default entropy-topsis)' }),
    normalization: z
      .enum(['min-max', 'z-score', 'distance-to-frontier', 'vector'])
      .optional()
      .meta({ description: 'default min-max' }),
    peers: Peers.optional(),
    sensitivity: count(1, 100000, LIMITS.sensitivityDraws)
      .optional()
      .meta({ description: `Monte Carlo draws for rank intervals, at most ${LIMITS.sensitivityDraws}` }),
    seed: count(0, 2 ** 32 - 1)
      .optional()
      .meta({ description: 'seed of the Monte Carlo draws (default 1)' }),
    outliers: Outliers.optional(),
    window: Window.optional(),
    small: Small.optional(),
    format: Format.optional(),
  })
  .superRefine((q, ctx) => {
    if (q.economies === undefined && q.all !== true) {
      ctx.addIssue({ code: 'custom', path: ['economies'], message: 'name economies or pass all=true' });
    }
    if (q.year !== undefined && q.years !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['years'], message: 'give either year or years, not both' });
    }
    const span = q.years ? q.years[1] - q.years[0] + 1 : 1;
    if (q.sensitivity !== undefined && span * q.sensitivity > LIMITS.sensitivityWork) {
      ctx.addIssue({
        code: 'custom',
        path: ['sensitivity'],
        params: { limit: true },
        message: `years × draws at most ${LIMITS.sensitivityWork} (asked for ${span} × ${q.sensitivity})`,
      });
    }
  });

/** The scorecard settings `explain` and `validity` share with `/api/scores` (one year, no Monte Carlo). */
const OneYearScorecard = {
  year: Year.optional().meta({
    description: 'one year (default: the latest year with adequate coverage of the framework)',
  }),
  framework: FrameworkId.optional().meta({
    description: 'characteristics (default), four-systems, new-four or three-sector',
  }),
  method: z
    .enum(Object.keys(SCORE_METHODS) as [keyof typeof SCORE_METHODS, ...(keyof typeof SCORE_METHODS)[]])
    .optional()
    .meta({ description: 'weighting and aggregation (default entropy-topsis)' }),
  normalization: z
    .enum(['min-max', 'z-score', 'distance-to-frontier', 'vector'])
    .optional()
    .meta({ description: 'default min-max' }),
  peers: Peers.optional(),
  window: Window.optional(),
  format: Format.optional(),
};

export const ExplainQuery = z.strictObject({ ...OneYearScorecard, small: Small.optional() });

export const ValidityQuery = z.strictObject({
  ...OneYearScorecard,
  small: Small.optional(),
  eciYear: Year.optional().meta({
    description: 'take the ECI from this year’s product trade data (default: the scored year; 1980, 2000 or 2017)',
  }),
});

/** `GET /api/scores/audit`: one framework and year, every scored economy. */
export const AuditQuery = z.strictObject({
  ...OneYearScorecard,
  year: Year.optional().meta({
    description: 'the year audited (default: the latest year with adequate coverage of the framework)',
  }),
  outliers: Outliers.optional(),
});

export const CouplingQuery = z.strictObject({
  framework: FrameworkId.optional().meta({
    description: 'new-four (default), three-sector, four-systems or characteristics',
  }),
  years: yearRange()
    .optional()
    .meta({ description: `range of years (default 2000:2019), at most ${LIMITS.yearSpan}` }),
  peers: Peers.optional(),
  weighting: z
    .enum(['equal', 'entropy'])
    .optional()
    .meta({ description: 'indicator weights within a subsystem (default equal)' }),
  window: Window.optional(),
  lang: Lang.optional().meta({ description: 'language of the band names in CSV (default en)' }),
  format: Format.optional(),
});
