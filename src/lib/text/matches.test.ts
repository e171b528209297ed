import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allMatches } from './matches';

describe('allMatches', () => {
	it('gives what String#matchAll gives, empty matches and astral characters included', () => {
		const patterns = [/a+/g, /b*/g, /(?:x|😀)?/gu, /\b\w/g, /(a)|(b)/g];
		fc.assert(
			fc.property(
				fc.constantFrom(...patterns),
				fc.array(fc.constantFrom('a', 'b', 'x', ' ', '😀', 'é')),
				(re, units) => {
					const text = units.join('');
					const expected = [...text.matchAll(re)].map((m) => [m.index, ...m]);
					expect(allMatches(re, text).map((m) => [m.index, ...m])).toEqual(expected);
					expect(re.lastIndex).toBe(0);
				}
			)
		);
	});

	it('refuses a regex that is not global, as matchAll does', () => {
		expect(() => allMatches(/a/, 'a')).toThrow(TypeError);
	});
});
