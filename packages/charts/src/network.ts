import { sourceRoom } from './frame.js';
import { escapeXml, fitText, formatNumber, px, sourceLine, svgOpen, text, textWidth } from './svg.js';
import type { NetworkChartSpec } from './spec.js';

/**
 * Colours of network groups: the Okabe-Ito colours first, then further distinct hues (up to
 * 22 HS sections); beyond that they repeat.
 */
export const GROUP_PALETTE = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#F0E442',
  '#000000',
  '#8C564B',
  '#7F3C8D',
  '#11A579',
  '#3969AC',
  '#F2B701',
  '#E73F74',
  '#80BA5A',
  '#E68310',
  '#008695',
  '#CF1C90',
  '#F97B72',
  '#4B4B8F',
  '#A5AA99',
  '#6B8E23',
];

/** Fill of nodes that are not highlighted, and of links. */
const OTHER = '#c8c8c8';
const BACKBONE = '#9a9a9a';
const EXTRA = '#d6d6d6';

/** The colour order of a network's groups: `spec.groups`, else the nodes' groups sorted. */
export function networkGroups(spec: NetworkChartSpec): string[] {
  const present = [...new Set(spec.nodes.map((n) => n.group))];
  if (!spec.groups) return present.sort((a, b) => a.localeCompare(b));
  return [...spec.groups, ...present.filter((g) => !spec.groups?.includes(g)).sort((a, b) => a.localeCompare(b))];
}

const finite = (v: number | null | undefined): v is number => v !== null && v !== undefined && Number.isFinite(v);

/**
 * Renders a network chart: the legend (groups of the highlighted nodes, then the others), the
 * links (backbone darker, the rest lighter), the nodes that are not highlighted in grey, then
 * the highlighted nodes in their group's colour on top; node area is proportional to `size`.
 */
export function renderNetwork(spec: NetworkChartSpec): string {
  const width = spec.width ?? 760;
  const height = spec.height ?? 560;
  const groups = networkGroups(spec);
  const colourOf = new Map(groups.map((g, i) => [g, GROUP_PALETTE[i % GROUP_PALETTE.length] as string]));
  // Legend: the groups that have highlighted nodes, then one swatch for the rest.
  const shown = groups.filter((g) => spec.nodes.some((n) => n.highlight && n.group === g));
  const entries = [
    ...shown.map((g) => ({ name: g, fill: colourOf.get(g) as string })),
    { name: spec.labels.other, fill: OTHER },
  ];
  const legend: string[] = [];
  let lx = 12;
  let ly = 16;
  if (shown.length > 0) {
    legend.push(text(lx, ly, `${spec.labels.highlight}:`, { weight: 'bold' }));
    lx += textWidth(`${spec.labels.highlight}:`, 11) + 10;
  }
  for (const e of entries) {
    const w = 14 + textWidth(e.name, 11) + 12;
    if (lx + w > width - 12 && lx > 12) {
      lx = 12;
      ly += 16;
    }
    legend.push(`<circle cx="${px(lx + 5)}" cy="${px(ly - 4)}" r="5" fill="${e.fill}"/>`);
    legend.push(text(lx + 14, ly, e.name));
    lx += w;
  }
  // Room for the largest node (radius 8) inside the plotting area.
  const top = ly + 18;
  const bottom = height - 26 - sourceRoom(spec);
  const left = 20;
  const right = width - 20;
  const X = (v: number): number => left + v * (right - left);
  const Y = (v: number): number => top + v * (bottom - top);
  const largest = Math.max(0, ...spec.nodes.map((n) => (finite(n.size) && n.size > 0 ? n.size : 0)));
  const radius = (s: number | null): number =>
    1.6 + (largest > 0 && finite(s) && s > 0 ? 6.4 * Math.sqrt(s / largest) : 0);
  const parts = [
    svgOpen(spec.id, width, height, spec.title, spec.description),
    `<g class="legend">${legend.join('')}</g>`,
  ];
  for (const backbone of [true, false]) {
    const d = spec.links
      .filter((l) => l.backbone === backbone)
      .map((l) => {
        const a = spec.nodes[l.source];
        const b = spec.nodes[l.target];
        return a && b ? `M${px(X(a.x))},${px(Y(a.y))}L${px(X(b.x))},${px(Y(b.y))}` : '';
      })
      .join('');
    if (d) {
      parts.push(
        `<path class="links" data-backbone="${backbone}" d="${d}" fill="none" stroke="${backbone ? BACKBONE : EXTRA}" stroke-width="${backbone ? 0.8 : 0.5}"/>`,
      );
    }
  }
  for (const highlight of [false, true]) {
    parts.push(`<g class="nodes" data-highlight="${highlight}">`);
    spec.nodes.forEach((node) => {
      if (node.highlight !== highlight) return;
      const fill = highlight ? (colourOf.get(node.group) as string) : OTHER;
      const tip = `${node.id} ${fitText(node.label, 260, 11)} (${node.group})${finite(node.size) ? `: ${formatNumber(node.size, spec.digits ?? 0)}` : ''}${node.hint !== undefined ? `; ${node.hint}` : ''}`;
      parts.push(
        `<circle data-id="${escapeXml(node.id)}" cx="${px(X(node.x))}" cy="${px(Y(node.y))}" r="${px(radius(node.size))}" fill="${fill}"` +
          `${highlight ? ' stroke="#ffffff" stroke-width="0.5"' : ''}><title>${escapeXml(tip)}</title></circle>`,
      );
    });
    parts.push('</g>');
  }
  parts.push(sourceLine(spec.source, 12, height - 6, width - 24));
  parts.push('</svg>');
  return parts.join('');
}
