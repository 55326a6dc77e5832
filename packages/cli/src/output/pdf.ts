import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ChanyeError } from '@chanye/compute';
import { discardTemp, releaseTemp, tempFor } from './temp-files.js';

/** Where Chanye looks for Chromium when `CHANYE_CHROMIUM` is not set (Debian's `chromium` first). */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const CHROMIUM_MISSING =
  'PDF needs Chromium: apt-get install chromium fonts-noto-cjk (or set CHANYE_CHROMIUM to the browser binary)';

/** The Chromium binary: `CHANYE_CHROMIUM` when set (it must exist), else the first candidate that exists. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env['CHANYE_CHROMIUM'];
  if (chosen !== undefined && chosen !== '') {
    if (existsSync(chosen)) return chosen;
    throw new ChanyeError('unavailable', `${CHROMIUM_MISSING}; CHANYE_CHROMIUM=${chosen} does not exist`);
  }
  const found = CHROMIUM_CANDIDATES.find((path) => existsSync(path));
  if (found === undefined) throw new ChanyeError('unavailable', CHROMIUM_MISSING);
  return found;
}

function run(binary: string, args: readonly string[], timeoutMs: number): Promise<{ code: number; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code: code ?? 1, stderr });
    });
  });
}

/**
 * Prints self-contained HTML to a PDF with headless Chromium (A4, no header or footer) and
 * moves it to `out` only when it is complete, so a failed run leaves no half file.
 */
export async function printPdf(html: string, out: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const binary = findChromium(env);
  const work = mkdtempSync(join(tmpdir(), 'chanye-pdf-'));
  try {
    const page = join(work, 'report.html');
    const pdf = join(work, 'report.pdf');
    writeFileSync(page, html);
    const { code, stderr } = await run(
      binary,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--no-first-run',
        '--no-pdf-header-footer',
        `--user-data-dir=${join(work, 'profile')}`,
        `--print-to-pdf=${pdf}`,
        pathToFileURL(page).href,
      ],
      120_000,
    );
    if (!existsSync(pdf) || readFileSync(pdf).subarray(0, 5).toString() !== '%PDF-') {
      const tail = stderr.trim().split('\n').slice(-3);
      throw new ChanyeError('unavailable', `Chromium (${binary}) did not write a PDF (exit ${code})`, tail);
    }
    const target = resolve(out);
    mkdirSync(dirname(target), { recursive: true });
    try {
      renameSync(pdf, target);
    } catch {
      // Another file system: copy beside the target, then rename into place.
      const tmp = tempFor(target);
      try {
        writeFileSync(tmp, readFileSync(pdf));
        renameSync(tmp, target);
        releaseTemp(tmp);
      } catch (error) {
        discardTemp(tmp);
        throw error;
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
