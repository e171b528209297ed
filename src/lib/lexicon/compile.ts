// Trigger patterns indexed by the words they can start with: the matcher looks up each token
// of the text once, so a lexicon of thousands of phrases costs no more than a few.
import type { CameoTable } from '../events/coding';
import type { Language } from '../types';
import { inflectEntry, type Morphology, type TriggerPattern } from './inflect';
import type { SourcedEntry } from './schema';

export interface TriggerLexicon {
	/** Per language, first word of a pattern → the patterns starting with it, longest first. */
	byFirstWord: Record<Language, Map<string, TriggerPattern[]>>;
	cameo: CameoTable;
	/** Entries per language, for the README's counts and the bench. */
	size: Record<Language, number>;
}

const stepLength = (p: TriggerPattern) => p.steps.length;

export function compileTriggers(
	entries: SourcedEntry[],
	morphology: Morphology,
	cameo: CameoTable
): TriggerLexicon {
	const byFirstWord: Record<Language, Map<string, TriggerPattern[]>> = {
		fr: new Map(),
		en: new Map()
	};
	const size: Record<Language, number> = { fr: 0, en: 0 };
	for (const entry of entries) {
		const pattern = inflectEntry(entry, morphology);
		size[entry.language] += 1;
		const first = pattern.steps[0];
		if (!first || !('forms' in first)) continue;
		const index = byFirstWord[entry.language];
		for (const word of first.forms) {
			const list = index.get(word);
			if (list) list.push(pattern);
			else index.set(word, [pattern]);
		}
	}
	for (const index of Object.values(byFirstWord))
		for (const list of index.values()) list.sort((a, b) => stepLength(b) - stepLength(a));
	return { byFirstWord, cameo, size };
}
