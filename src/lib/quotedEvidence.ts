// Evidence as a reader sees it: the sentence it sits in, with the article's title and date.
// Shared by every view that lists quotes (network panels, chart selections, profiles).
import { datasetIndex, type DatasetIndex } from './dataset/datasetIndex';
import type { Dataset } from './dataset/schema';
import { evidenceView, type EvidenceView } from './evidence';
import type { Evidence } from './types';

export interface QuotedEvidence extends EvidenceView {
	articleTitle: string;
	articleDate: string;
}

/** Where quotes find their article and its mentions: the in-memory data set's index, or a
 * store (src/lib/server/store). */
export type QuoteSource = Pick<DatasetIndex, 'article' | 'mentionsIn'>;

const sourceOf = (from: Dataset | QuoteSource): QuoteSource =>
	'articles' in from ? datasetIndex(from) : from;

export function quote(
	from: Dataset | QuoteSource,
	evidence: Evidence,
	actors: ReadonlySet<string>
): QuotedEvidence {
	const index = sourceOf(from);
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
	from: Dataset | QuoteSource,
	evidence: Evidence[],
	actors: ReadonlySet<string>
): QuotedEvidence[] {
	const index = sourceOf(from);
	const bySentence = new Map<string, QuotedEvidence>();
	for (const e of evidence) {
		const view = quote(index, e, actors);
		const key = `${view.article}:${view.start}`;
		const existing = bySentence.get(key);
		const marked = (v: QuotedEvidence) => v.segments.some((s) => s.mark === 'quote');
		if (!existing || (marked(view) && !marked(existing))) bySentence.set(key, view);
	}
	return [...bySentence.values()];
}
