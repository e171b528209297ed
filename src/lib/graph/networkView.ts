// Everything the network page shows, as plain data: the laid-out graph, the legend, and the
// details of a selected node or edge with each evidence quote in its sentence.
import type { Dataset } from '../dataset/schema';
import { quote, quotes, type QuotedEvidence } from '../quotedEvidence';
import type { Locale } from '../i18n/locale';
import type { Modality, RelationType } from '../types';
import { buildGraph, type GraphEdge } from './buildGraph';
import type { Filters } from './filters';
import { layoutGraph, type Layout } from './layout';

export interface RelationItem {
	id: string;
	type: RelationType;
	other: { id: string; name: string };
	direction: 'out' | 'in' | 'mutual';
	date?: string;
	modality: Modality;
	/** PLOVER type and CAMEO code, as the field codes the event. */
	plover?: string;
	cameo?: string;
	evidence: QuotedEvidence[];
}

export interface NodeDetails {
	id: string;
	type: string;
	names: { fr: string; en: string };
	role?: string;
	country?: { id: string; name: string };
	affiliation?: { id: string; name: string };
	mentions: number;
	groups: { type: RelationType; items: RelationItem[] }[];
}

export interface EdgeDetails {
	edge: GraphEdge;
	sourceName: string;
	targetName: string;
	evidence: QuotedEvidence[];
}

/** Past this many actors the network is drawn on a canvas and laid out in the browser's worker. */
export const CANVAS_THRESHOLD = 400;

export interface NetworkView {
	/** Large networks come without server positions: the browser lays them out. */
	large: boolean;
	layout: Layout;
	edges: GraphEdge[];
	typesPresent: RelationType[];
	selectedNode?: NodeDetails;
	selectedEdge?: EdgeDetails;
}

/** An actor's name in a language (the gazetteer's form; its id when unknown). */
const nameIn = (dataset: Dataset, locale: Locale) => (key: string) => {
	const entity = dataset.entities.find((e) => e.id === key);
	return entity?.names[locale] ?? entity?.name ?? key;
};

export function nodeDetails(
	dataset: Dataset,
	id: string,
	filters: Filters,
	locale: Locale = 'en'
): NodeDetails | undefined {
	const entity = dataset.entities.find((e) => e.id === id);
	if (!entity) return undefined;
	const name = nameIn(dataset, locale);
	const relations = dataset.relations.filter(
		(r) =>
			(r.source === id || r.target === id) &&
			(!filters.types.length || filters.types.includes(r.type)) &&
			(!filters.plover.length || (!!r.plover && filters.plover.includes(r.plover)))
	);
	const groups = new Map<RelationType, RelationItem[]>();
	for (const r of relations) {
		const otherId = r.source === id ? r.target : r.source;
		const item: RelationItem = {
			id: r.id,
			type: r.type,
			other: { id: otherId, name: name(otherId) },
			direction: !r.directed ? 'mutual' : r.source === id ? 'out' : 'in',
			...(r.date ? { date: r.date } : {}),
			modality: r.modality,
			...(r.plover ? { plover: r.plover } : {}),
			...(r.cameo ? { cameo: r.cameo } : {}),
			evidence: quotes(dataset, r.evidence, new Set([r.source, r.target]))
		};
		groups.set(r.type, [...(groups.get(r.type) ?? []), item]);
	}
	return {
		id: entity.id,
		type: entity.type,
		names: entity.names,
		...(entity.role ? { role: entity.role } : {}),
		...(entity.country ? { country: { id: entity.country, name: name(entity.country) } } : {}),
		...(entity.affiliation
			? { affiliation: { id: entity.affiliation, name: name(entity.affiliation) } }
			: {}),
		mentions: entity.mentionCount,
		groups: [...groups]
			.map(([type, items]) => ({ type, items }))
			.sort((a, b) => b.items.length - a.items.length || a.type.localeCompare(b.type))
	};
}

export function networkView(
	dataset: Dataset,
	filters: Filters,
	select?: { node?: string; edge?: string },
	locale: Locale = 'en'
): NetworkView {
	const built = buildGraph(dataset, filters);
	// Labels in the reader's language; the layout does not depend on them.
	const graph = {
		...built,
		nodes: built.nodes.map((n) => ({ ...n, name: n.names[locale] ?? n.name }))
	};
	const large = graph.nodes.length > CANVAS_THRESHOLD;
	const layout = large
		? { width: 960, height: 640, nodes: graph.nodes.map((n) => ({ ...n, x: 0, y: 0, r: 0 })) }
		: layoutGraph(graph);
	const name = nameIn(dataset, locale);
	const edge = select?.edge ? graph.edges.find((e) => e.id === select.edge) : undefined;
	const selectedNode = select?.node
		? nodeDetails(dataset, select.node, filters, locale)
		: undefined;
	return {
		large,
		layout,
		edges: graph.edges,
		typesPresent: [...new Set(dataset.relations.map((r) => r.type))].sort(),
		...(selectedNode ? { selectedNode } : {}),
		...(edge
			? {
					selectedEdge: {
						edge,
						sourceName: name(edge.source),
						targetName: name(edge.target),
						evidence: edge.evidence.map((e) =>
							quote(dataset, e, new Set([edge.source, edge.target]))
						)
					}
				}
			: {})
	};
}
