/**
 * Rules about the source tree that no compiler checks, so that drift fails the build:
 * files stay small enough to hold in one's head, a module's doc comment is marked as one, and
 * comments cite papers or the methods notes rather than files outside the repository.
 *
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const packages = readdirSync(join(root, 'packages'));
const sources = packages.flatMap((p) => sourceFiles(join(root, 'packages', p, 'src')));
const name = (path: string): string => relative(root, path);

/** The comment lines of a file: block-comment bodies and line comments, without code or strings. */
function commentLines(text: string): string[] {
  const out: string[] = [];
  for (const block of text.matchAll(/\/\*[\s\S]*?\*\//g)) out.push(...block[0].split('\n'));
  for (const line of text.matchAll(/^\s*\/\/.*$/gm)) out.push(line[0]);
  return out;
}

describe('the source tree', () => {
  it('finds the sources of every package', () => {
    expect(packages).toEqual(
      expect.arrayContaining(['compute', 'store', 'engine', 'charts', 'report', 'server', 'web', 'cli']),
    );
    expect(sources.length).toBeGreaterThan(250);
  });

  it('has no source file over 700 lines', () => {
    const long = sources
      .map((path) => ({ path: name(path), lines: readFileSync(path, 'utf8').split('\n').length }))
      .filter((f) => f.lines > 700);
    expect(long).toEqual([]);
  });

  it('marks a doc comment that opens a file before its imports as the module doc (@module)', () => {
    // A doc comment followed by imports cannot document a declaration: it documents the module,
    // and TypeDoc reads it as such only with @module.
    const unmarked = sources.filter((path) => {
      const match = /^\s*(\/\*\*[\s\S]*?\*\/)\s*\n\s*(import |export \* |export \{[^}]*\} from |\/\/)/.exec(
        readFileSync(path, 'utf8'),
      );
      return match !== null && !match[1]!.includes('@module');
    });
    expect(unmarked.map(name)).toEqual([]);
  });

  it('cites papers and docs/methods/ in comments, never files outside the repository', () => {
    const outside = /\.\.\/shared|shared\/(data|docs|seeds)|\bseed 00\d|\b(framework|methods|style)\.md\b/i;
    const offending = sources.flatMap((path) =>
      commentLines(readFileSync(path, 'utf8'))
        .filter((line) => outside.test(line.replace(/docs\/methods\/[a-z-]+\.md/g, '')))
        .map((line) => `${name(path)}: ${line.trim()}`),
    );
    expect(offending).toEqual([]);
  });
});
