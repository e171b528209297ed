// An actor's profile: who it is, its people (for a country), partners by relation count,
// the figures about it, and its dated relations in order.
import { datasetIndex, type DatasetIndex } from './dataset/datasetIndex';
import type { CountrySummary, Dataset, DatasetEntity } from './dataset/schema';
import { figureOf, indicatorCounts, partnerCounts, selectionOf } from './counts';
import { NO_FILTERS, type Filters } from './graph/filters';
import { nodeDetails, type NodeDetails } from './graph/networkView';
import type { ArticleMeta, Indicator, Quote, Relation, RelationType } from './types';
import type { Locale } from './i18n/locale';
import { roleIn } from './i18n/roleLabels';
import { relationQualifiers } from './i18n/qualifiers';
import { figureText } from './charts/figureText';
import type { OriginKind } from './gazetteer/schema';

export interface EntityProfile {
	details: NodeDetails;
	/** Where the actor's identity comes from: source, and the gazetteer file and line. */
	origin: { origin: OriginKind; where?: string }[];
	people: { id: string; name: string; role?: string }[];
	/** A country's relations with each partner (its people and organisations counted for it). */
	partners: { id: string; name: string; count: number }[];
	indicators: {
		id: string;
		label: string;
		value: number;
		unit: string;
		/** As a reader writes it, in the page's language: a range, "~" when approximate. */
		amount: string;
		year?: number;
		quote: string;
		article: string;
	}[];
	/** What the actor said about no other actor (the first PROFILE_LISTED; `totals.quotes`
	 * counts them all), with its sentence, article, date and the modality in words. */
	quotes: {
		id: string;
		quote: string;
		article: string;
		title: string;
		date?: string;
		/** The date with its precision ('' when undated), the modality in words ('' when asserted). */
		dateText: string;
		modalityText: string;
	}[];
	/** Dated relations of the actor (and a country's people), oldest first, the most recent
	 * PROFILE_LISTED of them; `actors` reads « A → B ». */
	timeline: {
		id: string;
		date: string;
		/** The date with its precision, and the modality in words ('' when asserted). */
		dateText: string;
		type: RelationType;
		actors: string;
		modality: string;
		modalityText: string;
	}[];
	articles: { id: string; title: string; date: string }[];
	/** How many dated relations, articles and quotes there are in all. */
	totals: { timeline: number; articles: number; quotes: number };
}

/** Dated relations (the most recent) and articles (in corpus order) a profile lists; the
 * totals say how many there are. */
export const PROFILE_LISTED = 100;

export function entityProfile(
	dataset: Dataset,
	id: string,
	locale: Locale = 'en',
	page = 1,
	filters: Filters = NO_FILTERS
): EntityProfile | undefined {
	const details = nodeDetails(dataset, id, filters, locale, page);
	const selection = selectionOf(dataset, filters);
	const counted = selection.relations;
	const index = datasetIndex(dataset);
	const entity = index.entity(id);
	if (!details || !entity) return undefined;
	const country = dataset.countries.find((c) => c.id === id);
	// A country's timeline includes its people's and organisations' dated relations.
	const own = new Set([id, ...(country ? [...country.people, ...country.organizations] : [])]);
	const timeline = counted
		.filter((r) => r.date && (own.has(r.source) || own.has(r.target)))
		.sort(TIMELINE_ORDER);
	const quotes = index.quotesOf(id);
	const keepIndicator = indicatorCounts(dataset, filters);
	const ownFigure = figureOf(dataset, id);
	// The actor's articles the selection holds, as the articles table lists them.
	const articles = entity.articles
		.filter((a) => selection.articles.has(a))
		.map((a) => index.article(a))
		.filter((a): a is NonNullable<typeof a> => !!a);
	return profileFrom(
		{
			details,
			entity,
			...(country ? { country } : {}),
			// Counted as the relations matrix counts a pair (src/lib/counts.ts).
			partners: country ? partnerCounts(dataset, counted, id) : [],
			// The actor's figures (a country's with its people's) the filters keep, as the
			// headline under a country filter counts them.
			indicators: dataset.indicators.filter((i) => ownFigure(i) && keepIndicator(i)),
			quotes,
			quoteArticles: quotedArticles(quotes)
				.map((a) => index.article(a))
				.filter((a): a is NonNullable<typeof a> => !!a),
			timeline: timeline.slice(-PROFILE_LISTED),
			timelineTotal: timeline.length,
			articles: articles.slice(0, PROFILE_LISTED),
			articleTotal: articles.length
		},
		index,
		locale
	);
}

/** The articles of the quotes a profile lists, each once, in order. */
export function quotedArticles(quotes: readonly Quote[]): string[] {
	return [
		...new Set(quotes.slice(0, PROFILE_LISTED).flatMap((q) => q.evidence.map((e) => e.article)))
	];
}

/** A profile's timeline order: by date, then by id. */
export const TIMELINE_ORDER = (a: Relation, b: Relation): number =>
	(a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id);

/** What a profile lists, chosen from the data set in memory or from the store. */
export interface ProfileParts {
	details: NodeDetails;
	entity: DatasetEntity;
	/** A country's summary (its people and organisations). */
	country?: CountrySummary;
	/** A country's counted relations per partner, the most first. */
	partners: { id: string; count: number }[];
	/** Figures whose subject or partner the actor is (for a country, it or one of its people and
	 * organisations: src/lib/counts.ts figureOf), in the data set's order. */
	indicators: Indicator[];
	/** What the actor said about no other actor, in the data set's order. */
	quotes: readonly Quote[];
	/** The articles of the listed quotes (the first PROFILE_LISTED), for their titles. */
	quoteArticles: ArticleMeta[];
	/** The listed dated relations (the last PROFILE_LISTED in {@link TIMELINE_ORDER}), with their
	 * evidence, and how many there are in all. */
	timeline: Relation[];
	timelineTotal: number;
	/** The listed articles (the first PROFILE_LISTED of the actor's), and how many in all. */
	articles: ArticleMeta[];
	articleTotal: number;
}

/** A quote without the list bullet its sentence opens with in the article (« • Les
 * États-Unis… »): inside quotation marks it reads as part of the words. */
const withoutBullet = (quote: string) => quote.replace(/^[•▪‣◦·–—-]\s+/u, '');

/** A profile from what it lists; `source` names the actors. Shared by {@link entityProfile}
 * and the store's answer (src/lib/server/store/profile.ts). */
export function profileFrom(
	parts: ProfileParts,
	source: Pick<DatasetIndex, 'entity'>,
	locale: Locale = 'en'
): EntityProfile {
	const name = (key: string) => {
		const entity = source.entity(key);
		return entity?.names[locale] ?? entity?.name ?? key;
	};
	const people = (parts.country?.people ?? []).map((p) => {
		const person = source.entity(p);
		return { id: p, name: name(p), ...(person?.role ? { role: roleIn(person, locale) } : {}) };
	});
	const indicators = parts.indicators.map((i) => ({
		id: i.id,
		label: i.label,
		value: i.value,
		unit: i.unit,
		amount: figureText(i, locale),
		...(i.year ? { year: i.year } : {}),
		quote: withoutBullet(i.evidence[0]?.quote ?? ''),
		article: i.evidence[0]?.article ?? ''
	}));
	const timeline = parts.timeline.map((r) => ({
		id: r.id,
		date: r.date as string,
		type: r.type,
		actors: `${name(r.source)} ${r.directed ? '→' : '—'} ${name(r.target)}`,
		modality: r.modality,
		...relationQualifiers(r, locale, name)
	}));
	const titles = new Map(parts.quoteArticles.map((a) => [a.id, a.title]));
	const origin = parts.entity.origin.map((o) => ({
		origin: o.origin,
		...(o.file ? { where: `${o.file}${o.line ? `:${o.line}` : ''}` } : {})
	}));
	return {
		details: parts.details,
		origin,
		people,
		partners: parts.partners.map((p) => ({ ...p, name: name(p.id) })),
		indicators,
		timeline,
		articles: parts.articles.map((a) => ({ id: a.id, title: a.title, date: a.date })),
		quotes: parts.quotes.slice(0, PROFILE_LISTED).map((q) => ({
			id: q.id,
			quote: withoutBullet(q.evidence[0]?.quote ?? ''),
			article: q.evidence[0]?.article ?? '',
			title: titles.get(q.evidence[0]?.article ?? '') ?? q.evidence[0]?.article ?? '',
			...(q.date ? { date: q.date } : {}),
			...relationQualifiers(q, locale, name)
		})),
		totals: {
			timeline: parts.timelineTotal,
			articles: parts.articleTotal,
			quotes: parts.quotes.length
		}
	};
}
