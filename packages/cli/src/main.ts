import { versionText } from './output/record.js';
import { configureCsvByteOrderMark, recordCommandLine } from './output/write.js';
import { Command, CommanderError } from 'commander';
import { EXIT_CODES, isChanyeError } from '@chanye/compute';
import { registerAggregates } from './commands/aggregates.js';
import { registerBenchmark } from './commands/benchmark.js';
import { registerComplexity } from './commands/complexity.js';
import { registerCoupling } from './commands/coupling.js';
import { registerDataCommands } from './commands/data.js';
import { registerDependencies } from './commands/dependencies.js';
import { registerDiagnose } from './commands/diagnose.js';
import { registerEconomies } from './commands/economies.js';
import { registerExports } from './commands/exports.js';
import { registerIndicators } from './commands/indicators.js';
import { registerIo } from './commands/io.js';
import { registerProfile } from './commands/profile.js';
import { registerQuery } from './commands/query.js';
import { registerReport } from './commands/report.js';
import { registerScore } from './commands/score.js';
import { registerServe } from './commands/serve.js';
import { registerSimulate } from './commands/simulate.js';

const EXIT_HELP = `
Exit codes:
  0  success
  1  internal error (a bug: please report it with CHANYE_DEBUG=1 output)
  2  bad input: unknown economy, indicator or option value; malformed file
  3  valid request, but no data answers it
  4  a live data service could not be reached

Environment:
  CHANYE_DB            user database (default ~/.chanye/chanye.duckdb); --db overrides
  CHANYE_SNAPSHOT_DIR  embedded data snapshot folder (default: the one shipped with Chanye)
  CHANYE_CATALOG       indicator catalogue file (default: catalog/indicators.yaml beside the snapshot)
  CHANYE_DEBUG=1       print stack traces of internal errors (runs the unbundled modules)`;

/** Builds the `chanye` program; exported so tests can inspect commands without a process. */
export function buildProgram(): Command {
  const program = new Command('chanye')
    .description('Chanye (产业): measure, diagnose and benchmark a modern industrial system from sourced data.')
    // Not commander's .version(): the text names the data snapshot, read only when asked.
    .option('-V, --version', 'print the version and the data snapshot’s hash and build date')
    .option('--db <file>', 'user database file (default: $CHANYE_DB or ~/.chanye/chanye.duckdb)')
    .showSuggestionAfterError(true)
    .addHelpText('after', EXIT_HELP);
  registerEconomies(program);
  registerIndicators(program);
  registerProfile(program);
  registerQuery(program);
  registerScore(program);
  registerCoupling(program);
  registerDiagnose(program);
  registerBenchmark(program);
  registerAggregates(program);
  registerDependencies(program);
  registerExports(program);
  registerComplexity(program);
  registerIo(program);
  registerReport(program);
  registerDataCommands(program);
  registerServe(program);
  registerSimulate(program);
  program.on('option:version', () => {
    process.stdout.write(versionText());
    throw new CommanderError(0, 'commander.version', versionText());
  });
  program.commands.forEach((c) => c.addHelpText('after', EXIT_HELP));
  // Every data command's CSV goes through one writer, which needs the command's options.
  program.hook('preAction', (_program, action) => configureCsvByteOrderMark(action.optsWithGlobals()));
  return program;
}

/**
 * Runs the CLI and returns its exit code. User errors print one clear message (and any
 * details) to stderr without a stack trace; anything else is an internal error.
 */
export { cleanUpOnInterrupt } from './output/temp-files.js';

export async function main(argv: readonly string[]): Promise<number> {
  recordCommandLine(argv);
  const program = buildProgram();
  // Every level, subcommands of subcommands too (`data status --help`), so that help and usage
  // errors come back here as exit codes instead of ending the process inside commander.
  const overrideExits = (command: Command): void => {
    command.exitOverride();
    command.commands.forEach(overrideExits);
  };
  overrideExits(program);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are "errors" to commander; usage mistakes are bad input (exit 2).
      if (error.exitCode === 0) return 0;
      return 2;
    }
    if (isChanyeError(error)) {
      process.stderr.write(`chanye: ${error.message}\n`);
      for (const line of error.details) process.stderr.write(`  ${line}\n`);
      return EXIT_CODES[error.kind];
    }
    process.stderr.write(`chanye: internal error: ${(error as Error).message ?? String(error)}\n`);
    if (process.env['CHANYE_DEBUG']) process.stderr.write(`${(error as Error).stack ?? ''}\n`);
    return 1;
  }
}
