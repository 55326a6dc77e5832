import type { ProductSpaceLink } from '@chanye/compute';

export interface GraphNode {
  readonly id: string;
  readonly label: string;
  readonly group: string;
  readonly pci: number;
}

/** The product space as JSON for the dashboard: nodes and links (indices resolved to ids). */
export function graphJson(nodes: readonly GraphNode[], links: readonly ProductSpaceLink[], meta: object): string {
  return `${JSON.stringify(
    {
      ...meta,
      nodes,
      links: links.map((l) => ({
        source: nodes[l.source]!.id,
        target: nodes[l.target]!.id,
        proximity: l.proximity,
        spanning_tree: l.spanningTree,
      })),
    },
    null,
    1,
  )}\n`;
}

const xml = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** The same graph as GraphML (readable by Gephi, Cytoscape, networkx, igraph). */
export function graphMl(nodes: readonly GraphNode[], links: readonly ProductSpaceLink[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="group" for="node" attr.name="group" attr.type="string"/>',
    '  <key id="pci" for="node" attr.name="pci" attr.type="double"/>',
    '  <key id="proximity" for="edge" attr.name="proximity" attr.type="double"/>',
    '  <key id="tree" for="edge" attr.name="spanning_tree" attr.type="boolean"/>',
    '  <graph id="product-space" edgedefault="undirected">',
  ];
  for (const n of nodes) {
    lines.push(
      `    <node id="${xml(n.id)}"><data key="label">${xml(n.label)}</data><data key="group">${xml(n.group)}</data><data key="pci">${Number.isFinite(n.pci) ? n.pci : ''}</data></node>`,
    );
  }
  for (const l of links) {
    lines.push(
      `    <edge source="${xml(nodes[l.source]!.id)}" target="${xml(nodes[l.target]!.id)}"><data key="proximity">${l.proximity}</data><data key="tree">${l.spanningTree}</data></edge>`,
    );
  }
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}
