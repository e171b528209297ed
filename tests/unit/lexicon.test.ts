// The trigger lexicons (data/lexicon): every form from the morphology resources, and errors
// that name the file and line.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Lexicon } from '../../src/lib/gazetteer/lexicon';
import { findTriggers } from '../../src/lib/extract/triggers';
import { loadTriggers } from '../../src/lib/server/loadLexicon';
import { foldText } from '../../src/lib/text/fold';
import type { Language } from '../../src/lib/types';
import { realLexicon } from '../helpers/corpus';

let lexicon: Lexicon;
beforeAll(async () => {
	lexicon = await realLexicon();
});

function triggers(text: string, lang: Language) {
	return findTriggers(foldText(text), text, lexicon.triggers, lang).map((h) => ({
		words: text.slice(h.start, h.end),
		type: h.rule.type
	}));
}

describe('trigger lexicon', () => {
	it('matches a pronominal French verb in every tense, and only with its pronoun', () => {
		for (const text of [
			'Les deux présidents se sont entretenus à Genève.',
			'Il s’entretiendra avec son homologue.',
			'Elle s’était entretenue avec lui.',
			'Ils avaient déjà pu s’entretenir à Genève.'
		])
			expect(triggers(text, 'fr')).toContainEqual(expect.objectContaining({ type: 'meeting' }));
		expect(triggers('Le pays entretient de bonnes relations.', 'fr')).not.toContainEqual(
			expect.objectContaining({ type: 'meeting' })
		);
	});

	it('matches French verbs in forms no rule spelled out (« visite », « rencontrèrent »)', () => {
		expect(triggers('Le chancelier visite la Pologne.', 'fr')).toEqual([
			{ words: 'visite', type: 'visit' }
		]);
		expect(triggers('Ils se rencontrèrent à Yalta.', 'fr')).toEqual([
			{ words: 'rencontrèrent', type: 'meeting' }
		]);
	});

	it('matches every English form of a verb and the plural of a noun', () => {
		for (const text of ['Ruto met Museveni.', 'Ruto meets Museveni.', 'Ruto will meet Museveni.'])
			expect(triggers(text, 'en')).toEqual([
				{ words: expect.stringMatching(/^me/), type: 'meeting' }
			]);
		expect(triggers('Poland and Lithuania renewed negotiations.', 'en')).toEqual([
			{ words: 'negotiations', type: 'talks' }
		]);
		// A pattern with a gap ("lodge … protest") is found whole; its hit is its head word.
		expect(triggers('Serbia lodged a formal protest with Croatia.', 'en')).toEqual([
			{ words: 'lodged', type: 'protest' }
		]);
		expect(triggers('Serbia lodged its application.', 'en')).toEqual([]);
	});

	it('never takes a function word for a verb form (« contre » is also « contrer »)', () => {
		expect(triggers('la guerre contre l’Ukraine', 'fr')).toEqual([
			{ words: 'guerre', type: 'conflict' }
		]);
	});

	it('reads a word after a determiner as a noun ("the state", « une aide »)', () => {
		expect(triggers('The state of the union.', 'en')).toEqual([]);
	});

	it('names the file and line of an entry it cannot use', async () => {
		const dir = await mkdtemp(path.join(tmpdir(), 'entente-lexicon-'));
		await writeFile(
			path.join(dir, 'cameo-plover.yaml'),
			'"040": { plover: CONSULT, label: Consult }\n'
		);
		await writeFile(
			path.join(dir, 'fr.yaml'),
			'language: fr\ntriggers:\n  - { verb: rencontrer, type: meeting }\n  - { verb: xyzzer, type: meeting }\n'
		);
		await expect(loadTriggers(dir)).rejects.toThrow(/fr\.yaml:4: unknown French verb "xyzzer"/);
		await writeFile(
			path.join(dir, 'fr.yaml'),
			'language: fr\ntriggers:\n  - { verb: rencontrer, type: meeting }\n  - { verb: voir, type: rendezvous }\n'
		);
		await expect(loadTriggers(dir)).rejects.toThrow(/fr\.yaml:4: .*type/);
	});
});
