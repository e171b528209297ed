import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../types';
import { carryFilters, FILTER_KEYS, filtersToParams, NO_FILTERS, parseFilters } from './filters';

const known = { countries: new Set(['CHN', 'RUS', 'SRB']), articles: new Set(['a1']) };

describe('parseFilters', () => {
	it('reads every filter from the URL', () => {
		const { filters, problems } = parseFilters(
			new URLSearchParams(
				'country=chn,RUS&depth=2&types=meeting,visit&plover=consult,AGREE&article=a1&from=2023-01-01&to=2024-12-31&min=2'
			),
			known
		);
		expect(problems).toEqual([]);
		expect(filters).toEqual({
			countries: ['CHN', 'RUS'],
			depth: 2,
			types: ['meeting', 'visit'],
			plover: ['CONSULT', 'AGREE'],
			nodes: [],
			article: 'a1',
			from: '2023-01-01',
			to: '2024-12-31',
			min: 2
		});
	});

	it('refuses a date outside the documented range, naming it', () => {
		const { filters, problems } = parseFilters(new URLSearchParams('to=0000-01-01'), known);
		expect(filters.to).toBeUndefined();
		expect(problems.map((p) => p.key)).toEqual(['to']);
		expect(problems[0]?.message).toContain('between 1900-01-01 and 2099-12-31');
	});

	it('accepts repeated parameters from a form', () => {
		const { filters } = parseFilters(
			new URLSearchParams('country=CHN&country=SRB&types=visit&types=supply'),
			known
		);
		expect(filters.countries).toEqual(['CHN', 'SRB']);
		expect(filters.types).toEqual(['visit', 'supply']);
	});

	it('explains each bad value and leaves it out, but an unknown article selects nothing', () => {
		const { filters, problems } = parseFilters(
			new URLSearchParams(
				'country=XXX,RUS&depth=3&types=hug,visit&article=zz&from=2024-02-30&min=-1'
			),
			known
		);
		expect(filters).toEqual({
			countries: ['RUS'],
			depth: 1,
			types: ['visit'],
			plover: [],
			nodes: [],
			article: 'zz',
			min: 1
		});
		expect(problems.map((p) => p.key)).toEqual([
			'country',
			'depth',
			'types',
			'article',
			'from',
			'min'
		]);
		expect(problems[0]?.message).toMatch(/Unknown country code "XXX"/);
	});

	it('reads a minimum confidence from 0 to 1, and explains any other value', () => {
		const read = (value: string) =>
			parseFilters(new URLSearchParams({ minConfidence: value }), known);
		expect(read('0.6').filters.minConfidence).toBe(0.6);
		expect(read('.75').filters.minConfidence).toBe(0.75);
		expect(read('1').filters.minConfidence).toBe(1);
		// 0 is the default: every relation, and nothing in the address.
		expect(read('0').filters.minConfidence).toBeUndefined();
		expect(filtersToParams(read('0').filters).toString()).toBe('');
		expect(filtersToParams(read('0.6').filters).toString()).toBe('minConfidence=0.6');
		for (const bad of ['60%', '1.5', '-0.1', 'high', 'Infinity', '1e-1', '0x1']) {
			const { filters, problems } = read(bad);
			expect(filters.minConfidence, bad).toBeUndefined();
			expect(problems, bad).toEqual([
				{
					key: 'minConfidence',
					message: expect.stringMatching(/minimum confidence must be a number from 0 to 1/)
				}
			]);
		}
	});

	// Found by a new user (#14): ?minConfidence=0.5&minConfidence=0.9 applied 0.5 without a word.
	it('refuses a single-valued parameter given more than once, applying none of its values', () => {
		const { filters, problems } = parseFilters(
			new URLSearchParams(
				'minConfidence=0.5&minConfidence=0.9&from=2023-01-01&from=2024-01-01&min=2&min=&depth=2&depth=2&article=a1&article=a1'
			),
			known
		);
		expect(filters).toEqual({ ...NO_FILTERS, min: 2 });
		expect(problems).toEqual([
			{
				key: 'depth',
				message: '“depth” is given 2 times ("2", "2"): give it once. None of them is applied.'
			},
			{
				key: 'article',
				message: '“article” is given 2 times ("a1", "a1"): give it once. None of them is applied.'
			},
			{
				key: 'from',
				message:
					'“from” is given 2 times ("2023-01-01", "2024-01-01"): give it once. None of them is applied.'
			},
			{
				key: 'minConfidence',
				message:
					'“minConfidence” is given 2 times ("0.5", "0.9"): give it once. None of them is applied.'
			}
		]);
	});

	it('refuses a period that ends before it starts', () => {
		const { filters, problems } = parseFilters(
			new URLSearchParams('from=2024-01-01&to=2023-01-01'),
			known
		);
		// Neither bound is applied, as the notice says (the start alone was applied before).
		expect(filters.from).toBeUndefined();
		expect(filters.to).toBeUndefined();
		expect(problems[0]?.message).toMatch(/ends .* before it starts.*neither date is applied/);
	});

	// Found by a new user (#14): an unknown country showed its notice, then the whole corpus's
	// numbers as if they were the selection's.
	it('keeps a country the corpus does not hold, alone, as a filter that selects nothing', () => {
		for (const query of ['country=XXX', 'country=Narnia', 'country=xxx,narnia']) {
			const { filters, problems } = parseFilters(new URLSearchParams(query), known);
			expect(filters.countries.length, query).toBeGreaterThan(0);
			expect(
				filters.countries.some((c) => known.countries.has(c)),
				query
			).toBe(false);
			expect(problems.at(-1)?.message, query).toMatch(/nothing is selected/);
		}
	});

	// Found by a new user (#14): ?types=hug, ?plover=HUG or ?nodes=robot showed their notice,
	// then the whole corpus as if it were the selection; an unknown country already selected
	// nothing. Each notice names the parameter and the value.
	it('keeps a list value the vocabulary does not hold, alone, as a filter that selects nothing', () => {
		for (const [query, key, kept, said] of [
			['types=hug', 'types', ['hug'], 'Unknown relation type "hug" in “types”'],
			['types=hug,Hug,hug', 'types', ['hug', 'Hug'], 'Unknown relation type "hug" in “types”'],
			['plover=hug', 'plover', ['HUG'], 'Unknown PLOVER event type "hug" in “plover”'],
			['nodes=robot', 'nodes', ['robot'], 'Unknown actor type "robot" in “nodes”'],
			['country=xxx', 'country', ['XXX'], 'Unknown country code "xxx" in “country”']
		] as const) {
			const { filters, problems } = parseFilters(new URLSearchParams(query), known);
			const field = key === 'country' ? 'countries' : key;
			expect(filters[field], query).toEqual(kept);
			expect(problems[0]?.message, query).toContain(said);
			expect(problems.at(-1), query).toEqual({
				key,
				message: `Nothing in the corpus matches “${key}”, so nothing is selected.`
			});
		}
		// A known value beside an unknown one: the known one applies, the other is told.
		const mixed = parseFilters(new URLSearchParams('nodes=robot,person'), known);
		expect(mixed.filters.nodes).toEqual(['person']);
		expect(mixed.problems.map((p) => p.message)).toEqual([
			'Unknown actor type "robot" in “nodes”: use country, person, organization, project, group.'
		]);
	});

	it('survives any query string and round-trips what it accepts', () => {
		fc.assert(
			fc.property(fc.dictionary(fc.constantFrom(...FILTER_KEYS, 'x'), fc.string()), (dict) => {
				const { filters } = parseFilters(new URLSearchParams(dict), known);
				const again = parseFilters(filtersToParams(filters), known);
				// A list value or an article the corpus does not hold is kept (it selects nothing):
				// told again each time, and nothing else is.
				const kept = new Set(['country', 'types', 'plover', 'nodes', 'article']);
				return (
					JSON.stringify(again.filters) === JSON.stringify(filters) &&
					again.problems.every((p) => kept.has(p.key))
				);
			})
		);
	});

	it('quotes a hostile value cut short, for text only', () => {
		const { problems } = parseFilters(
			new URLSearchParams({ types: '<script>alert(1)</script>'.repeat(5) }),
			known
		);
		expect(problems[0]?.message.length).toBeLessThan(200);
		expect(RELATION_TYPES).not.toContain('<script>');
	});
});

describe('carryFilters', () => {
	it('keeps the filter parameters and drops the rest', () => {
		expect(
			carryFilters(new URLSearchParams('country=SRB&select=xi-jinping&types=visit&types=meeting'))
		).toBe('?country=SRB&types=visit&types=meeting');
		expect(carryFilters(new URLSearchParams('select=x'))).toBe('');
	});
});
