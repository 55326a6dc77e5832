/**
 * The schema of `catalog/published/paper-claims.yaml`: every numeric claim of the five papers
 * Chanye implements that its data can address, with the value as printed, and how Chanye
 * computes its own value for it (`chanye benchmark papers`). The printed values are published
 * numbers, the reference being checked, never inputs to any computation.
 *
 * @module
 */
import { z } from 'zod';
import { ChanyeError } from '@chanye/compute';
import { readValidatedYaml } from './read-yaml.js';

const Iso3 = z.string().regex(/^[A-Z]{3}$/);
const Id = z.string().regex(/^[a-z][a-z0-9-]*$/);
const Measure = z.enum(['mva', 'mht_mva', 'exports']);

/** How Chanye computes its value for a claim; `not-addressable` says why it cannot. */
export const ClaimComputationSchema = z.discriminatedUnion('kind', [
  /** A catalogue indicator for one economy, in the claim's year or the latest year before it. */
  z.strictObject({ kind: z.literal('indicator'), indicator: z.string(), iso3: Iso3, scale: z.number().optional() }),
  /** A snapshot series no catalogue indicator reports (e.g. GDP per capita in constant 2015 US$). */
  z.strictObject({
    kind: z.literal('series'),
    source: z.enum(['pwt', 'sdg', 'wdi', 'gapminder', 'owid']),
    series: z.string(),
    iso3: Iso3,
  }),
  /** An economy's share (%) of the world total of a measure (`chanye aggregates MEASURE --shares`). */
  z.strictObject({ kind: z.literal('world-share'), measure: Measure, iso3: Iso3 }),
  /** A group's ratio, e.g. the world's MVA in % of GDP (`chanye aggregates mva`). */
  z.strictObject({
    kind: z.literal('group-ratio'),
    measure: Measure,
    group: z.enum(['world', 'L', 'LM', 'UM', 'H']),
  }),
  /**
   * An economy's world rank in a measure; from the claim's year to `through` (or the latest
   * year with data before it), Chanye's value is the worst rank in those years.
   */
  z.strictObject({ kind: z.literal('rank'), measure: Measure, iso3: Iso3, through: z.number().int().optional() }),
  /**
   * An economy's level as % of the combined level of other economies: named ones, or the
   * `next` n economies after it in the world ranking.
   */
  z.strictObject({
    kind: z.literal('ratio-to-others'),
    measure: Measure,
    iso3: Iso3,
    others: z.union([z.array(Iso3).min(1), z.strictObject({ next: z.number().int().min(1) })]),
  }),
  /** Share (%) of an economy's exports in some end-use classes (`chanye exports ISO3 --by bec|sop`). */
  z.strictObject({
    kind: z.literal('export-share'),
    iso3: Iso3,
    by: z.enum(['bec', 'sop']),
    classes: z.array(z.enum(['raw_materials', 'intermediate', 'capital', 'consumption'])).min(1),
  }),
  /** The first year an indicator exceeds a number or another indicator, for one economy. */
  z.strictObject({
    kind: z.literal('first-year'),
    iso3: Iso3,
    indicator: z.string(),
    exceeds: z.union([z.number(), z.strictObject({ indicator: z.string() })]),
  }),
  /** Medium and high-tech MVA in % of GDP, the proxy of the dual-structure diagnostic. */
  z.strictObject({ kind: z.literal('high-tech-share-gdp'), iso3: Iso3 }),
  /** A cell of a published table `chanye benchmark graduates` reproduces. */
  z.strictObject({ kind: z.literal('published-cell'), table: z.string(), column: z.string(), iso3: Iso3 }),
  z.strictObject({ kind: z.literal('not-addressable'), why: z.string().min(20) }),
]);
export type ClaimComputation = z.infer<typeof ClaimComputationSchema>;

export const PaperClaimsSchema = z.strictObject({
  version: z.literal(1),
  papers: z
    .array(
      z.strictObject({
        id: Id,
        /** As the paper prints them, e.g. "Rui Mingjie" or "IIE-CASS Research Group (Shi Dan et al.)". */
        authors: z.string().min(3),
        /** How user-facing text cites it, e.g. "Rui Mingjie (2023), China Economist". */
        short: z.string().min(10),
        year: z.number().int().min(1900),
        title: z.string().min(10),
        journal: z.string().min(3),
        doi: z.string().regex(/^10\.\d{4,}\//),
      }),
    )
    .min(1),
  claims: z
    .array(
      z.strictObject({
        id: Id,
        paper: Id,
        /** Section, table or figure, e.g. "§2.1.1" or "Table 1". */
        where: z.string().min(2),
        /** The claim in the paper's words, shortened. */
        quote: z.string().min(10).max(400),
        /** The value as printed, as text so that its decimals are kept ("2.00" is not "2"). */
        value: z.string().regex(/^-?\d+(\.\d+)?$/),
        /**
         * `exact` as printed; `about` ("roughly", "nearly", "~"); `over` / `under` ("more than",
         * "less than", "exceeded").
         */
        qualifier: z.enum(['exact', 'about', 'over', 'under']),
        unit: z.string().min(1),
        /** The year the value is for as the paper states it; null when it states none. */
        year: z.number().int().nullable(),
        /** What is measured, in Chanye's words. */
        concept: z.string().min(10),
        chanye: ClaimComputationSchema,
        /**
         * Why Chanye's value differs from the paper's, or cannot be computed: written by hand
         * per claim, never guessed by the code.
         */
        reason: z.string().min(10).optional(),
      }),
    )
    .min(1),
});
export type PaperClaims = z.infer<typeof PaperClaimsSchema>;
export type PaperClaim = PaperClaims['claims'][number];
export type Paper = PaperClaims['papers'][number];

/**
 * Reads and validates the paper-claims file: claim ids unique, each claim's paper listed.
 */
export function loadPaperClaims(path: string): PaperClaims {
  const file = readValidatedYaml(path, PaperClaimsSchema, 'paper claims');
  const papers = new Set(file.papers.map((p) => p.id));
  const seen = new Set<string>();
  const problems: string[] = [];
  file.claims.forEach((c, i) => {
    if (seen.has(c.id)) problems.push(`claims.${i}.id: ${c.id} appears twice`);
    seen.add(c.id);
    if (!papers.has(c.paper)) problems.push(`claims.${i}.paper: ${c.paper} is not in papers`);
    if (c.chanye.kind === 'not-addressable' && c.reason !== undefined)
      problems.push(`claims.${i}.reason: a claim that is not addressable gives its reason in chanye.why`);
  });
  if (problems.length > 0) {
    throw new ChanyeError('invalid-input', `${path} does not match the paper claims schema`, problems);
  }
  return file;
}
