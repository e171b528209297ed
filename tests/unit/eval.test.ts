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
	// Loads the lexicon and gazetteer: a few seconds alone, more on a loaded machine.
}, 60_000);

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
	let sixth: NewsScore;
	let firstBatch: NewsScore;
	let news2: NewsScore;
	beforeAll(async () => {
		const lexicon = await realLexicon();
		plover = await evaluatePlover(lexicon, path.resolve('tests/eval/plover/plover-gsr-dev.json'));
		news = (await evaluateNews(lexicon, path.resolve('tests/eval/news'))).score;
		news2 = (await evaluateNews(lexicon, path.resolve('tests/eval/news2'))).score;
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
		sixth = (await evaluateNews(lexicon, path.resolve('tests/eval/heldout'), new Set(batches['6'])))
			.score;
		// Eight sets extracted: about 12 s alone, more beside the other test files.
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
		expect(recall(t)).toBeGreaterThanOrEqual(0.58);
		expect(precision(t)).toBeGreaterThanOrEqual(0.52);
	});

	it('keeps the news set at or above its reached figures', () => {
		const meetings = all(news.byType, ['meeting', 'visit', 'talks']);
		expect(recall(meetings)).toBeGreaterThanOrEqual(0.57);
		expect(precision(meetings)).toBeGreaterThanOrEqual(0.82);
		const every = all(news.byType);
		expect(recall(every)).toBeGreaterThanOrEqual(0.38);
		expect(precision(every)).toBeGreaterThanOrEqual(0.68);
		expect(recall(news.persons)).toBeGreaterThanOrEqual(0.91);
		expect(news.persons.rightCountry / (news.persons.tp + news.persons.fn)).toBeGreaterThanOrEqual(
			0.83
		);
		expect(recall(news.organizations)).toBeGreaterThanOrEqual(0.8);
		expect(recall(news.statements)).toBeGreaterThanOrEqual(0.67);
		expect(news.references.right / news.references.of).toBeGreaterThanOrEqual(0.7);
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

	interface Floors {
		/** Meetings, visits and talks: recall, precision; every relation: recall, precision. */
		mR: number;
		mP: number;
		aR: number;
		aP: number;
		persons: number;
		statements: number;
	}
	// Each batch keeps the floors of its first figures (batch 1 alone those it had before batch
	// 2 joined it, 1d8b9ad; batches 1-2 together, set (d) as first defined); statements rose since.
	const floors: [string, () => NewsScore, Floors][] = [
		[
			'the first held-out batch',
			() => firstBatch,
			{ mR: 0.18, mP: 0.5, aR: 0.14, aP: 0.43, persons: 0.92, statements: 0.52 }
		],
		[
			'the third held-out batch',
			() => third,
			{ mR: 0.41, mP: 0.61, aR: 0.27, aP: 0.49, persons: 0.93, statements: 0.64 }
		],
		[
			'the fourth held-out batch',
			() => fourth,
			{ mR: 0.39, mP: 0.8, aR: 0.21, aP: 0.48, persons: 0.83, statements: 0.63 }
		],
		[
			'the fifth held-out batch',
			() => fifth,
			{ mR: 0.23, mP: 0.29, aR: 0.14, aP: 0.32, persons: 0.87, statements: 0.55 }
		],
		[
			'the sixth held-out batch',
			() => sixth,
			{ mR: 0.43, mP: 0.6, aR: 0.24, aP: 0.42, persons: 0.87, statements: 0.47 }
		],
		[
			// Set (e), a second development set: the figures reached in the session that added it.
			'the second development set (e)',
			() => news2,
			{ mR: 0.35, mP: 0.53, aR: 0.23, aP: 0.47, persons: 0.92, statements: 0.59 }
		],
		[
			'the held-out set (d)',
			() => heldout,
			{ mR: 0.3, mP: 0.61, aR: 0.2, aP: 0.51, persons: 0.9, statements: 0.52 }
		]
	];
	for (const [name, scoreOf, f] of floors)
		it(`keeps ${name} at or above its first figures`, () => {
			const score = scoreOf();
			const meetings = all(score.byType, ['meeting', 'visit', 'talks']);
			expect(recall(meetings)).toBeGreaterThanOrEqual(f.mR);
			expect(precision(meetings)).toBeGreaterThanOrEqual(f.mP);
			const every = all(score.byType);
			expect(recall(every)).toBeGreaterThanOrEqual(f.aR);
			expect(precision(every)).toBeGreaterThanOrEqual(f.aP);
			expect(recall(score.persons)).toBeGreaterThanOrEqual(f.persons);
			expect(recall(score.statements)).toBeGreaterThanOrEqual(f.statements);
		});
});
