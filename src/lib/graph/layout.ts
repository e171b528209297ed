// A deterministic force layout (d3-force with a seeded random source and nodes in a fixed
// order), computed on the server so the page shows the network without JavaScript and the
// same data and URL always give the same picture.
import {
	forceCenter,
	forceCollide,
	forceLink,
	forceManyBody,
	forceSimulation,
	forceX,
	forceY,
	type SimulationNodeDatum
} from 'd3-force';
import type { Graph, GraphNode } from './buildGraph';

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

/** Linear congruential generator: a seeded stand-in for Math.random. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0 || 1;
	return () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

export const nodeRadius = (n: Pick<GraphNode, 'weight' | 'type'>) =>
	(n.type === 'country' ? 9 : 6) + 2.5 * Math.sqrt(n.weight);

type SimNode = SimulationNodeDatum & { id: string };

export function layoutGraph(graph: Graph, width = 960, height = 640, seed = 42): Layout {
	const nodes: SimNode[] = graph.nodes.map((n) => ({ id: n.id }));
	const ids = new Set(nodes.map((n) => n.id));
	const links = graph.edges.map((e) => ({ source: e.source, target: e.target }));
	// Persons and organisations sit near their country, drawn or not by an edge.
	for (const n of graph.nodes)
		if (n.country && ids.has(n.country)) links.push({ source: n.id, target: n.country });
	const radius = new Map(graph.nodes.map((n) => [n.id, nodeRadius(n)]));
	const simulation = forceSimulation(nodes)
		.randomSource(seededRandom(seed))
		.force('charge', forceManyBody().strength(-260))
		.force(
			'link',
			forceLink<SimNode, { source: string; target: string }>(links)
				.id((d) => d.id)
				.distance(70)
				.strength(0.35)
		)
		.force(
			'collide',
			forceCollide<SimNode>((d) => (radius.get(d.id) ?? 8) + 14)
		)
		.force('x', forceX(0).strength(0.04))
		.force('y', forceY(0).strength(0.06))
		.force('center', forceCenter(0, 0))
		.stop();
	simulation.tick(Math.min(400, 150 + nodes.length));
	const margin = 60;
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
