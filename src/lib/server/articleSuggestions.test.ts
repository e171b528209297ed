import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/schema';
import { ARTICLE_OPTIONS, articleSuggestions } from './pageFilters';

// Only the articles are read: a data set of 10,000 articles and nothing else.
const dataset = {
	articles: Array.from({ length: 10_000 }, (_, i) => ({
		id: `a${String(i).padStart(5, '0')}`,
		title: i % 2 ? `Sommet de Pékin n° ${i}` : `Visite à Moscou n° ${i}`,
		date: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`
	}))
} as unknown as Dataset;

describe('articleSuggestions', () => {
	it('answers at most ARTICLE_OPTIONS articles, whatever the corpus holds', () => {
		expect(ARTICLE_OPTIONS).toBe(50);
		expect(articleSuggestions(dataset, '')).toHaveLength(ARTICLE_OPTIONS);
		const found = articleSuggestions(dataset, 'pekin');
		expect(found).toHaveLength(ARTICLE_OPTIONS);
		expect(found.every((a) => a.title.includes('Pékin'))).toBe(true);
		expect(articleSuggestions(dataset, 'Visite à Moscou n° 4242').map((a) => a.id)).toEqual([
			'a04242'
		]);
	});
});
