/**
 * `chanye score ISO3 --explain`: why the economy is ranked where it is, as one table of its
 * subsystems' indicators (value, normalized value, weight, contribution) and a short one of
 * its neighbours in the overall ranking.
 *
 * @module
 */
import { EXPLAIN_COLUMNS, explainRows, toCsv, type RankExplanation } from '@chanye/engine';
import { formatNumber, toTable } from '../output/format.js';

const fixed = (x: number | null, digits = 3): string => (x === null || !Number.isFinite(x) ? '' : x.toFixed(digits));

/** The explanation as the CLI prints it for `--format table`. */
export function renderExplanation(e: RankExplanation): string {
  const topsis = e.aggregation === 'topsis';
  const rows = e.indicators.map((x, k) => {
    const s = e.subsystems.find((t) => t.subsystem === x.subsystem);
    const first = k === 0 || e.indicators[k - 1]?.subsystem !== x.subsystem;
    return {
      subsystem: first ? x.subsystem : '',
      score: first && s ? fixed(s.score) : '',
      rank: first && s ? `${s.rank}/${s.of}` : '',
      indicator: x.indicator,
      value: formatNumber(x.value, 3),
      year: x.imputed ? 'imputed' : `${x.valueYear}${x.status === 'observed' ? '' : ` ${x.status}`}`,
      normalized: fixed(x.normalized),
      weight: fixed(x.weight),
      contribution: fixed(x.contribution),
      ...(topsis ? { shortfall: fixed(x.shortfall) } : {}),
    };
  });
  const columns = [
    'subsystem',
    'score',
    'rank',
    'indicator',
    'value',
    'year',
    'normalized',
    'weight',
    'contribution',
    ...(topsis ? ['shortfall'] : []),
  ];
  const lines = [
    `${e.name} (${e.iso3}), ${e.framework}, ${e.year}: overall ${fixed(e.overall.score)}, rank ${e.overall.rank} of ${e.overall.of}${e.overall.among === 'small' ? ' small economies (population below 1 million)' : ''}`,
    `Contributions: ${e.contributionMeaning}.`,
    '',
    toTable(rows, columns).trimEnd(),
    '',
    'Closest in the overall ranking:',
    toTable(
      e.neighbours.map((n) => ({ rank: n.rank, iso3: n.iso3, economy: n.name, overall: fixed(n.score) })),
      ['rank', 'iso3', 'economy', 'overall'],
    ).trimEnd(),
  ];
  if (e.droppedIndicators.length > 0)
    lines.push(
      '',
      `Left out in ${e.year} (too few economies have them): ${e.droppedIndicators.map((d) => d.id).join(', ')}`,
    );
  return `${lines.join('\n')}\n`;
}

/** The explanation's tidy rows as CSV (the API's CSV too). */
export function explanationCsv(e: RankExplanation): string {
  return toCsv(explainRows(e), EXPLAIN_COLUMNS);
}
