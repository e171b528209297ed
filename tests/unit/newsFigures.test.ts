// How set (c) matches figures: a range by its bounds, a head count whether labelled troops or
// people, a rate only when the label gives one, the figure quoting the gold words first.
import { describe, expect, it } from 'vitest';
import { emptyNewsScore, newsGoldSchema, scoreNewsArticle } from '../../src/lib/eval/news';
import type { Indicator } from '../../src/lib/types';
import { realLexicon } from '../helpers/corpus';

const text =
	'Poland keeps between 4,000 and 5,000 troops there and imports 1.75 million barrels per day.';
const evidence = [{ article: 't', start: 0, end: text.length, quote: text }];
const figure = (f: Partial<Indicator>): Indicator => ({
	id: `t#${f.value}`,
	kind: 'count',
	value: 0,
	unit: '',
	label: '',
	subject: 'POL',
	year: 2023,
	evidence,
	...f
});

async function score(figures: unknown[], predicted: Indicator[]) {
	const gold = newsGoldSchema.parse({
		article: 't',
		entities: [{ id: 'POL', type: 'country' }],
		relations: [],
		figures
	});
	const s = emptyNewsScore();
	const lexicon = await realLexicon();
	scoreNewsArticle(
		gold,
		text,
		{
			entities: [
				{
					id: 'POL',
					type: 'country',
					name: 'Poland',
					names: { fr: 'Pologne', en: 'Poland' },
					iso3: 'POL'
				}
			],
			relations: [],
			mentions: [],
			indicators: predicted
		},
		lexicon.triggers.cameo,
		s
	);
	return s.figures;
}

describe('set (c) figure matching', () => {
	it('matches a range by both bounds, never by one of them alone', async () => {
		const gold = [{ low: 4000, high: 5000, unit: 'troops', subject: 'POL', year: 2023 }];
		expect(
			await score(gold, [figure({ value: 4000, low: 4000, high: 5000, unit: 'people' })])
		).toMatchObject({
			tp: 1,
			allRight: 1
		});
		expect(await score(gold, [figure({ value: 5000, unit: 'troops' })])).toMatchObject({
			tp: 0,
			fn: 1,
			fp: 1
		});
	});

	it('asks for a rate only where the label gives one', async () => {
		const barrels = figure({ kind: 'quantity', value: 1750000, unit: 'barrels', per: 'day' });
		expect(
			await score([{ value: 1750000, unit: 'barrels/day', subject: 'POL' }], [barrels])
		).toMatchObject({ allRight: 1 });
		expect(
			await score([{ value: 1750000, unit: 'barrels', subject: 'POL' }], [barrels])
		).toMatchObject({
			allRight: 1
		});
		expect(
			await score([{ value: 1750000, unit: 'barrels/year', subject: 'POL' }], [barrels])
		).toMatchObject({ tp: 1, allRight: 0 });
	});
});
