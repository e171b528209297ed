// What the home page shows: the articles and the actors found, with counts.
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

export function corpusOverview(dataset: Dataset, locale: Locale = 'en'): CorpusOverview {
	const relationCount = new Map<string, number>();
	for (const r of dataset.relations) {
		for (const id of new Set([r.source, r.target]))
			relationCount.set(id, (relationCount.get(id) ?? 0) + 1);
	}
	const articles = dataset.articles
		.map((a) => ({
			id: a.id,
			title: a.title,
			date: a.date,
			lang: a.lang,
			source: a.source,
			...(a.note ? { note: a.note } : {}),
			actors: new Set(dataset.mentions.filter((m) => m.article === a.id).map((m) => m.entity)).size,
			relations: dataset.relations.filter((r) => r.evidence.some((e) => e.article === a.id)).length,
			indicators: dataset.indicators.filter((i) => i.evidence.some((e) => e.article === a.id))
				.length
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
