import { describe, expect, it } from 'vitest';
import { articleSuggestions, countrySuggestions } from './suggestions';

const countries = [
	{ id: 'CHN', label: 'Chine', forms: ['Chine', 'CHN', 'China', 'Pékin', 'Beijing'] },
	{ id: 'RUS', label: 'Russie', forms: ['Russie', 'RUS', 'Russia', 'Moscou'] }
];

describe('countrySuggestions', () => {
	it('lists every country not chosen for an empty query', () => {
		expect(countrySuggestions('', countries).matches.map((m) => m.id)).toEqual(['CHN', 'RUS']);
		expect(countrySuggestions(' ', countries, ['CHN']).matches.map((m) => m.id)).toEqual(['RUS']);
	});

	it('lists the countries a query names, then near matches on a miss', () => {
		expect(countrySuggestions('pek', countries)).toEqual({
			matches: [{ id: 'CHN', label: 'Chine', form: 'Pékin' }],
			near: false
		});
		expect(countrySuggestions('pek', countries, ['CHN'])).toEqual({ matches: [], near: true });
		expect(countrySuggestions('Mouscou', countries)).toEqual({
			matches: [{ id: 'RUS', label: 'Russie', form: 'Moscou' }],
			near: true
		});
	});
});

describe('articleSuggestions', () => {
	const shipped = [
		{ id: 'a1', title: 'Xi et Poutine', date: '2024-05-16' },
		{ id: 'a2', title: 'Le forum de Pékin', date: '2023-10-17' }
	];
	it('asks the server and lists its answer', async () => {
		const asked: string[] = [];
		const fetcher = (async (url: string) => {
			asked.push(url);
			return new Response(
				JSON.stringify({ articles: [{ id: 'old', title: 'Pékin, 1999', date: '1999-01-01' }] })
			);
		}) as typeof fetch;
		const found = await articleSuggestions('pékin', shipped, '/api/articles', fetcher);
		expect(asked).toEqual(['/api/articles?q=p%C3%A9kin']);
		expect(found.matches).toEqual([{ id: 'old', label: '1999-01-01 — Pékin, 1999' }]);
	});

	it('falls back on the page’s own articles when the server cannot answer', async () => {
		const failing = (async () => new Response('', { status: 404 })) as unknown as typeof fetch;
		const found = await articleSuggestions('pekin', shipped, '/api/articles', failing);
		expect(found.matches).toEqual([{ id: 'a2', label: '2023-10-17 — Le forum de Pékin' }]);
		const offline = (async () => {
			throw new TypeError('offline');
		}) as typeof fetch;
		expect((await articleSuggestions('', shipped, '/x', offline)).matches).toHaveLength(2);
	});
});
