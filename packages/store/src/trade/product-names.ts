import type { HsNamesZhCatalog } from '../catalog/hs-names-zh.js';
import type { Connector } from '../connector/connector.js';

/** A product's names: the snapshot's English name, Chanye's Chinese name, and its HS section. */
export interface ProductName {
  readonly name: string;
  readonly name_zh: string | null;
  readonly group: string | null;
}

/**
 * The snapshot's product names of one classification, by code, with the Chinese names of
 * `catalog/hs-names-zh.yaml` where given (HS 2007 only).
 */
export async function readProductNames(
  connector: Connector,
  classification: 'hs07' | 'sitc2',
  zhNames: HsNamesZhCatalog | undefined,
): Promise<Map<string, ProductName>> {
  const rows = await connector.query<{ code: string; name: string; product_group: string | null }>(
    `select code, name, product_group from product_names where classification = $1`,
    [classification],
  );
  const zh = new Map((zhNames?.headings ?? []).map((h) => [h.code, h.zh]));
  return new Map(rows.map((r) => [r.code, { name: r.name, name_zh: zh.get(r.code) ?? null, group: r.product_group }]));
}
