// The data set's links numbered once: a filtered network is merged by counting into arrays
// indexed by link (src/lib/graph/buildGraph.ts) instead of building a link id, a map entry and
// a sort of the ids for each relation of every request (185,000 links from 266,000 relations
// under a broad filter at 10,000 articles: about a second each time).
import { edgeIdOf } from '../dataset/buildEdges';
import { relationPositions } from '../dataset/datasetIndex';
import type { Dataset } from '../dataset/schema';
import type { Relation, RelationType } from '../types';

/**
 * The links (one relation type between two actors, `edgeIdOf`) of a data set's relations and
 * its actors, numbered. Links are numbered in the order of their ids (as buildEdges sorts its
 * edges, by code units), so the links of any subset of relations, taken in number order, are in
 * the order buildEdges gives them.
 */
export interface LinkIndex {
	/** For each relation (its position in `dataset.relations`): its link, -1 when negated (a
	 * negated relation makes no link). */
	linkOf: Int32Array;
	/** For each link: its id, type, direction and ends (actor numbers). */
	ids: string[];
	types: RelationType[];
	directed: boolean[];
	sources: Int32Array;
	targets: Int32Array;
	/** Every actor an end of a relation, numbered (known to the data set or not). */
	actors: string[];
	actorNumber: ReadonlyMap<string, number>;
	/** A relation's position in `dataset.relations`. */
	position: ReadonlyMap<Relation, number>;
}

const indexes = new WeakMap<Dataset, LinkIndex>();

/** The data set's links, numbered once per data set (kept beside it, as its datasetIndex). */
export function linkIndex(dataset: Dataset): LinkIndex {
	const known = indexes.get(dataset);
	if (known) return known;
	const relations = dataset.relations;
	const actorNumber = new Map<string, number>();
	const actors: string[] = [];
	const actor = (id: string) => {
		let n = actorNumber.get(id);
		if (n === undefined) {
			actorNumber.set(id, (n = actors.length));
			actors.push(id);
		}
		return n;
	};
	// Links numbered as first met, then renumbered in id order.
	const met = new Map<string, number>();
	const first: Relation[] = [];
	const linkOf = new Int32Array(relations.length);
	const position = relationPositions(dataset);
	relations.forEach((r, i) => {
		if (r.modality === 'negated') {
			linkOf[i] = -1;
			return;
		}
		const id = edgeIdOf(r);
		let n = met.get(id);
		if (n === undefined) {
			met.set(id, (n = first.length));
			first.push(r);
		}
		linkOf[i] = n;
	});
	const ids = [...met.keys()];
	const order = ids
		.map((_, n) => n)
		.sort((a, b) => ((ids[a] as string) < (ids[b] as string) ? -1 : 1));
	const rank = new Int32Array(order.length);
	order.forEach((n, i) => (rank[n] = i));
	for (let i = 0; i < linkOf.length; i++)
		if ((linkOf[i] as number) >= 0) linkOf[i] = rank[linkOf[i] as number] as number;
	const sources = new Int32Array(order.length);
	const targets = new Int32Array(order.length);
	const byRank = order.map((n) => first[n] as Relation);
	byRank.forEach((r, i) => {
		sources[i] = actor(r.source);
		targets[i] = actor(r.target);
	});
	const index: LinkIndex = {
		linkOf,
		ids: order.map((n) => ids[n] as string),
		types: byRank.map((r) => r.type),
		directed: byRank.map((r) => r.directed),
		sources,
		targets,
		actors,
		actorNumber,
		position
	};
	indexes.set(dataset, index);
	return index;
}
