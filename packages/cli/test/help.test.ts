import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '@chanye/cli';
import { runCli } from './run-cli.js';

/** Every command path of the program (`['io', 'shock']`, …), the program itself first. */
function commandPaths(command: Command, path: readonly string[] = []): string[][] {
  return [[...path], ...command.commands.flatMap((c) => commandPaths(c, [...path, c.name()]))];
}

/**
 * The entries of the Options and Arguments sections of a help text, each with its wrapped
 * lines joined: an entry starts two spaces in, its continuation lines are indented further.
 */
function optionEntries(help: string): string[] {
  const entries: string[] = [];
  let inSection = false;
  for (const line of help.split('\n')) {
    if (/^(Options|Arguments|Global Options):$/.test(line)) inSection = true;
    else if (/^\S/.test(line) || line === '') inSection = false;
    else if (inSection && /^ {2}\S/.test(line)) entries.push(line.trim());
    else if (inSection && entries.length > 0) entries[entries.length - 1] += ` ${line.trim()}`;
  }
  return entries;
}

const paths = commandPaths(buildProgram()).filter((p) => p.at(-1) !== 'help');

describe('chanye … --help', () => {
  it('finds the subcommands, so the audit below covers them', () => {
    expect(paths.map((p) => p.join(' '))).toEqual(
      expect.arrayContaining(['io shock', 'diagnose slowdowns', 'data import']),
    );
  });

  it.each(paths.map((p) => [p.join(' ') || '(chanye)', p] as const))(
    '%s: no option states its default twice',
    async (_name, path) => {
      const { code, stdout } = await runCli([...path, '--help']);
      expect(code).toBe(0);
      const entries = optionEntries(stdout);
      expect(entries.length).toBeGreaterThan(0);
      const doubled = entries.filter((e) => (e.match(/\bdefault/gi) ?? []).length > 1);
      expect(doubled).toEqual([]);
    },
  );

  it('the parser catches a doubled default, wrapped over lines', () => {
    const help =
      'Options:\n  --percent <p>  the fall of its output, % (default 10)\n                 (default: 10)\n  -h, --help     display help\n';
    expect(optionEntries(help)).toEqual([
      '--percent <p>  the fall of its output, % (default 10) (default: 10)',
      '-h, --help     display help',
    ]);
  });
});
