// The embedded database as the data set's relation finder (src/lib/dataset/relationFinder.ts):
// the filters' relations found through its indexes, so a filtered view merges and counts the
// relations it shows instead of scanning the whole data set held in memory.
import type { Dataset } from '../../dataset/schema';
import { attachMentionFinder } from '../../dataset/datasetIndex';
import { attachRelationFinder, type RelationFinder } from '../../dataset/relationFinder';
import { finderQuery, type DatasetStore } from './store';

/**
 * A finder answering from `store` while `current()` still gives that store (the build replaces
 * the database with the data set: the finder of an older data set then answers nothing, and its
 * views scan it in memory). Filters {@link finderQuery} leaves alone are not answered either.
 */
export function storeRelationFinder(
	store: DatasetStore,
	current: () => DatasetStore | undefined
): RelationFinder {
	return (filters) => {
		const query = finderQuery(filters);
		if (!query || current() !== store) return undefined;
		return {
			asserted: store.relationSeqs(query, 'asserted'),
			negated: store.relationSeqs(query, 'negated')
		};
	};
}

/**
 * Attaches `store`'s finders (relations, and an article's mentions) to `dataset` when the two
 * hold the same relations (the store written with that data set); says whether it did.
 */
export function attachStore(
	dataset: Dataset,
	store: DatasetStore | undefined,
	current: () => DatasetStore | undefined
): boolean {
	if (!store || store.relationTotal() !== dataset.relations.length) return false;
	attachRelationFinder(dataset, storeRelationFinder(store, current));
	attachMentionFinder(dataset, (article) =>
		current() === store ? store.mentionsIn(article) : undefined
	);
	return true;
}
