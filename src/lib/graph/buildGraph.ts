// A data set and filters → the visible network: edges merged by pair and relation type from
// the relations that pass the filters, and the nodes they join (plus the countries asked for).
import { buildEdges } from '../dataset/buildEdges';
import { datasetIndex } from '../dataset/datasetIndex';
import type { Dataset, DatasetEntity, Edge } from '../dataset/schema';
import type { EntityType, Evidence, Relation, RelationType } from '../types';
import type { Filters } from './filters';

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

/** The relations of `relations` (in their order) that some link of `links` was merged from. */
function relationsOfLinks(
	relations: readonly Relation[],
	links: readonly Partial<Pick<Edge, 'relations'>>[]
): Relation[] {
	const ids = new Set(links.flatMap((e) => e.relations ?? []));
	return relations.filter((r) => ids.has(r.id));
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
 */
export function buildGraphWithRelations(
	dataset: Dataset,
	filters: Filters,
	found?: readonly Relation[]
): { graph: Graph; relations: Relation[] } {
	const index = datasetIndex(dataset);
	const articleDates = index.articleDates;
	// The data set's edges are already merged by pair and type: a filter on types keeps some of
	// them as they are; only an article, a period or a PLOVER type needs the relations merged again.
	// A PLOVER filter reaches into edges that mix codes (a support asserted and one announced).
	// The relations merged again, when they were.
	const passing =
		found ??
		(filters.article || filters.from || filters.to || filters.plover.length || filters.minConfidence
			? dataset.relations.filter((r) => relationPasses(r, filters, articleDates))
			: undefined);
	const merged = passing
		? buildEdges(passing)
		: dataset.edges.filter((e) => !filters.types.length || filters.types.includes(e.type));
	// Edges keep the data set's extra fields until the end: copying every edge of a large
	// corpus for each request only to drop most of them costs more than the filtering.
	let edges: (GraphEdge & Partial<Pick<Edge, 'relations' | 'modalities'>>)[] = merged.filter(
		(e) => e.count >= filters.min
	);

	const seeds = new Set<string>();
	if (filters.countries.length) {
		// Ego network: the countries, their people and organisations, and what touches them.
		for (const e of dataset.entities) {
			if (filters.countries.includes(e.id) || (e.country && filters.countries.includes(e.country)))
				seeds.add(e.id);
		}
		const reached = new Set(seeds);
		for (let step = 0; step < filters.depth; step++) {
			const frontier = new Set(reached);
			for (const e of edges)
				if (frontier.has(e.source) || frontier.has(e.target)) reached.add(e.source).add(e.target);
		}
		const ring = filters.depth === 1 ? seeds : reached;
		edges = edges.filter((e) =>
			filters.depth === 1
				? ring.has(e.source) || ring.has(e.target)
				: ring.has(e.source) && ring.has(e.target)
		);
	}
	if (filters.nodes.length) {
		// Hidden actor types take their links with them.
		const shownType = (id: string) => filters.nodes.includes(index.entity(id)?.type ?? 'country');
		edges = edges.filter((e) => shownType(e.source) && shownType(e.target));
	}
	const weights = new Map<string, number>();
	for (const e of edges)
		for (const id of [e.source, e.target]) weights.set(id, (weights.get(id) ?? 0) + e.count);
	const visible = new Set([
		...weights.keys(),
		...[...seeds].filter(
			(id) =>
				filters.countries.includes(id) &&
				(!filters.nodes.length || filters.nodes.includes('country'))
		)
	]);
	const nodes = [...visible]
		.map((id) => index.entity(id))
		.filter((e): e is DatasetEntity => !!e)
		.map((e) => toNode(e, weights.get(e.id) ?? 0))
		.sort((a, b) => (a.id < b.id ? -1 : 1));
	const shown = new Set(nodes.map((n) => n.id));
	const kept = edges.filter((e) => shown.has(e.source) && shown.has(e.target));
	return {
		graph: {
			nodes,
			edges: kept.map(({ relations: _relations, modalities: _modalities, ...edge }) => edge)
		},
		relations:
			passing && kept.length === merged.length && (found || index.relationIdsUnique)
				? // Every link merged is kept: every relation merged counts, without a set of
					// their ids (200,000 under a broad filter at 10,000 articles).
					passing.filter((r) => r.modality !== 'negated')
				: relationsOfLinks(found ?? dataset.relations, kept)
	};
}
