// Precision and recall on the hand-labelled gold set may only go up: these floors are what
// the extraction reached when they were set (npm run eval prints the current figures).
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { NewsScore } from '../../src/lib/eval/news';
import type { PloverScore } from '../../src/lib/eval/plover';
import { overall, precision, recall, type Score, type Tally } from '../../src/lib/eval/score';
import { evaluateNews, evaluatePlover, heldoutBatches } from '../../src/lib/server/evaluateSets';
import { evaluateGold, type Evaluation } from '../../src/lib/server/evaluateGold';
import { DATA, realLexicon } from '../helpers/corpus';

let evaluation: Evaluation;
beforeAll(async () => {
	evaluation = await evaluateGold(DATA, path.resolve('tests/eval/founding'));
});

const figures = (score: Score, prefix: string) => {
	const t = overall(score, prefix);
	return { precision: precision(t), recall: recall(t) };
};

describe('gold set', () => {
	it('covers both founding articles', () => {
		expect(evaluation.articles).toEqual(['000_9aa84c4f3abaae7f', '004_3a0463082a3d97f4']);
	});

	it('keeps the rules at or above their reached precision and recall', () => {
		const { rules } = evaluation;
		expect(figures(rules, 'entity:').precision).toBeGreaterThanOrEqual(1);
		expect(figures(rules, 'entity:').recall).toBeGreaterThanOrEqual(1);
		expect(figures(rules, 'relation:').precision).toBeGreaterThanOrEqual(0.97);
		expect(figures(rules, 'relation:').recall).toBeGreaterThanOrEqual(0.91);
		expect(figures(rules, 'indicator:').precision).toBeGreaterThanOrEqual(1);
		expect(figures(rules, 'indicator:').recall).toBeGreaterThanOrEqual(1);
		expect(rules.modalities.right).toBe(rules.modalities.of);
	});

	it('keeps the curated data set at or above its reached precision and recall', () => {
		const { curated } = evaluation;
		expect(figures(curated, 'relation:').precision).toBeGreaterThanOrEqual(1);
		expect(figures(curated, 'relation:').recall).toBeGreaterThanOrEqual(0.95);
		expect(curated.dates.right / curated.dates.of).toBeGreaterThanOrEqual(0.97);
	});
});

// Sets (b) and (c): the floors reached by the event-types, actors and references work (#11,
// #12), below the issues' goals (see `npm run eval` and the issues' notes): they may only rise.
describe('PLOVER records and blind-written news', () => {
	let plover: PloverScore;
	let news: NewsScore;
	let heldout: NewsScore;
	let third: NewsScore;
	let fourth: NewsScore;
	let fifth: NewsScore;
	let firstBatch: NewsScore;
	beforeAll(async () => {
		const lexicon = await realLexicon();
		plover = await evaluatePlover(lexicon, path.resolve('tests/eval/plover/plover-gsr-dev.json'));
		news = (await evaluateNews(lexicon, path.resolve('tests/eval/news'))).score;
		const batches = await heldoutBatches();
		const first = new Set([...(batches['1'] ?? []), ...(batches['2'] ?? [])]);
		heldout = (await evaluateNews(lexicon, path.resolve('tests/eval/heldout'), first)).score;
		firstBatch = (
			await evaluateNews(lexicon, path.resolve('tests/eval/heldout'), new Set(batches['1']))
		).score;
		third = (await evaluateNews(lexicon, path.resolve('tests/eval/heldout'), new Set(batches['3'])))
			.score;
		fourth = (
			await evaluateNews(lexicon, path.resolve('tests/eval/heldout'), new Set(batches['4']))
		).score;
		fifth = (await evaluateNews(lexicon, path.resolve('tests/eval/heldout'), new Set(batches['5'])))
			.score;
		// Six sets extracted: about 10 s alone, more beside the other test files.
	}, 60_000);
	const all = (tallies: Record<string, Tally>, keys?: string[]) =>
		Object.entries(tallies)
			.filter(([k]) => !keys || keys.includes(k))
			.reduce((a, [, t]) => ({ tp: a.tp + t.tp, fp: a.fp + t.fp, fn: a.fn + t.fn }), {
				tp: 0,
				fp: 0,
				fn: 0
			});

	it('keeps the PLOVER records at or above their reached figures', () => {
		expect(plover.records.of).toBe(84);
		const t = all(plover.byType);
		expect(recall(t)).toBeGreaterThanOrEqual(0.56);
		expect(precision(t)).toBeGreaterThanOrEqual(0.48);
	});

	it('keeps the news set at or above its reached figures', () => {
		const meetings = all(news.byType, ['meeting', 'visit', 'talks']);
		expect(recall(meetings)).toBeGreaterThanOrEqual(0.57);
		expect(precision(meetings)).toBeGreaterThanOrEqual(0.76);
		const every = all(news.byType);
		expect(recall(every)).toBeGreaterThanOrEqual(0.38);
		expect(precision(every)).toBeGreaterThanOrEqual(0.65);
		expect(recall(news.persons)).toBeGreaterThanOrEqual(0.91);
		expect(news.persons.rightCountry / (news.persons.tp + news.persons.fn)).toBeGreaterThanOrEqual(
			0.83
		);
		expect(recall(news.organizations)).toBeGreaterThanOrEqual(0.8);
		expect(recall(news.statements)).toBeGreaterThanOrEqual(0.59);
		expect(news.references.right / news.references.of).toBeGreaterThanOrEqual(0.68);
	});

	it('has every held-out text in one batch', async () => {
		const batches = await heldoutBatches();
		const listed = Object.values(batches).flat().sort();
		const files = (await readdir(path.resolve('tests/eval/heldout')))
			.filter((f) => f.endsWith('.gold.yaml'))
			.map((f) => f.replace(/\.gold\.yaml$/, ''))
			.sort();
		expect(listed).toEqual(files);
	});

	// Batch 1 alone keeps the floors it had before batch 2 joined it (1d8b9ad).
	it('keeps the first held-out batch at or above its first figures', () => {
		const meetings = all(firstBatch.byType, ['meeting', 'visit', 'talks']);
		expect(recall(meetings)).toBeGreaterThanOrEqual(0.18);
		expect(precision(meetings)).toBeGreaterThanOrEqual(0.5);
		const every = all(firstBatch.byType);
		expect(recall(every)).toBeGreaterThanOrEqual(0.14);
		expect(precision(every)).toBeGreaterThanOrEqual(0.43);
		expect(recall(firstBatch.persons)).toBeGreaterThanOrEqual(0.92);
		expect(recall(firstBatch.statements)).toBeGreaterThanOrEqual(0.41);
	});

	it('keeps the third held-out batch at or above its first figures', () => {
		const meetings = all(third.byType, ['meeting', 'visit', 'talks']);
		expect(recall(meetings)).toBeGreaterThanOrEqual(0.41);
		expect(precision(meetings)).toBeGreaterThanOrEqual(0.61);
		const every = all(third.byType);
		expect(recall(every)).toBeGreaterThanOrEqual(0.27);
		expect(precision(every)).toBeGreaterThanOrEqual(0.49);
		expect(recall(third.persons)).toBeGreaterThanOrEqual(0.93);
		expect(recall(third.statements)).toBeGreaterThanOrEqual(0.57);
	});

	it('keeps the fourth held-out batch at or above its first figures', () => {
		const meetings = all(fourth.byType, ['meeting', 'visit', 'talks']);
		expect(recall(meetings)).toBeGreaterThanOrEqual(0.39);
		expect(precision(meetings)).toBeGreaterThanOrEqual(0.8);
		const every = all(fourth.byType);
		expect(recall(every)).toBeGreaterThanOrEqual(0.21);
		expect(precision(every)).toBeGreaterThanOrEqual(0.48);
		expect(recall(fourth.persons)).toBeGreaterThanOrEqual(0.83);
		expect(recall(fourth.statements)).toBeGreaterThanOrEqual(0.56);
	});

	it('keeps the fifth held-out batch at or above its first figures', () => {
		const meetings = all(fifth.byType, ['meeting', 'visit', 'talks']);
		expect(recall(meetings)).toBeGreaterThanOrEqual(0.23);
		expect(precision(meetings)).toBeGreaterThanOrEqual(0.29);
		const every = all(fifth.byType);
		expect(recall(every)).toBeGreaterThanOrEqual(0.14);
		expect(precision(every)).toBeGreaterThanOrEqual(0.32);
		expect(recall(fifth.persons)).toBeGreaterThanOrEqual(0.87);
		expect(recall(fifth.statements)).toBeGreaterThanOrEqual(0.52);
	});

	it('keeps the held-out set (d) at or above its first figures', () => {
		const meetings = all(heldout.byType, ['meeting', 'visit', 'talks']);
		expect(recall(meetings)).toBeGreaterThanOrEqual(0.3);
		expect(precision(meetings)).toBeGreaterThanOrEqual(0.61);
		const every = all(heldout.byType);
		expect(recall(every)).toBeGreaterThanOrEqual(0.2);
		expect(precision(every)).toBeGreaterThanOrEqual(0.51);
		expect(recall(heldout.persons)).toBeGreaterThanOrEqual(0.9);
		expect(recall(heldout.statements)).toBeGreaterThanOrEqual(0.44);
	});
});
