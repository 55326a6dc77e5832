import type { Command } from 'commander';
import type { Finding } from '@chanye/compute';
import { diagnose, DIAGNOSTICS, type Diagnostic } from '@chanye/store';
import { emit } from '../output/write.js';
import { formatNumber, toCsv } from '../output/format.js';
import {
  parseLang,
  parseYear,
  parseYears,
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

/** Findings as tidy CSV: one row per piece of evidence (a finding without evidence gets one row). */
function findingsCsv(
  iso3: string,
  results: readonly { diagnostic: Diagnostic; findings: Finding[] }[],
  lang: Lang,
): string {
  const rows = results.flatMap(({ diagnostic, findings }) =>
    findings.flatMap((f) => {
      const base = {
        iso3,
        diagnostic: diagnostic.id,
        finding: f.id,
        severity: f.severity,
        statement: lang === 'zh' ? f.statement_zh : f.statement_en,
        reference: f.reference,
      };
      if (f.evidence.length === 0) return [{ ...base }];
      return f.evidence.map((e) => ({
        ...base,
        evidence: lang === 'zh' ? e.label_zh : e.label_en,
        year: e.year,
        value: e.value,
        unit: e.unit,
        source: e.source,
        status: e.status,
      }));
    }),
  );
  return toCsv(rows, [
    'iso3',
    'diagnostic',
    'finding',
    'severity',
    'statement',
    'evidence',
    'year',
    'value',
    'unit',
    'source',
    'status',
    'reference',
  ]);
}

export function registerDiagnose(program: Command): void {
  withOutputOptions(
    program
      .command('diagnose')
      .description('findings on an economy: income trap, deindustrialization, stage, structural change, demand')
      .argument('<iso3>', 'economy code, e.g. CHN')
      .argument('[diagnostics...]', `only these: ${DIAGNOSTICS.map((d) => d.id).join(', ')}`)
      .option('--year <year>', 'judge the economy as of this year (default: latest data)', parseYear)
      .option('--period <A:B>', 'period for structural-change diagnostics', parseYears)
      .option('--lang <lang>', 'en or zh', parseLang, 'en' as Lang),
  ).action(
    async (
      iso3: string,
      only: string[],
      options: OutputOptions & { year?: number; period?: [number, number]; lang: Lang },
      command: Command,
    ) => {
      const results = await withStore(command, (store) =>
        diagnose(store, iso3, {
          ...(options.year !== undefined ? { year: options.year } : {}),
          ...(options.period ? { period: options.period } : {}),
          ...(only.length > 0 ? { only } : {}),
        }),
      );
      const code = iso3.toUpperCase();
      if (options.format === 'json') {
        emit(
          `${JSON.stringify(
            results.map((r) => ({
              diagnostic: r.diagnostic.id,
              name_en: r.diagnostic.name_en,
              name_zh: r.diagnostic.name_zh,
              findings: r.findings,
            })),
            null,
            2,
          )}\n`,
          options.out,
        );
      } else if (options.format === 'csv') emit(findingsCsv(code, results, options.lang), options.out);
      else emit(renderFindings(code, results, options.lang), options.out);
    },
  );
}
