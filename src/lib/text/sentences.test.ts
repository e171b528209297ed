import { describe, expect, it } from 'vitest';
import { sentenceSpans } from './sentences';

const split = (text: string, lang = 'fr') =>
	sentenceSpans(text, lang).map((s) => text.slice(s.start, s.end));

describe('sentenceSpans', () => {
	it('keeps a closing guillemet with the quotation it ends, and starts the next sentence after it', () => {
		expect(
			split('« Kagame négocie en position de force. » Le précédent cessez-le-feu a échoué.')
		).toEqual(['« Kagame négocie en position de force. »', 'Le précédent cessez-le-feu a échoué.']);
		expect(split('He said: “It is over.” The talks ended.', 'en')).toEqual([
			'He said: “It is over.”',
			'The talks ended.'
		]);
	});

	it('still reads a quotation and its attribution as one sentence', () => {
		expect(split('« Non. Jamais. », a-t-il dit. Fin.')).toEqual([
			'« Non. Jamais. », a-t-il dit.',
			'Fin.'
		]);
	});

	it('splits the same way whatever the chunk size', () => {
		const text = '« Oui. » Puis non.\nM. Kurti est venu. « Fin. » Bien.\n'.repeat(20);
		expect(sentenceSpans(text, 'fr', { chunkChars: 0 })).toEqual(sentenceSpans(text, 'fr'));
	});
});
