/**
 * The reasons `reproducePublishedTables` gives for each cell of a published table: why our
 * value matches, differs, is from another year, or is missing (English only, as the table
 * titles are).
 *
 * @module
 */

/** Why a column has no value of ours, when the snapshot lacks its series altogether. */
const MISSING_SERIES: Readonly<Record<string, string>> = {
  chem_machinery_transport_share_mva:
    'not in the snapshot: the UNIDO shares of chemicals (NV.MNF.CHEM.ZS.UN) and machinery and transport equipment (NV.MNF.MTRN.ZS.UN) were not among the World Bank series the snapshot could be built from',
  basic_research_share_gdp:
    'not in the snapshot: basic research expenditure (OECD MSTI) is not among the shared sources',
  business_rd_share_gdp:
    'not in the snapshot: business enterprise R&D (OECD MSTI BERD) is not among the shared sources',
};

export const missingSeriesReason = (column: string): string => MISSING_SERIES[column] ?? 'no series in the snapshot';

/**
 * What the snapshot's series covers: nothing, a span of years (a catalogue indicator), or the
 * listed years (the export end-use shares, computed only for the years with trade data).
 */
export function seriesRange(years: readonly number[], fromCatalogue: boolean): string {
  if (years.length === 0) return 'has no value for this economy';
  return fromCatalogue ? `covers ${years[0]}-${years.at(-1)}` : `has the years ${years.join(', ')}`;
}

export const matchReason = (precision: number): string => `equal at the paper's precision (${precision} decimals)`;

export const differsReason = (vintage: string): string =>
  `differs: ours is ${vintage}; the paper's source or vintage differs`;

export interface OtherYearValues {
  readonly paperYear: number;
  readonly range: string;
  readonly vintage: string;
  /** How many years back an earlier value may come from. */
  readonly earlierYears: number;
  /** A note on how our value was computed, when it is ours rather than a catalogue series. */
  readonly note: string | undefined;
}

export const otherYearReason = (v: OtherYearValues): string =>
  `no ${v.paperYear} value in the snapshot (series ${v.range}, ${v.vintage}); the latest earlier year within ${v.earlierYears} years is shown${v.note ? '; ' + v.note : ''}`;

export const noNearbyValueReason = (paperYear: number, earlierYears: number, range: string): string =>
  `no value for ${paperYear} or the ${earlierYears} years before: the snapshot series ${range}`;
