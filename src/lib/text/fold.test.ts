import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from './fold';
import { sentenceSpans } from './sentences';

describe('foldText', () => {
	it('keeps the length of any text, so offsets never drift', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme' }), (text) => foldText(text).length === text.length)
		);
	});

	it('unifies accents, case, apostrophes and non-breaking spaces', () => {
		expect(foldText('L’Élysée')).toBe("l'elysee");
		expect(foldText('70\u00a0%')).toBe('70 %');
		expect(foldText('cœur')).toBe('cœur');
	});
});

describe('sentenceSpans', () => {
	it('splits per line and keeps abbreviations inside sentences', () => {
		const text = 'M. Macron a reçu Mr. Wang. Il est parti.\n  • Un point.';
		const spans = sentenceSpans(text).map((s) => text.slice(s.start, s.end));
		expect(spans).toEqual(['M. Macron a reçu Mr. Wang.', 'Il est parti.', '• Un point.']);
	});
});
