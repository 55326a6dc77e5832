import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { liveSeriesKey, loadCatalog, loadLiveSources } from '@chanye/store';
import { repoRoot } from '../helpers.js';

const live = loadLiveSources(join(repoRoot, 'catalog', 'live-sources.yaml'));
const catalog = loadCatalog(join(repoRoot, 'catalog', 'indicators.yaml'));
const byId = new Map(catalog.indicators.map((i) => [i.id, i]));
const PREFIX = { wdi: 'wdi_', sdg: 'sdg_', 'imf-weo': 'imf_weo_', ilostat: 'ilostat_' } as const;

describe('catalog/live-sources.yaml', () => {
  it('maps onto a catalogue id only in the catalogue unit', () => {
    for (const s of live.filter((x) => byId.has(x.indicator))) {
      expect(s.unit, liveSeriesKey(s)).toBe(byId.get(s.indicator)?.unit);
    }
  });

  it('stores any other series under an id of its own, prefixed by its source', () => {
    for (const s of live.filter((x) => !byId.has(x.indicator))) {
      expect(s.indicator.startsWith(PREFIX[s.source]), liveSeriesKey(s)).toBe(true);
    }
  });

  it('has a live WDI series for every WDI series the catalogue reads from the snapshot', () => {
    const wdiCodes = new Set(live.filter((s) => s.source === 'wdi').map((s) => s.code));
    const named = catalog.indicators.flatMap((i) => [...(i.sources ?? []), ...(i.derived?.inputs ?? [])]);
    for (const ref of named.filter((r) => r.source === 'wdi')) expect(wdiCodes.has(ref.series), ref.series).toBe(true);
  });

  it('brings in the long WDI manufacturing, R&D and high-tech export series', () => {
    const wdi = (indicator: string): string[] =>
      live.filter((s) => s.source === 'wdi' && s.indicator === indicator).map((s) => s.code);
    expect(wdi('mva_share_gdp')).toEqual(['NV.IND.MANF.ZS']);
    expect(wdi('rd_share_gdp')).toEqual(['GB.XPD.RSDV.GD.ZS']);
    expect(wdi('hightech_exports_share')).toEqual(['TX.VAL.TECH.MF.ZS']);
  });

  it('keeps WDI GDP per capita at 2021 PPPs apart from gdp_per_capita_ppp (2017 chained PPPs)', () => {
    expect(live.find((s) => s.code === 'NY.GDP.PCAP.PP.KD')?.indicator).toBe('wdi_ny_gdp_pcap_pp_kd');
  });
});
