// The open data downloads' shared request handling: the view's filters checked (a bad one is a
// 400 naming it), and `lang` accepted as on every download (the data carry both languages).
import type { Dataset } from '../dataset/schema';
import type { Filters } from '../graph/filters';
import { loadDataset } from './dataset';
import { LANG_REFUSAL, langParameter, refuse } from './downloadResponse';
import { pageFilters } from './pageFilters';

/** The data set and the URL's filters, or the refusal to send. */
export function dataRequest(
	url: URL
): { dataset: Dataset; filters: Filters; refusal?: undefined } | { refusal: Response } {
	// The download's own language rule first: a page's notice would say which language the
	// page is in, which a file is not.
	if (langParameter(url.searchParams) === undefined) return { refusal: refuse(400, LANG_REFUSAL) };
	const dataset = loadDataset();
	const { filters, problems } = pageFilters(dataset, url.searchParams);
	if (problems.length) return { refusal: refuse(400, problems.map((p) => p.message).join('\n')) };
	return { dataset, filters };
}

/** A download's file name for a view: `stem` plus the filters' query (`entente-data-country=CHN`). */
export function viewFileName(stem: string, query: string): string {
	const suffix = query ? `-${query.replace(/[^a-zA-Z0-9,=-]+/g, '_').slice(0, 60)}` : '';
	return `${stem}${suffix}`;
}
