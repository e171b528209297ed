// What the shared filters leave for the charts: the relations and figures every view counts
// (src/lib/counts.ts), with helpers to name actors and to roll people and organisations up to
// their country.
import { datasetIndex } from '../dataset/datasetIndex';
import { memo } from '../dataset/memo';
import type { Dataset, DatasetEntity } from '../dataset/schema';
import type { Filters } from '../graph/filters';
import { filterChips } from '../graph/filterSummary';
import { countedSelection, uniqueEvidence } from '../counts';
import { CHART_TEXT, readableDate, type ChartText, type NamedInSentence } from '../i18n/chartText';
import type { Locale } from '../i18n/locale';
import { frenchForms } from '../i18n/relationSentences';
import type { Evidence, Indicator, Relation } from '../types';
import type { ChartId, ChartRow } from './types';

export interface ChartSelection {
	dataset: Dataset;
	filters: Filters;
	relations: Relation[];
	indicators: Indicator[];
	entity: (id: string) => DatasetEntity | undefined;
	locale: Locale;
	/** The words of the charts in that language. */
	t: ChartText;
	/** An actor's name in that language (its id when unknown). */
	name: (id: string) => string;
	/** The country an actor stands for: itself, or the country of a person or organisation. */
	countryOf: (id: string) => string | undefined;
	/** Whether an actor is, or belongs to, one of the filtered countries (all when none). */
	inCountries: (id: string) => boolean;
	articleDate: (id: string) => string;
}

/** What the filters leave, computed once per filters and language. */
export function chartSelection(
	dataset: Dataset,
	filters: Filters,
	locale: Locale = 'en'
): ChartSelection {
	return memo(dataset, 'selection', [filters, locale], () =>
		computeSelection(dataset, filters, locale)
	);
}

function computeSelection(dataset: Dataset, filters: Filters, locale: Locale): ChartSelection {
	const index = datasetIndex(dataset);
	const articleDates = index.articleDates;
	const entity = index.entity;
	const countryOf = (id: string) => {
		const e = entity(id);
		return e?.type === 'country' ? e.id : e?.country;
	};
	const wanted = new Set(filters.countries);
	const inCountries = (id: string) => !wanted.size || wanted.has(countryOf(id) ?? id);
	// The relations and figures every view counts (src/lib/counts.ts).
	const { relations, indicators } = countedSelection(dataset, filters);
	return {
		dataset,
		filters,
		relations,
		indicators,
		entity,
		locale,
		t: CHART_TEXT[locale],
		name: (id) => entity(id)?.names[locale] ?? entity(id)?.name ?? id,
		countryOf,
		inCountries,
		articleDate: (id) => articleDates.get(id) ?? ''
	};
}

/** Dates as a reader writes them, in the chart's language (see i18n/chartText). */
export { readableDate };

/** Articles a source line names before it counts the others. */
export const SOURCES_NAMED = 3;

/**
 * "Source: …" naming the articles the figure rests on, oldest first: its title, outlet and
 * date, as a reader would cite it; past a few, the others are counted; Entente last.
 */
export function sourceLine(dataset: Dataset, evidence: Evidence[], locale: Locale = 'en'): string {
	const used = new Set(evidence.map((e) => e.article));
	const index = datasetIndex(dataset);
	const articles = [...used]
		.map((id) => index.article(id))
		.filter((a): a is NonNullable<typeof a> => !!a)
		.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
	const t = CHART_TEXT[locale];
	if (!articles.length) return t.noSource;
	const [open, close] = locale === 'fr' ? ['« ', ' »'] : ['“', '”'];
	const cited = articles
		.slice(0, SOURCES_NAMED)
		.map((a) => `${open}${a.title}${close} (${a.source}, ${readableDate(a.date, locale)})`);
	if (articles.length > SOURCES_NAMED) cited.push(t.otherArticles(articles.length - SOURCES_NAMED));
	return t.source(cited);
}

// Country names that take "the" in running text (i18n-iso-countries' English short names).
const TAKES_THE =
	/^(?:United |European |Soviet |Russian Federation|Netherlands|Philippines|Bahamas|Gambia|Maldives|Czech Republic|Dominican Republic|Central African|Democratic Republic|Republic of|Holy See|West$)/;

/** A name as it reads inside an English sentence: "the United States", "China". */
export function inSentence(name: string, locale: Locale = 'en'): string {
	return locale === 'en' && TAKES_THE.test(name) ? `the ${name}` : name;
}

/**
 * An actor as a sentence of the chart's language names it: at its start, as the owner of
 * something, and as an object ("according to the United States", « selon les États-Unis »).
 * French country names take their article (src/lib/i18n/relationSentences.ts frenchForms).
 */
export function named(sel: ChartSelection, id: string): NamedInSentence {
	const name = sel.name(id);
	if (sel.locale === 'fr') {
		const forms = frenchForms({ name, type: sel.entity(id)?.type ?? 'country' });
		return { subject: forms.subject, of: forms.de, object: forms.object };
	}
	const object = inSentence(name, 'en');
	return { subject: object.charAt(0).toUpperCase() + object.slice(1), of: object, object };
}

/**
 * The words every chart puts around its figure, in the selection's language: subtitle, method
 * note, the source line naming the articles its rows rest on, and the empty state.
 */
export function chartWords(dataset: Dataset, sel: ChartSelection, id: ChartId, rows: ChartRow[]) {
	const words = sel.t[id];
	// The filters in words, as the page's summary says them: the caption travels with the
	// figure into embeds and downloads, where that summary does not.
	const chosen = filterChips(
		sel.filters,
		sel.locale,
		sel.name,
		(article) => datasetIndex(dataset).article(article)?.title ?? article
	).map((chip) => chip.text);
	const source = sourceLine(
		dataset,
		rows.flatMap((r) => r.evidence),
		sel.locale
	);
	return {
		id,
		locale: sel.locale,
		subtitle: words.subtitle,
		method: words.method,
		source: chosen.length ? `${sel.t.selection(chosen)} ${source}` : source,
		...(rows.length ? {} : { empty: words.empty })
	};
}

/** "China – Russia": an unordered pair, names in alphabetical order. */
export function pairLabel(names: [string, string]): string {
	return [...names].sort((a, b) => a.localeCompare(b)).join(' – ');
}

/** Evidence records once each, in article and text order (src/lib/counts.ts). */
export { uniqueEvidence };
