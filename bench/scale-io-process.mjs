// One whole process of the input-output path at scale, timed from outside by bench/scale.ts:
// start the kernel threads, read an MRIO written in EXIOBASE's / pymrio's text layout (Z.txt,
// Y.txt) with the library's reader, compute A, the LU of I − A, the explicit Leontief inverse L
// (without --no-inverse), every multiplier and the Rasmussen linkages. Uses the built packages
// (npm run build).
//
//   node bench/scale-io-process.mjs DIR [--no-inverse]
import { leontiefAnalysis } from '@chanye/compute';
import { readExiobase, startKernelThreads } from '@chanye/store';

const dir = process.argv[2];
if (dir === undefined) throw new Error('usage: scale-io-process.mjs DIR [--no-inverse]');
// As `chanye io` does: the factorization shares its products with the other cores (the
// threads start while the table loads).
const threads = startKernelThreads();
try {
  const model = await readExiobase(dir);
  const result = leontiefAnalysis(model, { inverse: !process.argv.includes('--no-inverse'), threads });
  const n = model.x.length;
  if (result.linkages.classes.length !== n || result.multipliers.output.length !== n) process.exitCode = 1;
  // Every output multiplier of a productive table is at least 1.
  if (!result.multipliers.output.every((m) => m >= 1 - 1e-9)) process.exitCode = 2;
} finally {
  threads?.stop();
}
