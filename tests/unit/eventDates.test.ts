// Which date an event takes (issue #13 §2): datelines and live entries date what they head,
// "since" never dates the event, a reported plan takes no past date, a weekday or a month
// without a year is the last one unless the sentence speaks of the future.
import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/lib/extract/extractArticle';
import type { Lexicon } from '../../src/lib/gazetteer/lexicon';
import type { Language } from '../../src/lib/types';
import { article, realLexicon } from '../helpers/corpus';

let lexicon: Lexicon;
beforeAll(async () => {
	lexicon = await realLexicon();
});

/** The dates of the sentence's meetings and visits (a meeting abroad is also a visit). */
function dated(text: string, date: string, lang: Language = 'en'): string[] {
	const relations = extractArticle(article(text, date, lang), lexicon).relations;
	const meetings = relations.filter((r) => r.type === 'meeting');
	return (meetings.length ? meetings : relations.filter((r) => r.type !== 'statement')).map(
		(r) => `${r.type} ${r.date ?? 'undated'}`
	);
}

describe('event dates', () => {
	it('dates a live blog’s entries with the blog’s day, and a dateline’s lead with the dateline’s', () => {
		expect(
			dated(
				'**10:00** – Opening.\n\n**14:40** – Emmanuel Macron and Xi Jinping met in Paris.\n',
				'2024-05-06'
			)
		).toEqual(['meeting 2024-05-06']);
		expect(
			dated(
				'BEIJING, March 10 (Reuters) – Saudi Arabia and Iran agreed to restore relations.',
				'2023-03-11'
			)
		).toEqual(['agreement 2023-03-10']);
	});

	it('never dates an event with "since", nor a reported plan with the day of the saying', () => {
		expect(
			dated('Xi Jinping visited France, his first trip there since 2019.', '2024-05-06')
		).toEqual(['visit undated']);
		expect(
			dated('Peskov said on Tuesday that Putin and Xi would meet in Beijing.', '2024-05-16')
		).toEqual(['meeting undated']);
	});

	it('reads weekdays and months without a year as past, unless the future is spoken of', () => {
		expect(dated('Joe Biden met Xi Jinping on Sunday.', '2022-11-18')).toEqual([
			'meeting 2022-11-13'
		]);
		expect(dated('Vladimir Putin will visit China in May.', '2024-11-20')).toEqual([
			'visit 2025-05'
		]);
		expect(
			dated('Emmanuel Macron a rencontré Xi Jinping la semaine dernière.', '2024-05-16', 'fr')
		).toEqual(['meeting 2024-05']);
	});

	it('reads « aujourd’hui » with either apostrophe, and a duration as no date', () => {
		for (const today of ['Aujourd’hui', "Aujourd'hui"])
			expect(dated(`${today}, Emmanuel Macron rencontre Xi Jinping.`, '2024-05-06', 'fr')).toEqual([
				'meeting 2024-05-06'
			]);
		expect(
			dated(
				'Vladimir Poutine a rencontré Xi Jinping à Pékin pendant trois jours.',
				'2024-05-16',
				'fr'
			)
		).toEqual(['meeting undated']);
	});

	it('reads a date after a dateline’s commas as the sentence’s own, not an inserted phrase', () => {
		// The dateline's commas ("NAIROBI, March 4 (Reuters) –") open no phrase around "on Monday".
		const relations = extractArticle(
			article(
				'NAIROBI, March 6 (Reuters) – Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed signed a border accord on Monday, even as Ruto urged Addis Ababa to reopen the crossing at Moyale.',
				'2024-03-06',
				'en'
			),
			lexicon
		).relations;
		expect(relations.find((r) => r.type === 'request')?.date).toBe('2024-03-04');
		// A phrase set off by commas keeps its date to itself.
		expect(
			dated(
				'Vladimir Putin, the subject of a warrant issued in March, met Xi Jinping.',
				'2023-10-18'
			)
		).toEqual(['meeting undated']);
	});

	it('dates an undated event of the same actors with the day the story told just before', () => {
		expect(
			dated(
				'Emmanuel Macron arrived in Beijing on Wednesday. He and Xi Jinping met for three hours.',
				'2023-04-07'
			)
		).toEqual(['meeting 2023-04-05']);
		expect(
			dated(
				'Olaf Scholz est arrivé mercredi à Pékin.\n\nM. Scholz et Xi Jinping se sont rencontrés pendant trois heures.',
				'2023-04-07',
				'fr'
			)
		).toEqual(['meeting 2023-04-05']);
		// Another actor's event, or one after a sentence telling another date, stays undated.
		expect(
			dated(
				'Emmanuel Macron arrived in Beijing on Wednesday. Narendra Modi met Vladimir Putin for three hours.',
				'2023-04-07'
			)
		).toEqual(['meeting undated']);
		expect(
			dated(
				'Emmanuel Macron arrived in Beijing on Wednesday. The trade war began in 2018. Macron and Xi Jinping met for three hours.',
				'2023-04-07'
			)
		).toEqual(['meeting undated']);
		// A plan is not dated by the day before it.
		expect(
			dated(
				'Emmanuel Macron arrived in Beijing on Wednesday. He and Xi Jinping will meet in Guangzhou.',
				'2023-04-07'
			)
		).toEqual(['meeting undated']);
	});

	it('reads "member states" as a noun, not a saying between an event and its date', () => {
		expect(
			dated(
				'Maia Sandu met Charles Michel and the leaders of the 27 member states in Brussels on Thursday.',
				'2024-06-28'
			)
		).toEqual(['meeting 2024-06-27']);
	});
});
