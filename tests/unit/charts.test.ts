// The chart specs on the founding corpus: the figures analysts quote, each with its evidence,
// the filters they honour, and clear empty states.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DependenceData } from '../../src/lib/charts/dependence';
import type { MeetingRow } from '../../src/lib/charts/meetings';
import type { MentionsData } from '../../src/lib/charts/mentions';
import { CHARTS } from '../../src/lib/charts/registry';
import type { MatrixData } from '../../src/lib/charts/relationMatrix';
import type { TimelineData } from '../../src/lib/charts/timeline';
import { CHART_IDS, type ChartData } from '../../src/lib/charts/types';
import type { Dataset } from '../../src/lib/dataset/schema';
import { selectionOf } from '../../src/lib/counts';
import { NO_FILTERS, type Filters } from '../../src/lib/graph/filters';
import { CHART_TEXT } from '../../src/lib/i18n/chartText';
import { foundingDataset } from '../helpers/corpus';

let dataset: Dataset;
beforeAll(async () => {
	dataset = await foundingDataset();
});

const OCT_2023 = '000_9aa84c4f3abaae7f';
const MAY_2024 = '004_3a0463082a3d97f4';
const filters = (f: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...f });
const meetings = (f: Partial<Filters> = {}) =>
	CHARTS.meetings.data(dataset, filters(f)) as ChartData<MeetingRow>;
const timeline = (f: Partial<Filters> = {}) =>
	CHARTS.timeline.data(dataset, filters(f)) as TimelineData;
const dependence = (f: Partial<Filters> = {}) =>
	CHARTS.dependence.data(dataset, filters(f)) as DependenceData;
const matrix = (f: Partial<Filters> = {}) =>
	CHARTS.relations.data(dataset, filters(f)) as MatrixData;
const mentions = (f: Partial<Filters> = {}) =>
	CHARTS.mentions.data(dataset, filters(f)) as MentionsData;
const quotes = (data: ChartData, key: string) =>
	data.rows.find((r) => r.key === key)?.evidence.map((e) => e.quote) ?? [];

describe('meetings', () => {
	it('carries the 43 meetings the text reports on the Xi–Putin bar, apart from the counted ones', () => {
		const data = meetings();
		const xiPutin = data.rows.find((r) => r.key === 'leaders:vladimir-putin|xi-jinping');
		expect(xiPutin).toMatchObject({
			level: 'leaders',
			held: 2,
			announced: 1,
			dates: ['2023-03', '2023-10-18', '2024-05-16'],
			reported: { value: 43, asOf: '2024-05-16', approximate: false }
		});
		expect(xiPutin?.remarks.join()).toContain(
			'plus de deux fois que n’importe quel autre dirigeant'
		);
		expect(quotes(data, 'leaders:vladimir-putin|xi-jinping')).toContain(
			'Il s’agit de la 43e rencontre entre Xi et Poutine.'
		);
		expect(data.title).toBe(
			'Vladimir Putin and Xi Jinping: 43 meetings held by May 2024, the texts report; 2 held and 1 announced in the corpus'
		);
	});

	// Found by a new user (#14): the legend and tooltip said "met" where the titles said "held".
	it('says held and announced, one word each, in the title, legend and tooltip of both languages', () => {
		const words = { en: ['held', 'announced'], fr: ['tenue', 'annoncée'] } as const;
		for (const locale of ['en', 'fr'] as const) {
			const data = CHARTS.meetings.data(dataset, NO_FILTERS, locale) as ChartData<MeetingRow>;
			const t = CHART_TEXT[locale].meetings;
			const [held, announced] = words[locale];
			expect(t.statuses).toEqual([held, announced]);
			expect(data.legend[0]?.label).toMatch(new RegExp(`^${held} `));
			expect(data.legend[1]?.label).toMatch(new RegExp(`^${announced} `));
			for (const text of [data.title, t.tipCounts(2, 1), ...data.legend.map((l) => l.label)])
				expect(text, text).not.toMatch(/\bmet\b|rencontrés|^rencontre /);
			expect(t.tipCounts(2, 1)).toContain(held);
		}
	});

	it('counts the foreign ministers and, at country level, every meeting of their people', () => {
		const data = meetings();
		expect(data.rows.find((r) => r.key === 'leaders:sergei-lavrov|wang-yi')).toMatchObject({
			held: 1,
			dates: ['2023-10-16']
		});
		expect(data.rows.find((r) => r.key === 'countries:CHN|RUS')).toMatchObject({
			held: 3,
			announced: 1
		});
		expect(data.rows.map((r) => r.level)).toEqual(['leaders', 'leaders', 'countries']);
	});

	it('names the articles and their dates in the source line', () => {
		expect(meetings().source).toContain('(004_3a0463082a3d97f4.txt, 16 May 2024)');
		expect(meetings({ article: OCT_2023 }).source).not.toContain('2024');
	});

	it('says the filters in words before the source, in every chart and language', () => {
		for (const id of CHART_IDS) {
			const chart = (f: Partial<Filters>, locale: 'en' | 'fr' = 'en') =>
				CHARTS[id].data(dataset, filters(f), locale);
			expect(chart({}).source, id).toMatch(/^Source/);
			expect(chart({ countries: ['HUN'] }).source, id).toMatch(/^Selection: Hungary\. Source/);
			expect(
				chart({ countries: ['CHN', 'RUS'], types: ['meeting'], from: '2023-01-01' }).source,
				id
			).toMatch(/^Selection: China · Russia · meeting · from 1 January 2023\. Source/);
			expect(chart({ countries: ['HUN'] }, 'fr').source, id).toMatch(
				/^Sélection : Hongrie\. Source/
			);
		}
	});

	it('has no reported total when the article that gives it is filtered out', () => {
		const data = meetings({ article: OCT_2023 });
		expect(data.rows.some((r) => r.reported)).toBe(false);
		expect(data.title).toContain('the most meetings');
	});

	it('says so when a filter leaves no meeting', () => {
		const data = meetings({ countries: ['HUN'] });
		expect(data.rows).toEqual([]);
		expect(data.empty).toMatch(/No meeting/);
		expect(data.title).toBe('No meetings in this selection');
	});
});

describe('timeline', () => {
	it('places the dated meetings and visits and marks the February 2022 invasion as context', () => {
		const data = timeline();
		const events = data.rows.filter((r) => r.kind === 'event');
		const meetingDates = events.filter((r) => r.type === 'meeting').map((r) => r.date);
		expect(meetingDates).toEqual(['2023-03', '2023-10-16', '2023-10-18', '2024-05-16']);
		expect(
			events
				.filter((r) => r.type === 'visit' && r.lane.includes('Xi Jinping'))
				.map((r) => r.lane)
				.sort()
		).toEqual([
			'France – Xi Jinping',
			'Hungary – Xi Jinping',
			'Russia – Xi Jinping',
			'Serbia – Xi Jinping'
		]);
		const context = data.rows.filter((r) => r.kind === 'context');
		expect(context.map((r) => [r.date, r.label])).toEqual([
			['2022-02', 'Russia → Ukraine: conflict / attack, February 2022']
		]);
		expect(events.find((r) => r.type === 'support' && r.date === '2022-02')?.lane).toBe(
			'China – Russia'
		);
	});

	it('spans month dates over the whole month and notes what it cannot place', () => {
		const data = timeline();
		expect(data.rows.find((r) => r.date === '2022-02')).toMatchObject({
			start: '2022-02-01',
			end: '2022-02-28'
		});
		expect(data.notes.join(' ')).toMatch(/\d+ undated relations are not on the axis/);
		expect(data.notes.join(' ')).toContain('1949 (China – Soviet Union)');
		expect(data.published.map((p) => p.date)).toEqual(['2023-10-17', '2024-05-16']);
		// The legend says how such a date is drawn (a bar, not a dot on a day).
		expect(data.legend).toContainEqual({
			label: 'dated only by month or year: a bar across it',
			colour: '#7F7F7F',
			swatch: 'fill'
		});
	});

	it('keeps only the period asked for', () => {
		const data = timeline({ from: '2024-01-01' });
		expect(data.rows.every((r) => r.end >= '2024-01-01')).toBe(true);
		expect(data.rows.length).toBeGreaterThan(0);
		expect(timeline({ from: '2030-01-01' }).empty).toMatch(/No dated event/);
	});
});

describe('dependence', () => {
	it('gives the 70 % share with subject, partner, year and who reports it', () => {
		const data = dependence();
		const share = data.rows.find((r) => r.kind === 'figure' && r.unit === '%');
		expect(share).toMatchObject({
			from: 'RUS',
			to: 'CHN',
			value: 70,
			year: 2023,
			reportedBy: 'United States',
			words: 'machines-outils importées'
		});
		expect(share?.evidence[0]?.quote).toMatch(/70\s% des machines-outils importées par la Russie/);
		expect(data.title).toBe(
			// The French words are quoted as French, and said to be (#14 §6): never read as English.
			'China accounts for 70 % of Russia’s « machines-outils importées » (in French) in 2023, according to the United States'
		);
	});

	it('draws dependence, dual-use supplies, gas and secondary-sanctions warnings as directed links', () => {
		const keys = dependence()
			.rows.filter((r) => r.kind !== 'figure')
			.map((r) => r.key);
		expect(keys).toEqual(
			expect.arrayContaining([
				'dependence:RUS>CHN',
				'supply:CHN>RUS',
				'supply:RUS>european-union',
				'sanctions:USA>CHN',
				'sanctions:the-west>RUS'
			])
		);
		expect(quotes(dependence(), 'dependence:RUS>CHN').join()).toContain(
			'dans une position de dépendance sans précédent'
		);
		expect(quotes(dependence(), 'sanctions:USA>CHN').join()).toContain('sanctions secondaires');
	});

	it('never draws a denied supply (« aucune information n’indique que la Chine fournit des armes »)', () => {
		const supply = dependence().rows.find((r) => r.key === 'supply:CHN>RUS');
		expect(supply?.modality).toBe('asserted');
		// The negated record of that sentence is not among the evidence of any arrow.
		const negated = dataset.relations.filter(
			(r) => r.modality === 'negated' && r.type === 'supply'
		);
		expect(negated.length).toBeGreaterThan(0);
		const rowsWithNegatedOnly = dependence().rows.filter((r) =>
			r.evidence.every((e) =>
				negated.some((n) => n.evidence.some((x) => x.start === e.start && x.article === e.article))
			)
		);
		expect(rowsWithNegatedOnly.map((r) => r.key)).toEqual([]);
	});

	it('has no figure and says what is there for an article without one', () => {
		const data = dependence({ article: OCT_2023 });
		expect(data.rows.some((r) => r.kind === 'figure')).toBe(false);
		expect(data.title).not.toContain('%');
	});
});

// Found by a new user (#14): under a narrow filter the matrix read "1 cooperative and 0
// conflictual relations; 1 of them between China and Hungary: 1 by China, 0 by Hungary, 0 mutual
// (in both cells)" and the timeline "1 dated event, May 2024; 1 of them between Hungary – Xi
// Jinping". Titles read as an editor writes them, as the meetings chart's do: no zero counts,
// no "1 of 1", names in a sentence's form, in both languages.
describe('titles under filters', () => {
	const title = (id: 'relations' | 'timeline', f: Partial<Filters>, locale: 'en' | 'fr') =>
		CHARTS[id].data(dataset, filters(f), locale).title;

	it('say the matrix’s pair and how its relations split, in words', () => {
		expect(title('relations', { countries: ['HUN'] }, 'en')).toBe(
			'China and Hungary: 1 cooperative relation, by China'
		);
		expect(title('relations', { countries: ['HUN'] }, 'fr')).toBe(
			'La Chine et la Hongrie : 1 relation de coopération, par la Chine'
		);
		expect(title('relations', { countries: ['CHN'], types: ['meeting'] }, 'en')).toBe(
			'China and Russia: 4 cooperative relations, all mutual'
		);
		expect(title('relations', { countries: ['USA'] }, 'en')).toBe(
			'China and the United States account for 2 of the 3 conflictual relations: both by the United States'
		);
		expect(title('relations', { types: ['visit'] }, 'fr')).toBe(
			'La Chine et la Russie : 3 des 6 relations de coopération, dont 2 par la Russie et 1 par la Chine'
		);
		expect(title('relations', {}, 'en')).toBe(
			'China and Russia account for 20 of the 31 relations (24 cooperative, 7 conflictual): 11 mutual, 5 by China and 4 by Russia'
		);
	});

	it('say the timeline’s events, when they fall and the pair that stands out', () => {
		expect(title('timeline', { countries: ['HUN'] }, 'en')).toBe(
			'1 dated event between Hungary and Xi Jinping in May 2024'
		);
		expect(title('timeline', { countries: ['HUN'] }, 'fr')).toBe(
			'1 événement daté entre la Hongrie et Xi Jinping en mai 2024'
		);
		expect(title('timeline', { countries: ['USA'] }, 'en')).toBe(
			'1 dated event between the United States and Vladimir Putin in March 2023'
		);
		expect(title('timeline', { countries: ['CHN'], types: ['meeting'] }, 'fr')).toBe(
			'4 événements datés de mars 2023 à mai 2024, dont 3 entre Vladimir Poutine et Xi Jinping'
		);
		// No pair stands out (one event each): none is named.
		expect(title('timeline', { types: ['visit'] }, 'en')).toBe(
			'6 dated events from March 2023 to May 2024'
		);
		expect(title('timeline', { article: OCT_2023, types: ['talks'] }, 'en')).toBe(
			'1 dated event between Vladimir Putin and Xi Jinping on 18 October 2023'
		);
	});
});

describe('relations matrix', () => {
	it('splits cooperative and conflictual relations between countries', () => {
		const data = matrix();
		const coop = data.rows.find((r) => r.key === 'cooperative:CHN>RUS');
		expect(coop?.count).toBeGreaterThanOrEqual(10);
		expect(coop?.byType.meeting).toBe(4);
		const usaChina = data.rows.find((r) => r.key === 'conflictual:USA>CHN');
		// The warning is a threat (PLOVER THREATEN); the sanctions it announces, hypothetical.
		expect(usaChina?.byType).toMatchObject({ sanctions: 1, threat: 1 });
		expect(data.rows.find((r) => r.key === 'conflictual:RUS>UKR')?.byType.conflict).toBe(2);
		expect(data.notes.join()).toMatch(/statement or dependence relations/);
	});

	it('follows the relation types chosen in the filters', () => {
		const data = matrix({ types: ['sanctions'] });
		expect(data.rows.length).toBeGreaterThan(0);
		expect(
			data.rows.every(
				(r) => r.tone === 'conflictual' && Object.keys(r.byType).join() === 'sanctions'
			)
		).toBe(true);
		expect(matrix({ types: ['statement'] }).empty).toMatch(/No cooperative or conflictual/);
	});

	it('draws one country’s few cells at their size, not stretched across the page', () => {
		const one = CHARTS.relations.plot(matrix({ countries: ['HUN'] }), { width: 880 });
		expect(one.width).toBeLessThan(400);
		// The whole corpus still takes the width it is given.
		expect(CHARTS.relations.plot(matrix(), { width: 640 }).width).toBe(640);
	});
});

describe('mentions', () => {
	it('counts each country and leader per article, as the data set records them', () => {
		const data = mentions();
		const expected = dataset.mentions.filter(
			(m) => m.entity === 'CHN' && m.article === OCT_2023
		).length;
		expect(data.rows.find((r) => r.key === `CHN@${OCT_2023}`)?.count).toBe(expected);
		expect(data.rows.find((r) => r.key === `xi-jinping@${MAY_2024}`)?.evidence.length).toBe(
			dataset.mentions.filter((m) => m.entity === 'xi-jinping' && m.article === MAY_2024).length
		);
		expect(data.rows.every((r) => ['country', 'person'].includes(r.actorType))).toBe(true);
		expect(data.title).toMatch(/^China is named most: \d+ times in 2 articles$/);
	});

	it('keeps the actors of the filtered countries and those they are in relation with', () => {
		const data = mentions({ countries: ['CHN'] });
		const shown = [...new Set(data.rows.map((r) => r.actor))];
		for (const own of ['CHN', 'wang-yi', 'xi-jinping']) expect(shown).toContain(own);
		// The network's actors (src/lib/counts.ts), countries and people only.
		const actors = selectionOf(dataset, { ...NO_FILTERS, countries: ['CHN'] }).actors;
		const expected = [...actors].filter((id) =>
			['country', 'person'].includes(dataset.entities.find((e) => e.id === id)?.type ?? '')
		);
		expect(shown.sort()).toEqual(expected.sort());
		// #14: Xi Jinping visiting Hungary is in Hungary's selection.
		const hungary = mentions({ countries: ['HUN'] });
		expect(hungary.rows.map((r) => r.actor)).toContain('xi-jinping');
		expect(hungary.rows.map((r) => r.actor)).not.toContain('sergei-lavrov');
	});
});

describe('every chart', () => {
	it('leads every mark back to sentences that are exactly in their article', () => {
		const texts = new Map(dataset.articles.map((a) => [a.id, a.text]));
		for (const id of CHART_IDS) {
			const data = CHARTS[id].data(dataset, NO_FILTERS);
			expect(data.rows.length, id).toBeGreaterThan(0);
			for (const row of data.rows) {
				expect(row.evidence.length, `${id} ${row.key}`).toBeGreaterThan(0);
				for (const e of row.evidence)
					expect(texts.get(e.article)?.slice(e.start, e.end), `${id} ${row.key}`).toBe(e.quote);
			}
			expect(new Set(data.rows.map((r) => r.key)).size, `${id} keys are unique`).toBe(
				data.rows.length
			);
		}
	});

	it('gives an empty state, not a broken axis, when a filter leaves nothing', () => {
		for (const id of CHART_IDS) {
			const data = CHARTS[id].data(dataset, filters({ from: '2030-01-01' }));
			expect(data.rows, id).toEqual([]);
			expect(data.empty, id).toBeTruthy();
			expect(data.title, id).toMatch(/^No /);
		}
	});
});
