import { parentPort } from 'node:worker_threads';
import { formatCellBlock, type CellBlock } from './economy-products.js';

// A worker of CellFormatter: formats the blocks of economy_products.csv it is sent.
// The text goes back as UTF-8 bytes, transferred rather than copied, ready to be written.
parentPort?.on('message', ({ id, block }: { id: number; block: CellBlock }) => {
  const text = formatCellBlock(block);
  parentPort?.postMessage({ id, text }, [text.buffer]);
});
