/**
 * Names of a table's regions and sectors for people, in English and Chinese: sectors from
 * catalog/wiod-names.yaml, economies from the snapshot's economies table, the aggregate ROW
 * from the catalogue. Results carry them beside the codes, which stay for machines.
 *
 * @module
 */
import type { Mrio } from '@chanye/compute';
import type { Store } from '@chanye/store';

/** A name in both report languages. */
export interface BilingualName {
  readonly en: string;
  readonly zh: string;
}

/** The names a row of a region-sector carries beside its codes. */
export interface RegionSectorNames {
  readonly regionNameEn: string;
  readonly regionNameZh: string;
  readonly sectorNameEn: string;
  readonly sectorNameZh: string;
}

/** The name fields of a row; every surface that melts rows into numbers leaves them out. */
export const NAME_FIELDS = ['regionNameEn', 'regionNameZh', 'sectorNameEn', 'sectorNameZh'] as const;

/** The names an imported table's file gives its sectors (`chanye data import-mrio`). */
export interface ImportedNames {
  readonly sectorNames: ReadonlyMap<string, string>;
}

/** Looks names up by code. */
export interface IoNames {
  region(code: string): BilingualName;
  sector(code: string): BilingualName;
  /** The name fields of one region-sector. */
  regionSector(region: string, sector: string): RegionSectorNames;
}

/**
 * The names of the WIOD regions and sectors. A code without a name fails: showing a bare code
 * to a reader is the thing this avoids.
 */
export async function ioNames(store: Store, imported?: ImportedNames): Promise<IoNames> {
  const [sectors, economies] = await Promise.all([
    store.ioSectors(),
    store.economies({ includeAggregates: true, includeHistorical: true }),
  ]);
  const sectorNames = new Map<string, BilingualName>(sectors.map((s) => [s.sector, { en: s.name_en, zh: s.name_zh }]));
  const regionNames = new Map<string, BilingualName>();
  for (const e of economies) regionNames.set(e.iso3, { en: e.name_en, zh: e.name_zh ?? e.name_en });
  for (const r of store.wiodNames().regions) regionNames.set(r.region, { en: r.name_en, zh: r.name_zh });
  if (imported) {
    // An imported table's sectors are named as its file names them (no Chinese name is known).
    sectorNames.clear();
    for (const [code, name] of imported.sectorNames) sectorNames.set(code, { en: name, zh: name });
  }
  const find = (map: Map<string, BilingualName>, code: string, what: string): BilingualName => {
    // A region of an imported table that is no economy of ours (EXIOBASE's WA, WL …) keeps its code.
    const name = map.get(code) ?? (imported ? { en: code, zh: code } : undefined);
    if (name === undefined) throw new Error(`no name for the ${what} ${code} (catalog/wiod-names.yaml, economies)`);
    return name;
  };
  const region = (code: string): BilingualName => find(regionNames, code, 'region');
  const sector = (code: string): BilingualName => find(sectorNames, code, 'sector');
  return {
    region,
    sector,
    regionSector: (r, s) => {
      const rn = region(r);
      const sn = sector(s);
      return { regionNameEn: rn.en, regionNameZh: rn.zh, sectorNameEn: sn.en, sectorNameZh: sn.zh };
    },
  };
}

/** The region and sector codes of row `i` of a table, with their names. */
export function namedRegionSector(
  names: IoNames,
  model: Pick<Mrio, 'regions' | 'sectors'>,
  i: number,
): { region: string; sector: string } & RegionSectorNames {
  const S = model.sectors.length;
  const region = model.regions[Math.floor(i / S)] as string;
  const sector = model.sectors[i % S] as string;
  return { region, sector, ...names.regionSector(region, sector) };
}
