import { entityProfile } from '$lib/entityProfile';
import { parsePage } from '$lib/pagination';
import { loadDataset } from '$lib/server/dataset';
import { pageFilters } from '$lib/server/pageFilters';
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url, locals }) => {
	// A bad ?page= shows the first page.
	const page = parsePage(url.searchParams.get('page')).page;
	const dataset = loadDataset();
	// The shared filters narrow a profile as they narrow every view (bad values are left out).
	const { filters } = pageFilters(dataset, url.searchParams, locals.locale);
	const profile = entityProfile(dataset, params.id, locals.locale, page, filters);
	if (!profile) error(404, 'No actor with this id in the data set.');
	return { profile };
};
