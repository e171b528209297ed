// The part of a filtered network a page shows: the N strongest actors (by the counts of their
// links), the actors asked for and a selected actor with its neighbours, and the strongest
// links among them (a pair's relation types all together). Whatever the corpus, a page draws at most N actors (plus those kept) and
// LINKS_PER_ACTOR × N links; the rest is reached by search, filters or selecting an actor.
import { mergedLinks, type Graph, type GraphEdge } from './buildGraph';
import { pairId } from './pairLinks';

/** How many actors the network shows unless the reader says (`?top=`), and at most. */
export const TOP_DEFAULT = 60;
export const TOP_MAX = 400;
export const LINKS_PER_ACTOR = 4;

export interface Strongest extends Graph {
	/** The filtered network's size before the cut. */
	total: { nodes: number; edges: number };
}

/** `?top=` as a number of actors, or a message saying what it must be. */
export function parseTop(raw: string | null): { top: number; problem?: string } {
	if (raw === null || raw === '') return { top: TOP_DEFAULT };
	const n = Number(raw);
	if (Number.isInteger(n) && n >= 1 && n <= TOP_MAX) return { top: n };
	return {
		top: TOP_DEFAULT,
		problem: `The number of actors shown (top) must be a whole number from 1 to ${TOP_MAX}, not ${JSON.stringify(raw.slice(0, 40))}.`
	};
}

const byStrength =
	<T extends { id: string }>(strength: (x: T) => number) =>
	(a: T, b: T) =>
		strength(b) - strength(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function strongest(
	graph: Graph,
	top: number,
	keep: { ids?: Iterable<string>; expand?: string } = {}
): Strongest {
	// A merged network's edges are made for the links asked for only (a broad filter's network
	// has 185,000 at 10,000 articles; the page draws a few hundred).
	const merged = mergedLinks(graph);
	const edgesWhere = (test: (source: string, target: string) => boolean) =>
		merged ? merged.where(test) : graph.edges.filter((e) => test(e.source, e.target));
	const total = { nodes: graph.nodes.length, edges: merged?.size ?? graph.edges.length };
	const shown = new Set(
		[...graph.nodes]
			.sort(byStrength((n) => n.weight))
			.slice(0, top)
			.map((n) => n.id)
	);
	for (const id of keep.ids ?? []) shown.add(id);
	const { expand } = keep;
	if (expand && graph.nodes.some((n) => n.id === expand)) {
		// Selecting an actor brings in its neighbours (its strongest ones first, up to N).
		shown.add(expand);
		const neighbours = edgesWhere((source, target) => source === expand || target === expand)
			.sort(byStrength((e) => e.count))
			.map((e) => (e.source === expand ? e.target : e.source));
		for (const id of neighbours.slice(0, top)) shown.add(id);
	}
	const inside = edgesWhere((source, target) => shown.has(source) && shown.has(target));
	const budget = Math.max(LINKS_PER_ACTOR * top, inside.filter((e) => touches(e, expand)).length);
	// The selected actor's links always stay; the others by the strength of their pair, a
	// pair's types all together (its one link then counts what its panel counts), as long as
	// they fit in the budget.
	const kept = inside.filter((e) => touches(e, expand));
	const pairs = new Map<string, { id: string; count: number; edges: GraphEdge[] }>();
	for (const e of inside) {
		if (touches(e, expand)) continue;
		const id = pairId(e.source, e.target);
		const pair = pairs.get(id) ?? { id, count: 0, edges: [] };
		pair.count += e.count;
		pair.edges.push(e);
		pairs.set(id, pair);
	}
	for (const pair of [...pairs.values()].sort(byStrength((p) => p.count)))
		if (kept.length + pair.edges.length <= budget) kept.push(...pair.edges);
	const edges = kept.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return { nodes: graph.nodes.filter((n) => shown.has(n.id)), edges, total };
}

const touches = (e: { source: string; target: string }, id?: string) =>
	id !== undefined && (e.source === id || e.target === id);
