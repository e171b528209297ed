// Figures read from sentences of the kinds real news writes (issue #13 §1): whose figure it
// is comes from the syntax, its year from the words around it, a person's money or troops
// count for their country.
import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/lib/extract/extractArticle';
import type { Lexicon } from '../../src/lib/gazetteer/lexicon';
import type { Indicator, Language } from '../../src/lib/types';
import { article, realLexicon } from '../helpers/corpus';

let lexicon: Lexicon;
beforeAll(async () => {
	lexicon = await realLexicon();
});

function figures(text: string, date: string, lang: Language = 'en'): Partial<Indicator>[] {
	return extractArticle(article(text, date, lang), lexicon).indicators.map(
		({ kind, value, unit, subject, partner, year, measure, low, high }) => ({
			kind,
			value,
			unit,
			subject,
			partner,
			year,
			...(measure ? { measure } : {}),
			...(low !== undefined ? { low, high } : {})
		})
	);
}

describe('figures, with whose they are and their year', () => {
	it('gives money its currency, its owner and the article’s year, not a year told after a comma', () => {
		expect(
			figures(
				'Argentina already owed the IMF about $41 billion, mostly from a record 2018 rescue.',
				'2025-04-14'
			)
		).toEqual([
			expect.objectContaining({
				kind: 'amount',
				value: 41e9,
				unit: 'USD',
				subject: 'ARG',
				year: 2025
			})
		]);
	});

	it('reads "X is Y’s largest trading partner, with trade of …" as Y’s trade with X, last year', () => {
		expect(
			figures(
				"China remains by far Australia's largest trading partner, with two-way trade of nearly A$300 billion last year.",
				'2023-11-07'
			)
		).toEqual([
			{
				kind: 'amount',
				value: 3e11,
				unit: 'AUD',
				subject: 'AUS',
				partner: 'CHN',
				year: 2022,
				measure: 'trade'
			}
		]);
	});

	it('takes a relative clause’s antecedent as the subject (« Le Nigeria, qui fournit 70 % … au Niger »)', () => {
		expect(
			figures(
				'Le Nigeria, qui fournit environ 70 % de l’électricité consommée au Niger, a coupé ses livraisons.',
				'2023-08-10',
				'fr'
			)
		).toEqual([
			expect.objectContaining({ kind: 'share', value: 70, subject: 'NGA', partner: 'NER' })
		]);
		expect(
			figures(
				'For Egypt, which depends on the Nile for about 97 percent of its fresh water, the stakes are existential.',
				'2023-12-21'
			)
		).toEqual([expect.objectContaining({ kind: 'share', value: 97, subject: 'EGY', year: 2023 })]);
	});

	it('gives people counted the nationality their phrase names, and the year of the event they belong to', () => {
		expect(
			figures(
				'Relations have been frozen since a 2020 clash killed 20 Indian soldiers.',
				'2023-08-25'
			)
		).toEqual([expect.objectContaining({ value: 20, unit: 'troops', subject: 'IND', year: 2020 })]);
		expect(
			figures(
				"Poland summoned Belarus's envoy a day after two Belarusian military helicopters crossed into Polish airspace.",
				'2023-08-02'
			)
		).toEqual([expect.objectContaining({ value: 2, unit: 'helicopters', subject: 'BLR' })]);
	});

	it('counts a person’s money for their country, and keeps a person’s hours of talks theirs', () => {
		expect(
			figures(
				'Emmanuel Macron announced further military aid worth €650 million to Ukraine.',
				'2024-12-02'
			)
		).toEqual([
			expect.objectContaining({
				kind: 'amount',
				value: 6.5e8,
				unit: 'EUR',
				subject: 'FRA',
				partner: 'UKR'
			})
		]);
		expect(
			figures(
				'Vladimir Poutine a rencontré Xi Jinping à Pékin pendant trois jours.',
				'2024-05-16',
				'fr'
			)
		).toEqual([
			expect.objectContaining({
				kind: 'duration',
				value: 3,
				unit: 'days',
				subject: 'vladimir-putin'
			})
		]);
	});

	it('keeps a range as a range', () => {
		expect(
			figures(
				'Warsaw began moving more than 1,000 soldiers east, adding to between 4,000 and 5,000 troops already deployed along the border since the migrant crisis of 2021.',
				'2023-08-02'
			)
		).toEqual([
			expect.objectContaining({ value: 1000, unit: 'troops', subject: 'POL', year: 2023 }),
			expect.objectContaining({ low: 4000, high: 5000, unit: 'troops', subject: 'POL', year: 2023 })
		]);
	});
});

describe('a figure’s words', () => {
	it('never stop inside an actor’s name (« l’Union soviétique », not « l’Union »)', () => {
		const [anniversary] = extractArticle(
			article(
				'Ils devraient participer à un événement célébrant le 75e anniversaire de l’établissement des relations diplomatiques entre la Chine et l’Union soviétique.',
				'2024-05-16',
				'fr'
			),
			lexicon
		).indicators;
		expect(anniversary?.label).toMatch(/l’Union soviétique$/);
	});
});
