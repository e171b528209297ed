import fc from 'fast-check';
import { toCardinal as enWords } from 'n2words/en-GB';
import { toCardinal as frWords } from 'n2words/fr-FR';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../text/fold';
import type { Language } from '../../types';
import { readQuantities, type Quantity } from './quantities';

const read = (text: string, lang: Language) => readQuantities(foldText(text), lang);
const brief = (q: Quantity) =>
	`${q.low !== undefined ? `${q.low}–${q.high}` : q.value} ${q.unit}${q.per ? `/${q.per}` : ''}${q.approximate ? ' ~' : ''}`;
const briefs = (text: string, lang: Language) => read(text, lang).map(brief);

describe('readQuantities', () => {
	it('reads digits in either language’s style', () => {
		expect(briefs('some 28,500 troops and 2.5 million people', 'en')).toEqual([
			'28500 troops ~',
			'2500000 people'
		]);
		expect(briefs('quelque 160 000 km² et 10,2 milliards d’euros', 'fr')).toEqual([
			'160000 km2 ~',
			'10200000000 EUR'
		]);
		expect(briefs('environ 1\u00a0500 soldats', 'fr')).toEqual(['1500 troops ~']);
	});

	it('reads numbers written in words, collective nouns and fractions', () => {
		expect(briefs('trente-sept soldats, une dizaine de militaires', 'fr')).toEqual([
			'37 troops',
			'10 troops ~'
		]);
		expect(briefs('une demi-douzaine de navires chinois', 'fr')).toEqual(['6 vessels ~']);
		expect(briefs('two Belarusian military helicopters and a dozen drones', 'en')).toEqual([
			'2 helicopters',
			'12 drones ~'
		]);
		expect(briefs('roughly a third of the total', 'en')).toEqual(['33.3 % ~']);
		expect(briefs('environ les deux tiers de son territoire', 'fr')).toEqual(['66.7 % ~']);
		expect(briefs('près d’une heure et demie, pendant deux heures et demie', 'fr')).toEqual([
			'1.5 hours ~',
			'2.5 hours'
		]);
		expect(briefs('met for about an hour during a one-day visit', 'en')).toEqual([
			'1 hours ~',
			'1 days'
		]);
	});

	it('applies scales and reads currencies as ISO codes', () => {
		expect(briefs('a new $20 billion loan, close to A$20 billion a year', 'en')).toEqual([
			'20000000000 USD',
			'20000000000 AUD/year ~'
		]);
		expect(briefs('€650m, £3bn and 130 billion yuan', 'en')).toEqual([
			'650000000 EUR',
			'3000000000 GBP',
			'130000000000 CNY'
		]);
		expect(
			briefs('quelque 13 milliards de dollars canadiens, 5 Md€ et un milliard d’euros', 'fr')
		).toEqual(['13000000000 CAD ~', '5000000000 EUR', '1000000000 EUR']);
	});

	it('reads ranges as ranges, and a change as two figures', () => {
		expect(briefs('between 14 and 16 million barrels of oil a day', 'en')).toEqual([
			'14000000–16000000 barrels/day'
		]);
		expect(briefs('25,000 to 50,000 tonnes', 'en')).toEqual(['25000–50000 tonnes']);
		expect(briefs('« un bataillon » de 850 à 1 100 hommes', 'fr')).toEqual(['850–1100 people']);
		expect(briefs('ramener les effectifs de 8 350 à environ 4 000 soldats', 'fr')).toEqual([
			'8350 troops',
			'4000 troops ~'
		]);
		expect(
			briefs('inflation fell from nearly 290% a year ago to about 56% in March', 'en')
		).toEqual(['290 % ~', '56 % ~']);
	});

	it('gives an elided noun the unit said before it', () => {
		expect(briefs('about 54,000 troops in Japan and some 28,500 in South Korea', 'en')).toEqual([
			'54000 troops ~',
			'28500 troops ~'
		]);
		expect(briefs('four tankers of fuel and four of cooking gas', 'en')).toEqual([
			'4 tankers',
			'4 tankers'
		]);
	});

	it('leaves out times, days of the month, years, ratios and "the two leaders"', () => {
		expect(briefs('14:40 – On October 7, at 7am, the 2020 clash', 'en')).toEqual([]);
		expect(briefs('18 h 40 – le 24 septembre, pour la période 2024-2027', 'fr')).toEqual([]);
		expect(briefs('The two leaders met; both countries agreed', 'en')).toEqual([]);
		expect(briefs('plus de deux fois que n’importe quel autre dirigeant', 'fr')).toEqual([]);
		expect(briefs('F-35A jets, COVID-19 and the G7', 'en')).toEqual([]);
	});
});

describe('readQuantities on any input', () => {
	const units: [Language, string, string][] = [
		['en', 'troops', 'troops'],
		['en', 'tonnes', 'tonnes'],
		['fr', 'soldats', 'troops'],
		['fr', 'habitants', 'people']
	];

	it('reads back any whole number written with the language’s own separators', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 999_999_999 }),
				fc.constantFrom(...units),
				(n, [lang, noun, unit]) => {
					// fr-FR groups with a narrow no-break space, en-GB with commas.
					const written = n.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB');
					const [q] = read(`about ${written} ${noun}`, lang);
					expect(q?.value).toBe(n);
					expect(q?.unit).toBe(unit);
				}
			)
		);
	});

	it('reads back any number below a thousand written in words', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 2, max: 999 }),
				fc.constantFrom(...units),
				(n, [lang, noun]) => {
					const words = lang === 'fr' ? frWords(n) : enWords(n);
					const [q] = read(`${words} ${noun}`, lang);
					expect(q?.value).toBe(n);
				}
			)
		);
	});

	it('reads decimals with either mark and scales them', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 999 }),
				fc.integer({ min: 1, max: 9 }),
				(whole, tenth) => {
					const [en] = read(`$${whole}.${tenth} billion`, 'en');
					const [fr] = read(`${whole},${tenth} milliards de dollars`, 'fr');
					const expected = (whole * 10 + tenth) * 1e8;
					expect(en?.value).toBeCloseTo(expected, -2);
					expect(fr?.value).toBeCloseTo(expected, -2);
					expect([en?.unit, fr?.unit]).toEqual(['USD', 'USD']);
				}
			)
		);
	});

	it('never throws, and every figure is finite and within the text', () => {
		fc.assert(
			fc.property(
				fc.string({ maxLength: 200 }),
				fc.constantFrom<Language>('fr', 'en'),
				(text, lang) => {
					for (const q of read(text, lang)) {
						expect(Number.isFinite(q.value)).toBe(true);
						expect(q.start).toBeGreaterThanOrEqual(0);
						expect(q.end).toBeLessThanOrEqual(text.length);
						expect(q.start).toBeLessThanOrEqual(q.numberStart);
					}
				}
			)
		);
	});
});
