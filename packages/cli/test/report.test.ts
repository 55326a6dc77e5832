import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const chromium = process.env['CHANYE_CHROMIUM'] ?? '/usr/bin/chromium';
const hasChromium = existsSync(chromium);
const hasPoppler = existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdfinfo');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chanye-report-cli-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('chanye report', () => {
  it('chanye report CHN writes chanye-report-CHN-en.html in the current directory and prints its path', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const result = await runCli(['report', 'CHN']);
      expect(result.code, result.stderr).toBe(0);
      const path = join(dir, 'chanye-report-CHN-en.html');
      expect(result.stdout).toBe(`${path}\n`);
      expect(result.stderr).toBe(''); // no progress indicator when standard error is not a terminal
      const html = readFileSync(path, 'utf8');
      expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
      expect(html).toContain('<section id="methods">');
    } finally {
      process.chdir(cwd);
    }
  });

  it('chanye report chn --lang zh --format md --out FILE writes Chinese Markdown', async () => {
    const out = join(dir, 'sub', 'r.md');
    const result = await runCli(['report', 'chn', '--lang', 'zh', '--format', 'md', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(`${out}\n`);
    const md = readFileSync(out, 'utf8');
    expect(md.startsWith('# 中国（CHN）现代化产业体系国别报告')).toBe(true);
    expect(md).toContain('## 1. 主要结论');
  });

  it('chanye report XXX fails with exit 2 and a suggestion', async () => {
    const result = await runCli(['report', 'XXX', '--out', join(dir, 'x.html')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown economy 'XXX'");
    expect(existsSync(join(dir, 'x.html'))).toBe(false);
  });

  it('chanye report CHN --scenario NAME: an unknown scenario fails with exit 2, a suggestion and no file', async () => {
    const out = join(dir, 'scenario.html');
    const result = await runCli(['report', 'CHN', '--scenario', 'new-industrialisation', '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown scenario 'new-industrialisation' — did you mean new-industrialization?");
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [['--format', 'docx'], 'invalid --format: docx'],
    [['--lang', 'fr'], 'invalid --lang: fr'],
    [['--year', '20x'], 'invalid --year: 20x'],
  ])('chanye report CHN %j fails with exit 2', async (args, message) => {
    const result = await runCli(['report', 'CHN', ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('chanye report CHN --format pdf without Chromium fails with exit 4 before building', async () => {
    const result = await runCli(['report', 'CHN', '--format', 'pdf', '--out', join(dir, 'none.pdf')], {
      CHANYE_CHROMIUM: join(dir, 'no-such-chromium'),
    });
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('PDF needs Chromium: apt-get install chromium fonts-noto-cjk');
    expect(existsSync(join(dir, 'none.pdf'))).toBe(false);
  });

  it.skipIf(!hasChromium)(
    'chanye report CHN --lang zh --format pdf prints a compact PDF (under 30 pages) with Chinese text, opening on a cover',
    async () => {
      const out = join(dir, 'chn-zh.pdf');
      const result = await runCli(['report', 'CHN', '--lang', 'zh', '--format', 'pdf', '--out', out]);
      expect(result.code, result.stderr).toBe(0);
      const pdf = readFileSync(out);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      if (!hasPoppler) return;
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('/usr/bin/pdfinfo', [out], { encoding: 'utf8' }))?.[1]);
      // Compact (issue 18): the figures' data tables stay in the HTML edition; 54 pages before.
      expect(pages).toBeGreaterThanOrEqual(10);
      expect(pages).toBeLessThan(30);
      const text = execFileSync('/usr/bin/pdftotext', ['-f', '1', '-l', '3', out, '-'], { encoding: 'utf8' });
      expect(text).toContain('中国');
      expect(text).toContain('主要结论');
      // The first page is a cover: title, economy, date, version and data snapshot, and nothing else.
      const cover = execFileSync('/usr/bin/pdftotext', ['-f', '1', '-l', '1', out, '-'], { encoding: 'utf8' });
      for (const part of ['中国（CHN）现代化产业体系国别报告', '经济体', '日期', '版本', '0.1.0', '数据快照'])
        expect(cover).toContain(part);
      expect(cover).toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(cover).not.toContain('目录');
    },
    120_000,
  );
});
