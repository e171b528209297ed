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

describe('the fast path for common forms', () => {
	const phrases: [string, 'fr' | 'en', string][] = [
		[
			'Poutine est attendu ce mardi matin à Pékin pour y rencontrer le lendemain Xi.',
			'fr',
			'2023-10-17'
		],
		['La Chine accueille jusqu’à mercredi les représentants', 'fr', '2023-10-17'],
		['se sont rencontrés lundi à Pékin, après jeudi dernier', 'fr', '2023-10-17'],
		[
			'En mars dernier, en février 2022, en 2023, le 15 février 2022 et le 1er mai 2024',
			'fr',
			'2024-05-16'
		],
		['aujourd’hui, hier et demain, depuis 2014, fin 2021', 'fr', '2024-05-16'],
		[
			'They met on Wednesday. He left last Friday; today is calm, yesterday was not.',
			'en',
			'2024-05-16'
		],
		[
			'last March, in February 2022, on 12 May 2024, on May 12, 2024, since 2019',
			'en',
			'2024-05-16'
		],
		['Three days ago, on 16/05/2024, in mid-March and in May they may meet.', 'en', '2024-05-16']
	];
	it.each(phrases)('reads %s as chrono does', (text, lang, ref) => {
		const fast = findDates(text, lang, ref).map((d) => d.date);
		const chrono = findDates(text, lang, ref, undefined, { chronoOnly: true }).map((d) => d.date);
		expect(fast).toEqual(chrono);
		expect(fast.length).toBeGreaterThan(0);
	});

	it('reads « prochain » and "next" as the coming day, where chrono skips a week or loses it', () => {
		// Said on Tuesday 17 October: « samedi prochain » is the 21st (chrono says the 28th).
		expect(findDates('avant samedi prochain', 'fr', '2023-10-17').map((d) => d.date)).toEqual([
			'2023-10-21'
		]);
		// Said on Thursday 16 May: "next Monday" is the 20th (chrono merges it with "today").
		expect(findDates('next Monday, today', 'en', '2024-05-16').map((d) => d.date)).toEqual([
			'2024-05-20',
			'2024-05-16'
		]);
	});
});
