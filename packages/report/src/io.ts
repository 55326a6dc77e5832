import { type IoSector, type Store } from '@chanye/store';
import {
  ioGvc,
  ioIntegration,
  ioLinkages,
  ioSecurity,
  ioTableEconomies,
  loadIoModel,
  type IoGvc,
  type IoIntegration,
  type IoLinkages,
  type IoSecurity,
} from '@chanye/engine';

/** The `chanye io` results for an economy of the table, or the table's economies when it is not one. */
export type GatheredIo =
  | {
      readonly available: true;
      readonly linkages: IoLinkages;
      readonly gvc: IoGvc;
      readonly security: IoSecurity;
      readonly integration: IoIntegration;
      readonly sectors: readonly IoSector[];
    }
  | { readonly available: false; readonly economies: readonly string[] };

/** What the input-output section asks: one economy, one table, and the chokepoints `io security` lists. */
export interface IoAsk {
  readonly iso3: string;
  readonly dataset: string;
  readonly year: number;
  readonly limit: number;
}

/**
 * The four `chanye io` analyses of one economy (`linkages`, `gvc`, `security`, `integration`,
 * with the CLI's arguments), on one load and factorization of the table; nothing is loaded for
 * an economy outside the table.
 */
export async function gatherIo(store: Store, ask: IoAsk): Promise<GatheredIo> {
  const table = { dataset: ask.dataset, year: ask.year };
  const economies = await ioTableEconomies(store, table);
  if (!economies.includes(ask.iso3)) return { available: false, economies };
  const [loaded, sectors] = await Promise.all([loadIoModel(store, table), store.ioSectors()]);
  const request = { ...table, economy: ask.iso3, loaded };
  const linkages = await ioLinkages(store, request);
  const gvc = await ioGvc(store, request);
  const security = await ioSecurity(store, { ...request, limit: ask.limit });
  const integration = await ioIntegration(store, request);
  return { available: true, linkages, gvc, security, integration, sectors };
}
