// The compiled data set as a store the server queries (src/lib/server/store/): what a view asks
// of it (filtered relation counts, an actor's relations a page at a time, an article and its
// mentions), whatever holds it. The embedded SQLite database is the one implementation.
import type { CountrySummary, Dataset, DatasetEntity } from '../../dataset/schema';
import type { Filters } from '../../graph/filters';
import type { RelationKind } from './queries';
import type {
	Article,
	ArticleMeta,
	Indicator,
	Quote,
	Mention,
	PloverType,
	Relation,
	RelationType,
	UnknownValue
} from '../../types';

/**
 * Which relations a query counts: the filters a store answers by itself. A relation counts when
 * it is not negated, has one of `types` and `plover` (any when empty), has a sentence in
 * `article`, overlaps the period `from`–`to` (YYYY-MM-DD, both ends included; an undated relation
 * is placed at its first article's date) and, when `countries` are given, has an end that is, or
 * belongs to, one of them.
 */
export interface RelationQuery {
	countries: readonly string[];
	/** An unknown value (src/lib/graph/filters.ts) matches no relation. */
	types: readonly (RelationType | UnknownValue)[];
	plover: readonly (PloverType | UnknownValue)[];
	article?: string;
	from?: string;
	to?: string;
	/** Leave out relations less sure than this (a relation without a confidence counts as 1). */
	minConfidence?: number;
}

/** How {@link DatasetStore.relationCounts} groups: by pair of countries the ends stand for,
 * by month (YYYY-MM; a relation dated by its year only counts under YYYY), by type, or by
 * country (each country an end stands for, once per relation: a relation between China and
 * Russia counts for both, one between China and its own minister once). An actor that is neither
 * a country nor of one stands for itself. */
export type Grouping = 'pair' | 'month' | 'type' | 'country';

export interface GroupCount {
	/** The pair `A|B` (A ≤ B), the month, the type or the country. */
	key: string;
	/** Relations (events) in the group. */
	count: number;
}

export interface ActorRelations {
	/** Relations of the actor by type, the most frequent first (then by type). */
	counts: { type: RelationType; count: number }[];
	/** This page's relations, by type in the order of `counts`, then in the data set's order. */
	relations: Relation[];
	/** 1-based, clamped to the pages there are. */
	page: number;
	pages: number;
	total: number;
}

export interface DatasetStore {
	/** The database file read. */
	readonly file: string;
	/** The size of the data set's JSON file written with it (bytes), when the build recorded it. */
	readonly datasetBytes: number | undefined;
	/**
	 * Relations counted by the query, grouped; the largest groups first (then by key), at most
	 * `limit` of them (all when absent).
	 */
	relationCounts(by: Grouping, query: RelationQuery, limit?: number): GroupCount[];
	/**
	 * Positions in the data set's `relations` (ascending) of the relations the query keeps:
	 * `counted` ones, every `asserted` one (not negated, an unknown actor's included) or the
	 * `negated` ones.
	 */
	relationSeqs(query: RelationQuery, kind: RelationKind): number[];
	/** How many relations the data set holds (negated ones included). */
	relationTotal(): number;
	/** The relations counted by the query with `actor` as an end, a page (`PAGE_SIZE`) at a time. */
	actorRelations(actor: string, query: RelationQuery, page: number): ActorRelations;
	/** The first `limit` negated relations of `actor` the query would otherwise count. */
	actorNegated(actor: string, query: RelationQuery, limit: number): Relation[];
	/**
	 * A country's counted relations per partner, the most first (then by id): its people and
	 * organisations counted for it and a partner's people for their country.
	 */
	partnerCounts(country: string, query: RelationQuery): { id: string; count: number }[];
	/**
	 * The dated relations counted by the query with one of `actors` as an end: how many, and the
	 * last `limit` by date then id (localeCompare), with their evidence.
	 */
	datedRelations(
		actors: readonly string[],
		query: RelationQuery,
		limit: number
	): { total: number; relations: Relation[] };
	/** Figures whose subject or partner is `actor`, in the data set's order. */
	/** Figures whose subject or partner is one of the actors, in the data set's order. */
	indicatorsOf(actors: readonly string[]): Indicator[];
	/** What `speaker` said about no other actor (quotes), in the data set's order. */
	quotesOf(speaker: string): Quote[];
	/** A country's summary (people, organisations, partners), as the data set holds it. */
	countrySummary(id: string): CountrySummary | undefined;
	/** Articles without their text, in the order of `ids` (unknown ids left out). */
	articleMetas(ids: readonly string[]): ArticleMeta[];
	entity(id: string): DatasetEntity | undefined;
	article(id: string): Article | undefined;
	/** An article's mentions, in text order (as the data set lists them). */
	mentionsIn(article: string): Mention[];
	/**
	 * The whole data set the store was written from, as its JSON holds it (serialised, the same
	 * bytes), its edges sharing the relations' evidence. Its mentions and edges are read when
	 * first used (at the latest when the store closes).
	 * @throws {Error} when the store holds another data set version
	 */
	dataset(): Dataset;
	/** Every table's rows in key order, one JSON array per line: equal stores, equal dumps. */
	canonicalDump(): string;
	close(): void;
}

/**
 * The query a store answers for a view's filters, or undefined when the filters need the whole
 * network (a depth-2 country filter, a minimum link count, hidden actor types): those views
 * count through the in-memory data set (src/lib/counts.ts).
 */
export function storeQuery(filters: Filters): RelationQuery | undefined {
	if (filters.min > 1 || filters.nodes.length || (filters.countries.length && filters.depth === 2))
		return undefined;
	return {
		countries: filters.countries,
		types: filters.types,
		plover: filters.plover,
		...(filters.article ? { article: filters.article } : {}),
		...(filters.from ? { from: filters.from } : {}),
		...(filters.to ? { to: filters.to } : {}),
		...(filters.minConfidence ? { minConfidence: filters.minConfidence } : {})
	};
}

/**
 * The query that finds, by the store's indexes, the relations a view's filters start from (the
 * ones passing the type, PLOVER, article, period and country filters), or undefined when the
 * filters need the whole network to decide (countries at depth 2) or narrow too little for an
 * index to beat a scan of the data set held in memory (no filter, or types only that
 * `fewRelations` says hold many relations: by default, none do). A minimum link count and hidden
 * actor types apply afterwards, to what the store found.
 */
export function finderQuery(
	filters: Filters,
	fewRelations: (types: readonly (RelationType | UnknownValue)[]) => boolean = () => false
): RelationQuery | undefined {
	if (filters.countries.length && filters.depth === 2) return undefined;
	const selective =
		filters.countries.length ||
		filters.plover.length ||
		filters.article ||
		filters.from ||
		filters.to ||
		(filters.types.length && fewRelations(filters.types));
	if (!selective) return undefined;
	return storeQuery({ ...filters, min: 1, nodes: [], depth: 1 });
}

/** Writes a data set as a store at a path (built under a temporary name, then renamed);
 * `datasetBytes` is the size of the JSON export written with it, recorded for readers. */
export type StoreWriter = (dataset: Dataset, file: string, datasetBytes?: number) => void;
