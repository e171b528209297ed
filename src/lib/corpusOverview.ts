// What the home page's tables show: the articles and the actors the filters leave, with counts.
import { countsOf, relationsPerActor, selectionOf, spanKey, type Counts } from './counts';
import { datasetIndex } from './dataset/datasetIndex';
import { memo } from './dataset/memo';
import { NO_FILTERS, type Filters } from './graph/filters';
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
 * articles holding the selection's evidence and the actors taking part in it, each counted as
 * the headline counts. */
export function corpusOverview(
	dataset: Dataset,
	filters: Filters = NO_FILTERS,
	locale: Locale = 'en'
): CorpusOverview {
	return memo(dataset, 'overview', [filters, locale], () =>
		computeOverview(dataset, filters, locale)
	);
}

function computeOverview(dataset: Dataset, filters: Filters, locale: Locale): CorpusOverview {
	const sel = selectionOf(dataset, filters);
	const relationCount = relationsPerActor(sel.relations);
	const index = datasetIndex(dataset);
	// Each article's counted relations, sentences, actors and figures, in one pass.
	const perArticle = new Map<
		string,
		{ relations: number; sentences: Set<number | string>; actors: Set<string>; figures: number }
	>();
	const slot = (id: string) => {
		const known = perArticle.get(id);
		if (known) return known;
		const fresh = {
			relations: 0,
			sentences: new Set<number | string>(),
			actors: new Set<string>(),
			figures: 0
		};
		perArticle.set(id, fresh);
		return fresh;
	};
	for (const r of sel.relations) {
		// Most relations have one sentence: no set of their articles for those.
		const seen = r.evidence.length > 1 ? new Set<string>() : undefined;
		for (const e of r.evidence) {
			const row = slot(e.article);
			row.sentences.add(spanKey(e));
			if (seen?.has(e.article)) continue;
			seen?.add(e.article);
			row.relations++;
			row.actors.add(r.source).add(r.target);
		}
	}
	for (const i of sel.indicators)
		for (const article of new Set(i.evidence.map((e) => e.article))) slot(article).figures++;
	const articles = index.recentArticles
		.filter((a) => sel.articles.has(a.id))
		.map((a) => {
			const row = perArticle.get(a.id);
			return {
				id: a.id,
				title: a.title,
				date: a.date,
				lang: a.lang,
				source: a.source,
				...(a.note ? { note: a.note } : {}),
				actors: row?.actors.size ?? 0,
				relations: row?.relations ?? 0,
				sentences: row?.sentences.size ?? 0,
				indicators: row?.figures ?? 0
			};
		});
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
			...(e.role ? { role: e.role } : {}),
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
