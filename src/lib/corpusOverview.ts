// What the home page shows: the articles and the actors found, with counts.
import { datasetIndex } from './dataset/datasetIndex';
import type { Dataset } from './dataset/schema';
import type { Locale } from './i18n/locale';
import type { EntityType } from './types';

export interface ArticleRow {
	id: string;
	title: string;
	date: string;
	lang: string;
	source: string;
	note?: string;
	actors: number;
	relations: number;
	indicators: number;
}

export interface ActorRow {
	id: string;
	name: string;
	type: EntityType;
	country?: string;
	countryName?: string;
	role?: string;
	mentions: number;
	relations: number;
	articles: number;
}

export interface CorpusOverview {
	totals: { articles: number; actors: number; relations: number; indicators: number };
	articles: ArticleRow[];
	actors: ActorRow[];
}

const overviews = new WeakMap<Dataset, Map<Locale, CorpusOverview>>();

/** The whole corpus's tables, computed once per data set and language (no filter applies). */
export function corpusOverview(dataset: Dataset, locale: Locale = 'en'): CorpusOverview {
	const known = overviews.get(dataset) ?? new Map<Locale, CorpusOverview>();
	overviews.set(dataset, known);
	const overview = known.get(locale) ?? computeOverview(dataset, locale);
	known.set(locale, overview);
	return overview;
}

function computeOverview(dataset: Dataset, locale: Locale): CorpusOverview {
	const relationCount = new Map<string, number>();
	for (const r of dataset.relations) {
		for (const id of new Set([r.source, r.target]))
			relationCount.set(id, (relationCount.get(id) ?? 0) + 1);
	}
	// One pass over mentions and figures per article (not a scan of the corpus per article).
	const index = datasetIndex(dataset);
	const indicatorCount = new Map<string, number>();
	for (const i of dataset.indicators)
		for (const article of new Set(i.evidence.map((e) => e.article)))
			indicatorCount.set(article, (indicatorCount.get(article) ?? 0) + 1);
	const articles = dataset.articles
		.map((a) => ({
			id: a.id,
			title: a.title,
			date: a.date,
			lang: a.lang,
			source: a.source,
			...(a.note ? { note: a.note } : {}),
			actors: new Set(index.mentionsIn(a.id).map((m) => m.entity)).size,
			relations: index.relationsIn(a.id).length,
			indicators: indicatorCount.get(a.id) ?? 0
		}))
		.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
	const names = new Map(dataset.entities.map((e) => [e.id, e.names[locale] ?? e.name]));
	const actors = dataset.entities
		.map((e) => ({
			id: e.id,
			name: e.names[locale] ?? e.name,
			type: e.type,
			...(e.country ? { country: e.country, countryName: names.get(e.country) ?? e.country } : {}),
			...(e.role ? { role: e.role } : {}),
			mentions: e.mentionCount,
			relations: relationCount.get(e.id) ?? 0,
			articles: e.articles.length
		}))
		.sort(
			(a, b) => b.mentions - a.mentions || b.relations - a.relations || a.name.localeCompare(b.name)
		);
	return {
		totals: {
			articles: articles.length,
			actors: actors.length,
			relations: dataset.relations.length,
			indicators: dataset.indicators.length
		},
		articles,
		actors
	};
}
