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
    parts.push(`<rect x="${px(cx)}" y="${px(cy - 9)}" width="10" height="10" fill="${colour(i)}"/>`);
    parts.push(text(cx + 14, cy, name));
    cx += w;
  });
  return { svg: `<g class="legend">${parts.join('')}</g>`, height: cy - y + 16 };
}

/** The source line at the bottom of a chart, cut to `width` (the data table under the chart has it in full). */
export function sourceLine(source: string, x: number, y: number, width: number): string {
  return text(x, y, fitText(source, width, 9), { size: 9, fill: MUTED });
}
