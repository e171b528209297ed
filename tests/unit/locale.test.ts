// Charts in French and English: the words, the dates, the source line and the actors' names.
import { beforeAll, describe, expect, it } from 'vitest';
import type { MeetingRow } from '../../src/lib/charts/meetings';
import { CHARTS } from '../../src/lib/charts/registry';
import type { TimelineData } from '../../src/lib/charts/timeline';
import { CHART_IDS, type ChartData } from '../../src/lib/charts/types';
import type { Dataset } from '../../src/lib/dataset/schema';
import { NO_FILTERS } from '../../src/lib/graph/filters';
import { readableDate } from '../../src/lib/i18n/chartText';
import { chooseLocale, langProblem } from '../../src/lib/i18n/locale';
import { foundingDataset } from '../helpers/corpus';

let dataset: Dataset;
beforeAll(async () => {
	dataset = await foundingDataset();
});

describe('language', () => {
	it('follows ?lang=, then the reader’s languages, then English', () => {
		expect(chooseLocale('fr', 'en-GB')).toBe('fr');
		expect(chooseLocale(null, 'de-DE,fr;q=0.8,en;q=0.5')).toBe('fr');
		expect(chooseLocale('xx', 'es')).toBe('en');
		expect(chooseLocale(null)).toBe('en');
	});

	// Found by a new user (#14): ?lang=xx was accepted without a word.
	it('names the parameter and the value of a language it does not speak, and speaks the negotiated one', () => {
		const locale = chooseLocale('xx', 'fr-FR,fr;q=0.9');
		expect(locale).toBe('fr');
		expect(langProblem('xx', locale)).toBe(
			'Unknown language "xx" in “lang”: use en or fr. This page is in French.'
		);
		expect(langProblem('<b>'.repeat(30), 'en')).toMatch(/^Unknown language "(<b>){13}<…"/);
		for (const value of ['en', 'fr', '', null]) expect(langProblem(value, 'en')).toBeUndefined();
	});

	it('writes dates the French way', () => {
		expect(readableDate('2024-05-16', 'fr')).toBe('16 mai 2024');
		expect(readableDate('2023-10-01', 'fr')).toBe('1er octobre 2023');
		expect(readableDate('2022-02', 'fr')).toBe('février 2022');
		expect(readableDate('2024-05-16')).toBe('16 May 2024');
	});

	it('gives the meetings chart in French, with the gazetteer’s French names', () => {
		const data = CHARTS.meetings.data(dataset, NO_FILTERS, 'fr') as ChartData<MeetingRow>;
		expect(data.locale).toBe('fr');
		expect(data.title).toBe(
			'Vladimir Poutine et Xi Jinping : 43 rencontres tenues jusqu’en mai 2024, selon les textes ; dans le corpus : 2 tenues et 1 annoncée'
		);
		expect(data.rows.map((r) => r.label)).toContain('Chine – Russie');
		expect(data.source).toMatch(
			/^Source : « Poutine attendu à Pékin[^»]+» \(000_9aa84c4f3abaae7f\.txt, 17 octobre 2023\)/
		);
		expect(data.legend.map((l) => l.label)).toEqual([
			'tenue (dans le corpus)',
			'annoncée (ou prévue)',
			'total rapporté par les textes'
		]);
	});

	it('has every chart’s words in French, none left in English', () => {
		for (const id of CHART_IDS) {
			const fr = CHARTS[id].data(dataset, NO_FILTERS, 'fr');
			const en = CHARTS[id].data(dataset, NO_FILTERS, 'en');
			for (const key of ['title', 'subtitle', 'method', 'source'] as const)
				expect(fr[key], `${id} ${key}`).not.toBe(en[key]);
			expect(
				fr.legend.map((l) => l.label),
				id
			).not.toEqual(en.legend.map((l) => l.label));
			// The same marks, whatever the language.
			expect(
				fr.rows.map((r) => r.key),
				id
			).toEqual(en.rows.map((r) => r.key));
		}
		const timeline = CHARTS.timeline.data(dataset, NO_FILTERS, 'fr') as TimelineData;
		expect(timeline.rows.find((r) => r.kind === 'context')?.label).toBe(
			'Russie → Ukraine : conflit / attaque, février 2022'
		);
	});
});
