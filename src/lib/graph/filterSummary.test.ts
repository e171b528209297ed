import { describe, expect, it } from 'vitest';
import { filterChips } from './filterSummary';
import { NO_FILTERS, parseFilters, type Filters } from './filters';

const known = { countries: new Set(['HUN', 'SRB', 'CHN']), articles: new Set(['a1']) };
const names: Record<string, string> = { HUN: 'Hungary', SRB: 'Serbia', CHN: 'China' };
const chipsOf = (f: Filters, locale: 'en' | 'fr' = 'en') =>
	filterChips(
		f,
		locale,
		(id) => names[id] ?? id,
		() => 'Visite <b>d’État</b>'
	);

describe('filterChips', () => {
	it('says each active filter in words, in the filter bar’s order', () => {
		const { filters } = parseFilters(
			new URLSearchParams('country=HUN,SRB&types=meeting,visit&article=a1&from=2023-01-01&min=2'),
			known
		);
		expect(chipsOf(filters).map((c) => c.text)).toEqual([
			'Hungary',
			'Serbia',
			'meeting',
			'visit',
			'article “Visite <b>d’État</b>”',
			'from 1 January 2023',
			'links of 2 or more relations'
		]);
		expect(chipsOf(filters, 'fr').at(-2)?.text).toBe('à partir du 1er janvier 2023');
		expect(chipsOf(NO_FILTERS)).toEqual([]);
	});

	it('removes exactly its own filter', () => {
		const params = 'country=HUN,SRB&depth=2&types=visit&plover=CONSULT&nodes=person&to=2024-01-01';
		const { filters } = parseFilters(new URLSearchParams(params), known);
		const chips = chipsOf(filters);
		for (const chip of chips) {
			const after = parseFilters(new URLSearchParams(chip.without.slice(1)), known).filters;
			const left = chipsOf(after).map((c) => c.text);
			expect(left).toEqual(chips.filter((c) => c !== chip).map((c) => c.text));
		}
		expect(chips.find((c) => c.text === 'Serbia')?.without).toBe(
			'?country=HUN&depth=2&types=visit&plover=CONSULT&nodes=person&to=2024-01-01'
		);
	});
});
