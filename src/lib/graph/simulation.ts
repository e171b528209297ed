// The force simulation shared by the server layout and the browser's Web Worker, so both
// settle the same way. Deterministic: seeded random source, nodes in the given order.
import {
	forceCenter,
	forceCollide,
	forceLink,
	forceManyBody,
	forceSimulation,
	forceX,
	forceY,
	type Simulation,
	type SimulationNodeDatum
} from 'd3-force';

export interface SimNode extends SimulationNodeDatum {
	id: string;
	r: number;
}
export interface SimLink {
	source: string;
	target: string;
}

/** Linear congruential generator: a seeded stand-in for Math.random. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0 || 1;
	return () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

/** Ticks until alpha falls below alphaMin: fewer for large graphs, where each tick costs more. */
export function tickBudget(nodeCount: number): number {
	return nodeCount > 2000 ? 70 : nodeCount > 1000 ? 120 : nodeCount > 200 ? 200 : 300;
}

/** The page's picture is 3:2; a narrow embed's is taller than wide (embedSize.ts). */
export const PAGE_ASPECT = 1.5;

export function createSimulation(
	nodes: SimNode[],
	links: SimLink[],
	seed = 42,
	/** Width over height of the picture: the pull toward the centre is stronger across the
	 * shorter side, so the network takes the picture's shape (3:2 as it always was, taller in a
	 * phone's column) instead of a blob shrunk to fit the narrow side. */
	aspect = PAGE_ASPECT
): Simulation<SimNode, undefined> {
	const large = nodes.length > 1000;
	const ticks = tickBudget(nodes.length);
	return forceSimulation(nodes)
		.randomSource(seededRandom(seed))
		.alphaDecay(1 - Math.pow(0.001, 1 / ticks))
		.force(
			'charge',
			forceManyBody<SimNode>()
				.strength(large ? -30 : -260)
				.theta(nodes.length > 2000 ? 1.5 : large ? 1.2 : 0.9)
		)
		.force(
			'link',
			forceLink<SimNode, SimLink>(links)
				.id((d) => d.id)
				.distance(large ? 20 : 70)
				.strength(large ? 0.2 : 0.35)
		)
		.force('collide', large ? null : forceCollide<SimNode>((d) => d.r + 14))
		.force('x', forceX(0).strength(0.04 * Math.sqrt(PAGE_ASPECT / aspect)))
		.force('y', forceY(0).strength(0.06 * Math.sqrt(aspect / PAGE_ASPECT)))
		.force('center', forceCenter(0, 0))
		.stop();
}
