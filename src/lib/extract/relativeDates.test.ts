import { describe, expect, it } from 'vitest';
import type { Language } from '../types';
import { relativeDates } from './relativeDates';

const read = (text: string, lang: Language, ref: string, previous?: string) =>
	relativeDates(text, lang, new Date(`${ref}T12:00:00Z`), previous).map(
		(d) => `${text.slice(d.start, d.end)}=${d.date}`
	);

describe('relativeDates', () => {
	it('reads weeks, months and years relative to the reference, at the precision given', () => {
		expect(read('began moving last week', 'en', '2023-08-02')).toEqual(['last week=2023-07']);
		expect(read('had accused Washington earlier this week', 'en', '2023-08-18')).toEqual([
			'earlier this week=2023-08'
		]);
		expect(read('le mois dernier, puis la semaine prochaine', 'fr', '2023-10-03')).toEqual([
			'le mois dernier=2023-09',
			'la semaine prochaine=2023-10'
		]);
		expect(read("l'an dernier et cette année", 'fr', '2023-08-10')).toEqual([
			"l'an dernier=2022",
			'cette année=2023'
		]);
	});

	it('places a month or a day without a year in the past, or in the future when the words say so', () => {
		expect(read('in May, China and Russia vetoed', 'en', '2022-11-18')).toEqual(['in May=2022-05']);
		expect(read('que le Brésil accueillera en novembre', 'fr', '2024-03-29')).toEqual([
			'en novembre=2024-11'
		]);
		expect(read('WARSAW, Aug 2 (Reuters)', 'en', '2023-08-03')).toEqual(['Aug 2=2023-08-02']);
		expect(read('reçu le 6 avril', 'fr', '2025-04-15')).toEqual(['le 6 avril=2025-04-06']);
		expect(read('a three-way meeting on Sunday', 'en', '2022-11-18')).toEqual([
			'Sunday=2022-11-13'
		]);
		expect(read('$12 billion is due to land on Tuesday', 'en', '2025-04-14')).toEqual([
			'Tuesday=2025-04-15'
		]);
	});

	it('counts from the last date told: the same day, that October, five years earlier', () => {
		expect(read('Kigali a répliqué le même jour', 'fr', '2025-03-20', '2025-03-17')).toEqual([
			'le même jour=2025-03-17'
		]);
		expect(read('That October, Trump said', 'en', '2023-12-21', '2020')).toEqual([
			'That October=2020-10'
		]);
		expect(
			read('Cinq ans plus tôt, Macron avait accusé', 'fr', '2024-03-29', '2024-03-26')
		).toEqual(['Cinq ans plus tôt=2019']);
		expect(read('En avril de la même année', 'fr', '2024-03-29', '2023-01')).toEqual([
			'En avril de la même année=2023-04'
		]);
	});

	it('reads a year a determiner or a preposition introduces, never a span of years', () => {
		expect(read('a 2020 clash and a pact of 2001', 'en', '2023-08-25')).toEqual([
			'a 2020=2020',
			'of 2001=2001'
		]);
		expect(read('pour la période 2024-2027', 'fr', '2023-12-14')).toEqual([]);
	});
});
