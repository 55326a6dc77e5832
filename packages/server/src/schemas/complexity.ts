import { z } from 'zod';
import { TRADE_DATASETS } from '@chanye/store';
import { COMPLEXITY_TABLES, PRESENCE_NAMES } from '@chanye/engine';
import { LIMITS } from '../limits.js';
import { count, Flag, Format, Economy } from './common.js';

const Threshold = z
  .string()
  .regex(/^\d{1,6}(\.\d{1,12})?$/, 'expected a positive number, e.g. 1')
  .transform(Number)
  .refine((n) => n > 0, 'expected a positive number, e.g. 1');

export const ComplexityQuery = z
  .strictObject({
    dataset: z
      .enum(Object.keys(TRADE_DATASETS) as [keyof typeof TRADE_DATASETS, ...(keyof typeof TRADE_DATASETS)[]])
      .meta({
        description: `snapshot trade data: ${Object.keys(TRADE_DATASETS).join(', ')} (user files are CLI only)`,
      }),
    table: z.enum(COMPLEXITY_TABLES).optional().meta({
      description:
        'economies (default: ECI, diversity, COI, EXPY), products (PCI, ubiquity, PRODY) or economy-products (RCA, density, COG; needs location)',
    }),
    location: Economy.optional().meta({ description: 'economy-products: the one economy whose row to return' }),
    presence: z
      .enum(Object.keys(PRESENCE_NAMES) as [keyof typeof PRESENCE_NAMES, ...(keyof typeof PRESENCE_NAMES)[]])
      .optional()
      .meta({ description: 'rca (default), rpop, both (rca or rpop), rca-and-rpop or manual' }),
    threshold: Threshold.optional().meta({ description: 'RCA threshold of presence (default 1)' }),
    rpopThreshold: Threshold.optional().meta({ description: 'RPOP threshold of presence (default 1)' }),
    continuous: Flag.optional().meta({ description: 'continuous proximity instead of co-occurrence' }),
    asymmetric: Flag.optional().meta({ description: 'conditional-probability proximity' }),
    knn: count(1, 100000, LIMITS.knn)
      .optional()
      .meta({ description: `density over each product’s k nearest neighbours only (at most ${LIMITS.knn})` }),
    convention: z
      .enum(['py-ecomplexity', 'stata'])
      .optional()
      .meta({ description: 'py-ecomplexity (default) or stata' }),
    atlasFilter: Flag.optional().meta({ description: 'drop economies as the Atlas of Economic Complexity does' }),
    format: Format.optional(),
  })
  .superRefine((q, ctx) => {
    if (q.table === 'economy-products' && q.location === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['location'],
        params: { limit: true },
        message: 'table=economy-products needs location=ISO3 (the whole table has economies × products rows)',
      });
    }
  });

export const ProductSpaceQuery = z.strictObject({
  dataset: z
    .enum(Object.keys(TRADE_DATASETS) as [keyof typeof TRADE_DATASETS, ...(keyof typeof TRADE_DATASETS)[]])
    .meta({ description: `snapshot trade data: ${Object.keys(TRADE_DATASETS).join(', ')}` }),
  atlasFilter: Flag.optional().meta({ description: 'drop economies as the Atlas of Economic Complexity does' }),
  format: Format.optional().meta({ description: 'json (default: nodes and links) or csv (the nodes)' }),
});
