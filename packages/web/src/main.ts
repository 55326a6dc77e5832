/**
 * The dashboard in the browser: reads the controls, has each view's loader (views/*.ts) ask
 * the API (relative /api URLs) and build its view, and draws the views with @chanye/charts,
 * the same renderer as the server's reports.
 *
 * @module
 */
import { renderSvg, type ChartSpec } from '@chanye/charts';
import { ApiError, getJson } from './api.js';
import type { EconomiesAnswer } from './api-types.js';
import { fanSeriesName, t, type Lang, type MessageKey } from './i18n.js';
import { loadArrays } from './views/arrays.js';
import { economyName, type Economy } from './views/economy.js';
import { loadIncome } from './views/income.js';
import { loadIo } from './views/io.js';
import { NotCovered, type LoadContext } from './views/load.js';
import { loadOverview } from './views/overview.js';
import { loadProductSpace } from './views/product-space.js';
import { loadScenario, loadScenarios } from './views/scenario.js';
import { loadScores } from './views/scores.js';
import { displayCell, tableCsv } from './views/table.js';
import { loadIndicator, loadTrajectories, TRAJECTORY_INDICATORS } from './views/trajectories.js';
import { VIEW_IDS, type View, type ViewId } from './views/view.js';
import { clampCentre, viewBoxOf, zoomAt, type ZoomState } from './zoom.js';
import { localiseView, type Terms } from './localise.js';

interface State {
  iso3: string;
  /** Undefined: the latest data (each resource's default year). */
  year: number | undefined;
  lang: Lang;
  indicator: string;
  scenario: string;
  /** The scenario view's second fan chart (a series id of the run). */
  series: string;
}

/** The years offered besides "latest": those of the embedded data's national accounts. */
const YEARS = Array.from({ length: 25 }, (_, i) => 2000 + i);
/** The year control's value for "the latest data". */
const LATEST = 'latest';
const TITLES: Readonly<Record<ViewId, MessageKey>> = {
  overview: 'overview',
  scores: 'scores',
  trajectories: 'trajectories',
  arrays: 'arrays',
  income: 'income',
  productSpace: 'productSpace',
  io: 'io',
  scenario: 'scenario',
};
const INTROS: Readonly<Record<ViewId, MessageKey>> = {
  overview: 'overviewIntro',
  scores: 'scoresIntro',
  trajectories: 'trajectoriesIntro',
  arrays: 'arraysIntro',
  income: 'incomeIntro',
  productSpace: 'productSpaceIntro',
  io: 'ioIntro',
  scenario: 'scenarioIntro',
};
const NOT_COVERED: Partial<Record<ViewId, MessageKey>> = {
  io: 'ioNotCovered',
  productSpace: 'productNotCovered',
  scenario: 'scenarioNotCovered',
};

const byId = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} missing from index.html`);
  return el as T;
};

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string>> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Answers of this session by URL: the same request is asked once (switching language refetches nothing). */
const answers = new Map<string, Promise<unknown>>();
function get<T>(path: string): Promise<T> {
  let found = answers.get(path);
  if (!found) {
    found = getJson<unknown>(path);
    found.catch(() => answers.delete(path));
    answers.set(path, found);
  }
  return found as Promise<T>;
}

const params = new URLSearchParams(location.search);
const state: State = {
  iso3: (params.get('economy') ?? 'CHN').toUpperCase(),
  year: YEARS.includes(Number(params.get('year'))) ? Number(params.get('year')) : undefined,
  lang: params.get('lang') === 'zh' ? 'zh' : 'en',
  indicator: (TRAJECTORY_INDICATORS as readonly string[]).includes(params.get('indicator') ?? '')
    ? (params.get('indicator') as string)
    : 'mva_share_gdp',
  scenario: /^[a-z][a-z0-9-]{0,60}$/.test(params.get('scenario') ?? '')
    ? (params.get('scenario') as string)
    : 'baseline',
  series: /^[a-z0-9_]{1,60}$/.test(params.get('series') ?? '')
    ? (params.get('series') as string)
    : 'manufacturing_share_gdp',
};
let economies: readonly Economy[] = [];

/** Each view's loader: it asks the API for what the view needs and builds the view's model. */
const LOADERS: Readonly<Record<ViewId, (ctx: LoadContext) => Promise<View>>> = {
  overview: loadOverview,
  scores: loadScores,
  trajectories: loadTrajectories,
  arrays: loadArrays,
  income: loadIncome,
  productSpace: loadProductSpace,
  io: loadIo,
  scenario: loadScenario,
};

/** Loads one view's data and builds its model. */
function loadView(id: ViewId, s: State, name: string): Promise<View> {
  return LOADERS[id]({
    ...s,
    name,
    nameOf: (code) => {
      const e = economies.find((x) => x.iso3 === code);
      return e ? economyName(e, s.lang) : code;
    },
    ask: get,
    offerSeries: (series, selected) => fillSeries(series, selected, s.lang),
  });
}

/** The series of the scenario view's second fan chart: those of the run, as the API lists them. */
function fillSeries(series: readonly string[], selected: string, lang: Lang): void {
  const select = byId<HTMLSelectElement>('series');
  select.replaceChildren(...series.map((id) => element('option', { value: id }, fanSeriesName(id, lang))));
  select.value = selected;
  // An economy without a structural run has no other series to choose.
  select.disabled = series.length === 0;
}

function announce(text: string): void {
  byId('status').textContent = text;
}

function download(view: View): void {
  // A Chinese table starts with a UTF-8 byte-order mark, so Excel on Windows reads its Chinese.
  const bom = state.lang === 'zh' ? '\ufeff' : '';
  const blob = new Blob([bom, tableCsv(view.table)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = element('a', { href: url, download: `chanye-${state.iso3}-${view.id}-${state.year}-${state.lang}.csv` });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function tableElement(view: View, lang: Lang): HTMLElement {
  const wrap = element('div', {
    class: 'table-wrap',
    role: 'region',
    tabindex: '0',
    'aria-labelledby': `cap-${view.id}`,
  });
  const table = element('table', { 'data-table': view.id });
  table.append(element('caption', { id: `cap-${view.id}` }, `${t(lang, 'dataTable')}: ${t(lang, TITLES[view.id])}`));
  const head = element('tr');
  for (const c of view.table.columns) head.append(element('th', { scope: 'col' }, c));
  const thead = element('thead');
  thead.append(head);
  table.append(thead);
  const body = element('tbody');
  for (const row of view.table.rows) {
    const tr = element('tr');
    row.forEach((cell, i) => {
      const td = element(
        i === 0 ? 'th' : 'td',
        i === 0 ? { scope: 'row' } : {},
        displayCell(cell, view.digits[i] ?? 2),
      );
      if (typeof cell === 'number') {
        td.dataset['value'] = String(cell);
        td.className = 'num';
      }
      tr.append(td);
    });
    body.append(tr);
  }
  table.append(body);
  wrap.append(table);
  return wrap;
}

/** The spec each figure shows, so that a change of width redraws it. */
const drawnSpecs = new WeakMap<HTMLElement, ChartSpec>();

/**
 * Renders a chart at the width its figure has on screen, so that the text sizes of the house
 * style (never below 11 px) are the sizes a reader sees: an SVG scaled down to a phone's width
 * would shrink its text with it.
 */
function drawChart(figure: HTMLElement, spec: ChartSpec): void {
  const width = Math.max(280, Math.floor(figure.clientWidth));
  drawnSpecs.set(figure, spec);
  figure.dataset['width'] = String(width);
  figure.innerHTML = renderSvg({ ...spec, width });
  markFound(figure, figure.dataset['search'] ?? '');
  if (spec.kind === 'network') applyZoom(figure);
  chartResizes.observe(figure);
}

/** Each network figure's zoom, kept across redraws (a search, a resize). */
const zooms = new WeakMap<HTMLElement, ZoomState>();

/** The figure's chart size in chart units (its SVG's width and height attributes). */
function chartSize(figure: HTMLElement): { svg: SVGSVGElement; width: number; height: number } | undefined {
  const svg = figure.querySelector('svg');
  if (!svg) return undefined;
  return { svg, width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')) };
}

function applyZoom(figure: HTMLElement): void {
  const size = chartSize(figure);
  if (!size) return;
  const state = zooms.get(figure) ?? { z: 1, cx: size.width / 2, cy: size.height / 2 };
  const fitted = clampCentre(state, size.width, size.height);
  zooms.set(figure, fitted);
  size.svg.setAttribute('viewBox', viewBoxOf(fitted, size.width, size.height));
  figure.dataset['zoom'] = String(Math.round(fitted.z * 100) / 100);
}

/** Zooms `factor` times around a point of the chart given in screen pixels (the centre without one). */
function zoomFigure(figure: HTMLElement, factor: number, at?: { clientX: number; clientY: number }): void {
  const size = chartSize(figure);
  if (!size) return;
  const state = zooms.get(figure) ?? { z: 1, cx: size.width / 2, cy: size.height / 2 };
  let px = state.cx;
  let py = state.cy;
  if (at) {
    const box = size.svg.getBoundingClientRect();
    const [vx, vy, vw, vh] = (size.svg.getAttribute('viewBox') ?? '').split(' ').map(Number) as number[];
    px = (vx as number) + ((at.clientX - box.left) / box.width) * (vw as number);
    py = (vy as number) + ((at.clientY - box.top) / box.height) * (vh as number);
  }
  zooms.set(figure, zoomAt(state, factor, px, py, size.width, size.height));
  applyZoom(figure);
}

/** Zoom buttons, the wheel and dragging over a network chart. */
function networkZoom(figure: HTMLElement, lang: Lang): HTMLElement {
  const button = (label: string, title: string, act: () => void): HTMLElement => {
    const b = element('button', { type: 'button', title, 'aria-label': title }, label);
    b.addEventListener('click', act);
    return b;
  };
  const controls = element('span', { class: 'zoom' });
  controls.append(
    button('+', t(lang, 'zoomIn'), () => zoomFigure(figure, 1.5)),
    button('−', t(lang, 'zoomOut'), () => zoomFigure(figure, 1 / 1.5)),
    button('⟲', t(lang, 'zoomReset'), () => {
      zooms.delete(figure);
      applyZoom(figure);
    }),
  );
  figure.addEventListener(
    'wheel',
    (event) => {
      event.preventDefault();
      zoomFigure(figure, event.deltaY < 0 ? 1.25 : 1 / 1.25, event);
    },
    { passive: false },
  );
  let drag: { x: number; y: number } | undefined;
  figure.addEventListener('pointerdown', (event) => {
    drag = { x: event.clientX, y: event.clientY };
  });
  figure.addEventListener('pointerup', () => (drag = undefined));
  figure.addEventListener('pointerleave', () => (drag = undefined));
  figure.addEventListener('pointermove', (event) => {
    const size = chartSize(figure);
    const state = zooms.get(figure);
    if (!drag || !size || !state || state.z <= 1) return;
    const box = size.svg.getBoundingClientRect();
    // Screen pixels to chart units at this zoom.
    const scale = size.width / state.z / box.width;
    zooms.set(figure, {
      z: state.z,
      cx: state.cx - (event.clientX - drag.x) * scale,
      cy: state.cy - (event.clientY - drag.y) * scale,
    });
    drag = { x: event.clientX, y: event.clientY };
    applyZoom(figure);
  });
  return controls;
}

/**
 * Rings the network's nodes whose code or name contains `query` (any case) and draws them on
 * top; returns how many. An empty query clears the marks.
 */
function markFound(figure: HTMLElement, query: string): number {
  const q = query.trim().toLowerCase();
  let found = 0;
  for (const node of figure.querySelectorAll<SVGCircleElement>('circle[data-id]')) {
    const hit = q !== '' && (node.querySelector('title')?.textContent ?? '').toLowerCase().includes(q);
    if (hit) {
      found++;
      node.setAttribute('data-found', 'true');
      // Red is no sector's colour, so the ring shows on any node, black Electronics included.
      node.setAttribute('stroke', '#e8000b');
      node.setAttribute('stroke-width', '3');
      node.setAttribute('r', String(Math.max(7, Number(node.getAttribute('r')))));
      node.parentNode?.appendChild(node); // on top of its neighbours
    }
  }
  return found;
}

/** A search box over a network chart: typing a product's code or name rings it in the chart. */
function networkSearch(figure: HTMLElement, spec: ChartSpec, lang: Lang): HTMLElement {
  const label = element('label', { class: 'search' }, `${t(lang, 'findProduct')} `);
  const input = element('input', {
    type: 'search',
    'data-search': spec.id,
    placeholder: t(lang, 'findProductHint'),
  }) as HTMLInputElement;
  input.addEventListener('input', () => {
    figure.dataset['search'] = input.value;
    const spec = drawnSpecs.get(figure);
    if (spec) drawChart(figure, spec); // redrawn clean, then marked
    const n = input.value.trim() === '' ? 0 : figure.querySelectorAll('circle[data-found]').length;
    if (input.value.trim() !== '') announce(t(lang, 'productsFound', { n }));
  });
  label.append(input);
  return label;
}

const chartResizes = new ResizeObserver((entries) => {
  for (const entry of entries) {
    const figure = entry.target as HTMLElement;
    const spec = drawnSpecs.get(figure);
    // A change of a pixel or two (a scroll bar appearing) does not redraw.
    if (spec && Math.abs(Math.floor(figure.clientWidth) - Number(figure.dataset['width'])) > 2) drawChart(figure, spec);
  }
});

/** Draws a view into its section: charts, note, table, and the download and cite actions. */
function paint(section: HTMLElement, view: View, lang: Lang): void {
  const content = section.querySelector<HTMLElement>('.content') as HTMLElement;
  content.replaceChildren();
  if (view.charts.length > 0) {
    const charts = element('div', { class: 'charts' });
    const figures = view.charts.map((spec) => {
      const figure = element('figure', { class: 'chart', 'data-chart': spec.id });
      if (spec.kind === 'network') {
        const tools = element('div', { class: 'network-tools' });
        tools.append(networkSearch(figure, spec, lang), networkZoom(figure, lang));
        charts.append(tools);
      }
      charts.append(figure);
      return { figure, spec };
    });
    content.append(charts);
    // Drawn once in place, at the width they are shown (the SVG carries its source line).
    for (const { figure, spec } of figures) drawChart(figure, spec);
  }
  if (view.note) content.append(element('p', { class: 'note' }, view.note));
  content.append(tableElement(view, lang));
  const actions = element('div', { class: 'actions' });
  const csv = element('button', { type: 'button', 'data-action': 'csv' }, t(lang, 'downloadCsv'));
  csv.addEventListener('click', () => download(view));
  const citeId = `cite-${view.id}`;
  const cite = element(
    'button',
    { type: 'button', 'data-action': 'cite', 'aria-expanded': 'false', 'aria-controls': citeId },
    t(lang, 'cite'),
  );
  const citation = element('blockquote', { id: citeId, class: 'cite', hidden: '' }, view.cite);
  cite.addEventListener('click', () => {
    const open = citation.hidden;
    citation.hidden = !open;
    cite.setAttribute('aria-expanded', String(open));
    cite.textContent = t(lang, open ? 'citeHide' : 'cite');
    if (open && navigator.clipboard) {
      navigator.clipboard.writeText(view.cite).then(
        () => announce(t(lang, 'copied')),
        () => undefined,
      );
    }
  });
  actions.append(csv, cite);
  content.append(actions, citation);
}

function paintProblem(section: HTMLElement, id: ViewId, error: unknown, lang: Lang): void {
  const content = section.querySelector<HTMLElement>('.content') as HTMLElement;
  const notFound =
    error instanceof NotCovered || (error instanceof ApiError && (error.status === 404 || error.status === 422));
  const key = notFound ? (NOT_COVERED[id] ?? 'notCovered') : 'failed';
  const p = element('p', { class: notFound ? 'not-covered' : 'error' }, t(lang, key));
  if (error instanceof ApiError && notFound && !NOT_COVERED[id]) p.append(` (${error.message})`);
  content.replaceChildren(p);
}

function buildSkeleton(): void {
  const nav = byId('nav-list');
  const views = byId('views');
  for (const id of VIEW_IDS) {
    const li = element('li');
    li.append(element('a', { href: `#view-${id}`, 'data-nav': id }));
    nav.append(li);
    const section = element('section', { id: `view-${id}`, 'data-view': id, 'aria-labelledby': `h-${id}` });
    section.append(element('h2', { id: `h-${id}` }), element('p', { class: 'intro' }));
    if (id === 'trajectories') {
      const row = element('div', { class: 'field' });
      row.append(element('label', { for: 'indicator', id: 'indicator-label' }), element('select', { id: 'indicator' }));
      section.append(row);
    }
    if (id === 'scenario') {
      const row = element('div', { class: 'fields' });
      for (const field of ['scenario', 'series']) {
        const one = element('div', { class: 'field' });
        one.append(element('label', { for: field, id: `${field}-label` }), element('select', { id: field }));
        row.append(one);
      }
      section.append(row);
    }
    section.append(element('div', { class: 'content' }));
    views.append(section);
  }
}

/** Every word on the page in the current language (the views are redrawn separately). */
async function paintChrome(): Promise<void> {
  const { lang } = state;
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = t(lang, 'appTitle');
  byId('app-title').textContent = t(lang, 'appTitle');
  byId('skip').textContent = t(lang, 'skip');
  byId('economy-label').textContent = t(lang, 'economy');
  byId('year-label').textContent = t(lang, 'year');
  byId('lang-label').textContent = t(lang, 'language');
  byId('nav').setAttribute('aria-label', t(lang, 'views'));
  byId('footer-text').textContent = t(lang, 'footer');
  byId('indicator-label').textContent = t(lang, 'indicator');
  byId('scenario-label').textContent = t(lang, 'scenarioLabel');
  byId('series-label').textContent = t(lang, 'seriesLabel');
  for (const id of VIEW_IDS) {
    byId(`h-${id}`).textContent = t(lang, TITLES[id]);
    (document.querySelector(`[data-nav="${id}"]`) as HTMLElement).textContent = t(lang, TITLES[id]);
    (byId(`view-${id}`).querySelector('.intro') as HTMLElement).textContent = t(lang, INTROS[id]);
  }
  const economy = byId<HTMLSelectElement>('economy');
  const sorted = [...economies].sort((a, b) => economyName(a, lang).localeCompare(economyName(b, lang), lang));
  economy.replaceChildren(
    ...sorted.map((e) => element('option', { value: e.iso3 }, `${economyName(e, lang)} (${e.iso3})`)),
  );
  economy.value = state.iso3;
  byId<HTMLSelectElement>('lang').value = lang;
  const indicators = await Promise.all(
    TRAJECTORY_INDICATORS.map((id) => loadIndicator({ ask: get }, id).catch(() => undefined)),
  );
  const indicator = byId<HTMLSelectElement>('indicator');
  indicator.replaceChildren(
    ...TRAJECTORY_INDICATORS.map((id, i) => {
      const found = indicators[i];
      return element('option', { value: id }, found ? (lang === 'zh' ? found.name_zh : found.name_en) : id);
    }),
  );
  indicator.value = state.indicator;
  const scenarios = await loadScenarios({ ask: get });
  const scenario = byId<HTMLSelectElement>('scenario');
  scenario.replaceChildren(
    ...scenarios.map((x) => element('option', { value: x.id }, lang === 'zh' ? x.name_zh : x.name_en)),
  );
  if (!scenarios.some((x) => x.id === state.scenario)) state.scenario = 'baseline';
  scenario.value = state.scenario;
}

let generation = 0;

/** Redraws every view for the current state; the last call wins. */
async function render(): Promise<void> {
  const gen = ++generation;
  const main = byId('main');
  main.dataset['state'] = 'loading';
  const s = { ...state };
  history.replaceState(
    null,
    '',
    `?${new URLSearchParams({
      economy: s.iso3,
      year: s.year === undefined ? LATEST : String(s.year),
      lang: s.lang,
      indicator: s.indicator,
      scenario: s.scenario,
      series: s.series,
    })}`,
  );
  announce(t(s.lang, 'loading'));
  await paintChrome();
  s.scenario = state.scenario;
  const found = economies.find((e) => e.iso3 === s.iso3);
  const name = found ? economyName(found, s.lang) : s.iso3;
  await Promise.allSettled(
    VIEW_IDS.map(async (id) => {
      const section = byId(`view-${id}`);
      section.setAttribute('aria-busy', 'true');
      try {
        const view = await loadView(id, s, name);
        // In Chinese, units and source lines in the report's words (GET /api/terms/zh).
        const shown = s.lang === 'zh' ? localiseView(view, await get<Terms>('/api/terms/zh')) : view;
        if (gen === generation) paint(section, shown, s.lang);
        if (gen === generation && id === 'scenario')
          section.dataset['key'] = `${s.iso3} ${s.scenario} ${byId<HTMLSelectElement>('series').value} ${s.lang}`;
      } catch (error) {
        if (gen === generation) paintProblem(section, id, error, s.lang);
      } finally {
        if (gen === generation) section.removeAttribute('aria-busy');
      }
    }),
  );
  if (gen !== generation) return;
  main.dataset['state'] = 'ready';
  main.dataset['key'] = `${s.iso3} ${s.year ?? LATEST} ${s.lang}`;
  announce(`${t(s.lang, 'ready')}: ${name}, ${s.year ?? t(s.lang, 'latestYear')}`);
}

async function start(): Promise<void> {
  buildSkeleton();
  const year = byId<HTMLSelectElement>('year');
  year.replaceChildren(
    element('option', { value: LATEST }, t(state.lang, 'latestYear')),
    ...YEARS.map((y) => element('option', { value: String(y) }, String(y))),
  );
  year.value = state.year === undefined ? LATEST : String(state.year);
  economies = await get<EconomiesAnswer>('/api/economies');
  if (!economies.some((e) => e.iso3 === state.iso3)) state.iso3 = 'CHN';
  byId<HTMLSelectElement>('economy').addEventListener('change', (e) => {
    state.iso3 = (e.target as HTMLSelectElement).value;
    void render();
  });
  year.addEventListener('change', () => {
    state.year = year.value === LATEST ? undefined : Number(year.value);
    void render();
  });
  byId<HTMLSelectElement>('lang').addEventListener('change', (e) => {
    state.lang = (e.target as HTMLSelectElement).value === 'zh' ? 'zh' : 'en';
    void render();
  });
  byId<HTMLSelectElement>('indicator').addEventListener('change', (e) => {
    state.indicator = (e.target as HTMLSelectElement).value;
    void render();
  });
  byId<HTMLSelectElement>('scenario').addEventListener('change', (e) => {
    state.scenario = (e.target as HTMLSelectElement).value;
    void render();
  });
  byId<HTMLSelectElement>('series').addEventListener('change', (e) => {
    state.series = (e.target as HTMLSelectElement).value;
    void render();
  });
  await render();
}

void start().catch((error: unknown) => {
  byId('main').dataset['state'] = 'error';
  announce(error instanceof Error ? error.message : String(error));
});
