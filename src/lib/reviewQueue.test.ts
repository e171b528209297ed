import { beforeAll, describe, expect, it } from 'vitest';
import { foundingDataset } from '../../tests/helpers/corpus';
import type { Dataset } from './dataset/schema';
import { reviewQueue } from './reviewQueue';

let data: Dataset;
beforeAll(async () => {
	data = await foundingDataset();
});

describe('the review queue', () => {
	it('lists every relation no curator decided, the least certain first, a page at a time', () => {
		const undecided = data.relations.filter((r) => !r.evidence.some((e) => e.origin));
		// The founding corpus has curated relations, which the queue leaves out.
		expect(undecided.length).toBeLessThan(data.relations.length);
		const first = reviewQueue(data, 1, 10);
		expect(first.total).toBe(undecided.length);
		expect(first.items).toHaveLength(10);
		const all = Array.from(
			{ length: first.pages },
			(_, i) => reviewQueue(data, i + 1, 10).items
		).flat();
		expect(all.map((x) => x.id).sort()).toEqual(undecided.map((r) => r.id).sort());
		const confidences = all.map((x) => x.confidence);
		expect(confidences).toEqual([...confidences].sort((a, b) => a - b));
		expect(confidences[0]).toBeLessThan(confidences[confidences.length - 1] as number);
		// Each item says the sentence it rests on and the article its decision goes to.
		for (const x of all) {
			const article = data.articles.find((a) => a.id === x.article);
			expect(article?.text).toContain(x.quote);
			expect(x.title).toBe(article?.title);
		}
	});

	it('counts what curators accepted and added, as the data set flags them', () => {
		const { decided } = reviewQueue(data, 1, 10);
		const curated = data.relations.filter((r) => r.evidence.some((e) => e.origin));
		expect(decided.accepted + decided.added).toBe(curated.length);
		// The founding corpus's curators confirmed relations the rules found, and added others.
		expect(decided.accepted).toBeGreaterThan(0);
		expect(decided.added).toBeGreaterThan(0);
	});

	it('clamps a page past the end to the last', () => {
		const last = reviewQueue(data, 10_000, 10);
		expect(last.page).toBe(last.pages);
		expect(last.items.length).toBeGreaterThan(0);
	});
});
