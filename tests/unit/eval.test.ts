// Precision and recall on the hand-labelled gold set may only go up: these floors are what
// the extraction reached when they were set (npm run eval prints the current figures).
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { overall, precision, recall, type Score } from '../../src/lib/eval/score';
import { evaluateGold, type Evaluation } from '../../src/lib/server/evaluateGold';
import { DATA } from '../helpers/corpus';

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
		expect(figures(rules, 'relation:').recall).toBeGreaterThanOrEqual(0.89);
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
