// One whole process of the input-output path, timed from outside by bench/io.ts: open the
// store, start the kernel threads, load WIOD 2013 (2011), compute A, the factorization of I − A (and L with --inverse),
// every multiplier and the Rasmussen linkages. Uses the built packages (npm run build).
import { leontiefAnalysis } from '@chanye/compute';
import { startKernelThreads, Store } from '@chanye/store';

// As `chanye io` does: the factorization shares its products with the other cores (the
// threads start while the table loads).
const threads = startKernelThreads();

const store = await Store.open({ userDbPath: process.env['CHANYE_DB'] ?? '/nonexistent/none.duckdb' });
try {
  const model = await store.mrio({ dataset: 'wiod2013', year: 2011 });
  const result = leontiefAnalysis(model, { inverse: process.argv.includes('--inverse'), threads });
  if (result.linkages.classes.length !== 1435) process.exitCode = 1;
} finally {
  store.close();
}
