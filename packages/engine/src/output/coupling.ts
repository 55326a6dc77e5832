/**
 * The coupling resource (`chanye coupling`, `GET /api/economies/:iso3/coupling`): the
 * coupling coordination years flattened into one tidy row per year, with the columns their CSV
 * writes. Method: docs/methods/composite-indices.md.
 *
 * @module
 */
import type { CouplingYear } from '../composite/coupling.js';
import { columnsOf, type TidyTable } from './csv.js';

/** Coupling years flattened: one row per year with each U, C, T, D and the band. */
export function couplingRows(rows: readonly CouplingYear[], lang: 'en' | 'zh'): Record<string, unknown>[] {
  return rows.map((r) => ({
    iso3: r.iso3,
    year: r.year,
    ...Object.fromEntries(Object.entries(r.subsystems).map(([k, v]) => [`U_${k}`, v])),
    C: r.result?.coupling ?? null,
    T: r.result?.development ?? null,
    D: r.result?.coordination ?? null,
    band_level: r.result?.band.level ?? null,
    band: r.result ? (lang === 'zh' ? r.result.band.zh : r.result.band.en) : null,
    band_zh: r.result?.band.zh ?? null,
    note: r.note,
  }));
}

/** {@link couplingRows} with their columns (one `U_…` per subsystem of the framework). */
export function couplingTable(rows: readonly CouplingYear[], lang: 'en' | 'zh'): TidyTable {
  const flat = couplingRows(rows, lang);
  return { columns: columnsOf(flat), rows: flat };
}
