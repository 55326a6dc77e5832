import type { Command } from 'commander';
import { ChanyeError, EPS_SLOWDOWN, type Finding, type SlowdownIncomeFloor } from '@chanye/compute';
import {
  DEINDUSTRIALIZATION_MEASURES,
  diagnose,
  diagnosisEntries,
  DIAGNOSTICS,
  FINDING_COLUMNS,
  findingRows,
  requireFindings,
  type Diagnostic,
} from '@chanye/engine';
import { emitData } from '../output/write.js';
import { formatNumber } from '../output/format.js';
import {
  ECONOMY_ARGUMENT_HELP,
  ECONOMY_LIST_HELP,
  parseLang,
  parseList,
  parseYear,
  withOutputOptions,
  withStore,
  type Lang,
  type OutputOptions,
} from '../context.js';

const SEVERITY: Readonly<Record<Finding['severity'], { en: string; zh: string; mark: string }>> = {
  positive: { en: 'strength', zh: '优势', mark: '+' },
  info: { en: 'fact', zh: '事实', mark: '·' },
  warning: { en: 'warning', zh: '预警', mark: '!' },
  risk: { en: 'risk', zh: '风险', mark: '!!' },
  'no-data': { en: 'no data', zh: '无数据', mark: '?' },
};

/** Findings as text: one block per diagnostic, each finding with its evidence, rule and reference. */
export function renderFindings(
  iso3: string,
  results: readonly { diagnostic: Diagnostic; findings: Finding[] }[],
  lang: Lang,
): string {
  const lines: string[] = [lang === 'zh' ? `诊断：${iso3}` : `Diagnosis: ${iso3}`];
  const sources = new Map<string, number>();
  const cite = (source: string): string => {
    if (!sources.has(source)) sources.set(source, sources.size + 1);
    return `[${sources.get(source)}]`;
  };
  for (const { diagnostic, findings } of results) {
    lines.push('', lang === 'zh' ? diagnostic.name_zh : diagnostic.name_en);
    for (const f of findings) {
      const severity = SEVERITY[f.severity];
      lines.push(`  ${severity.mark} ${lang === 'zh' ? f.statement_zh : f.statement_en}`);
      for (const e of f.evidence) {
        lines.push(
          `      ${lang === 'zh' ? e.label_zh : e.label_en}: ${formatNumber(e.value)} ${e.unit}, ${e.year} ${cite(e.source)}${e.note ? ` (${e.note})` : ''}`,
        );
      }
      if (f.threshold)
        lines.push(
          `      ${lang === 'zh' ? '标准' : 'rule'}: ${lang === 'zh' ? f.threshold.description_zh : f.threshold.description_en}`,
        );
      lines.push(`      ${lang === 'zh' ? '文献' : 'reference'}: ${f.reference}`);
    }
  }
  lines.push('', lang === 'zh' ? '数据来源：' : 'Sources:');
  for (const [source, n] of sources) lines.push(`  [${n}] ${source}`);
  return `${lines.join('\n')}\n`;
}

interface DiagnoseOptions extends OutputOptions {
  year?: number;
  period?: [number, number];
  lang: Lang;
  graduates?: string[];
  stalled?: string[];
  onlyListed?: boolean;
  measure?: string[];
  minRun?: number;
  incomeFloor?: SlowdownIncomeFloor;
}

/**
 * The options each diagnostic's own subcommand takes beyond `diagnose`'s own (`--year`,
 * `--period`, `--lang`, `--format`, `--out`) (`chanye diagnose petty-clark CHN --min-run 5`). Parsing only: the values go
 * to `diagnose()` in `@chanye/engine` unchanged, so the subcommand, the full `diagnose` run
 * and the library give the same findings.
 */
const SUBCOMMAND_OPTIONS: Readonly<Record<string, (command: Command) => Command>> = {
  'graduates-vs-stalled': (c) =>
    c
      .option(
        '--graduates <list>',
        `economies to compare with besides the graduates of catalog/benchmark-groups.yaml: ${ECONOMY_LIST_HELP}`,
        parseList,
      )
      .option(
        '--stalled <list>',
        'economies to compare with besides the stalled group of catalog/benchmark-groups.yaml',
        parseList,
      )
      .option(
        '--only-listed',
        "compare with the economies of --graduates and --stalled alone: each list given replaces the catalogue's group instead of adding to it (a group not given keeps its members)",
      ),
  deindustrialization: (c) =>
    c.option(
      '--measure <ids>',
      `only these shares: ${DEINDUSTRIALIZATION_MEASURES.map((m) => m.indicator).join(', ')}`,
      parseList,
    ),
  'petty-clark': (c) =>
    c.option('--min-run <years>', 'consecutive years services must lead industry (default 3)', parseRunLength),
  slowdowns: (c) =>
    c.option(
      '--income-floor <dollars>',
      'GDP per capita floor in 2005 international dollars: 10000 (Eichengreen, Park and Shin 2012, default) or 7500 (their lower check)',
      parseIncomeFloor,
    ),
};

function parseIncomeFloor(value: string): SlowdownIncomeFloor {
  const floor = EPS_SLOWDOWN.incomeFloors2005.find((f) => String(f) === value.trim().replace(/,/g, ''));
  if (floor === undefined)
    throw new ChanyeError(
      'invalid-input',
      `invalid --income-floor: ${value} (expected ${EPS_SLOWDOWN.incomeFloors2005.join(' or ')}, 2005 international dollars)`,
    );
  return floor;
}

function parseRunLength(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 20)
    throw new ChanyeError('invalid-input', `invalid --min-run: ${value} (expected a whole number from 1 to 20)`);
  return n;
}

function parsePeriod(value: string): [number, number] {
  const match = /^(\d{4}):(\d{4})$/.exec(value.trim());
  if (!match || Number(match[1]) >= Number(match[2]))
    throw new ChanyeError('invalid-input', `invalid --period: ${value} (expected A:B with A before B, e.g. 2000:2019)`);
  return [Number(match[1]), Number(match[2])];
}

async function runAndEmit(economy: string, only: readonly string[], options: DiagnoseOptions, command: Command) {
  if (options.onlyListed && !options.graduates && !options.stalled)
    throw new ChanyeError(
      'invalid-input',
      '--only-listed replaces the groups given by --graduates or --stalled: give one',
    );
  const { code, results } = await withStore(command, async (store) => {
    const { iso3 } = await store.economy(economy);
    const found = await diagnose(store, iso3, {
      ...(options.year !== undefined ? { year: options.year } : {}),
      ...(options.period ? { period: options.period } : {}),
      ...(options.graduates ? { graduates: options.graduates } : {}),
      ...(options.stalled ? { stalled: options.stalled } : {}),
      ...(options.onlyListed ? { onlyListed: true } : {}),
      ...(options.measure ? { measures: options.measure } : {}),
      ...(options.minRun !== undefined ? { minRun: options.minRun } : {}),
      ...(options.incomeFloor !== undefined ? { incomeFloor: options.incomeFloor } : {}),
      ...(only.length > 0 ? { only } : {}),
    });
    // Every finding saying its data are missing is exit 3, not a page of "no data".
    requireFindings(iso3, found, options.year);
    return { code: iso3, results: found };
  });
  await emitData(options, {
    json: () => diagnosisEntries(results),
    table: () => renderFindings(code, results, options.lang),
    sheets: () => [
      {
        name: options.lang === 'zh' ? '诊断' : 'findings',
        columns: [...FINDING_COLUMNS],
        rows: findingRows(code, diagnosisEntries(results), options.lang),
      },
    ],
  });
}

/** `--year` and `--lang`, shared by `diagnose` and every diagnostic's subcommand. */
function withJudgementOptions(command: Command): Command {
  return withOutputOptions(
    command
      .option('--year <year>', 'judge the economy as of this year (default: latest data)', parseYear)
      .option('--lang <lang>', 'en or zh', parseLang, 'en' as Lang),
    { xlsx: true },
  );
}

export function registerDiagnose(program: Command): void {
  const diagnoseCommand = withJudgementOptions(
    program
      .command('diagnose')
      .description(
        'findings on an economy: income trap, deindustrialization, stage, structural change, demand; ' +
          '`chanye diagnose <diagnostic> <iso3>` runs one with its own options',
      )
      .argument('<economy>', ECONOMY_ARGUMENT_HELP)
      .argument('[diagnostics...]', `only these: ${DIAGNOSTICS.map((d) => d.id).join(', ')}`)
      .option('--period <A:B>', 'period for structural change and demand', parsePeriod),
  ).action((iso3: string, only: string[], options: DiagnoseOptions, command: Command) =>
    runAndEmit(iso3, only, options, command),
  );
  // Each diagnostic's subcommand declares only its own options: `--year`, `--lang`,
  // `--format` and `--out` belong to `diagnose` and are read through optsWithGlobals(), so
  // they work before or after the subcommand's name.
  for (const diagnostic of DIAGNOSTICS) {
    const extra = SUBCOMMAND_OPTIONS[diagnostic.id] ?? ((c: Command) => c);
    extra(
      diagnoseCommand
        .command(diagnostic.id)
        .description(diagnostic.name_en)
        .argument('<economy>', ECONOMY_ARGUMENT_HELP)
        .configureHelp({ showGlobalOptions: true }),
    ).action((iso3: string, _options: unknown, command: Command) =>
      runAndEmit(iso3, [diagnostic.id], command.optsWithGlobals<DiagnoseOptions>(), command),
    );
  }
}
