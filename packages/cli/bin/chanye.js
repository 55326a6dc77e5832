#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// The bundle (bundle.mjs, written by the build) when it is there; the modules tsc wrote otherwise,
// and under CHANYE_DEBUG, so that stack traces name the modules rather than lines of the bundle.
const bundle = new URL('../dist/bundle/main.js', import.meta.url);
const useBundle = existsSync(fileURLToPath(bundle)) && !process.env.CHANYE_DEBUG;
const { main, cleanUpOnInterrupt } = await import(useBundle ? bundle.href : '../dist/main.js');
// Ctrl-C or a kill removes the temporary files of unfinished writes (exit 130 / 143).
cleanUpOnInterrupt();

// A reader that closes the pipe early (`chanye … | head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
