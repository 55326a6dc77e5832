/**
 * Hypothetical extraction of each sector (Dietzenbacher and Lahr 2013).
 *
 * @module
 */
import {
  ChanyeError,
  finalDemandTotal,
  hypotheticalExtraction,
  leontiefInverse,
  regionOfIndex,
  EXTRACTION_MODES,
  type ExtractionMode,
} from '@chanye/compute';
import { type Store } from '@chanye/store';
import { type IoRequest, type IoMeta, loadIoModel, ioMeta, optionalEconomy, selectedRows } from './model.js';
import { ioNames, namedRegionSector, type RegionSectorNames } from './names.js';

export interface IoExtractionRow extends RegionSectorNames {
  readonly region: string;
  readonly sector: string;
  /** World output lost when the sector is extracted, 1'(x − x̄). */
  readonly loss: number;
  /** Loss as a share of world output. */
  readonly relative: number;
  /** The part of the loss that falls in the sector's own economy. */
  readonly lossDomestic: number;
  /** Domestic loss as a share of the economy's output. */
  readonly relativeDomestic: number;
}

/** Hypothetical extraction of each sector (Dietzenbacher and Lahr 2013), with the loss at home. */
export async function ioExtraction(
  store: Store,
  request: IoRequest & { mode?: string },
): Promise<IoMeta & { economy: string | null; mode: ExtractionMode; rows: IoExtractionRow[] }> {
  const mode = (request.mode ?? 'total') as ExtractionMode;
  if (!EXTRACTION_MODES.includes(mode)) {
    throw new ChanyeError('invalid-input', `invalid --mode: ${request.mode} (expected ${EXTRACTION_MODES.join(', ')})`);
  }
  const io = await loadIoModel(store, request);
  const economy = optionalEconomy(io, request);
  const L = leontiefInverse(io.factor, { threads: request.threads });
  const R = io.model.regions.length;
  const S = io.model.sectors.length;
  const ex = hypotheticalExtraction(L, io.model.x, finalDemandTotal(io.model), {
    mode,
    regionOf: regionOfIndex(io.model),
    regions: R,
  });
  const regionOutput = new Float64Array(R);
  for (let i = 0; i < io.model.x.length; i++) {
    const r = Math.floor(i / S);
    regionOutput[r] = (regionOutput[r] as number) + (io.model.x[i] as number);
  }
  const names = await ioNames(store, io.imported);
  const rows = selectedRows(io, economy).map((i) => {
    const r = Math.floor(i / S);
    const home = ex.byRegion?.values[i * R + r] as number;
    return {
      ...namedRegionSector(names, io.model, i),
      loss: ex.loss[i] as number,
      relative: ex.relative[i] as number,
      lossDomestic: home,
      relativeDomestic: home / (regionOutput[r] as number),
    };
  });
  return { ...ioMeta(io), economy: economy ?? null, mode, rows };
}
