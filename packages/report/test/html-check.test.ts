import { describe, expect, it } from 'vitest';
import { checkHtml } from './html-check.js';

const page = (body: string): string =>
  `<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;

describe('checkHtml (the test helper)', () => {
  it('checkHtml accepts a well-formed page with inline SVG', () => {
    expect(checkHtml(page('<p>a<br>b</p><svg viewBox="0 0 1 1"><rect x="0"/></svg><a href="#x">x</a>'))).toEqual([]);
  });

  it('checkHtml reports unclosed and misnested elements', () => {
    expect(checkHtml(page('<p><b>x</p>'))).toContain('</p> closes <b>');
    expect(checkHtml(page('<div>'))).toContain('</body> closes <div>');
    expect(checkHtml('<!DOCTYPE html>\n<html lang="en"><meta charset="utf-8"><title>t</title><div>')).toContain(
      'unclosed: html div',
    );
  });

  it('checkHtml reports scripts, external links and duplicate ids', () => {
    const problems = checkHtml(page('<script></script><a href="https://x.org">x</a><p id="a"></p><p id="a"></p>'));
    expect(problems).toContain('forbidden element <script>');
    expect(problems).toContain('external href=https://x.org');
    expect(problems).toContain('duplicate id a');
  });

  it('checkHtml reports a stray < in text', () => {
    expect(checkHtml(page('<p>1 < 2</p>')).some((p) => p.startsWith('stray'))).toBe(true);
  });
});
