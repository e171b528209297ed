// A data set and filters → the visible network: edges merged by pair and relation type from
// the relations that pass the filters, and the nodes they join (plus the countries asked for).
import { datasetIndex } from '../dataset/datasetIndex';
import type { Dataset, DatasetEntity } from '../dataset/schema';
import type { EntityType, Evidence, Relation, RelationType } from '../types';
import type { Filters } from './filters';
import { linkIndex } from './linkIndex';

export interface GraphNode {
	id: string;
	type: EntityType;
	name: string;
	names: { fr: string; en: string };
	country?: string;
	role?: string;
	roleNames?: { fr: string; en: string };
	/** Sum of the counts of the node's visible edges. */
	weight: number;
	mentions: number;
}

export interface GraphEdge {
	id: string;
	type: RelationType;
	source: string;
	target: string;
	directed: boolean;
	count: number;
	firstDate?: string;
	lastDate?: string;
	evidence: Evidence[];
}

export interface Graph {
	nodes: GraphNode[];
	edges: GraphEdge[];
}

/** The span of days a partial date covers: 2023-03 → [2023-03-01, 2023-03-31]. */
export function dateSpan(date: string): [string, string] {
	if (date.length === 4) return [`${date}-01-01`, `${date}-12-31`];
	if (date.length === 7) return [`${date}-01`, `${date}-31`];
	return [date, date];
}

/** Whether a relation passes the type, PLOVER, confidence, article and period filters (negated
 * ones never do). */
export function relationPasses(
	r: Relation,
	filters: Filters,
	articleDates: ReadonlyMap<string, string>
): boolean {
	if (r.modality === 'negated') return false;
	if (filters.types.length && !filters.types.includes(r.type)) return false;
	if (filters.plover.length && !(r.plover && filters.plover.includes(r.plover))) return false;
	if (filters.minConfidence && (r.confidence ?? 1) < filters.minConfidence) return false;
	if (filters.article && !r.evidence.some((e) => e.article === filters.article)) return false;
	if (filters.from || filters.to) {
		// An undated relation is placed at its article's date.
		const date = r.date ?? articleDates.get(r.evidence[0]?.article ?? '') ?? '';
		const [start, end] = dateSpan(date);
		if (filters.from && end < filters.from) return false;
		if (filters.to && start > filters.to) return false;
	}
	return true;
}

function toNode(e: DatasetEntity, weight: number): GraphNode {
	return {
		id: e.id,
		type: e.type,
		name: e.name,
		names: e.names,
		...(e.country ? { country: e.country } : {}),
		...(e.role ? { role: e.role } : {}),
		...(e.roleNames ? { roleNames: e.roleNames } : {}),
		weight,
		mentions: e.mentionCount
	};
}

export function buildGraph(dataset: Dataset, filters: Filters): Graph {
	return buildGraphWithRelations(dataset, filters).graph;
}

/**
 * The filtered network and the relations behind its links, in the data set's order: the
 * relations every view counts (src/lib/counts.ts). `found`, when given, are the relations the filters start
 * from, found by an index (src/lib/dataset/relationFinder.ts): every relation that passes
 * {@link relationPasses} with an end in a filtered country, in the data set's order; the network
 * is then merged from them alone instead of from the whole data set.
 *
 * The links are the data set's edges (buildEdges: merged by pair and type), counted from the
 * relations that pass the filters through the data set's numbered links (./linkIndex.ts): no
 * link id is built, looked up or sorted per relation, and only the links kept become objects.
 */
export function buildGraphWithRelations(
	dataset: Dataset,
	filters: Filters,
	found?: readonly Relation[]
): { graph: Graph; relations: Relation[] } {
	const index = datasetIndex(dataset);
	const links = linkIndex(dataset);
	const all = dataset.relations;
	const { linkOf } = links;
	// The relations merged again (positions, ascending), when an article, a period or a PLOVER
	// type reaches into the links (a PLOVER filter into links that mix codes: a support asserted
	// and one announced), or the index found them. Otherwise every relation of the types asked
	// for: the data set's edges as they are.
	let positions: number[] | undefined;
	if (found) positions = found.map((r) => links.position.get(r) ?? -1).filter((p) => p >= 0);
	else if (
		filters.article ||
		filters.from ||
		filters.to ||
		filters.plover.length ||
		filters.minConfidence
	) {
		positions = [];
		for (let p = 0; p < all.length; p++)
			if (relationPasses(all[p] as Relation, filters, index.articleDates)) positions.push(p);
	}
	const linkCount = links.ids.length;
	const count = new Int32Array(linkCount);
	// Each link's relations, in the data set's order: a chain of positions.
	const head = new Int32Array(linkCount);
	const tail = new Int32Array(linkCount);
	const next = new Int32Array(all.length);
	const firstDate: (string | undefined)[] = [];
	const lastDate: (string | undefined)[] = [];
	const touched: number[] = [];
	const add = (p: number) => {
		const l = linkOf[p] as number;
		const before = count[l] as number;
		count[l] = before + 1;
		if (before === 0) {
			touched.push(l);
			head[l] = p;
		} else next[tail[l] as number] = p;
		tail[l] = p;
		next[p] = -1;
		const date = (all[p] as Relation).date;
		if (date) {
			const first = firstDate[l];
			if (first === undefined || date < first) firstDate[l] = date;
			const last = lastDate[l];
			if (last === undefined || date > last) lastDate[l] = date;
		}
	};
	if (positions) {
		for (const p of positions) if ((linkOf[p] as number) >= 0) add(p);
	} else {
		const types = filters.types.length ? new Set(filters.types) : undefined;
		for (let p = 0; p < all.length; p++) {
			const l = linkOf[p] as number;
			if (l >= 0 && (!types || types.has(links.types[l] as RelationType))) add(p);
		}
	}
	const merged = Int32Array.from(touched).sort();
	let edges = merged.filter((l) => (count[l] as number) >= filters.min);
	const actorCount = links.actors.length;
	const number = (id: string) => links.actorNumber.get(id);
	const seeds = new Set<string>();
	if (filters.countries.length) {
		// Ego network: the countries, their people and organisations, and what touches them.
		for (const e of dataset.entities) {
			if (filters.countries.includes(e.id) || (e.country && filters.countries.includes(e.country)))
				seeds.add(e.id);
		}
		const seeded = new Uint8Array(actorCount);
		for (const id of seeds) {
			const n = number(id);
			if (n !== undefined) seeded[n] = 1;
		}
		const reached = seeded.slice();
		for (let step = 0; step < filters.depth; step++) {
			const frontier = reached.slice();
			for (const l of edges) {
				const [s, t] = [links.sources[l] as number, links.targets[l] as number];
				if (frontier[s] || frontier[t]) reached[s] = reached[t] = 1;
			}
		}
		const ring = filters.depth === 1 ? seeded : reached;
		edges = edges.filter((l) => {
			const [s, t] = [ring[links.sources[l] as number], ring[links.targets[l] as number]];
			return filters.depth === 1 ? !!(s || t) : !!(s && t);
		});
	}
	if (filters.nodes.length) {
		// Hidden actor types take their links with them.
		const shown = links.actors.map((id) =>
			filters.nodes.includes(index.entity(id)?.type ?? 'country')
		);
		edges = edges.filter(
			(l) => shown[links.sources[l] as number] && shown[links.targets[l] as number]
		);
	}
	const weights = new Float64Array(actorCount);
	const linked = new Uint8Array(actorCount);
	for (const l of edges)
		for (const n of [links.sources[l] as number, links.targets[l] as number]) {
			weights[n] = (weights[n] as number) + (count[l] as number);
			linked[n] = 1;
		}
	const visible = new Set([
		...links.actors.filter((_, n) => linked[n]),
		...[...seeds].filter(
			(id) =>
				filters.countries.includes(id) &&
				(!filters.nodes.length || filters.nodes.includes('country'))
		)
	]);
	const weightOf = (id: string) => {
		const n = number(id);
		return n === undefined ? 0 : (weights[n] as number);
	};
	const nodes = [...visible]
		.map((id) => index.entity(id))
		.filter((e): e is DatasetEntity => !!e)
		.map((e) => toNode(e, weightOf(e.id)))
		.sort((a, b) => (a.id < b.id ? -1 : 1));
	const drawn = new Uint8Array(actorCount);
	for (const n of nodes) {
		const a = number(n.id);
		if (a !== undefined) drawn[a] = 1;
	}
	const kept = edges.filter(
		(l) => drawn[links.sources[l] as number] && drawn[links.targets[l] as number]
	);
	const evidenceOf = (l: number): Evidence[] => {
		const evidence: Evidence[] = [];
		for (let p = head[l] as number; p >= 0; p = next[p] as number)
			for (const e of (all[p] as Relation).evidence) evidence.push(e);
		return evidence;
	};
	// Keys in the order the edges had before (a merge's, or the data set's edges' schema order).
	const edgeOf = (l: number): GraphEdge => {
		const edge: Omit<GraphEdge, 'evidence'> & { evidence?: Evidence[] } = {
			id: links.ids[l] as string,
			type: links.types[l] as RelationType,
			source: links.actors[links.sources[l] as number] as string,
			target: links.actors[links.targets[l] as number] as string,
			directed: links.directed[l] as boolean,
			count: count[l] as number
		};
		if (positions) edge.evidence = evidenceOf(l);
		const [first, last] = [firstDate[l], lastDate[l]];
		if (first !== undefined) edge.firstDate = first;
		if (last !== undefined) edge.lastDate = last;
		if (!positions) edge.evidence = evidenceOf(l);
		return edge as GraphEdge;
	};
	// The relations of the links kept, in the data set's order.
	const keptLink = new Uint8Array(linkCount);
	for (const l of kept) keptLink[l] = 1;
	const counted: Relation[] = [];
	const collect = (p: number) => {
		const l = linkOf[p] as number;
		if (l >= 0 && keptLink[l]) counted.push(all[p] as Relation);
	};
	if (positions) for (const p of positions) collect(p);
	else for (let p = 0; p < all.length; p++) collect(p);
	// Relations sharing an id (a hand-made data set) count when any relation of a kept link has
	// their id, as the links list their relations by id.
	const byId =
		!index.relationIdsUnique && !(found && kept.length === merged.length)
			? new Set(counted.map((r) => r.id))
			: undefined;
	// The links become edges when the whole network is read (a download); the page reads the
	// strongest part only (see mergedLinks).
	let made: GraphEdge[] | undefined;
	const graph: Graph = {
		nodes,
		get edges() {
			return (made ??= Array.from(kept, edgeOf));
		}
	};
	merges.set(graph, {
		size: kept.length,
		where: (test) => {
			const found: GraphEdge[] = [];
			for (const l of kept) {
				const source = links.actors[links.sources[l] as number] as string;
				const target = links.actors[links.targets[l] as number] as string;
				if (test(source, target, links.ids[l] as string)) found.push(edgeOf(l));
			}
			return found;
		},
		pairs: () => {
			const pairs = new Set<number>();
			for (const l of kept) {
				const [s, t] = [links.sources[l] as number, links.targets[l] as number];
				pairs.add(s < t ? s * actorCount + t : t * actorCount + s);
			}
			return pairs.size;
		}
	});
	return {
		graph,
		relations: byId ? (found ?? all).filter((r) => byId.has(r.id)) : counted
	};
}

/**
 * A network {@link buildGraphWithRelations} merged, read without making every link an edge:
 * its number of links, the edges whose ends (or id) pass a test, in the graph's order (made when
 * asked, equal to the graph's own), and its number of pairs of actors (src/lib/graph/pairLinks.ts's
 * pairCount).
 */
export interface MergedLinks {
	size: number;
	where: (test: (source: string, target: string, id: string) => boolean) => GraphEdge[];
	pairs: () => number;
}

const merges = new WeakMap<Graph, MergedLinks>();

/** The links behind a merged network, when {@link buildGraphWithRelations} made it. */
export const mergedLinks = (graph: Graph): MergedLinks | undefined => merges.get(graph);
