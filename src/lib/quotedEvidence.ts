// Evidence as a reader sees it: the sentence it sits in, with the article's title and date.
// Shared by every view that lists quotes (network panels, chart selections, profiles).
import { datasetIndex } from './dataset/datasetIndex';
import type { Dataset } from './dataset/schema';
import { evidenceView, type EvidenceView } from './evidence';
import type { Evidence } from './types';

export interface QuotedEvidence extends EvidenceView {
	articleTitle: string;
	articleDate: string;
}

export function quote(
	dataset: Dataset,
	evidence: Evidence,
	actors: ReadonlySet<string>
): QuotedEvidence {
	const index = datasetIndex(dataset);
	const article = index.article(evidence.article);
	const view = article
		? evidenceView(article.text, article.lang, evidence, index.mentionsIn(article.id), actors)
		: {
				article: evidence.article,
				start: evidence.start,
				end: evidence.end,
				segments: [{ text: evidence.quote }]
			};
	return {
		...view,
		articleTitle: article?.title ?? evidence.article,
		articleDate: article?.date ?? ''
	};
}

/** One quote per sentence: a curated record and the rule's record of the same sentence are
 * shown once, with the narrower (curated) quote marked. */
export function quotes(
	dataset: Dataset,
	evidence: Evidence[],
	actors: ReadonlySet<string>
): QuotedEvidence[] {
	const bySentence = new Map<string, QuotedEvidence>();
	for (const e of evidence) {
		const view = quote(dataset, e, actors);
		const key = `${view.article}:${view.start}`;
		const existing = bySentence.get(key);
		const marked = (v: QuotedEvidence) => v.segments.some((s) => s.mark === 'quote');
		if (!existing || (marked(view) && !marked(existing))) bySentence.set(key, view);
	}
	return [...bySentence.values()];
}
