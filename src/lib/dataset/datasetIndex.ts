// Lookups every view needs (an actor or article by id, an article's mentions, an actor's
// relations), built once per data set and kept beside it: a view never scans the whole
// corpus to find one thing.
import type { Article, Mention, Quote, Relation } from '../types';
import type { Dataset, DatasetEntity } from './schema';

export interface DatasetIndex {
	entity: (id: string) => DatasetEntity | undefined;
	article: (id: string) => Article | undefined;
	/** An article's mentions, in text order. */
	mentionsIn: (article: string) => readonly Mention[];
	/** Relations with the actor as source or target. */
	relationsOf: (actor: string) => readonly Relation[];
	/** Relations evidenced in an article. */
	relationsIn: (article: string) => readonly Relation[];
	/** What the actor said about no other actor, in the data set's order. */
	quotesOf: (speaker: string) => readonly Quote[];
	articleDates: ReadonlyMap<string, string>;
	/** Each actor's mentions in each article, in article order then first mention. */
	mentionGroups: readonly MentionGroup[];
	/**
	 * The mention groups of some articles, in the order of `mentionGroups` (the same as
	 * filtering it by article): a selection's few articles are not found by a scan of every
	 * group of the corpus.
	 */
	mentionGroupsIn: (articles: ReadonlySet<string>) => readonly MentionGroup[];
	/** Articles, the most recent first. */
	recentArticles: readonly Article[];
	articleIds: ReadonlySet<string>;
	countryIds: ReadonlySet<string>;
	/** Whether no two of the data set's relations share an id. */
	relationIdsUnique: boolean;
}

/** One actor's mentions in one article. */
export interface MentionGroup {
	entity: string;
	article: string;
	mentions: Mention[];
}

const indexes = new WeakMap<Dataset, DatasetIndex>();

/** An article's mentions in text order, found by an index; undefined when it cannot answer. */
export type MentionFinder = (article: string) => readonly Mention[] | undefined;

const mentionFinders = new WeakMap<Dataset, MentionFinder>();

/**
 * Lets `datasetIndex(dataset).mentionsIn` ask `finder` (the embedded database's index) until
 * the data set's mentions are grouped, so one article's page does not read every mention.
 */
export function attachMentionFinder(dataset: Dataset, finder: MentionFinder): void {
	mentionFinders.set(dataset, finder);
}

function groupBy<T>(items: readonly T[], keys: (item: T) => Iterable<string>): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items)
		for (const key of new Set(keys(item))) {
			const group = groups.get(key);
			if (group) group.push(item);
			else groups.set(key, [item]);
		}
	return groups;
}

/** Mentions by article, and each actor's mentions in each article (see DatasetIndex). */
function indexMentions(mentions: readonly Mention[]) {
	const byArticle = groupBy(mentions, (m) => [m.article]);
	const groups: MentionGroup[] = [...byArticle.values()].flatMap((list) =>
		[...groupBy(list, (m) => [m.entity])].map(([entity, group]) => ({
			entity,
			article: (group[0] as Mention).article,
			mentions: group
		}))
	);
	// An article's groups are neighbours in `groups`: its place there orders a subset.
	const groupsOf = groupBy(groups, (g) => [g.article]);
	const articleRank = new Map([...groupsOf.keys()].map((id, i) => [id, i]));
	return { byArticle, groups, groupsOf, articleRank };
}

export function datasetIndex(dataset: Dataset): DatasetIndex {
	const known = indexes.get(dataset);
	if (known) return known;
	const entities = new Map(dataset.entities.map((e) => [e.id, e]));
	const articles = new Map(dataset.articles.map((a) => [a.id, a]));
	const byActor = groupBy(dataset.relations, (r) => [r.source, r.target]);
	const byArticle = groupBy(dataset.relations, (r) => r.evidence.map((e) => e.article));
	const bySpeaker = groupBy(dataset.quotes, (q) => [q.speaker]);
	// Mentions are grouped when first asked for: a data set read from the store reads them then.
	let byMention: ReturnType<typeof indexMentions> | undefined;
	const mentionIndex = () => (byMention ??= indexMentions(dataset.mentions));
	const index: DatasetIndex = {
		entity: (id) => entities.get(id),
		article: (id) => articles.get(id),
		mentionsIn: (article) =>
			(byMention ? undefined : mentionFinders.get(dataset)?.(article)) ??
			mentionIndex().byArticle.get(article) ??
			[],
		relationsOf: (actor) => byActor.get(actor) ?? [],
		relationsIn: (article) => byArticle.get(article) ?? [],
		quotesOf: (speaker) => bySpeaker.get(speaker) ?? [],
		articleDates: new Map(dataset.articles.map((a) => [a.id, a.date])),
		get mentionGroups() {
			return mentionIndex().groups;
		},
		mentionGroupsIn: (articles) => {
			const { groupsOf, articleRank } = mentionIndex();
			return [...articles]
				.filter((id) => articleRank.has(id))
				.sort((a, b) => (articleRank.get(a) as number) - (articleRank.get(b) as number))
				.flatMap((id) => groupsOf.get(id) ?? []);
		},
		relationIdsUnique:
			new Set(dataset.relations.map((r) => r.id)).size === dataset.relations.length,
		recentArticles: [...dataset.articles].sort(
			(a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id)
		),
		articleIds: new Set(articles.keys()),
		countryIds: new Set(dataset.entities.filter((e) => e.type === 'country').map((e) => e.id))
	};
	indexes.set(dataset, index);
	return index;
}

const positions = new WeakMap<Dataset, ReadonlyMap<Relation, number>>();

/** Each relation's position in `dataset.relations`, built once per data set (shared by the
 * sentence and link indexes). */
export function relationPositions(dataset: Dataset): ReadonlyMap<Relation, number> {
	let known = positions.get(dataset);
	if (!known) {
		const map = new Map<Relation, number>();
		dataset.relations.forEach((r, i) => map.set(r, i));
		positions.set(dataset, (known = map));
	}
	return known;
}
