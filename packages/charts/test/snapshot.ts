import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const OUTPUT = join(import.meta.dirname, 'output');

/**
 * Rounds long decimals to three places and renumbers ids in order of first appearance, so
 * that a golden file changes only when the drawing does (as Observable Plot's snapshot tests do).
 */
export function normalizeSvg(svg: string): string {
  const ids = new Map<string, string>();
  const rename = (id: string): string => {
    if (!ids.has(id)) ids.set(id, `id${ids.size}`);
    return ids.get(id) as string;
  };
  const rounded = svg.replace(/\d+\.\d{4,}/g, (m) => String(Number(Number(m).toFixed(3))));
  const renamed = rounded.replace(/\bid="([^"]+)"/g, (_m, id: string) => `id="${rename(id)}"`);
  return renamed
    .replace(
      /aria-labelledby="([^"]+)"/g,
      (_m, list: string) =>
        `aria-labelledby="${list
          .split(/\s+/)
          .map((id) => rename(id))
          .join(' ')}"`,
    )
    .replace(/url\(#([^)]+)\)/g, (_m, id: string) => `url(#${rename(id)})`)
    .replace(/></g, '>\n<');
}

/**
 * Compares `actual` with `test/output/<name>.svg`: a different one leaves `<name>-changed.svg`
 * beside it and fails. A missing golden file is created on a developer's machine (a new chart
 * gets its first drawing) but fails under `CI=true`, where a golden that was never committed
 * would otherwise pass every run without checking anything.
 */
export function matchGolden(name: string, actual: string): { ok: boolean; message: string } {
  const path = join(OUTPUT, `${name}.svg`);
  const changed = join(OUTPUT, `${name}-changed.svg`);
  const normalized = normalizeSvg(actual);
  if (!existsSync(path)) {
    if (process.env['CI'] === 'true') {
      writeFileSync(changed, normalized);
      return { ok: false, message: `${name}.svg is missing (CI=true: commit the golden file); see ${changed}` };
    }
    writeFileSync(path, normalized);
    return { ok: true, message: `created ${path}` };
  }
  if (readFileSync(path, 'utf8') === normalized) return { ok: true, message: 'matches' };
  writeFileSync(changed, normalized);
  return { ok: false, message: `${name}.svg differs; see ${changed}` };
}
