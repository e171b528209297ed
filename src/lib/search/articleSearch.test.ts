import { describe, expect, it } from 'vitest';
import { searchArticles } from './articleSearch';

const articles = [
	{ id: 'a1', title: 'Xi et Poutine célèbrent leur amitié', date: '2024-05-16' },
	{ id: 'a2', title: 'La Chine et la Russie, une relation inégale', date: '2023-10-17' },
	{ id: 'a3', title: 'Poutine à Pékin pour le forum', date: '2023-10-18' },
	{ id: 'a4', title: 'Sanctions : l’Europe hésite', date: '2025-01-02' }
];
const ids = (list: { id: string }[]) => list.map((a) => a.id);

describe('searchArticles', () => {
	it('finds by the start of the title, then a word of it, then inside it, accents ignored', () => {
		expect(ids(searchArticles(articles, 'poutine', 10))).toEqual(['a3', 'a1']);
		expect(ids(searchArticles(articles, 'pekin', 10))).toEqual(['a3']);
		expect(ids(searchArticles(articles, 'inegal', 10))).toEqual(['a2']);
		expect(ids(searchArticles(articles, 'urop', 10))).toEqual(['a4']);
	});

	it('finds by id, and gives the most recent first for an empty query, bounded', () => {
		expect(ids(searchArticles(articles, 'a2', 10))).toEqual(['a2']);
		expect(ids(searchArticles(articles, '', 2))).toEqual(['a4', 'a1']);
		expect(searchArticles(articles, 'Atlantis', 10)).toEqual([]);
	});

	it('never returns more than the limit, whatever the number of matches', () => {
		const many = Array.from({ length: 10_000 }, (_, i) => ({
			id: `n${i}`,
			title: `Sommet numéro ${i}`,
			date: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`
		}));
		const found = searchArticles(many, 'sommet', 50);
		expect(found).toHaveLength(50);
		expect(found[0]?.date).toBe('2024-01-28');
	});
});
