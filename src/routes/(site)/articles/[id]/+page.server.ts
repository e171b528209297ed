import { articleView } from '$lib/articleView';
import { loadDataset } from '$lib/server/dataset';
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const article = articleView(loadDataset(), params.id);
	if (!article) error(404, 'No article with this id in the corpus.');
	return { article };
};
