/**
 * A small strict checker for the report's HTML (no validator runs offline here): the HTML5
 * doctype, `lang` and charset; every element closed in order (void elements excepted, SVG
 * elements may close themselves); unique ids; no scripts, external resources or links that
 * leave the document. Returns the problems found (empty when the document passes).
 */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

const SVG_ELEMENTS = new Set([
  'svg',
  'g',
  'title',
  'desc',
  'text',
  'line',
  'rect',
  'circle',
  'path',
  'polygon',
  'polyline',
]);

export function checkHtml(html: string): string[] {
  const problems: string[] = [];
  if (!html.startsWith('<!DOCTYPE html>\n<html lang="')) problems.push('missing <!DOCTYPE html> and <html lang>');
  if (!/<meta charset="utf-8">/.test(html)) problems.push('missing <meta charset="utf-8">');
  if (!/<title>[^<]+<\/title>/.test(html)) problems.push('missing <title>');
  const body = html.replace(/<style>[\s\S]*?<\/style>/, '<style></style>');
  const stack: { name: string; svg: boolean }[] = [];
  const ids = new Set<string>();
  const tag =
    /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:="[^"]*")?)*)\s*(\/?)>|<!DOCTYPE html>|<!--[\s\S]*?-->/g;
  let last = 0;
  for (let m = tag.exec(body); m !== null; m = tag.exec(body)) {
    const between = body.slice(last, m.index);
    if (/[<>]/.test(between)) problems.push(`stray < or > near ${JSON.stringify(between.slice(0, 60))}`);
    last = m.index + m[0].length;
    if (m[2] === undefined) continue;
    const [, closing, rawName, attributes = '', selfClosing] = m;
    const name = rawName.toLowerCase();
    const inSvg = stack.some((s) => s.svg) || name === 'svg';
    if (inSvg && !SVG_ELEMENTS.has(name)) problems.push(`unexpected element <${name}> in SVG`);
    for (const [, attr, value] of attributes.matchAll(/([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:="([^"]*)")?/g)) {
      if (attr === 'id' && value !== undefined) {
        if (ids.has(value)) problems.push(`duplicate id ${value}`);
        ids.add(value);
      }
      if ((attr === 'href' || attr === 'src') && !(value ?? '').startsWith('#'))
        problems.push(`external ${attr}=${value}`);
      if (attr?.startsWith('on')) problems.push(`event handler ${attr}`);
    }
    if (name === 'script' || name === 'link' || name === 'iframe' || name === 'img' || name === 'object')
      problems.push(`forbidden element <${name}>`);
    if (closing) {
      const open = stack.pop();
      if (open?.name !== name) problems.push(`</${name}> closes <${open?.name ?? 'nothing'}>`);
    } else if (selfClosing) {
      if (!inSvg && !VOID.has(name)) problems.push(`self-closed <${name}/> outside SVG`);
    } else if (!VOID.has(name)) stack.push({ name, svg: name === 'svg' });
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.map((s) => s.name).join(' ')}`);
  if (/url\(|@import|https?:\/\/[^\s"<]*\.(?:woff2?|ttf|otf|css|js)\b/.test(html)) problems.push('external resource');
  return problems;
}
