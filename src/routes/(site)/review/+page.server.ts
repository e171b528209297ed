// The corpus-wide review queue (#13 §4): the least certain relations first, across articles;
// editors only, decisions written as the per-article review writes them.
import { parsePage } from '$lib/pagination';
import { reviewQueue } from '$lib/reviewQueue';
import { reviewView } from '$lib/reviewView';
import { loadDataset } from '$lib/server/dataset';
import { editingEnabled, isEditor } from '$lib/server/editing';
import {
	parseDecision,
	recordDecision,
	refuseNonEditor,
	relationDecision
} from '$lib/server/reviewDecision';
import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url, cookies }) => {
	const enabled = editingEnabled();
	const editor = isEditor(cookies);
	const { page, problem } = parsePage(url.searchParams.get('page'));
	if (problem) error(400, problem);
	// What the rules found is shown to editors only, as on an article's review page.
	return { enabled, editor, queue: enabled && editor ? reviewQueue(loadDataset(), page) : null };
};

const text = (form: FormData, key: string) => {
	const value = form.get(key);
	return typeof value === 'string' ? value.trim() : '';
};

export const actions: Actions = {
	decide: async ({ request, cookies }) => {
		const refused = refuseNonEditor(cookies);
		if (refused) return refused;
		const form = await request.formData();
		const decision = parseDecision(text(form, 'decision'));
		if ('problem' in decision) return fail(400, { problem: decision.problem });
		const article = text(form, 'article');
		const relation = reviewView(loadDataset(), article)?.relations.find(
			(r) => r.id === text(form, 'relation')
		);
		if (!relation) return fail(400, { problem: 'That relation is no longer in the article.' });
		const { accept } = decision;
		return recordDecision(
			article,
			{ relations: [relationDecision(relation, accept)] },
			`${accept ? 'Accepted' : 'Rejected'}: ${relation.label}.`
		);
	}
};
