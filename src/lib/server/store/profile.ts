// An actor's profile page answered by the store: its panel, a country's partners, its dated
// relations and its articles read through indexes, for the filters the store answers.
import {
	PROFILE_LISTED,
	profileFrom,
	quotedArticles,
	type EntityProfile
} from '../../entityProfile';
import type { Locale } from '../../i18n/locale';
import type { Indicator } from '../../types';
import { storeNodeDetails } from './actorDetails';
import type { DatasetStore, RelationQuery } from './store';

/**
 * The same profile as src/lib/entityProfile's for filters the store answers (see ./store.ts
 * storeQuery).
 * @param page 1-based page of the actor's relations; past the last page, the last
 * @returns undefined when no actor has this id
 */
export function storeEntityProfile(
	store: DatasetStore,
	id: string,
	query: RelationQuery,
	/** Which of the actor's figures the filters keep (src/lib/counts.ts indicatorCounts), and
	 * which of its articles the selection holds (src/lib/counts.ts selectionOf). */
	keep: {
		indicator: (i: Indicator) => boolean;
		article: (id: string) => boolean;
		/** The actor's mentions in the selection's articles (src/lib/counts.ts mentionCountOf). */
		mentions: number;
	},
	locale: Locale = 'en',
	page = 1
): EntityProfile | undefined {
	const details = storeNodeDetails(store, id, query, locale, page, keep.mentions);
	const entity = store.entity(id);
	if (!details || !entity) return undefined;
	const country = store.countrySummary(id);
	// A country's timeline includes its people's and organisations' dated relations.
	const own = [...new Set([id, ...(country ? [...country.people, ...country.organizations] : [])])];
	const timeline = store.datedRelations(own, query, PROFILE_LISTED);
	const quotes = store.quotesOf(id);
	const articles = entity.articles.filter(keep.article);
	return profileFrom(
		{
			details,
			entity,
			...(country ? { country } : {}),
			partners: country ? store.partnerCounts(id, query) : [],
			// A country's figures with its people's and organisations' (src/lib/counts.ts figureOf).
			indicators: store.indicatorsOf(own).filter(keep.indicator),
			quotes,
			quoteArticles: store.articleMetas(quotedArticles(quotes)),
			timeline: timeline.relations,
			timelineTotal: timeline.total,
			articles: store.articleMetas(articles.slice(0, PROFILE_LISTED)),
			articleTotal: articles.length
		},
		store,
		locale
	);
}
