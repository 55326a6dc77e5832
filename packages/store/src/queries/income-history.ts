import type { Connector } from '../connector/connector.js';
import type { IncomeClassification, IncomeGroup } from '../store.js';

/**
 * The World Bank's income classification history (OGHIST), read once and kept in memory: a
 * few thousand rows, asked for on every profile, diagnosis and report, so one query per store
 * instead of one per call.
 */
export class IncomeHistoryTable {
  private constructor(private readonly byEconomy: ReadonlyMap<string, readonly IncomeClassification[]>) {}

  static async load(connector: Connector): Promise<IncomeHistoryTable> {
    const rows = await connector.query<{
      iso3: string;
      data_year: number;
      fiscal_year: string;
      income_group: IncomeGroup;
      note: string | null;
    }>(`select iso3, data_year, fiscal_year, income_group, note from income_history order by iso3, data_year`);
    const byEconomy = new Map<string, IncomeClassification[]>();
    for (const r of rows) {
      let list = byEconomy.get(r.iso3);
      if (!list) byEconomy.set(r.iso3, (list = []));
      list.push({
        iso3: r.iso3,
        dataYear: r.data_year,
        fiscalYear: r.fiscal_year,
        group: r.income_group,
        note: r.note,
      });
    }
    return new IncomeHistoryTable(byEconomy);
  }

  /** One economy's classifications by data year (a copy: callers may change it). */
  of(iso3: string): IncomeClassification[] {
    return (this.byEconomy.get(iso3) ?? []).map((c) => ({ ...c }));
  }

  /** Every economy's group in one GNI data year. */
  groupsIn(dataYear: number): Map<string, IncomeGroup> {
    const groups = new Map<string, IncomeGroup>();
    for (const [iso3, list] of this.byEconomy) {
      const found = list.find((c) => c.dataYear === dataYear);
      if (found) groups.set(iso3, found.group);
    }
    return groups;
  }
}
