import { isPartialDate } from '$lib/dataset/dates';
import { reviewView } from '$lib/reviewView';
import { loadDataset } from '$lib/server/dataset';
import { editingEnabled, isEditor } from '$lib/server/editing';
import { MODALITIES, RELATION_TYPES, type Modality, type RelationType } from '$lib/types';
import { error, fail, type Cookies } from '@sveltejs/kit';
import { parseDecision, recordDecision, relationDecision } from '$lib/server/reviewDecision';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, cookies }) => {
	const view = reviewView(loadDataset(), params.id);
	if (!view) error(404, 'No article with this id in the corpus.');
	return { ...view, enabled: editingEnabled(), editor: isEditor(cookies), types: RELATION_TYPES };
};

function guard(cookies: Cookies) {
	if (!editingEnabled()) return fail(403, { problem: 'Editing is off on this server.' });
	if (!isEditor(cookies))
		return fail(403, { problem: 'Give the editing token first (on “Add an article”).' });
	return undefined;
}

const text = (form: FormData, key: string) => {
	const value = form.get(key);
	return typeof value === 'string' ? value.trim() : '';
};

export const actions: Actions = {
	decide: async ({ params, request, cookies }) => {
		const refused = guard(cookies);
		if (refused) return refused;
		const form = await request.formData();
		const chosen = parseDecision(text(form, 'decision'));
		if ('problem' in chosen) return fail(400, { problem: chosen.problem });
		const relation = reviewView(loadDataset(), params.id)?.relations.find(
			(r) => r.id === text(form, 'relation')
		);
		if (!relation) return fail(400, { problem: 'That relation is no longer in the article.' });
		// The one decision the corpus-wide queue writes too (a mutual relation stays mutual).
		const decision = relationDecision(relation, chosen.accept);
		return recordDecision(
			params.id,
			{ relations: [decision] },
			`${decision.action === 'reject' ? 'Rejected' : 'Accepted'}: ${relation.label}.`
		);
	},
	merge: async ({ params, request, cookies }) => {
		const refused = guard(cookies);
		if (refused) return refused;
		const form = await request.formData();
		const view = reviewView(loadDataset(), params.id);
		const person = view?.unknownPeople.find((p) => p.id === text(form, 'person'));
		const into = view?.actors.find((a) => a.id === text(form, 'into'));
		if (!person || !into)
			return fail(400, { problem: 'Choose a person found in the article and a known actor.' });
		return recordDecision(
			params.id,
			{
				mentions: person.mentions.map((m) => ({
					quote: m.quote,
					occurrence: m.occurrence,
					entity: into.id
				}))
			},
			`${person.name} is now ${into.name} in this article.`
		);
	},
	add: async ({ params, request, cookies }) => {
		const refused = guard(cookies);
		if (refused) return refused;
		const form = await request.formData();
		const dataset = loadDataset();
		const article = dataset.articles.find((a) => a.id === params.id);
		const known = new Set(reviewView(dataset, params.id)?.actors.map((a) => a.id));
		const [type, source, target, quote, date, modality] = (
			['type', 'source', 'target', 'quote', 'date', 'modality'] as const
		).map((k) => text(form, k)) as [string, string, string, string, string, string];
		const problems: string[] = [];
		if (!RELATION_TYPES.includes(type as RelationType)) problems.push('Choose a relation type.');
		if (!known.has(source) || !known.has(target))
			problems.push('Choose the two actors from the lists.');
		if (source && source === target) problems.push('A relation joins two different actors.');
		if (quote.length < 3 || !article?.text.includes(quote))
			problems.push(
				'Select (or paste) the words of the article the relation rests on: they must appear in it exactly.'
			);
		if (date && !isPartialDate(date))
			problems.push('The date must be YYYY, YYYY-MM or YYYY-MM-DD.');
		if (modality && !MODALITIES.includes(modality as Modality))
			problems.push('Choose a modality from the list.');
		if (problems.length) return fail(400, { problem: problems.join(' ') });
		return recordDecision(
			params.id,
			{
				relations: [
					{
						action: 'add',
						type: type as RelationType,
						source,
						target,
						quote,
						...(date ? { date } : {}),
						...(modality ? { modality: modality as Modality } : {})
					}
				]
			},
			'Relation added.'
		);
	}
};
