// An actor's panel (the network's selected actor, /api/evidence?actor=) answered by the store:
// its counted relations by type and a page of them with their sentences, read through indexes
// instead of filtering every relation of the data set.
import { actorDetails, type ActorSource, type NodeDetails } from '../../graph/networkView';
import type { Locale } from '../../i18n/locale';
import { PAGE_SIZE } from '../../pagination';
import type { DatasetStore, RelationQuery } from './store';

/**
 * The same details as src/lib/graph/networkView's nodeDetails for filters the store answers
 * (see ./store.ts storeQuery).
 * @param page 1-based; past the last page, the last
 * @returns undefined when no actor has this id
 */
export function storeNodeDetails(
	store: DatasetStore,
	id: string,
	query: RelationQuery,
	locale: Locale = 'en',
	page = 1,
	/** The actor's mentions in the selection's articles (src/lib/counts.ts mentionCountOf); the
	 * corpus's count when not given. */
	mentions?: number
): NodeDetails | undefined {
	const entity = store.entity(id);
	if (!entity) return undefined;
	const found = store.actorRelations(id, query, page);
	// A panel names the same actors and quotes the same articles many times: each read once.
	const once = <T>(read: (key: string) => T) => {
		const seen = new Map<string, T>();
		return (key: string): T => {
			if (!seen.has(key)) seen.set(key, read(key));
			return seen.get(key) as T;
		};
	};
	const source: ActorSource = {
		entity: once((key) => store.entity(key)),
		article: once((key) => store.article(key)),
		mentionsIn: once((key) => store.mentionsIn(key))
	};
	return actorDetails(
		source,
		entity,
		{
			items: found.relations,
			page: found.page,
			pages: found.pages,
			total: found.total,
			counts: found.counts,
			negated: store.actorNegated(id, query, PAGE_SIZE),
			mentions: mentions ?? entity.mentionCount
		},
		locale
	);
}
