/**
 * The SDG `Nature` attribute (how the custodian agency obtained a value) as the note of an
 * observation. The codes C, E and M read exactly as the snapshot builder writes them for the
 * embedded 2020 edition, so a refreshed row and an embedded one say the same thing; CA and G
 * are the other codes of the SDG Global Database's data dictionary. Every nature is stored
 * with status `observed`, as in the snapshot: the SDG database publishes estimates and
 * modelled values as its figures, and Chanye's `imputed` means a value Chanye filled in.
 *
 * @module
 */

const NATURE: Readonly<Record<string, string>> = {
  C: 'country data',
  CA: 'country adjusted data',
  E: 'estimated',
  G: 'global monitoring data',
  M: 'modelled',
};

/**
 * The note for a nature code; `undefined` for none or "not specified" (as in the snapshot),
 * the bare code for one the data dictionary does not list.
 *
 * @example
 * sdgNatureNote('E'); // returns 'SDG nature E: estimated'
 * sdgNatureNote('NOTSPEC'); // returns undefined
 */
export function sdgNatureNote(code: string | undefined): string | undefined {
  const key = code?.trim().toUpperCase() ?? '';
  if (key === '' || key === 'NOTSPEC') return undefined;
  const text = NATURE[key];
  return text === undefined ? `SDG nature ${key}` : `SDG nature ${key}: ${text}`;
}
