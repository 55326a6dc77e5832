/**
 * The MRIO datasets of the snapshot (the tables `chanye data import-mrio` adds are named in the
 * user database instead).
 *
 * @module
 */
/** The MRIO datasets of the snapshot, by the id users type. */
export const MRIO_DATASETS = {
  wiod2013: {
    name: 'World Input-Output Database, 2013 release',
    years: [1995, 2011],
    unit: 'millions of current US$',
    citation:
      'Timmer, Dietzenbacher, Los, Stehrer and de Vries (2015), Review of International Economics 23: 575-605; via the R package wiod (bquast/wiod, GPL-3)',
  },
} as const;
