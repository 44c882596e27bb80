import { sankey, type SankeyLink, type SankeyNode } from 'd3-sankey';

export interface Flow {
  source: string;
  target: string;
  value: number;
}

interface NodeData {
  name: string;
}

export interface LaidOutNode {
  name: string;
  value: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** Column from the left; colours follow it. */
  depth: number;
}

export interface LaidOutLink {
  source: string;
  target: string;
  value: number;
  width: number;
  /** The ribbon's centre line, to be stroked `width` wide. */
  path: string;
}

export interface SankeyLayout {
  nodes: LaidOutNode[];
  links: LaidOutLink[];
}

type Node = SankeyNode<NodeData, object>;
type Link = SankeyLink<NodeData, object>;

const asNode = (end: Link['source']) => end as Node;

/** A horizontal ribbon from the source's right edge to the target's left edge. */
function ribbon(link: Link): string {
  const x0 = asNode(link.source).x1 ?? 0;
  const x1 = asNode(link.target).x0 ?? 0;
  const y0 = link.y0 ?? 0;
  const y1 = link.y1 ?? 0;
  const mid = (x0 + x1) / 2;
  return `M${x0},${y0}C${mid},${y0} ${mid},${y1} ${x1},${y1}`;
}

/**
 * Lays the flows out in `width` × `height` with d3-sankey. Flows of 0 are dropped. Returns null
 * when the flows cannot be drawn as a Sankey (a cycle), so the caller can fall back to a table.
 */
export function layoutSankey(flows: readonly Flow[], width: number, height: number): SankeyLayout | null {
  const kept = flows.filter((flow) => flow.value > 0 && flow.source !== flow.target);
  if (kept.length === 0) return { nodes: [], links: [] };
  const names = [...new Set(kept.flatMap((flow) => [flow.source, flow.target]))];
  const generator = sankey<NodeData, object>()
    .nodeId((node) => node.name)
    .nodeWidth(12)
    .nodePadding(12)
    .extent([
      [1, 6],
      [width - 1, height - 6],
    ]);
  let graph: { nodes: Node[]; links: Link[] };
  try {
    graph = generator({
      nodes: names.map((name) => ({ name })),
      links: kept.map((flow) => ({ source: flow.source, target: flow.target, value: flow.value })),
    });
  } catch {
    return null;
  }
  return {
    nodes: graph.nodes.map((node) => ({
      name: node.name,
      value: node.value ?? 0,
      x0: node.x0 ?? 0,
      x1: node.x1 ?? 0,
      y0: node.y0 ?? 0,
      y1: node.y1 ?? 0,
      depth: node.depth ?? 0,
    })),
    links: graph.links.map((link) => ({
      source: asNode(link.source).name,
      target: asNode(link.target).name,
      value: link.value,
      width: Math.max(1, link.width ?? 0),
      path: ribbon(link),
    })),
  };
}
