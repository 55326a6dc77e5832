/**
 * `chanye score --validity`: Spearman correlations of the scorecard with the ECI, GDP per
 * capita, the MHT share of MVA and MVA per capita, and the top-20 check against the median ECI.
 *
 * @module
 */
import type { ValidityReport } from '@chanye/engine';
import { toTable } from '../output/format.js';

/** The report as the CLI prints it for `--format table`: scores down, yardsticks across. */
export function renderValidity(r: ValidityReport): string {
  const present = r.yardsticks.filter((y) => y.missing === null);
  const subsystems = [...new Set(r.correlations.map((c) => c.subsystem))];
  const rows = subsystems.map((s) => {
    const row: Record<string, string> = { score: s };
    for (const y of present) {
      const c = r.correlations.find((x) => x.yardstick === y.id && x.subsystem === s);
      row[`${y.id} ${y.year}`] = c
        ? `${c.rho === null ? '–' : c.rho.toFixed(2)} (${c.n})${c.ownInput ? ' †' : ''}`
        : '';
    }
    return row;
  });
  const lines = [
    `Spearman ρ (economies with both) of the ${r.framework} scores of ${r.year} with independent measures; ${r.scored} economies scored overall.`,
    '',
    toTable(rows, ['score', ...present.map((y) => `${y.id} ${y.year}`)]).trimEnd(),
  ];
  if (r.correlations.some((c) => c.ownInput))
    lines.push(
      '† the subsystem scores this measure itself, or an indicator built from it (EXPY from GDP per capita): not independent validity.',
    );
  for (const y of r.yardsticks) {
    if (y.missing !== null) lines.push(y.missing);
    else if (y.otherYear > 0)
      lines.push(`${y.id}: ${y.otherYear} of ${y.economies} values from another year within ±${r.window} of ${r.year}`);
  }
  if (r.topEci) {
    const t = r.topEci;
    const below = t.belowMedian.map((b) => `${b.iso3} (rank ${b.rank}, ECI ${b.eci.toFixed(2)})`).join(', ');
    lines.push(
      '',
      `Top ${t.top} overall${r.small === 'separate' ? ' (main list: 1 million people or more)' : ''} with an ECI ${t.eciYear} below the median (${t.median.toFixed(2)} over ${t.economies} economies): ${t.belowMedian.length}${below ? ` — ${below}` : ''}`,
    );
    if (t.withoutEci.length > 0)
      lines.push(`Top ${t.top} without an ECI: ${t.withoutEci.map((w) => w.iso3).join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}
