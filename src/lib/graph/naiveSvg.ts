// The baseline of `npm run bench:graph`: a network drawn the naive d3 way — one SVG element per
// node and per edge, the simulation on the main thread updating every element on every tick.
import { select } from 'd3-selection';
import type { Graph } from './buildGraph';
import { nodeRadius } from './layout';
import { createSimulation, type SimNode } from './simulation';
import { RELATION_STYLE } from './style';

export interface NaiveSvg {
	settled: Promise<number>;
	panBy(dx: number, dy: number): void;
}

export function naiveSvg(
	container: HTMLElement,
	graph: Graph,
	width = 960,
	height = 640
): NaiveSvg {
	const svg = select(container)
		.append('svg')
		.attr('viewBox', `${-width / 2} ${-height / 2} ${width} ${height}`)
		.style('width', '100%');
	const root = svg.append('g');
	const nodes: SimNode[] = graph.nodes.map((n) => ({ id: n.id, r: Math.min(nodeRadius(n), 14) }));
	const index = new Map(nodes.map((n) => [n.id, n]));
	const links = graph.edges.map((e) => ({
		source: e.source,
		target: e.target,
		colour: RELATION_STYLE[e.type].colour
	}));
	const lines = root
		.append('g')
		.selectAll('line')
		.data(links)
		.join('line')
		.attr('stroke', (d) => d.colour)
		.attr('stroke-opacity', 0.55);
	const circles = root
		.append('g')
		.selectAll('circle')
		.data(nodes)
		.join('circle')
		.attr('r', (d) => d.r / 2)
		.attr('fill', '#0072b2');
	const started = performance.now();
	const simulation = createSimulation(
		nodes,
		graph.edges.map((e) => ({ source: e.source, target: e.target }))
	);
	let x = 0;
	let y = 0;
	const settled = new Promise<number>((resolve) => {
		simulation
			.on('tick', () => {
				lines
					.attr('x1', (d) => index.get(d.source)?.x ?? 0)
					.attr('y1', (d) => index.get(d.source)?.y ?? 0)
					.attr('x2', (d) => index.get(d.target)?.x ?? 0)
					.attr('y2', (d) => index.get(d.target)?.y ?? 0);
				circles.attr('cx', (d) => d.x ?? 0).attr('cy', (d) => d.y ?? 0);
			})
			.on('end', () => resolve(performance.now() - started))
			.restart();
	});
	return {
		settled,
		panBy(dx, dy) {
			x += dx;
			y += dy;
			root.attr('transform', `translate(${x},${y})`);
		}
	};
}
