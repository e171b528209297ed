// A deterministic force layout (d3-force with a seeded random source and nodes in a fixed
// order), computed on the server so the page shows the network without JavaScript and the
// same data and URL always give the same picture.
import { createSimulation, tickBudget, type SimLink, type SimNode } from './simulation';
import type { Graph, GraphEdge, GraphNode } from './buildGraph';

export interface PlacedNode extends GraphNode {
	x: number;
	y: number;
	r: number;
}

export interface Layout {
	width: number;
	height: number;
	nodes: PlacedNode[];
}

/** Grows with the node's links, up to a cap: in a large corpus the busiest actor would
 * otherwise cover the picture. */
export const MAX_RADIUS = 28;
export const nodeRadius = (n: Pick<GraphNode, 'weight' | 'type'>) =>
	Math.min(MAX_RADIUS, (n.type === 'country' ? 9 : 6) + 2.5 * Math.sqrt(n.weight));

/** Edges, plus a pull from each person or organisation to its country, drawn or not. */
export function layoutLinks(graph: {
	nodes: GraphNode[];
	edges: Pick<GraphEdge, 'source' | 'target'>[];
}): SimLink[] {
	const ids = new Set(graph.nodes.map((n) => n.id));
	const links: SimLink[] = graph.edges.map((e) => ({ source: e.source, target: e.target }));
	for (const n of graph.nodes)
		if (n.country && ids.has(n.country)) links.push({ source: n.id, target: n.country });
	return links;
}

export function layoutGraph(graph: Graph, width = 960, height = 640, seed = 42): Layout {
	const radius = new Map(graph.nodes.map((n) => [n.id, nodeRadius(n)]));
	const nodes: SimNode[] = graph.nodes.map((n) => ({ id: n.id, r: radius.get(n.id) ?? 8 }));
	const simulation = createSimulation(nodes, layoutLinks(graph), seed, width / height);
	simulation.tick(tickBudget(nodes.length));
	// Room for the labels at the edges: 60 px on the page, less in a phone's column, where
	// labels slide along their side to stay inside (labels.ts).
	const margin = Math.min(60, Math.max(24, width * 0.075));
	const xs = nodes.map((n) => n.x ?? 0);
	const ys = nodes.map((n) => n.y ?? 0);
	const [minX, maxX, minY, maxY] = [
		Math.min(...xs, 0),
		Math.max(...xs, 0),
		Math.min(...ys, 0),
		Math.max(...ys, 0)
	];
	const scale = Math.min(
		(width - 2 * margin) / Math.max(1, maxX - minX),
		(height - 2 * margin) / Math.max(1, maxY - minY),
		3
	);
	const cx = (minX + maxX) / 2;
	const cy = (minY + maxY) / 2;
	const round = (v: number) => Math.round(v * 10) / 10;
	return {
		width,
		height,
		nodes: graph.nodes.map((n, i) => ({
			...n,
			x: round(width / 2 + ((nodes[i]?.x ?? 0) - cx) * scale),
			y: round(height / 2 + ((nodes[i]?.y ?? 0) - cy) * scale),
			r: round(radius.get(n.id) ?? 8)
		}))
	};
}
