// Everything the network page shows, as plain data: the strongest part of the filtered graph
// laid out, the legend, and the details of a selected node or edge with each evidence quote in
// its sentence, a page at a time. Links reach the page without their evidence.
import { datasetIndex, type DatasetIndex } from '../dataset/datasetIndex';
import type { Dataset, DatasetEntity } from '../dataset/schema';
import { quote, quotes, type QuotedEvidence } from '../quotedEvidence';
import type { Locale } from '../i18n/locale';
import { roleIn } from '../i18n/roleLabels';
import { paginate, PAGE_SIZE, type Paged } from '../pagination';
import { curatedText, relationQualifiers } from '../i18n/qualifiers';
import type { CurationState, Evidence, Modality, Relation, RelationType } from '../types';
import { memo } from '../dataset/memo';
import { mentionCountOf, selectionOf, sentenceCount, uniqueEvidence } from '../counts';
import { mergedLinks, type Graph, type GraphEdge } from './buildGraph';
import type { Filters } from './filters';
import { layoutGraph, type Layout } from './layout';
import { strongest, TOP_DEFAULT } from './strongest';
import { pairCount, pairId, pairLinks, parsePairId } from './pairLinks';

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
	/** Its qualifiers in the page's words: the date with its precision, and the modality as
	 * the text gives it ('' when asserted; a negation worded as the text words it). */
	dateText: string;
	modalityText: string;
	/** How likely it is right, 0–1 (Relation.confidence), and in words ("confidence 0.82");
	 * absent for a relation without one (a curator's). */
	confidence?: number;
	confidenceText?: string;
	/** Whether a curator accepted or added it, and that in words; absent when none decided it. */
	curated?: CurationState;
	curatedText?: string;
	evidence: QuotedEvidence[];
}

/** A relation's confidence in the page's words: "confidence 0.82", « confiance 0,82 ». */
export function confidenceText(confidence: number, locale: Locale): string {
	const value = confidence.toFixed(2);
	return locale === 'fr' ? `confiance ${value.replace('.', ',')}` : `confidence ${value}`;
}

export interface NodeDetails {
	id: string;
	type: string;
	names: { fr: string; en: string };
	role?: string;
	country?: { id: string; name: string };
	affiliation?: { id: string; name: string };
	mentions: number;
	/** Relation counts by type, for every relation (not only this page's). */
	counts: { type: RelationType; count: number }[];
	/** This page's relations, grouped by type. */
	groups: { type: RelationType; items: RelationItem[] }[];
	/** Negated relations of the actor the filters would otherwise keep: not counted, shown
	 * with the text's words (the first PAGE_SIZE). */
	negated: RelationItem[];
	page: number;
	pages: number;
	total: number;
}

/** A link as the page draws it: its counts and dates, not its evidence. */
export type ViewEdge = Omit<GraphEdge, 'evidence'> & { evidenceCount?: number };

export interface EdgeDetails {
	/** The link selected: one relation type's edge (`talks:A~B`, `visit:A>B`) or every type
	 * between a pair (`pair:A~B`, see pairLinks.ts). */
	id: string;
	source: string;
	target: string;
	sourceName: string;
	targetName: string;
	/** Whether every relation of the link runs from source to target. */
	directed: boolean;
	/** Relations (events) of every type, counted as every view counts them. */
	count: number;
	/** Its types with their counts, most first (one type for a type's edge). */
	types: { type: RelationType; count: number }[];
	firstDate?: string;
	lastDate?: string;
	/** The link's relations with their qualifiers and their direction seen from `source` (the
	 * first PAGE_SIZE, by type as `types` lists them), without evidence. */
	relations: (Omit<RelationItem, 'evidence' | 'other'> & {
		direction: RelationItem['direction'];
	})[];
	evidence: Paged<QuotedEvidence>;
}

/** Past this many actors, or this many links, the network is drawn on a canvas and laid out
 * in the browser's worker. */
export const CANVAS_THRESHOLD = 400;
export const CANVAS_LINKS = 1200;

export interface NetworkView {
	/** Large networks come without server positions: the browser lays them out. */
	large: boolean;
	layout: Layout;
	edges: ViewEdge[];
	/** The relation types the legend lists: those of the filtered network (see
	 * {@link legendTypes}). */
	typesPresent: RelationType[];
	/** How many actors the page shows at most (`?top=`), and the filtered network's size. */
	top: number;
	total: { nodes: number; edges: number };
	/** Pairs of actors joined by a link (one link each unless `?links=types`): drawn, and in
	 * the filtered network. */
	pairs: { shown: number; total: number };
	selectedNode?: NodeDetails;
	selectedEdge?: EdgeDetails;
}

/** Where an actor's details find actors, articles and mentions: the in-memory data set's index,
 * or a store (src/lib/server/store). */
export type ActorSource = Pick<DatasetIndex, 'entity' | 'article' | 'mentionsIn'>;

const sourceOf = (from: Dataset | ActorSource): ActorSource =>
	'articles' in from ? datasetIndex(from) : from;

/** An actor's name in a language (the gazetteer's form; its id when unknown). */
const nameIn = (from: Dataset | ActorSource, locale: Locale) => {
	const source = sourceOf(from);
	return (key: string) => {
		const entity = source.entity(key);
		return entity?.names[locale] ?? entity?.name ?? key;
	};
};

/** A relation's identity, codes and qualifiers in the page's words. */
function qualified(
	dataset: Dataset | ActorSource,
	r: Relation,
	locale: Locale
): Omit<RelationItem, 'evidence' | 'other' | 'direction'> {
	const name = nameIn(dataset, locale);
	return {
		id: r.id,
		type: r.type,
		...(r.date ? { date: r.date } : {}),
		modality: r.modality,
		...(r.plover ? { plover: r.plover } : {}),
		...(r.cameo ? { cameo: r.cameo } : {}),
		...relationQualifiers(r, locale, name),
		...(r.confidence !== undefined
			? { confidence: r.confidence, confidenceText: confidenceText(r.confidence, locale) }
			: {}),
		...(r.curated ? { curated: r.curated, curatedText: curatedText(r.curated, locale) } : {})
	};
}

const TYPE_ORDER = (a: { count: number; type: string }, b: { count: number; type: string }) =>
	b.count - a.count || a.type.localeCompare(b.type);

export function nodeDetails(
	dataset: Dataset,
	id: string,
	filters: Filters,
	locale: Locale = 'en',
	page = 1
): NodeDetails | undefined {
	const entity = datasetIndex(dataset).entity(id);
	if (!entity) return undefined;
	// The actor's own relations among those every view counts (src/lib/counts.ts).
	const counted = new Set(selectionOf(dataset, filters).relations);
	const relations = datasetIndex(dataset)
		.relationsOf(id)
		.filter((r) => counted.has(r));
	const perType = new Map<RelationType, number>();
	for (const r of relations) perType.set(r.type, (perType.get(r.type) ?? 0) + 1);
	const counts = [...perType].map(([type, count]) => ({ type, count })).sort(TYPE_ORDER);
	const rank = new Map(counts.map((c, i) => [c.type, i]));
	// Pages run through the types in the order they are listed, most frequent first.
	const ordered = [...relations].sort((a, b) => (rank.get(a.type) ?? 0) - (rank.get(b.type) ?? 0));
	const paged = paginate(ordered, page);
	const negated = selectionOf(dataset, filters)
		.negated.filter((r) => r.source === id || r.target === id)
		.slice(0, PAGE_SIZE);
	return actorDetails(
		datasetIndex(dataset),
		entity,
		{ ...paged, counts, negated, mentions: mentionCountOf(dataset, id, filters) },
		locale
	);
}

/**
 * An actor's details from its counted relations already chosen: `items` are this page's
 * relations (grouped by type here, in their order), `counts` every counted relation by type,
 * `negated` the negated ones to list. Shared by {@link nodeDetails} and the store's answer
 * (src/lib/server/store/actorDetails.ts), so both give the same panel.
 */
export function actorDetails(
	source: ActorSource,
	entity: DatasetEntity,
	part: Paged<Relation> & {
		counts: { type: RelationType; count: number }[];
		negated: readonly Relation[];
		/** Its mentions in the selection's articles (src/lib/counts.ts mentionCountOf). */
		mentions: number;
	},
	locale: Locale = 'en'
): NodeDetails {
	const id = entity.id;
	const name = nameIn(source, locale);
	const item = (r: Relation): RelationItem => {
		const otherId = r.source === id ? r.target : r.source;
		return {
			...qualified(source, r, locale),
			other: { id: otherId, name: name(otherId) },
			direction: !r.directed ? 'mutual' : r.source === id ? 'out' : 'in',
			evidence: quotes(source, r.evidence, new Set([r.source, r.target]))
		};
	};
	const groups = new Map<RelationType, RelationItem[]>();
	for (const r of part.items) groups.set(r.type, [...(groups.get(r.type) ?? []), item(r)]);
	return {
		id: entity.id,
		type: entity.type,
		names: entity.names,
		...(entity.role ? { role: roleIn(entity, locale) } : {}),
		...(entity.country ? { country: { id: entity.country, name: name(entity.country) } } : {}),
		...(entity.affiliation
			? { affiliation: { id: entity.affiliation, name: name(entity.affiliation) } }
			: {}),
		mentions: part.mentions,
		counts: part.counts,
		groups: [...groups].map(([type, items]) => ({ type, items })),
		negated: part.negated.map(item),
		page: part.page,
		pages: part.pages,
		total: part.total
	};
}

/** A link's evidence, a page at a time, each quote in its sentence. */
export function edgeEvidence(
	dataset: Dataset,
	edge: Pick<GraphEdge, 'source' | 'target' | 'evidence'>,
	page = 1
): Paged<QuotedEvidence> {
	const paged = paginate(uniqueEvidence(dataset, edge.evidence), page);
	const actors = new Set([edge.source, edge.target]);
	return { ...paged, items: paged.items.map((e) => quote(dataset, e, actors)) };
}

/** The edges a link id names in a network (see {@link linkEdges}), made only for that link when
 * the network was merged from numbered links (a broad filter's has 185,000). */
export function linkEdgesIn(graph: Graph, id: string): GraphEdge[] {
	const merged = mergedLinks(graph);
	if (!merged) return linkEdges(graph.edges, id);
	return parsePairId(id)
		? merged.where((source, target) => pairId(source, target) === id)
		: merged.where((_source, _target, link) => link === id);
}

/** The edges a link id names in a network: the edge itself, or every edge of a pair. */
export function linkEdges<E extends Pick<GraphEdge, 'id' | 'source' | 'target'>>(
	edges: readonly E[],
	id: string
): E[] {
	if (!parsePairId(id)) return edges.filter((e) => e.id === id);
	return edges.filter((e) => pairId(e.source, e.target) === id);
}

/** A link's counted relations with their qualifiers, the first page of them. */
export function edgeRelations(
	dataset: Dataset,
	edges: readonly Pick<GraphEdge, 'source' | 'target' | 'type' | 'directed'>[],
	filters: Filters,
	locale: Locale = 'en',
	/** The end the directions are seen from. */
	from = edges[0]?.source ?? ''
): EdgeDetails['relations'] {
	const rank = new Map(edges.map((e, i) => [e, i]));
	const edgeOf = (r: Relation) =>
		edges.find(
			(e) =>
				r.type === e.type &&
				r.directed === e.directed &&
				r.source === e.source &&
				r.target === e.target
		);
	return selectionOf(dataset, filters)
		.relations.flatMap((r) => {
			const edge = edgeOf(r);
			return edge ? [{ r, order: rank.get(edge) ?? 0 }] : [];
		})
		.sort((a, b) => a.order - b.order)
		.slice(0, PAGE_SIZE)
		.map(({ r }) => ({
			...qualified(dataset, r, locale),
			direction: !r.directed ? 'mutual' : r.source === from ? 'out' : 'in'
		}));
}

/** The details of a link (a type's edge or a pair's, see EdgeDetails) in a filtered network;
 * undefined when the network has no such link. */
export function linkDetails(
	dataset: Dataset,
	graph: Graph,
	id: string,
	filters: Filters,
	locale: Locale = 'en',
	page = 1
): EdgeDetails | undefined {
	const found = linkEdgesIn(graph, id);
	const [link] = pairLinks(found);
	if (!link) return undefined;
	// A link all of whose relations run one way is told in that direction.
	const reversed = link.backward === link.count;
	const [source, target] = reversed ? [link.target, link.source] : [link.source, link.target];
	// Edges in the order their types are listed, most relations first.
	const typeRank = new Map(link.types.map((t, i) => [t.type, i]));
	const ordered = [...found].sort(
		(a, b) => (typeRank.get(a.type) ?? 0) - (typeRank.get(b.type) ?? 0) || b.count - a.count
	);
	const name = nameIn(dataset, locale);
	return {
		id,
		source,
		target,
		sourceName: name(source),
		targetName: name(target),
		directed: link.mutual === 0 && (link.forward === 0 || link.backward === 0),
		count: link.count,
		types: link.types,
		...(link.firstDate ? { firstDate: link.firstDate } : {}),
		...(link.lastDate ? { lastDate: link.lastDate } : {}),
		relations: edgeRelations(dataset, ordered, filters, locale, source),
		evidence: edgeEvidence(
			dataset,
			{ source, target, evidence: found.flatMap((e) => e.evidence) },
			page
		)
	};
}

/**
 * The relation types of the filtered network, its own type filter aside: a type toggled off in
 * the legend stays listed, to be toggled on again, and a type the other filters leave no
 * relation of is not listed (#14: a one-country view listed every type of the corpus).
 */
export function legendTypes(dataset: Dataset, filters: Filters): RelationType[] {
	const unTyped = { ...filters, types: [] };
	return memo(dataset, 'legendTypes', unTyped, () =>
		[...new Set(selectionOf(dataset, unTyped).relations.map((r) => r.type))].sort()
	);
}

/** The filtered network, merged once per filters. */
export function filteredGraph(dataset: Dataset, filters: Filters): Graph {
	return selectionOf(dataset, filters).graph;
}

const withoutEvidence =
	(dataset: Dataset) =>
	({ evidence, ...edge }: GraphEdge): ViewEdge => ({
		...edge,
		evidenceCount: sentenceCount(dataset, evidence)
	});

export function networkView(
	dataset: Dataset,
	filters: Filters,
	select: { node?: string; edge?: string; page?: number } = {},
	locale: Locale = 'en',
	top = TOP_DEFAULT,
	/** Collects the evidence behind the links shown (for a source line). */
	onEvidence?: (evidence: Evidence[]) => void,
	/** The picture's size (an embed draws at its frame's width); the page's 960 × 640 else. */
	size: { width: number; height: number } = { width: 960, height: 640 }
): NetworkView {
	const full = filteredGraph(dataset, filters);
	// The picture is laid out once per filters, size, expansion and language.
	const { graph, large, layout, viewEdges, pairs } = memo(
		dataset,
		'networkLayout',
		[filters, top, select.node ?? null, locale, size.width, size.height],
		() => {
			const built = strongest(full, top, { ids: filters.countries, expand: select.node });
			// Labels in the reader's language; the layout does not depend on them.
			const graph = {
				...built,
				nodes: built.nodes.map((n) => ({ ...n, name: n.names[locale] ?? n.name }))
			};
			const large = graph.nodes.length > CANVAS_THRESHOLD || graph.edges.length > CANVAS_LINKS;
			const layout = large
				? { ...size, nodes: graph.nodes.map((n) => ({ ...n, x: 0, y: 0, r: 0 })) }
				: layoutGraph(graph, size.width, size.height);
			// Pairs of the whole filtered network: a scan of every link (226,000 at 10,000
			// articles), counted once per filters rather than per request.
			const pairs = {
				shown: pairCount(graph.edges),
				total: mergedLinks(full)?.pairs() ?? pairCount(full.edges)
			};
			return { graph, large, layout, viewEdges: graph.edges.map(withoutEvidence(dataset)), pairs };
		}
	);
	onEvidence?.(graph.edges.flatMap((e) => e.evidence));
	// A link may be selected from the full filtered network (a table row, a shared URL).
	const selectedEdge = select.edge
		? linkDetails(dataset, full, select.edge, filters, locale, select.page)
		: undefined;
	const selectedNode = select.node
		? nodeDetails(dataset, select.node, filters, locale, select.page)
		: undefined;
	return {
		large,
		layout,
		edges: viewEdges,
		typesPresent: legendTypes(dataset, filters),
		top,
		total: graph.total,
		pairs,
		...(selectedNode ? { selectedNode } : {}),
		...(selectedEdge ? { selectedEdge } : {})
	};
}
