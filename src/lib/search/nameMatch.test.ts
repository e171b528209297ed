import { describe, expect, it } from 'vitest';
import { editsAllowed, matchEntries, nearMatches, searchEntry, searchKey } from './nameMatch';

const china = searchEntry(
	{
		id: 'CHN',
		name: 'China',
		names: { fr: 'Chine', en: 'China' },
		aliases: ['République populaire de Chine', 'PRC', 'Pékin', 'Beijing']
	},
	'en'
);
const russia = searchEntry(
	{
		id: 'RUS',
		name: 'Russia',
		names: { fr: 'Russie', en: 'Russia' },
		aliases: ['Moscou', 'Kremlin']
	},
	'en'
);
const usa = searchEntry(
	{
		id: 'USA',
		name: 'United States',
		names: { fr: 'États-Unis', en: 'United States' },
		aliases: ['U.S.', 'Washington']
	},
	'fr'
);
const putin = searchEntry(
	{
		id: 'vladimir-putin',
		name: 'Vladimir Putin',
		names: { fr: 'Vladimir Poutine', en: 'Vladimir Putin' },
		aliases: ['Poutine', 'Putin']
	},
	'en'
);
const entries = [china, russia, usa, putin];
const ids = (matches: { id: string }[]) => matches.map((m) => m.id);

describe('searchKey', () => {
	it('folds accents and case, reads hyphens and dots as spaces', () => {
		expect(searchKey('  Pékin ')).toBe('pekin');
		expect(searchKey('États-Unis')).toBe('etats unis');
		expect(searchKey('U.S.')).toBe('u s');
	});
});

describe('matchEntries', () => {
	it('finds a country by any name, seat or code in either language', () => {
		for (const query of ['Chine', 'china', 'CHN', 'chn', 'Pékin', 'pekin', 'BEIJING', 'prc'])
			expect(ids(matchEntries(query, entries))).toEqual(['CHN']);
		expect(ids(matchEntries('Etats Unis', entries))).toEqual(['USA']);
		expect(ids(matchEntries('moscou', entries))).toEqual(['RUS']);
	});

	it('matches the start of a name or of a word of it, and says which form matched', () => {
		expect(matchEntries('pek', entries)).toEqual([{ id: 'CHN', label: 'China', form: 'Pékin' }]);
		expect(matchEntries('chi', entries)).toEqual([{ id: 'CHN', label: 'China' }]);
		expect(matchEntries('poutine', entries)).toEqual([
			{ id: 'vladimir-putin', label: 'Vladimir Putin', form: 'Poutine' }
		]);
		expect(ids(matchEntries('populaire', entries))).toEqual(['CHN']);
	});

	it('labels in the page’s language', () => {
		expect(matchEntries('united', entries)).toEqual([
			{ id: 'USA', label: 'États-Unis', form: 'United States' }
		]);
	});

	it('ranks an equal form before a prefix, and a prefix before a word inside', () => {
		const entries2 = [
			{ id: 'A', label: 'Rusland', forms: ['Rusland'] },
			{ id: 'B', label: 'Greater Rus', forms: ['Greater Rus'] },
			{ id: 'C', label: 'Rus', forms: ['Rus'] },
			{ id: 'D', label: 'Belarus', forms: ['Belarus'] }
		];
		expect(ids(matchEntries('rus', entries2))).toEqual(['C', 'A', 'B', 'D']);
		expect(ids(matchEntries('rus', entries2, 2))).toEqual(['C', 'A']);
	});

	it('matches nothing for nothing, and two letters only at the start of a word', () => {
		expect(matchEntries('   ', entries)).toEqual([]);
		expect(matchEntries('Atlantis', entries)).toEqual([]);
		// "in" is inside China, Pékin and Beijing, but starts none of their words.
		expect(matchEntries('in', entries)).toEqual([]);
	});
});

describe('nearMatches', () => {
	it('suggests the actor a misspelling is close to', () => {
		expect(nearMatches('Puttin', entries)).toEqual([
			{ id: 'vladimir-putin', label: 'Vladimir Putin' }
		]);
		expect(ids(nearMatches('Chnia', entries))).toEqual(['CHN']);
		expect(ids(nearMatches('Pekinn', entries))).toEqual(['CHN']);
		expect(ids(nearMatches('Vladimir Poutin', entries))).toEqual(['vladimir-putin']);
	});

	it('suggests nothing for a short query or one too far from every name', () => {
		expect(nearMatches('xy', entries)).toEqual([]);
		expect(nearMatches('Atlantis', entries)).toEqual([]);
	});

	it('allows more edits to longer queries', () => {
		expect([2, 3, 4, 5, 8, 9].map(editsAllowed)).toEqual([0, 1, 1, 2, 2, 3]);
	});
});
