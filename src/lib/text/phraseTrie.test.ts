import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWordChar } from './fold';
import { PhraseTrie } from './phraseTrie';

/** Every occurrence on word boundaries, by brute force: what the trie must find, in its order. */
function naiveSearch(phrases: string[], text: string) {
	const hits: { start: number; end: number; phrase: number }[] = [];
	for (let start = 0; start < text.length; start++) {
		if (isWordChar(text, start - 1)) continue;
		for (let end = start + 1; end <= text.length; end++) {
			// The last of equal phrases is the one reported, as in the trie.
			const phrase = phrases.lastIndexOf(text.slice(start, end));
			if (phrase >= 0 && !isWordChar(text, end)) hits.push({ start, end, phrase });
		}
	}
	return hits;
}

describe('PhraseTrie', () => {
	it('finds exactly the phrases that start and end on word boundaries', () => {
		const trie = new PhraseTrie(['chine', 'xi', 'xi jinping', 'x', "l'ue"]);
		const text = "xi jinping, xiao, x. la chine et l'ue";
		expect(trie.search(text).map((h) => text.slice(h.start, h.end))).toEqual([
			'xi',
			'xi jinping',
			'x',
			'chine',
			"l'ue"
		]);
	});

	it('agrees with a brute-force search on any text, phrases of one unit included', () => {
		const unit = fc.constantFrom('a', 'b', 'é', ' ', "'", '-');
		const word = fc.array(unit, { minLength: 1, maxLength: 4 }).map((units) => units.join(''));
		fc.assert(
			fc.property(
				fc.array(word, { minLength: 1, maxLength: 6 }),
				fc.array(unit),
				(phrases, units) => {
					const text = units.join('');
					expect(new PhraseTrie(phrases).search(text)).toEqual(naiveSearch(phrases, text));
				}
			),
			{ numRuns: 500 }
		);
	});
});
