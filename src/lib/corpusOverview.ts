// What the home page's tables show: the articles and the actors the filters leave, with counts.
import { countedSelection, countsOf, relationsPerActor, type Counts } from './counts';
import { sentenceKeyer, type SentenceKey } from './sentenceIndex';
import { datasetIndex, type DatasetIndex } from './dataset/datasetIndex';
import { memo } from './dataset/memo';
import { NO_FILTERS, type Filters } from './graph/filters';
import type { Dataset } from './dataset/schema';
import type { Locale } from './i18n/locale';
import { roleIn } from './i18n/roleLabels';
import type { Article, EntityType, Evidence, Relation } from './types';

export interface ArticleRow {
	id: string;
	title: string;
	date: string;
	lang: string;
	source: string;
	note?: string;
	actors: number;
	/** Counted relations evidenced in it, and the distinct sentences telling them. */
	relations: number;
	sentences: number;
	indicators: number;
}

export interface ActorRow {
	id: string;
	name: string;
	type: EntityType;
	country?: string;
	countryName?: string;
	role?: string;
	/** Mentions in the selection's articles (names, seats, adjectives, roles, resolved
	 * references). */
	mentions: number;
	/** Counted relations with it as source or target (its own, not its people's). */
	relations: number;
	/** The selection's articles naming it. */
	articles: number;
}

export interface CorpusOverview {
	/** The selection's numbers (src/lib/counts.ts). */
	totals: Counts;
	/** The whole corpus's numbers, whatever the filters. */
	corpus: Counts;
	articles: ArticleRow[];
	actors: ActorRow[];
}

/** The tables of what the filters leave, computed once per data set, filters and language: the
 * articles holding the selection's evidence (the most recent first; the first `listed` of them,
 * all when absent) and the actors taking part in it, each counted as the headline counts. */
export function corpusOverview(
	dataset: Dataset,
	filters: Filters = NO_FILTERS,
	locale: Locale = 'en',
	listed?: number
): CorpusOverview {
	return memo(dataset, 'overview', [filters, locale, listed ?? null], () =>
		computeOverview(dataset, filters, locale, listed ?? Infinity)
	);
}

/**
 * An article's counted relations (each once), the distinct sentences telling them, their
 * actors, and the counted figures evidenced in it. Found from the article's own relations
 * (datasetIndex), so a table of the 50 most recent articles reads theirs, not the selection's.
 */
function articleRow(
	index: DatasetIndex,
	sentenceOf: (e: Evidence) => SentenceKey,
	counted: ReadonlySet<Relation>,
	figures: ReadonlyMap<string, number>,
	a: Article
): ArticleRow {
	const sentences = new Set<SentenceKey>();
	const actors = new Set<string>();
	let relations = 0;
	for (const r of index.relationsIn(a.id)) {
		if (!counted.has(r)) continue;
		relations++;
		actors.add(r.source).add(r.target);
		for (const e of r.evidence) if (e.article === a.id) sentences.add(sentenceOf(e));
	}
	return {
		id: a.id,
		title: a.title,
		date: a.date,
		lang: a.lang,
		source: a.source,
		...(a.note ? { note: a.note } : {}),
		actors: actors.size,
		relations,
		sentences: sentences.size,
		indicators: figures.get(a.id) ?? 0
	};
}

function computeOverview(
	dataset: Dataset,
	filters: Filters,
	locale: Locale,
	listed: number
): CorpusOverview {
	const sel = countedSelection(dataset, filters);
	const relationCount = relationsPerActor(sel.relations);
	const index = datasetIndex(dataset);
	const counted = new Set(sel.relations);
	// Counted figures per article, each figure once in each article holding its evidence.
	const figures = new Map<string, number>();
	for (const i of sel.indicators)
		for (const article of new Set(i.evidence.map((e) => e.article)))
			figures.set(article, (figures.get(article) ?? 0) + 1);
	const sentenceOf = sentenceKeyer(dataset);
	const articles = index.recentArticles
		.filter((a) => sel.articles.has(a.id))
		.slice(0, listed)
		.map((a) => articleRow(index, sentenceOf, counted, figures, a));
	// Mentions and naming articles within the selection's articles.
	const mentions = new Map<string, { mentions: number; articles: number }>();
	for (const group of index.mentionGroupsIn(sel.articles)) {
		if (!sel.actors.has(group.entity)) continue;
		const m = mentions.get(group.entity) ?? { mentions: 0, articles: 0 };
		m.mentions += group.mentions.length;
		m.articles++;
		mentions.set(group.entity, m);
	}
	const name = (id: string) => {
		const e = index.entity(id);
		return e?.names[locale] ?? e?.name ?? id;
	};
	const actors = [...sel.actors]
		.map((id) => index.entity(id))
		.filter((e): e is NonNullable<typeof e> => !!e)
		.map((e) => ({
			id: e.id,
			name: name(e.id),
			type: e.type,
			...(e.country ? { country: e.country, countryName: name(e.country) } : {}),
			...(e.role ? { role: roleIn(e, locale) } : {}),
			mentions: mentions.get(e.id)?.mentions ?? 0,
			relations: relationCount.get(e.id) ?? 0,
			articles: mentions.get(e.id)?.articles ?? 0
		}))
		.sort(
			(a, b) => b.mentions - a.mentions || b.relations - a.relations || a.name.localeCompare(b.name)
		);
	return {
		totals: countsOf(dataset, filters),
		corpus: countsOf(dataset, NO_FILTERS),
		articles,
		actors
	};
}
