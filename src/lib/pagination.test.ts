import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paginate, parsePage } from './pagination';

describe('paginate', () => {
	it('cuts a list into pages that hold every item once, in order', () => {
		fc.assert(
			fc.property(fc.array(fc.integer()), fc.integer({ min: 1, max: 7 }), (items, size) => {
				const first = paginate(items, 1, size);
				const all = Array.from(
					{ length: first.pages },
					(_, i) => paginate(items, i + 1, size).items
				).flat();
				expect(all).toEqual(items);
				expect(first.total).toBe(items.length);
			})
		);
	});

	it('answers the last page for a page past the end, and the first for one before it', () => {
		expect(paginate([1, 2, 3], 9, 2)).toEqual({ items: [3], page: 2, pages: 2, total: 3 });
		expect(paginate([1, 2, 3], -1, 2).page).toBe(1);
	});
});

describe('parsePage', () => {
	it('reads ?page= and explains a bad value', () => {
		expect(parsePage(null)).toEqual({ page: 1 });
		expect(parsePage('3')).toEqual({ page: 3 });
		expect(parsePage('x').problem).toMatch(/whole number/);
		expect(parsePage('0').page).toBe(1);
	});
});
