import { main } from './main.js';

// The source twin of bin/chanye.js, so tests can run the real CLI in a child process
// without a build: `node --import tsx packages/cli/src/run.ts ARGS`.
process.exitCode = await main(process.argv.slice(2));
