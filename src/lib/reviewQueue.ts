// The corpus-wide review queue (#13 §4): every relation no curator has decided yet, the least
// certain first, a page at a time, each with the sentence it rests on and the article where an
// editor's decision is written (its first evidence record's).
import type { Dataset } from './dataset/schema';
import { RELATION_STYLE } from './graph/style';
import { paginate, type Paged } from './pagination';
import type { CurationState, Modality, RelationType } from './types';

export interface QueueItem {
	id: string;
	type: RelationType;
	/** « meeting: Xi Jinping — Vladimir Putin ». */
	label: string;
	/** 0–1; a relation without one counts as 1. */
	confidence: number;
	modality: Modality;
	date?: string;
	/** The article the decision is written for, and its title. */
	article: string;
	title: string;
	/** The sentence it rests on in that article. */
	quote: string;
}

/**
 * The relations no curator has decided (no evidence record from a curation file), by
 * confidence ascending, then in the data set's order; page `page` (1-based, clamped) of
 * `size`. Negated relations are in it too: a denial read wrongly is as costly as an event.
 */
export function reviewQueue(
	dataset: Dataset,
	page: number,
	size = 20
): Paged<QueueItem> & { decided: Record<CurationState, number> } {
	const entities = new Map(dataset.entities.map((e) => [e.id, e]));
	const titles = new Map(dataset.articles.map((a) => [a.id, a.title]));
	const name = (id: string) => entities.get(id)?.name ?? id;
	const open = dataset.relations
		.map((r, seq) => ({ r, seq }))
		.filter(({ r }) => r.evidence.length > 0 && !r.evidence.some((e) => e.origin))
		.sort((a, b) => (a.r.confidence ?? 1) - (b.r.confidence ?? 1) || a.seq - b.seq);
	const paged = paginate(open, page, size);
	// What curators decided so far, as every panel and events.csv flag it (rejected ones are gone).
	const decided: Record<CurationState, number> = { accepted: 0, added: 0 };
	for (const r of dataset.relations) if (r.curated) decided[r.curated] += 1;
	return {
		...paged,
		decided,
		items: paged.items.map(({ r }) => {
			const first = r.evidence[0] as (typeof r.evidence)[number];
			return {
				id: r.id,
				type: r.type,
				label: `${RELATION_STYLE[r.type].label}: ${name(r.source)} ${r.directed ? '→' : '—'} ${name(r.target)}`,
				confidence: r.confidence ?? 1,
				modality: r.modality,
				...(r.date ? { date: r.date } : {}),
				article: first.article,
				title: titles.get(first.article) ?? first.article,
				quote: first.quote
			};
		})
	};
}
