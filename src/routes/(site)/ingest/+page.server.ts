import path from 'node:path';
import { articleViewOf } from '$lib/articleView';
import { extractArticle } from '$lib/extract/extractArticle';
import { RELATION_STYLE } from '$lib/graph/style';
import { addArticle, normalisedText } from '$lib/server/corpusWriter';
import { DataLockBusy } from '$lib/server/dataLock';
import { loadDataset } from '$lib/server/dataset';
import {
	admitEditor,
	dismissEditor,
	editingEnabled,
	isEditor,
	tokenMatches
} from '$lib/server/editing';
import { articleFromForm, type IngestValues } from '$lib/server/ingestForm';
import { clientAddress } from '$lib/server/clientAddress';
import { rateLimits } from '$lib/server/rateLimit';
import { serverLexicon } from '$lib/server/lexicon';
import { DATA_DIR } from '$lib/server/paths';
import { rebuildOffThread } from '$lib/server/rebuildOffThread';
import { rebuildProblem } from '$lib/server/rebuildProblem';
import type { Article } from '$lib/types';
import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ cookies }) => ({
	enabled: editingEnabled(),
	editor: isEditor(cookies)
});

/** What the editor checks before saving: the text with its mentions, and what was found. */
async function preview(article: Article) {
	const extraction = extractArticle(article, await serverLexicon());
	const entities = new Map(extraction.entities.map((e) => [e.id, e]));
	const name = (id: string) => entities.get(id)?.name ?? id;
	const warnings: string[] = [];
	const text = normalisedText(article.text);
	const same = loadDatasetOrNothing()?.articles.find((a) => normalisedText(a.text) === text);
	if (same)
		warnings.push(
			`The corpus already holds this text, as “${same.title}” (${same.id}): saving will skip it.`
		);
	if (article.date > new Date().toISOString().slice(0, 10))
		warnings.push(`The date ${article.date} is in the future: saving will refuse it.`);
	return {
		view: articleViewOf(article, entities, extraction.mentions, extraction.relations),
		entities: extraction.entities.map((e) => ({
			id: e.id,
			name: e.name,
			type: e.type,
			// Roles found by pattern are keys (head-of-state): shown as words.
			...(e.role ? { role: e.role.replace(/-/g, ' ') } : {}),
			...(e.country ? { country: e.country } : {}),
			discovered: !!e.discovered
		})),
		relations: extraction.relations.map((r) => ({
			id: r.id,
			label: `${name(r.source)} ${r.directed ? '→' : '—'} ${name(r.target)}`,
			type: RELATION_STYLE[r.type].label,
			colour: RELATION_STYLE[r.type].colour,
			...(r.date ? { date: r.date } : {}),
			modality: r.modality,
			quote: r.evidence[0]?.quote ?? ''
		})),
		indicators: extraction.indicators.map((i) => ({
			id: i.id,
			label: `${i.approximate ? '~' : ''}${i.value} ${i.unit} — ${i.label}`,
			...(i.year ? { year: i.year } : {}),
			quote: i.evidence[0]?.quote ?? ''
		})),
		warnings
	};
}

function loadDatasetOrNothing() {
	try {
		return loadDataset();
	} catch {
		return undefined;
	}
}

function refuseUnlessEditor(cookies: Parameters<typeof isEditor>[0]) {
	if (!editingEnabled())
		return fail(403, { problems: ['Editing is off on this server.'] as string[] });
	if (!isEditor(cookies))
		return fail(403, { problems: ['Give the editing token first.'] as string[] });
	return undefined;
}

export const actions: Actions = {
	unlock: async (event) => {
		const { request, cookies, url } = event;
		if (!editingEnabled()) return fail(403, { problems: ['Editing is off on this server.'] });
		// Guessing is slowed down: past a few wrong tokens, no token is even compared for a while.
		const client = clientAddress(event);
		const limits = rateLimits();
		const blocked = await limits.tokenRefusal(client);
		if (blocked) {
			event.setHeaders({ 'retry-after': String(blocked.retryAfterSeconds) });
			return fail(429, { problems: [blocked.message] });
		}
		const token = (await request.formData()).get('token');
		if (typeof token !== 'string' || !tokenMatches(token)) {
			await limits.take('token', client);
			return fail(403, { problems: ['That is not the editing token.'] });
		}
		await limits.forgiveTokens(client);
		admitEditor(cookies, url.protocol === 'https:');
		return { unlocked: true };
	},
	// Posted from every editing page (the review page too): back to the token form.
	logout: ({ cookies, url }) => {
		dismissEditor(cookies, url.protocol === 'https:');
		redirect(303, '/ingest');
	},
	preview: async ({ request, cookies }) => {
		const refused = refuseUnlessEditor(cookies);
		if (refused) return refused;
		const { article, values, problems } = await articleFromForm(await request.formData());
		if (!article) return fail(400, { values, problems });
		return { values, id: article.id, preview: await preview(article) };
	},
	save: async ({ request, cookies }) => {
		const refused = refuseUnlessEditor(cookies);
		if (refused) return refused;
		const { article, values, problems } = await articleFromForm(await request.formData());
		if (!article) return fail(400, { values, problems });
		// The rebuild runs inside the data lock; its failure does not undo the save, and is said.
		let rebuildFailure: unknown;
		let outcome;
		try {
			outcome = await addArticle(path.join(DATA_DIR, 'articles'), article, {
				rebuild: () => rebuildOffThread().catch((failure: unknown) => (rebuildFailure = failure)),
				lock: { onWait: (message) => console.log(`saving ${article.id}: ${message}`) }
			});
		} catch (failure) {
			// Another save kept the lock, or the disk refused the file: nothing was written, and the
			// form is kept to try again (never a 500).
			if (failure instanceof DataLockBusy)
				return fail(503, { values, problems: [`Not saved: ${failure.message}.`] });
			const reason = failure instanceof Error ? failure.message : String(failure);
			console.error(`saving ${article.id}: ${reason}`);
			return fail(503, {
				values,
				problems: [`Not saved: the file could not be written (${reason}).`]
			});
		}
		if (outcome.status !== 'added')
			return fail(outcome.status === 'duplicate' ? 409 : 400, {
				values,
				problems: [
					outcome.status === 'duplicate'
						? `Not saved: the corpus already holds this text (${outcome.id}).`
						: `Not saved: ${outcome.reason}.`
				]
			});
		if (rebuildFailure !== undefined) {
			// Never a 500: the article is saved; what blocks the rebuild is said, and the pages keep
			// the previous data set until a rebuild succeeds (at the next save, or the next start).
			const { status, problem } = rebuildProblem(outcome.id as string, rebuildFailure);
			return fail(status, { values: emptyValues(), problems: [problem] });
		}
		redirect(303, `/articles/${outcome.id}`);
	}
};

const emptyValues = (): IngestValues => ({
	text: '',
	title: '',
	date: '',
	lang: 'auto',
	source: '',
	url: ''
});
