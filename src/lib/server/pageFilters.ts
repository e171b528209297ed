// The shared filters of a page's URL, checked against the data set, and the choices the
// filter bar offers (the corpus's countries and articles).
import { datasetIndex } from '../dataset/datasetIndex';
import type { Dataset } from '../dataset/schema';
import { countsOf, type Counts } from '../counts';
import { filterChips, type FilterChip } from '../graph/filterSummary';
import { parseFilters, type FilterProblem, type Filters } from '../graph/filters';
import type { Locale } from '../i18n/locale';

/** Articles the filter bar lists (the most recent, and the one chosen): a longer list would
 * weigh on every page; any article is still reached by its page or the URL. */
export const ARTICLE_OPTIONS = 200;

export interface FilterOptions {
	countries: { id: string; name: string }[];
	articles: { id: string; title: string; date: string }[];
}

export function pageFilters(
	dataset: Dataset,
	params: URLSearchParams,
	locale: Locale = 'en'
): { filters: Filters; problems: FilterProblem[]; options: FilterOptions } {
	const countries = dataset.entities.filter((e) => e.type === 'country');
	const index = datasetIndex(dataset);
	const { filters, problems } = parseFilters(params, {
		countries: index.countryIds,
		articles: index.articleIds
	});
	return {
		filters,
		problems,
		options: {
			countries: countries
				.map((c) => ({ id: c.id, name: c.names[locale] ?? c.name }))
				.sort((a, b) => a.name.localeCompare(b.name, locale)),
			articles: articleOptions(dataset, filters.article)
		}
	};
}

function articleOptions(dataset: Dataset, chosen?: string): FilterOptions['articles'] {
	const all = dataset.articles;
	if (all.length <= ARTICLE_OPTIONS)
		return all.map((a) => ({ id: a.id, title: a.title, date: a.date }));
	const recent = datasetIndex(dataset).recentArticles.slice(0, ARTICLE_OPTIONS);
	const picked =
		chosen && !recent.some((a) => a.id === chosen) ? all.filter((a) => a.id === chosen) : [];
	return [...picked, ...recent]
		.sort((a, b) => a.id.localeCompare(b.id))
		.map((a) => ({ id: a.id, title: a.title, date: a.date }));
}

export interface FilterSummary {
	chips: FilterChip[];
	counts: Counts;
}

/** The active filters in words, each removable, and what they leave (src/lib/counts.ts). The
 * removal links keep the page's language when the URL chose one. */
export function filterSummary(
	dataset: Dataset,
	filters: Filters,
	params: URLSearchParams,
	locale: Locale = 'en'
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
	return { chips, counts: countsOf(dataset, filters) };
}
