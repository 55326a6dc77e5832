/** Small pieces shared by the chart renderers: escaping, rounding, number formatting and text width. */

/** Escapes text for SVG/HTML content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A coordinate rounded to 0.1 px, written without a trailing `.0` or a negative zero. */
export function px(value: number): string {
  const r = Math.round(value * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}

/**
 * A value with `digits` decimals and thousands separators (`12,345.68`), the same in every
 * locale; `–` for a missing value.
 *
 * @example formatNumber(13987.6, 0) // returns '13,988'
 */
export function formatNumber(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const fixed = Math.abs(value).toFixed(digits);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const negative = value < 0 && Number(fixed) !== 0;
  return `${negative ? '-' : ''}${grouped}${fraction !== undefined ? `.${fraction}` : ''}`;
}

/** Approximate width of a label in px at `size`: CJK characters are one em wide, others about 0.56 em. */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/.test(ch) ? 1 : 0.56;
  return em * size;
}

/** `text` cut with an ellipsis so that it fits `width` px at `size`. */
export function fitText(content: string, width: number, size: number): string {
  if (textWidth(content, size) <= width) return content;
  let out = '';
  for (const ch of content) {
    if (textWidth(`${out}${ch}…`, size) > width) break;
    out += ch;
  }
  return `${out.trimEnd()}…`;
}

/** The font stack of every chart: Latin first, then CJK fonts found on Linux, macOS and Windows. */
export const FONT_FAMILY =
  "'Noto Sans', 'Helvetica Neue', Arial, 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/** Okabe-Ito colours: distinguishable with the common colour-vision deficiencies. */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'];

export const colour = (i: number): string => PALETTE[i % PALETTE.length] as string;

/** The focal economy's colour: used by no other series of a chart that has a focal one. */
export const FOCAL_COLOUR = '#D55E00';

/** Colours of the other series when one is focal (the palette without the focal colour and the pale yellow). */
const PEER_PALETTE = PALETTE.filter((c) => c !== FOCAL_COLOUR && c !== '#F0E442');

/** What decides a series' colour and weight. */
export interface SeriesIdentity {
  readonly name: string;
  /** `focal`: the economy the figure is about, drawn in {@link FOCAL_COLOUR}, thick and on top; `peer`: muted. */
  readonly emphasis?: 'focal' | 'peer';
  /** A key (an ISO3 code, a group id) that gives the series the same colour in every figure. */
  readonly colourKey?: string;
}

/**
 * The colour of each series. Without keys or a focal series, the palette in order. With a
 * `colourKey`, a colour fixed by the key (a stable hash into the palette; when two keys of one
 * chart collide, the later takes the next free colour), so an economy keeps its colour across
 * figures; the focal series always takes {@link FOCAL_COLOUR}, which no other series gets.
 */
export function seriesColours(series: readonly SeriesIdentity[]): string[] {
  const focal = series.some((s) => s.emphasis === 'focal');
  if (!focal && series.every((s) => s.colourKey === undefined)) return series.map((_s, i) => colour(i));
  const palette = focal ? PEER_PALETTE : PALETTE;
  const used = new Set<string>();
  return series.map((s, i) => {
    if (s.emphasis === 'focal') return FOCAL_COLOUR;
    let k = s.colourKey === undefined ? i : stableHash(s.colourKey);
    for (let tries = 0; tries < palette.length && used.has(palette[k % palette.length] as string); tries++) k++;
    const c = palette[k % palette.length] as string;
    used.add(c);
    return c;
  });
}

/** A small deterministic string hash (FNV-1a), for colours that do not depend on the other series. */
function stableHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export const INK = '#222222';
export const MUTED = '#666666';
export const GRID = '#e3e3e3';

/** Opening tag, title and description of a chart's SVG. */
export function svgOpen(id: string, width: number, height: number, title: string, description: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ` +
    `role="img" aria-labelledby="${id}-title ${id}-desc" font-family="${escapeXml(FONT_FAMILY)}" font-size="11" fill="${INK}">` +
    `<title id="${id}-title">${escapeXml(title)}</title><desc id="${id}-desc">${escapeXml(description)}</desc>`
  );
}

/** A text element; `anchor` is start, middle or end. */
export function text(
  x: number,
  y: number,
  content: string,
  options: { anchor?: 'start' | 'middle' | 'end'; size?: number; fill?: string; weight?: 'bold'; rotate?: number } = {},
): string {
  const attrs = [`x="${px(x)}"`, `y="${px(y)}"`];
  if (options.anchor && options.anchor !== 'start') attrs.push(`text-anchor="${options.anchor}"`);
  if (options.size !== undefined) attrs.push(`font-size="${options.size}"`);
  if (options.fill !== undefined) attrs.push(`fill="${options.fill}"`);
  if (options.weight) attrs.push(`font-weight="${options.weight}"`);
  if (options.rotate !== undefined) attrs.push(`transform="rotate(${options.rotate} ${px(x)} ${px(y)})"`);
  return `<text ${attrs.join(' ')}>${escapeXml(content)}</text>`;
}

export function line(x1: number, y1: number, x2: number, y2: number, stroke: string, extra = ''): string {
  return `<line x1="${px(x1)}" y1="${px(y1)}" x2="${px(x2)}" y2="${px(y2)}" stroke="${stroke}"${extra ? ` ${extra}` : ''}/>`;
}

/** A legend row of coloured swatches and names, wrapping to a new line when it runs out of width. */
export function legend(
  names: readonly string[],
  x: number,
  y: number,
  maxWidth: number,
  colours: readonly string[] = names.map((_n, i) => colour(i)),
): { svg: string; height: number } {
  if (names.length < 2) return { svg: '', height: 0 };
  const parts: string[] = [];
  let cx = x;
  let cy = y;
  names.forEach((name, i) => {
    const w = 14 + textWidth(name, 11) + 14;
    if (cx + w > x + maxWidth && cx > x) {
      cx = x;
      cy += 16;
    }
    parts.push(`<rect x="${px(cx)}" y="${px(cy - 9)}" width="10" height="10" fill="${colours[i] ?? colour(i)}"/>`);
    parts.push(text(cx + 14, cy, name));
    cx += w;
  });
  return { svg: `<g class="legend">${parts.join('')}</g>`, height: cy - y + 16 };
}

/**
 * The smallest text a chart draws, in px of the chart as rendered: front ends draw a chart at
 * the width it is shown (the dashboard at its container's, the report once wide and once for
 * phones), so a size in the SVG is the size a reader sees.
 */
export const MIN_TEXT = 11;

/** Baseline-to-baseline distance of wrapped lines at {@link MIN_TEXT}. */
export const LINE_HEIGHT = 14;

const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/;

/**
 * Greedy line breaking of `content` into lines no wider than `width` px at `size`: Latin text
 * breaks at spaces, Chinese between any two characters; a word wider than a line stands alone.
 */
export function wrapText(content: string, width: number, size: number): string[] {
  // Tokens: one CJK character, a run of spaces, or a run of other characters (a Latin word).
  const tokens: string[] = [];
  for (const ch of content) {
    const last = tokens.at(-1);
    const kind = (c: string): number => (CJK.test(c) ? 0 : /\s/.test(c) ? 1 : 2);
    if (last !== undefined && kind(ch) !== 0 && kind(last.slice(-1)) === kind(ch))
      tokens[tokens.length - 1] = last + ch;
    else tokens.push(ch);
  }
  const lines: string[] = [];
  let current = '';
  for (const token of tokens) {
    const next = current + token;
    if (current.trim().length > 0 && textWidth(next.trimEnd(), size) > width) {
      lines.push(current.trimEnd());
      current = token.trim().length === 0 ? '' : token;
    } else current = next;
  }
  if (current.trim().length > 0) lines.push(current.trimEnd());
  return lines.length > 0 ? lines : [''];
}

/**
 * The source of a chart in full, wrapped over as many lines as it needs at {@link MIN_TEXT}
 * (the chart's height grows by the extra lines: see frame.ts `size`), the last line's baseline
 * at `bottom`.
 */
export function sourceLine(source: string, x: number, bottom: number, width: number): string {
  const lines = wrapText(source, width, MIN_TEXT);
  const first = bottom - (lines.length - 1) * LINE_HEIGHT;
  return (
    `<g class="source" data-source="${escapeXml(source)}">` +
    lines.map((l, i) => text(x, first + i * LINE_HEIGHT, l, { fill: MUTED })).join('') +
    '</g>'
  );
}
