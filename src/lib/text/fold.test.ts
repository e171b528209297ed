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

	it('folds plain ASCII text by its fast path exactly as the general one does', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)) }),
				(text) => {
					// A trailing é sends the same text through the general path.
					expect(foldText(text)).toBe(foldText(`${text}é`).slice(0, -1));
				}
			)
		);
	});

	it('keeps a leading byte-order mark and characters outside the basic plane', () => {
		expect(foldText('\ufeffÉtat 🇨🇳 Chine')).toBe('\ufeffetat 🇨🇳 chine');
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (text) => foldText(text).length === text.length)
		);
	});
});

describe('sentenceSpans', () => {
	it('splits per line and keeps abbreviations inside sentences', () => {
		const text = 'M. Macron a reçu Mr. Wang. Il est parti.\n  • Un point.';
		const spans = sentenceSpans(text).map((s) => text.slice(s.start, s.end));
		expect(spans).toEqual(['M. Macron a reçu Mr. Wang.', 'Il est parti.', '• Un point.']);
	});

	it('keeps the sentences of one quotation in one span, so its speaker is the speaker of all of it', () => {
		const text =
			'“This is not about a day. This is about decades,” Mr Biden told reporters. He left.\n' +
			'« Nous ouvrons un chapitre. Il sera long », a déclaré M. Kishida. "One. Two," she said.';
		const spans = sentenceSpans(text, 'en').map((s) => text.slice(s.start, s.end));
		expect(spans).toEqual([
			'“This is not about a day. This is about decades,” Mr Biden told reporters.',
			'He left.',
			'« Nous ouvrons un chapitre. Il sera long », a déclaré M. Kishida.',
			'"One. Two," she said.'
		]);
	});

	it('splits chunks of lines exactly as it splits the lines one by one', () => {
		// Pieces where Unicode's sentence rules and our abbreviation merge have work to do.
		const piece = fc.constantFrom(
			'M. ',
			'Mr. Wang',
			'U.S. ',
			'n° 3',
			'3.5 ',
			'Poutine',
			' a dit',
			'.',
			'?',
			'!',
			'…',
			' « Oui. »',
			' (Moscou.)',
			' et',
			' Xi',
			'l’Ukraine',
			'\u00a0',
			' ',
			'  ',
			'\n',
			'\n\n',
			'\r\n',
			' \n',
			'• ',
			'a',
			'Le',
			'"'
		);
		fc.assert(
			fc.property(
				fc.array(piece, { maxLength: 60 }),
				fc.constantFrom('fr', 'en'),
				(pieces, lang) => {
					const text = pieces.join('');
					const lineByLine = sentenceSpans(text, lang, { chunkChars: 0 });
					expect(sentenceSpans(text, lang, { chunkChars: 7 })).toEqual(lineByLine);
					expect(sentenceSpans(text, lang)).toEqual(lineByLine);
					for (const span of lineByLine)
						expect(text.slice(span.start, span.end)).not.toContain('\n');
				}
			),
			{ numRuns: 400 }
		);
	});
});
