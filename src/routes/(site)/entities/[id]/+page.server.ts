import { entityProfile } from '$lib/entityProfile';
import { loadDataset } from '$lib/server/dataset';
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, locals }) => {
	const profile = entityProfile(loadDataset(), params.id, locals.locale);
	if (!profile) error(404, 'No actor with this id in the data set.');
	return { profile };
};
