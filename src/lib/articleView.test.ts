import { beforeAll, describe, expect, it } from 'vitest';
import { foundingDataset } from '../../tests/helpers/corpus';
import { articleView } from './articleView';
import type { Dataset } from './dataset/schema';
import { entityProfile } from './entityProfile';

let data: Dataset;
beforeAll(async () => {
	data = await foundingDataset();
});

describe('articleView', () => {
	it('reproduces the article text exactly, paragraph by paragraph', () => {
		for (const article of data.articles) {
			const view = articleView(data, article.id);
			const rebuilt = view?.paragraphs.map((p) => p.map((s) => s.text).join('')) ?? [];
			const expected = article.text.split('\n').filter((line) => line.length);
			expect(rebuilt).toEqual(expected);
		}
	});

	it('marks mentions with their actor and evidence with its relations', () => {
		const view = articleView(data, '004_3a0463082a3d97f4');
		const segments = view?.paragraphs.flat() ?? [];
		expect(segments.find((s) => s.text === 'Power of Siberia 2')?.entity).toEqual({
			id: 'power-of-siberia-2',
			name: 'Power of Siberia 2',
			type: 'project'
		});
		expect(segments.some((s) => s.relations?.includes('supply:CHN>RUS:undated:asserted'))).toBe(
			true
		);
		expect(articleView(data, 'nope')).toBeUndefined();
	});

	it('says which relations have a direction: a meeting has none, a supply has one', () => {
		const relations = articleView(data, '004_3a0463082a3d97f4')?.relations ?? [];
		expect(relations.find((r) => r.type === 'meeting')?.directed).toBe(false);
		expect(relations.find((r) => r.type === 'supply')?.directed).toBe(true);
	});
});

describe('entityProfile', () => {
	it('gives a country its people, partners, figures and a timeline including its leaders', () => {
		const china = entityProfile(data, 'CHN');
		expect(china?.people.map((p) => p.id).sort()).toEqual(['wang-yi', 'xi-jinping']);
		expect(china?.partners[0]).toMatchObject({ id: 'RUS' });
		// With its people's: the 43rd meeting and the ratio are Xi's (#14: as ?country=CHN counts).
		expect(china?.indicators.map((i) => i.value).sort((a, b) => a - b)).toEqual([
			2, 43, 70, 75, 130
		]);
		expect(china?.indicators.find((i) => i.value === 70)?.label).toBe('machines-outils importées');
		const dates = china?.timeline.map((t) => t.date) ?? [];
		expect(dates).toEqual([...dates].sort());
		expect(
			china?.timeline.some((t) => t.type === 'visit' && t.actors === 'Xi Jinping → Serbia')
		).toBe(true);
	});
});
