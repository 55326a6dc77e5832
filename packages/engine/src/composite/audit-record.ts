/**
 * The audit tables that docs/methods/composite-indices.md prints, recorded as data:
 * `npm run build:audit-record` audits the scorecard of each of RECORDED_AUDIT's frameworks at
 * 2017 and at the framework's default year (as `chanye score --audit` does), writes
 * `catalog/results/audit-<framework>-<year>.json` and rewrites the tables between the docs'
 * markers. A record keeps what the docs show, rounded as they show it (the full audit is a
 * command away), so that a diff of the records reads as a diff of the docs.
 *
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ChanyeError, DEFAULT_SCORECARD_POLICY } from '@chanye/compute';
import type { Store } from '@chanye/store';
import { auditJson, RANK_SHIFT_FACTORS, type AuditDocument } from '../output/audit.js';
import { auditScorecard } from './audit.js';
import { DEFAULT_SCORE_WINDOW } from './score.js';
import { markdownTable, recordedSettings, roundTo, withGenerated, type RecordedSetting } from './records.js';

export const RECORDED_AUDIT = {
  frameworks: ['characteristics', 'four-systems'],
  /** Fixed years; the default year of each framework is added. */
  years: [2017],
  peers: 'all',
  window: DEFAULT_SCORE_WINDOW,
  method: 'entropy-topsis',
} as const;

/** Digits as the docs (and `chanye score --audit`) display them. */
const DIGITS = { alpha: 2, share: 2, r: 2, meanShift: 1, spearman: 3 } as const;

const rounded = (x: number | null, digits: number): number | null => (x === null ? null : roundTo(x, digits));

export interface AuditRecord {
  readonly command: string;
  readonly framework: string;
  readonly year: number;
  /** Whether `year` is the framework's default year (the latest adequately covered one). */
  readonly defaultYear: boolean;
  readonly method: AuditDocument['method'];
  readonly peers: string;
  readonly window: number;
  /** Economies ranked overall. */
  readonly units: number;
  readonly thresholds: AuditDocument['thresholds'];
  readonly pillars: readonly {
    readonly pillar: string;
    readonly indicators: number;
    /** Economies with every indicator of the pillar observed, over which alpha and PC1 are computed. */
    readonly completeUnits: number;
    readonly alpha: number | null;
    readonly pc1Share: number | null;
    readonly eigenvaluesAboveOne: number;
    readonly flags: readonly string[];
  }[];
  /** The indicators with a flag, with Pearson's r with their own pillar. */
  readonly flagged: readonly {
    readonly pillar: string;
    readonly indicator: string;
    readonly r: number | null;
    readonly flags: readonly string[];
  }[];
  readonly outliers: {
    readonly indicators: number;
    /** Indicators failing the outlier rule untreated. */
    readonly failing: number;
    readonly winsorised: number;
    readonly logged: number;
    /** Indicators that still fail the rule after their treatment. */
    readonly stillFailing: readonly string[];
  };
  readonly rankShifts: readonly {
    readonly factor: string;
    readonly alternative: string;
    /** Economies ranked overall under both the default and the alternative. */
    readonly units: number;
    readonly meanAbsoluteShift: number | null;
    readonly maxAbsoluteShift: number | null;
    readonly spearman: number | null;
  }[];
}

/** The framework × year pairs recorded: 2017 and each framework's default year. */
export async function recordedAuditSettings(store: Store): Promise<RecordedSetting[]> {
  return recordedSettings(store, RECORDED_AUDIT);
}

/** Audits one setting under the default method (all economies, window ±2) and records it. */
export async function computeAuditRecord(store: Store, setting: RecordedSetting): Promise<AuditRecord> {
  const { peers, window, method } = RECORDED_AUDIT;
  const policy = DEFAULT_SCORECARD_POLICY;
  const audited = await auditScorecard(store, {
    framework: setting.framework,
    year: setting.year,
    peers,
    window,
    policy,
  });
  return auditRecord(auditJson(audited, { method, policy, peers, window }), setting.defaultYear);
}

/** The record of an audit document: what the docs show, rounded as they show it. */
export function auditRecord(doc: AuditDocument, defaultYear: boolean): AuditRecord {
  const failing = doc.distributions.filter((d) => d.outliers);
  return {
    command: `chanye score --audit --framework ${doc.framework.id} --year ${doc.year}`,
    framework: doc.framework.id,
    year: doc.year,
    defaultYear,
    method: doc.method,
    peers: doc.peers,
    window: doc.window,
    units: doc.units,
    thresholds: doc.thresholds,
    pillars: doc.pillars.map((p) => ({
      pillar: p.pillar,
      indicators: p.indicators,
      completeUnits: p.completeUnits,
      alpha: rounded(p.alpha, DIGITS.alpha),
      pc1Share: rounded(p.pc1Share, DIGITS.share),
      eigenvaluesAboveOne: p.eigenvaluesAboveOne,
      flags: p.flags,
    })),
    flagged: doc.indicators
      .filter((i) => i.flags.length > 0)
      .map((i) => ({
        pillar: i.pillar,
        indicator: i.indicator,
        r: rounded(i.pillarPearson, DIGITS.r),
        flags: i.flags,
      })),
    outliers: {
      indicators: doc.distributions.length,
      failing: failing.length,
      winsorised: failing.filter((d) => d.treatment === 'winsorised').length,
      logged: failing.filter((d) => d.treatment === 'log').length,
      stillFailing: failing.filter((d) => !d.passes).map((d) => d.indicator),
    },
    rankShifts: doc.rankShifts.map((s) => ({
      factor: s.factor,
      alternative: s.alternative,
      units: s.units,
      meanAbsoluteShift: rounded(s.meanAbsoluteShift, DIGITS.meanShift),
      maxAbsoluteShift: s.maxAbsoluteShift,
      spearman: rounded(s.spearman, DIGITS.spearman),
    })),
  };
}

export function auditRecordPath(catalogDir: string, framework: string, year: number): string {
  return join(catalogDir, 'results', `audit-${framework}-${year}.json`);
}

/** Every recorded audit, in RECORDED_AUDIT's framework order, then by year. */
export function loadAuditRecords(catalogDir: string): AuditRecord[] {
  const dir = join(catalogDir, 'results');
  const files = readdirSync(dir).filter((f) => /^audit-.+-\d{4}\.json$/.test(f));
  if (files.length === 0)
    throw new ChanyeError('not-found', `no recorded audits in ${dir} (run npm run build:audit-record)`);
  const order = RECORDED_AUDIT.frameworks as readonly string[];
  return files
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as AuditRecord)
    .sort((a, b) => order.indexOf(a.framework) - order.indexOf(b.framework) || a.year - b.year);
}

/** The markers between which the docs hold the generated audit tables. */
export const AUDIT_MARKERS = {
  start: '<!-- audit tables: generated by npm run build:audit-record from catalog/results/audit-*.json -->',
  end: '<!-- end of audit tables -->',
} as const;

const fixed = (x: number | null, digits: number): string => (x === null ? '–' : x.toFixed(digits));
const label = (r: AuditRecord): string => `${r.framework} ${r.year}`;

/** One sentence per record: economies ranked and the outlier rule's verdict. */
function summary(r: AuditRecord): string {
  const o = r.outliers;
  const still = o.stillFailing.length > 0 ? `; still failing after it: ${o.stillFailing.join(', ')}` : '';
  const treatment =
    r.method.outlierTreatment === 'winsorise-log'
      ? 'the scorecard treats them: winsorise'
      : 'the treatment would winsorise';
  return (
    `**${r.framework}, ${r.year}**${r.defaultYear ? ' (the default year)' : ''}: ${r.units} economies ranked overall; ` +
    `${o.failing} of ${o.indicators} indicators fail the outlier rule (${treatment} ${o.winsorised} and log ${o.logged}${still}).`
  );
}

/**
 * The docs' audit tables from the records: a sentence per record; the pillars' alpha, PC1
 * share and eigenvalues above 1; the flagged indicators per pillar; the rank shifts per
 * alternative, one column per record.
 */
export function auditMarkdown(records: readonly AuditRecord[]): string {
  const pillars = markdownTable(
    ['framework', 'year', 'pillar', 'indicators', 'economies', 'alpha', 'PC1 share', 'eigenvalues > 1', 'flags'],
    records.flatMap((r) =>
      r.pillars.map((p) => [
        r.framework,
        String(r.year),
        p.pillar,
        String(p.indicators),
        String(p.completeUnits),
        fixed(p.alpha, DIGITS.alpha),
        fixed(p.pc1Share, DIGITS.share),
        String(p.eigenvaluesAboveOne),
        p.flags.join(', '),
      ]),
    ),
  );
  const flagged = markdownTable(
    ['framework', 'year', 'pillar', 'flagged indicators: r with the pillar, flags'],
    records.flatMap((r) =>
      r.pillars
        .map((p) => r.flagged.filter((f) => f.pillar === p.pillar))
        .filter((fs) => fs.length > 0)
        .map((fs) => [
          r.framework,
          String(r.year),
          fs[0]!.pillar,
          fs.map((f) => `${f.indicator} (${fixed(f.r, DIGITS.r)}: ${f.flags.join(', ')})`).join('; '),
        ]),
    ),
  );
  // Alternatives in the order the audit tries them, across every record.
  const alternatives = [
    ...new Map(records.flatMap((r) => r.rankShifts.map((s) => [`${s.factor}:${s.alternative}`, s] as const))).values(),
  ];
  const shifts = markdownTable(
    ['alternative', ...records.map(label)],
    alternatives.map((a) => [
      `${RANK_SHIFT_FACTORS[a.factor as keyof typeof RANK_SHIFT_FACTORS] ?? a.factor}: ${a.alternative}`,
      ...records.map((r) => {
        const s = r.rankShifts.find((x) => x.factor === a.factor && x.alternative === a.alternative);
        if (!s) return '';
        if (s.units === 0) return 'no economy ranked';
        const cell = `${fixed(s.meanAbsoluteShift, DIGITS.meanShift)}, ${s.maxAbsoluteShift ?? '–'}, ${fixed(s.spearman, DIGITS.spearman)}`;
        return s.units < r.units ? `${cell} (${s.units} of ${r.units} ranked)` : cell;
      }),
    ]),
  );
  return [...records.map(summary), pillars, flagged, shifts].join('\n\n');
}

/** Replaces the text between the docs' audit markers by `tables`; throws when they are missing. */
export function withAuditTables(doc: string, tables: string): string {
  return withGenerated(doc, AUDIT_MARKERS, tables, 'audit');
}
