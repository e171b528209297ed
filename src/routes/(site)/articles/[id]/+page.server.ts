import { articleView } from '$lib/articleView';
import { loadDataset } from '$lib/server/dataset';
import { isEditor } from '$lib/server/editing';
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, cookies, locals }) => {
	const article = articleView(loadDataset(), params.id, locals.locale);
	if (!article) error(404, 'No article with this id in the corpus.');
	return { article, editing: isEditor(cookies) };
};
