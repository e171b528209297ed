// The shared filters of a page's URL, checked against the data set, and the choices the
// filter bar offers (the corpus's countries and articles).
import { datasetIndex } from '../dataset/datasetIndex';
import { memo } from '../dataset/memo';
import type { Dataset } from '../dataset/schema';
import { countsOf, type Counts } from '../counts';
import { filterChips, type FilterChip } from '../graph/filterSummary';
import { parseFilters, singleValue, type FilterProblem, type Filters } from '../graph/filters';
import { langProblem, type Locale } from '../i18n/locale';
import { searchArticles, type ArticleOption } from '../search/articleSearch';
import { searchEntry, type SearchEntry } from '../search/nameMatch';

/** Articles a page ships to the filter bar (the most recent, and the one chosen), and the most
 * /api/articles answers for a query: a longer list would weigh on every page. */
export const ARTICLE_OPTIONS = 50;

export interface FilterOptions {
	/** Every country of the data set, with the names, seats and code a reader may type. */
	countries: SearchEntry[];
	/** The most recent articles, and the one chosen, most recent first. */
	articles: ArticleOption[];
}

export function pageFilters(
	dataset: Dataset,
	params: URLSearchParams,
	locale: Locale = 'en'
): { filters: Filters; problems: FilterProblem[]; options: FilterOptions } {
	const index = datasetIndex(dataset);
	const { filters, problems } = parseFilters(params, {
		countries: index.countryIds,
		articles: index.articleIds
	});
	// The language travels with the filters from view to view: an unknown one is said too.
	const lang = langProblem(singleValue(params, 'lang', problems), locale);
	if (lang) problems.push({ key: 'lang', message: lang });
	return {
		filters,
		problems,
		options: {
			countries: countryOptions(dataset, locale),
			articles: articleOptions(dataset, filters.article)
		}
	};
}

/** Every country of the data set for the filter bar, by name: the same for every page of a
 * data set in a language, so made once. */
function countryOptions(dataset: Dataset, locale: Locale): SearchEntry[] {
	return memo(dataset, 'countryOptions', locale, () =>
		dataset.entities
			.filter((e) => e.type === 'country')
			.map((c) => searchEntry(c, locale))
			.sort((a, b) => a.label.localeCompare(b.label, locale))
	);
}

function articleOptions(dataset: Dataset, chosen?: string): FilterOptions['articles'] {
	const index = datasetIndex(dataset);
	const recent = index.recentArticles.slice(0, ARTICLE_OPTIONS);
	const picked = chosen && !recent.some((a) => a.id === chosen) ? [index.article(chosen)] : [];
	return [...picked, ...recent].flatMap((a) =>
		a ? [{ id: a.id, title: a.title, date: a.date }] : []
	);
}

/** The articles a reader's query names in the filter bar's search, at most {@link ARTICLE_OPTIONS}. */
export function articleSuggestions(dataset: Dataset, query: string): ArticleOption[] {
	return searchArticles(dataset.articles, query.slice(0, 200), ARTICLE_OPTIONS);
}

export interface FilterSummary {
	chips: FilterChip[];
	/** What the filters leave of the corpus; absent where a page's own counts stand instead
	 * (an actor's profile, which need not count the whole selection). */
	counts?: Counts;
}

/** The active filters in words, each removable, and what they leave (src/lib/counts.ts). The
 * removal links keep the page's language when the URL chose one. */
export function filterSummary(
	dataset: Dataset,
	filters: Filters,
	params: URLSearchParams,
	locale: Locale = 'en',
	withCounts = true
): FilterSummary {
	const index = datasetIndex(dataset);
	const lang = params.get('lang');
	const chips = filterChips(
		filters,
		locale,
		(id) => index.entity(id)?.names[locale] ?? index.entity(id)?.name ?? id,
		(id) => index.article(id)?.title ?? id,
		lang === 'en' || lang === 'fr' ? { lang } : {}
	);
	return withCounts ? { chips, counts: countsOf(dataset, filters) } : { chips };
}
