import { z } from 'zod';
import { EPS_SLOWDOWN, type SlowdownIncomeFloor } from '@chanye/compute';
import { DEINDUSTRIALIZATION_MEASURES, DIAGNOSTICS } from '@chanye/engine';
import { count, Flag, Format, IndicatorId, Economy, JsonOnly, Lang, list, Year, yearRange } from './common.js';

const DiagnosticId = z.string().regex(/^[a-z-]{1,40}$/, 'expected a diagnostic id such as petty-clark');

export const DiagnosticsListQuery = z.strictObject({ format: JsonOnly.optional() });

export const DiagnoseQuery = z.strictObject({
  only: list(DiagnosticId, 'diagnostic ids')
    .optional()
    .meta({ description: `only these diagnostics: ${DIAGNOSTICS.map((d) => d.id).join(', ')} (default all)` }),
  year: Year.optional().meta({ description: 'judge the economy as of this year (default: latest data)' }),
  period: yearRange({ allowSingle: false, strict: true })
    .optional()
    .meta({ description: 'period A:B (A before B) for structural change and demand' }),
  lang: Lang.optional().meta({ description: 'language of statements in CSV (default en)' }),
  graduates: list(Economy, 'ISO3 codes or economy names')
    .optional()
    .meta({ description: 'graduates-vs-stalled: economies compared besides the default graduates' }),
  stalled: list(Economy, 'ISO3 codes or economy names')
    .optional()
    .meta({ description: 'graduates-vs-stalled: economies compared besides the default stalled group' }),
  onlyListed: Flag.optional().meta({
    description:
      'graduates-vs-stalled: graduates and stalled replace the default groups instead of adding to them (a group not given keeps its members)',
  }),
  measure: list(IndicatorId, 'indicator ids')
    .optional()
    .meta({
      description: `deindustrialization: only these shares: ${DEINDUSTRIALIZATION_MEASURES.map((m) => m.indicator).join(', ')}`,
    }),
  minRun: count(1, 20)
    .optional()
    .meta({ description: 'petty-clark: consecutive years services must lead industry (1-20, default 3)' }),
  incomeFloor: z
    .enum(EPS_SLOWDOWN.incomeFloors2005.map(String) as [string, ...string[]])
    .transform((v) => EPS_SLOWDOWN.incomeFloors2005.find((f) => String(f) === v) as SlowdownIncomeFloor)
    .optional()
    .meta({
      description:
        'slowdowns: GDP per capita floor in 2005 international dollars, 10000 (Eichengreen, Park and Shin 2012, default) or 7500 (their lower check)',
    }),
  format: Format.optional(),
});
