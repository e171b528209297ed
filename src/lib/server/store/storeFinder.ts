// The embedded database as the data set's relation finder (src/lib/dataset/relationFinder.ts):
// the filters' relations found through its indexes, so a filtered view merges and counts the
// relations it shows instead of scanning the whole data set held in memory.
import type { Dataset } from '../../dataset/schema';
import { attachMentionFinder } from '../../dataset/datasetIndex';
import {
	attachCountedFinder,
	attachRelationFinder,
	type CountedFinder,
	type RelationFinder
} from '../../dataset/relationFinder';
import type { RelationType, UnknownValue } from '../../types';
import { finderQuery, storeQuery, type DatasetStore } from './store';

/**
 * Past this share of the data set's relations, the relations of a type filter alone are found
 * faster by the in-memory scan (whose links are merged already) than by the index (whose
 * relations are merged again): a rare type (an accusation, an aid) is found by the index.
 */
export const TYPE_SHARE = 0.1;

/**
 * Whether some relation types hold at most `share` of the store's relations, from their counts
 * per type read once, when the finder is made.
 */
function fewRelationsOf(
	store: DatasetStore,
	share: number
): (types: readonly (RelationType | UnknownValue)[]) => boolean {
	const perType = new Map(
		store
			.relationCounts('type', { countries: [], types: [], plover: [] })
			.map((g) => [g.key, g.count])
	);
	const limit = share * store.relationTotal();
	return (types) => {
		let count = 0;
		for (const type of new Set(types)) count += perType.get(type) ?? 0;
		return count <= limit;
	};
}

/**
 * A finder answering from `store` while `current()` still gives that store (the build replaces
 * the database with the data set: the finder of an older data set then answers nothing, and its
 * views scan it in memory). Filters {@link finderQuery} leaves alone are not answered either; a
 * type filter alone is answered when its types hold at most `typeShare` of the relations.
 */
export function storeRelationFinder(
	store: DatasetStore,
	current: () => DatasetStore | undefined,
	typeShare = TYPE_SHARE
): RelationFinder {
	const fewRelations = fewRelationsOf(store, typeShare);
	return (filters) => {
		const query = finderQuery(filters, fewRelations);
		if (!query || current() !== store) return undefined;
		return {
			asserted: store.relationSeqs(query, 'asserted'),
			negated: store.relationSeqs(query, 'negated')
		};
	};
}

/**
 * The counted relations of filters {@link storeQuery} answers, found by the store's indexes (or
 * its scan of the relations table) without merging them into the network: the charts and the
 * counts need the relations, not the links. Nothing once `current()` gives another store.
 */
export function storeCountedFinder(
	store: DatasetStore,
	current: () => DatasetStore | undefined
): CountedFinder {
	return (filters) => {
		const query = storeQuery(filters);
		if (!query || current() !== store) return undefined;
		return {
			counted: store.relationSeqs(query, 'counted'),
			negated: store.relationSeqs(query, 'negated')
		};
	};
}

/**
 * Attaches `store`'s finders (relations, and an article's mentions) to `dataset` when the two
 * hold the same relations (the store written with that data set); says whether it did.
 * `typeShare`: see {@link storeRelationFinder}.
 */
export function attachStore(
	dataset: Dataset,
	store: DatasetStore | undefined,
	current: () => DatasetStore | undefined,
	typeShare = TYPE_SHARE
): boolean {
	if (!store || store.relationTotal() !== dataset.relations.length) return false;
	attachRelationFinder(dataset, storeRelationFinder(store, current, typeShare));
	attachCountedFinder(dataset, storeCountedFinder(store, current));
	attachMentionFinder(dataset, (article) =>
		current() === store ? store.mentionsIn(article) : undefined
	);
	return true;
}
