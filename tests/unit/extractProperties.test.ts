// Any text: the extractor never throws, and every offset it returns quotes the text exactly.
import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { extractArticle } from '../../src/lib/extract/extractArticle';
import type { Lexicon } from '../../src/lib/gazetteer/lexicon';
import { article, realLexicon } from '../helpers/corpus';

let lexicon: Lexicon;
beforeAll(async () => {
	lexicon = await realLexicon();
});

// Fragments of news prose, so random texts actually reach the relation code.
const fragments = fc.constantFrom(
	'Poutine',
	'Xi Jinping',
	'la Chine',
	'à Pékin',
	'les États-Unis',
	'le président russe',
	'a rencontré',
	'devraient signer',
	'aucune',
	'selon le Kremlin',
	'«',
	'»',
	',',
	'.',
	'\n',
	' ',
	'70 %',
	'le lendemain',
	'met',
	'President Joe Biden',
	'the West',
	'condemned',
	'on Tuesday',
	'l’',
	'\u00a0',
	'celle de',
	'par'
);
const texts = fc.oneof(
	fc.string({ unit: 'grapheme', maxLength: 200 }),
	fc.array(fragments, { maxLength: 40 }).map((a) => a.join(' '))
);

describe('extractArticle on any text', () => {
	it('quotes exactly what lies at its offsets', () => {
		fc.assert(
			fc.property(texts, fc.constantFrom('fr', 'en') as fc.Arbitrary<'fr' | 'en'>, (text, lang) => {
				const x = extractArticle(article(text || 'x', '2024-05-16', lang), lexicon);
				const source = text || 'x';
				for (const m of x.mentions) if (source.slice(m.start, m.end) !== m.text) return false;
				for (const e of [...x.relations, ...x.indicators].flatMap((r) => r.evidence))
					if (source.slice(e.start, e.end) !== e.quote || e.start < 0 || e.end > source.length)
						return false;
				return x.relations.every((r) => r.source !== r.target);
			}),
			{ numRuns: 300 }
		);
		// Each extraction copies the gazetteer's ~18,000 actors (extractArticle's entity map):
		// about 5–10 ms an article on this machine, 300 of them.
	}, 30_000);
});
