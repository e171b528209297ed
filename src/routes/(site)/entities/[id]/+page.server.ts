import { entityProfile } from '$lib/entityProfile';
import { parsePage } from '$lib/pagination';
import { loadDataset } from '$lib/server/dataset';
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url, locals }) => {
	// A bad ?page= shows the first page.
	const page = parsePage(url.searchParams.get('page')).page;
	const profile = entityProfile(loadDataset(), params.id, locals.locale, page);
	if (!profile) error(404, 'No actor with this id in the data set.');
	return { profile };
};
