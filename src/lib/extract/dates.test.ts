import { describe, expect, it } from 'vitest';
import { findDates } from './dates';

const datesIn = (text: string, lang: 'fr' | 'en', ref: string) =>
	findDates(text, lang, ref).map((d) => d.date);

describe('findDates', () => {
	it('resolves the founding texts’ relative dates against the article date', () => {
		const ref = '2023-10-17';
		expect(
			datesIn(
				'Poutine est attendu ce mardi matin à Pékin pour y rencontrer le lendemain Xi.',
				'fr',
				ref
			)
		).toEqual(['2023-10-17', '2023-10-18']);
		expect(datesIn('les ministres se sont rencontrés lundi à Pékin', 'fr', ref)).toEqual([
			'2023-10-16'
		]);
		expect(datesIn('En mars dernier, Vladimir Poutine avait reçu Xi Jinping', 'fr', ref)).toEqual([
			'2023-03'
		]);
		expect(datesIn('depuis l’invasion de l’Ukraine en février 2022', 'fr', ref)).toEqual([
			'2022-02'
		]);
		expect(datesIn('importées par la Russie en 2023', 'fr', ref)).toEqual(['2023']);
		expect(datesIn('aujourd’hui', 'fr', ref)).toEqual(['2023-10-17']);
	});

	it('reads English dates without moving past events into the future', () => {
		expect(datesIn('They met on Wednesday', 'en', '2024-05-16')).toEqual(['2024-05-15']);
		expect(datesIn('last March, Biden visited', 'en', '2024-05-16')).toEqual(['2024-03']);
		expect(datesIn('on 12 May 2024 Modi said', 'en', '2024-05-16')).toEqual(['2024-05-12']);
		expect(datesIn('and met him the next day', 'en', '2024-05-16')).toEqual(['2024-05-17']);
	});
});
