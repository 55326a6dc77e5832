import type { Command } from 'commander';
import {
  ChanyeError,
  DEFAULT_SCORECARD_POLICY,
  scorecardPolicy,
  NORMALIZATIONS,
  OUTLIER_TREATMENTS,
  type NormalizationName,
  type OutlierTreatmentName,
} from '@chanye/compute';
import {
  auditJson,
  auditScorecard,
  defaultScoreYear,
  explainRank,
  requireScores,
  scoreValidity,
  SCORE_COLUMNS,
  VALIDITY_COLUMNS,
  validityRows,
  SCORE_METHODS,
  SMALL_ECONOMIES,
  DEFAULT_SCORE_WINDOW,
  scoreEconomies,
  scoreJson,
  scoreRows,
  AUDIT_COLUMNS,
  auditRows,
  EXPLAIN_COLUMNS,
  explainRows,
  type ScoreMethod,
  type ScoreRow,
  type ScoreYear,
  type SmallEconomies,
} from '@chanye/engine';
import { emitData } from '../output/write.js';
import { toTable } from '../output/format.js';
import { renderExplanation } from './score-explain.js';
import { renderValidity } from './score-validity.js';
import { parseYear, parseYears, withOutputOptions, withStore, type OutputOptions } from '../context.js';
import { renderAudit } from './score-audit.js';

/** A Monte Carlo rank quantile, which can fall between two ranks: at most one decimal. */
function rankText(rank: number | null): string {
  return rank === null ? '' : String(Math.round(rank * 10) / 10);
}

function parseMethod(value: string): ScoreMethod {
  if (value in SCORE_METHODS) return value as ScoreMethod;
  throw new ChanyeError(
    'invalid-input',
    `invalid --method: ${value} (expected one of ${Object.keys(SCORE_METHODS).join(', ')})`,
  );
}

function parseNormalization(value: string): NormalizationName {
  if (
    (NORMALIZATIONS as readonly string[]).includes(value) &&
    value !== 'distance-to-reference' &&
    value !== 'goalposts'
  ) {
    return value as NormalizationName;
  }
  throw new ChanyeError(
    'invalid-input',
    `invalid --normalization: ${value} (expected min-max, z-score or distance-to-frontier)`,
  );
}

function parseOutliers(value: string): OutlierTreatmentName {
  if ((OUTLIER_TREATMENTS as readonly string[]).includes(value)) return value as OutlierTreatmentName;
  throw new ChanyeError('invalid-input', `invalid --outliers: ${value} (expected ${OUTLIER_TREATMENTS.join(' or ')})`);
}

function parseSmall(value: string): SmallEconomies {
  if ((SMALL_ECONOMIES as readonly string[]).includes(value)) return value as SmallEconomies;
  throw new ChanyeError('invalid-input', `invalid --small: ${value} (expected ${SMALL_ECONOMIES.join(' or ')})`);
}

/** The `--window` help shared by the scorecard commands. */
export const WINDOW_HELP =
  'take the value nearest the year within ± this many years when the year has none (ties: the earlier)';

export function parseCount(name: string, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0 || n > max)
      throw new ChanyeError('invalid-input', `invalid ${name}: ${value} (expected a whole number from 0 to ${max})`);
    return n;
  };
}

interface ScoreOptions extends OutputOptions {
  all?: boolean;
  audit?: boolean;
  outliers: OutlierTreatmentName;
  year?: number;
  years?: [number, number];
  framework: string;
  method: ScoreMethod;
  normalization: NormalizationName;
  peers: string;
  sensitivity?: number;
  seed: number;
  window: number;
  small: SmallEconomies;
  explain?: boolean;
  validity?: boolean;
  eciYear?: number;
}

/** 2000, 2001, 2002, 2005 → "2000-2002, 2005". */
function yearSpans(years: readonly number[]): string {
  const spans: [number, number][] = [];
  for (const y of [...years].sort((a, b) => a - b)) {
    const last = spans.at(-1);
    if (last && last[1] === y - 1) last[1] = y;
    else spans.push([y, y]);
  }
  return spans.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(', ');
}

function renderTable(rows: readonly ScoreRow[], years: readonly ScoreYear[]): string {
  const subsystems = years[0]?.framework.subsystems.map((s) => s.id) ?? [];
  const wide = new Map<string, Record<string, unknown>>();
  for (const r of rows) {
    const key = `${r.iso3}|${r.year}`;
    const row = wide.get(key) ?? { iso3: r.iso3, year: r.year };
    if (r.subsystem === 'overall') {
      Object.assign(row, {
        among: r.ranked_among,
        rank: r.rank,
        overall: r.score,
        ...(r.rank_p05 !== null ? { 'rank 5-95%': `${rankText(r.rank_p05)}-${rankText(r.rank_p95)}` } : {}),
        of: r.units,
      });
    } else row[r.subsystem] = r.score === null ? null : Number(r.score.toFixed(3));
    wide.set(key, row);
  }
  const ordered = [...wide.values()].sort(
    (a, b) =>
      (a['year'] as number) - (b['year'] as number) || ((a['rank'] as number) ?? 1e9) - ((b['rank'] as number) ?? 1e9),
  );
  const hasInterval = ordered.some((r) => 'rank 5-95%' in r);
  const columns = ['year', 'iso3', 'rank', ...(hasInterval ? ['rank 5-95%'] : []), 'of', 'overall', ...subsystems];
  const scored = ordered.filter((r) => r['rank'] !== null);
  const notScored = rows.filter((r) => r.subsystem === 'overall' && r.rank === null);
  const table = (list: readonly Record<string, unknown>[]): string =>
    toTable(
      list.map((r) => ({ ...r, overall: r['overall'] === null ? null : Number((r['overall'] as number).toFixed(3)) })),
      columns,
    );
  // Small economies are ranked among themselves (docs/methods/composite-indices.md, "Small
  // economies"): their own table, so that no rank 1 of one list sits beside another's.
  const small = scored.filter((r) => r['among'] === 'small');
  const main = scored.filter((r) => r['among'] !== 'small');
  const lines = main.length > 0 || small.length === 0 ? [table(main)] : [];
  if (small.length > 0) {
    const heading = `Small economies (population below 1 million), ranked among themselves (${small.length}):`;
    lines.push(lines.length > 0 ? `\n${heading}` : heading, table(small));
  }
  if (notScored.length > 0) {
    lines.push(`\nNot scored (${notScored.length}):`);
    for (const r of notScored.slice(0, 40)) lines.push(`  ${r.iso3} ${r.year}: ${r.note.replace(/^not scored: /, '')}`);
    if (notScored.length > 40) lines.push(`  … and ${notScored.length - 40} more (use --format csv for all)`);
  }
  const dropped = new Map<string, number[]>();
  for (const y of years)
    for (const d of y.result.droppedIndicators) dropped.set(d.id, [...(dropped.get(d.id) ?? []), y.year]);
  if (dropped.size > 0) {
    lines.push('\nIndicators left out (too few economies have them; see --format json for counts):');
    for (const [id, ys] of dropped) lines.push(`  ${id}: ${yearSpans(ys)}`);
  }
  return `${lines.join('\n')}\n`;
}

export function registerScore(program: Command): void {
  withOutputOptions(
    program
      .command('score')
      .description('score economies on the six characteristics, the four systems or the New Four Modernizations')
      .argument('[iso3...]', 'economies to report (default with --all: every scored economy)')
      .option('--all', 'report every economy')
      .option(
        '--audit',
        "print the statistical audit instead of scores: Cronbach's alpha and PC1 share per pillar, indicator correlations with flags, skewness/kurtosis and outlier treatment, rank shifts under each alternative method",
      )
      .option(
        '--outliers <treatment>',
        'outlier treatment before normalization: winsorise-log (COINr: when |skewness| ≥ 2 and kurtosis ≥ 3.5, winsorise up to 5 points, else log) or none',
        parseOutliers,
        DEFAULT_SCORECARD_POLICY.outlierTreatment,
      )
      .option(
        '--year <year>',
        'one year (default: the latest year with adequate coverage, see docs/methods/composite-indices.md)',
        parseYear,
      )
      .option('--years <A:B>', 'a range of years (each scored separately)', parseYears)
      .option('--framework <id>', 'characteristics, four-systems, new-four or three-sector', 'characteristics')
      .option(
        '--method <name>',
        `weighting and aggregation: ${Object.keys(SCORE_METHODS).join(', ')}`,
        parseMethod,
        'entropy-topsis',
      )
      .option(
        '--normalization <name>',
        'min-max, z-score, distance-to-frontier or vector',
        parseNormalization,
        'min-max' as NormalizationName,
      )
      .option(
        '--peers <set>',
        'units ranked together: all, L, LM, UM, H, region:NAME, graduates, stalled, or ISO3,ISO3,…',
        'all',
      )
      .option(
        '--sensitivity <draws>',
        'Monte Carlo draws for rank intervals (e.g. 1000)',
        parseCount('--sensitivity', 100000),
      )
      .option('--seed <n>', 'seed of the Monte Carlo draws', parseCount('--seed', 2 ** 32 - 1), 1)
      .option('--window <years>', WINDOW_HELP, parseCount('--window', 20), DEFAULT_SCORE_WINDOW)
      .option(
        '--small <lists>',
        'economies below 1 million people: separate (ranked in a list of their own, as UNIDO’s CIP and the Atlas of Economic Complexity do) or together (one ranking)',
        parseSmall,
        'separate' as SmallEconomies,
      )
      .option('--explain', 'why the economy is ranked where it is: each indicator’s contribution and the neighbours')
      .option('--validity', 'Spearman correlations of the scores with the ECI, GDP per capita and MVA measures')
      .option('--eci-year <year>', 'with --validity: take the ECI from this year’s trade data', parseYear),
    { xlsx: true },
  ).action(async (economies: string[], options: ScoreOptions, command: Command) => {
    if (options.audit) {
      if (options.explain || options.validity)
        throw new ChanyeError('invalid-input', 'give one of --audit, --explain and --validity');
      await runAudit(economies, options, command);
      return;
    }
    if (options.explain || options.validity || options.eciYear !== undefined) {
      await explainOrValidity(economies, options, command);
      return;
    }
    if (economies.length === 0 && !options.all) {
      throw new ChanyeError('invalid-input', 'name economies to score (e.g. chanye score CHN) or pass --all');
    }
    if (options.year !== undefined && options.years !== undefined) {
      throw new ChanyeError('invalid-input', 'give either --year or --years, not both');
    }
    const years = options.years
      ? Array.from(
          { length: options.years[1] - options.years[0] + 1 },
          (_, i) => (options.years as [number, number])[0] + i,
        )
      : options.year !== undefined
        ? [options.year]
        : undefined;
    const policy = scorecardPolicy({
      ...SCORE_METHODS[options.method],
      normalization: options.normalization,
      outlierTreatment: options.outliers,
    });
    const scored = await withStore(command, async (store) => {
      const request = {
        framework: options.framework,
        years: years ?? [await defaultScoreYear(store, options.framework, options.window)],
        ...(economies.length > 0 && !options.all ? { economies } : {}),
        peers: options.peers,
        policy,
        window: options.window,
        small: options.small,
        ...(options.sensitivity ? { sensitivity: { draws: options.sensitivity, seed: options.seed } } : {}),
      };
      const result = await scoreEconomies(store, request);
      // No economy asked about scored in any year is exit 3 with the reasons, not an empty table.
      await requireScores(store, result, request);
      return result;
    });
    const sensitivity = options.sensitivity ? { draws: options.sensitivity, seed: options.seed } : undefined;
    const document = (): unknown =>
      scoreJson(scored, {
        method: options.method,
        policy,
        peers: options.peers,
        window: options.window,
        small: options.small,
        sensitivity,
      });
    const rows = scoreRows(scored);
    await emitData(options, {
      json: document,
      table: () => renderTable(rows, scored),
      sheets: () => [{ name: 'scores', columns: [...SCORE_COLUMNS], rows }],
      notes: [
        `Framework ${options.framework}; method ${options.method} (normalization ${policy.normalization}, outliers ${policy.outlierTreatment}); peers ${options.peers}; coverage window ±${options.window} years; small economies ${options.small}.`,
      ],
    });
  });
}

/** `--explain` (one economy) and `--validity` (the whole scorecard): one year, no Monte Carlo. */
async function explainOrValidity(economies: string[], options: ScoreOptions, command: Command): Promise<void> {
  const mode = options.explain ? '--explain' : '--validity';
  if (options.explain && options.validity)
    throw new ChanyeError('invalid-input', 'give --explain or --validity, not both');
  if (options.eciYear !== undefined && !options.validity)
    throw new ChanyeError('invalid-input', '--eci-year goes with --validity');
  if (options.years !== undefined) throw new ChanyeError('invalid-input', `${mode} scores one year: use --year`);
  if (options.sensitivity !== undefined) throw new ChanyeError('invalid-input', `${mode} does not take --sensitivity`);
  if (options.explain && (options.all || economies.length !== 1))
    throw new ChanyeError('invalid-input', '--explain needs exactly one economy (e.g. chanye score CHN --explain)');
  if (options.validity && economies.length > 0)
    throw new ChanyeError('invalid-input', '--validity scores every economy: name none');
  const policy = scorecardPolicy({
    ...SCORE_METHODS[options.method],
    normalization: options.normalization,
    outlierTreatment: options.outliers,
  });
  await withStore(command, async (store) => {
    const year = options.year ?? (await defaultScoreYear(store, options.framework, options.window));
    const settings = {
      framework: options.framework,
      year,
      peers: options.peers,
      policy,
      window: options.window,
      small: options.small,
    };
    if (options.explain) {
      const explanation = await explainRank(store, { ...settings, iso3: economies[0] as string });
      await emitData(options, {
        json: () => explanation,
        table: () => renderExplanation(explanation),
        sheets: () => [{ name: 'explanation', columns: [...EXPLAIN_COLUMNS], rows: explainRows(explanation) }],
      });
      return;
    }
    const report = await scoreValidity(store, {
      ...settings,
      ...(options.eciYear !== undefined ? { eciYear: options.eciYear } : {}),
    });
    await emitData(options, {
      json: () => report,
      table: () => renderValidity(report),
      sheets: () => [{ name: 'validity', columns: [...VALIDITY_COLUMNS], rows: validityRows(report) }],
    });
  });
}

/** `--audit`: one framework and one year, over the peers, under the chosen method. */
async function runAudit(economies: readonly string[], options: ScoreOptions, command: Command): Promise<void> {
  if (economies.length > 0 || options.all) {
    throw new ChanyeError('invalid-input', '--audit covers every scored economy: drop the ISO3 codes and --all');
  }
  if (options.years !== undefined || options.sensitivity !== undefined) {
    throw new ChanyeError('invalid-input', '--audit takes one --year and no --years or --sensitivity');
  }
  // The rank shifts compare two rankings of the same economies, so the audit ranks one list.
  if (command.getOptionValueSource('small') === 'cli' && options.small !== 'together') {
    throw new ChanyeError(
      'invalid-input',
      '--audit ranks every economy in one list (its rank shifts compare two rankings of the same economies): drop --small or pass --small together',
    );
  }
  const policy = scorecardPolicy({
    ...SCORE_METHODS[options.method],
    normalization: options.normalization,
    outlierTreatment: options.outliers,
  });
  const audited = await withStore(command, async (store) =>
    auditScorecard(store, {
      framework: options.framework,
      year: options.year ?? (await defaultScoreYear(store, options.framework, options.window)),
      peers: options.peers,
      policy,
      window: options.window,
    }),
  );
  const document = auditJson(audited, {
    method: options.method,
    policy,
    peers: options.peers,
    window: options.window,
  });
  await emitData(options, {
    json: () => document,
    table: () => renderAudit(document),
    sheets: () => [{ name: 'audit', columns: [...AUDIT_COLUMNS], rows: auditRows(document) }],
  });
}
