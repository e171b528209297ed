// The shared filters of a page's URL, checked against the data set, and the choices the
// filter bar offers (the corpus's countries and articles).
import type { Dataset } from '../dataset/schema';
import { parseFilters, type FilterProblem, type Filters } from '../graph/filters';
import type { Locale } from '../i18n/locale';

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
	const { filters, problems } = parseFilters(params, {
		countries: new Set(countries.map((c) => c.id)),
		articles: new Set(dataset.articles.map((a) => a.id))
	});
	return {
		filters,
		problems,
		options: {
			countries: countries
				.map((c) => ({ id: c.id, name: c.names[locale] ?? c.name }))
				.sort((a, b) => a.name.localeCompare(b.name, locale)),
			articles: dataset.articles.map((a) => ({ id: a.id, title: a.title, date: a.date }))
		}
	};
}
