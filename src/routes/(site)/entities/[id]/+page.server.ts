import { indicatorCounts, mentionCountOf, selectionOf } from '$lib/counts';
import { entityProfile } from '$lib/entityProfile';
import { parsePage } from '$lib/pagination';
import { loadDataset } from '$lib/server/dataset';
import { filterSummary, pageFilters } from '$lib/server/pageFilters';
import { loadStore } from '$lib/server/store/loadStore';
import { storeEntityProfile } from '$lib/server/store/profile';
import { storeQuery } from '$lib/server/store/store';
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url, locals }) => {
	// A bad ?page= shows the first page.
	const page = parsePage(url.searchParams.get('page')).page;
	const dataset = loadDataset();
	// The shared filters narrow a profile as they narrow every view (bad values are left out and
	// said).
	const { filters, problems } = pageFilters(dataset, url.searchParams, locals.locale);
	// From the embedded database when it answers these filters, else from memory.
	const query = storeQuery(filters);
	const store = query ? loadStore() : undefined;
	let held: ReadonlySet<string> | undefined;
	const profile =
		store && query
			? storeEntityProfile(
					store,
					params.id,
					query,
					{
						indicator: indicatorCounts(dataset, filters),
						// The selection's articles (src/lib/counts.ts), found once.
						article: (id) => (held ??= selectionOf(dataset, filters).articles).has(id),
						mentions: mentionCountOf(dataset, params.id, filters)
					},
					locals.locale,
					page
				)
			: entityProfile(dataset, params.id, locals.locale, page, filters);
	if (!profile) error(404, 'No actor with this id in the data set.');
	return {
		profile,
		// Links to other profiles, pages and the network keep the filters.
		filters,
		// Said above the profile, each removable, as on every view the filters narrow.
		// Without the corpus-wide counts: the profile's own stand beside it.
		summary: filterSummary(dataset, filters, url.searchParams, locals.locale, false),
		notices: problems.map((p) => p.message)
	};
};
