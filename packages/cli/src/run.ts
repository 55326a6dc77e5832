import { main } from './main.js';
import { cleanUpOnInterrupt } from './output/temp-files.js';

// The source twin of bin/chanye.js, so tests can run the real CLI in a child process
// without a build: `node --import tsx packages/cli/src/run.ts ARGS`.
// A reader that closes the pipe early (`chanye … | head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
cleanUpOnInterrupt();
process.exitCode = await main(process.argv.slice(2));
