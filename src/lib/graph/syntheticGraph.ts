// A generated network of any size, for benchmarks and scale tests: seeded, so every run
// draws the same graph. Countries are hubs; people, organisations and projects attach to them.
import { ENTITY_TYPES, RELATION_TYPES } from '../types';
import type { Graph, GraphEdge, GraphNode } from './buildGraph';
import { seededRandom } from './simulation';

export function syntheticGraph(nodeCount: number, edgeCount = nodeCount * 4, seed = 7): Graph {
	const random = seededRandom(seed);
	const countries = Math.max(1, Math.round(nodeCount / 25));
	const nodes: GraphNode[] = Array.from({ length: nodeCount }, (_, i) => {
		const type =
			i < countries
				? 'country'
				: ENTITY_TYPES[1 + Math.floor(random() * (ENTITY_TYPES.length - 1))]!;
		return {
			id: `n${i}`,
			type,
			name: `${type} ${i}`,
			names: { fr: `${type} ${i}`, en: `${type} ${i}` },
			...(i >= countries ? { country: `n${Math.floor(random() * countries)}` } : {}),
			weight: 0,
			mentions: 1
		};
	});
	const edges = new Map<string, GraphEdge>();
	for (let attempt = 0; edges.size < edgeCount && attempt < edgeCount * 4; attempt++) {
		// Half the links touch a country: hubs, as in news networks.
		const a = random() < 0.5 ? Math.floor(random() * countries) : Math.floor(random() * nodeCount);
		const b = Math.floor(random() * nodeCount);
		if (a === b) continue;
		const type = RELATION_TYPES[Math.floor(random() * RELATION_TYPES.length)]!;
		const id = `${type}:n${a}>n${b}`;
		if (!edges.has(id))
			edges.set(id, {
				id,
				type,
				source: `n${a}`,
				target: `n${b}`,
				directed: true,
				count: 1 + Math.floor(random() * 3),
				evidence: []
			});
	}
	const list = [...edges.values()];
	const weights = new Map<string, number>();
	for (const e of list)
		for (const id of [e.source, e.target]) weights.set(id, (weights.get(id) ?? 0) + e.count);
	return { nodes: nodes.map((n) => ({ ...n, weight: weights.get(n.id) ?? 0 })), edges: list };
}
