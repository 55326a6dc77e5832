import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { getFileInfo } from 'prettier';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..', '..');
const docs = [
  join(root, 'README.md'),
  ...readdirSync(join(root, 'docs', 'methods')).map((f) => join(root, 'docs', 'methods', f)),
];

describe('documentation', () => {
  it.each(docs.map((d) => [d.slice(root.length + 1), d]))('%s links only to files that exist', (_name, path) => {
    const text = readFileSync(path, 'utf8');
    for (const [, target] of text.matchAll(/\]\(([^)#]+)(?:#[^)]*)?\)/g)) {
      if (/^[a-z]+:/.test(target as string)) continue; // external links are not checked offline
      expect(existsSync(resolve(dirname(path), target as string)), `${path} → ${target}`).toBe(true);
    }
  });

  it('README names every top-level CLI command', async () => {
    const { buildProgram } = await import('@chanye/cli');
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const command of buildProgram().commands.map((c) => c.name())) {
      expect(readme, command).toContain(`chanye ${command}`);
    }
  });

  it("the Quick start's report does not break the test command: prettier and git ignore it", async () => {
    // `npx chanye report CHN` writes its default file in the repository's root, then `npm test`
    // runs `prettier --check .` there.
    for (const name of ['chanye-report-CHN-en.html', 'chanye-report-KOR-zh.md', 'chanye-report-BRA-en.pdf']) {
      const info = await getFileInfo(join(root, name), { ignorePath: join(root, '.prettierignore') });
      expect(info.ignored, name).toBe(true);
      expect(execFileSync('git', ['check-ignore', name], { cwd: root, encoding: 'utf8' }).trim()).toBe(name);
    }
  });
});
