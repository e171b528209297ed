// Trigger patterns indexed by the words they can start with: the matcher looks up each token
// of the text once, so a lexicon of thousands of phrases costs no more than a few.
import type { CameoTable } from '../events/coding';
import type { Language } from '../types';
import { inflectEntry, type Morphology, type TriggerPattern } from './inflect';
import type { SourcedEntry } from './schema';

/** The patterns that start with one word: one-word patterns, and the others by their last word. */
export interface FirstWordIndex {
	single: TriggerPattern[];
	/** Last word of a longer pattern → the patterns ending with it (a text lacking it skips them). */
	byLastWord: Map<string, TriggerPattern[]>;
}

export interface TriggerLexicon {
	/** Per language, first word of a pattern → the patterns starting with it. */
	byFirstWord: Record<Language, Map<string, FirstWordIndex>>;
	/** The most tokens a pattern can span (its words and gaps). */
	maxSpan: number;
	cameo: CameoTable;
	/** Entries per language, for the README's counts and the bench. */
	size: Record<Language, number>;
}

const span = (p: TriggerPattern) =>
	p.steps.reduce((n, step) => n + ('gap' in step ? step.gap : 1), 0);

/**
 * Patterns indexed by first word, then (for longer ones) by last word: where a common verb
 * starts hundreds of phrases ("say … ", "make … "), the matcher tries only those whose last word
 * is near. `order` keeps the entries' order (hand-written files first) for ties.
 */
export function compileTriggers(
	entries: SourcedEntry[],
	morphology: Morphology,
	cameo: CameoTable
): TriggerLexicon {
	const byFirstWord: Record<Language, Map<string, FirstWordIndex>> = {
		fr: new Map(),
		en: new Map()
	};
	const size: Record<Language, number> = { fr: 0, en: 0 };
	let maxSpan = 1;
	entries.forEach((entry, order) => {
		const pattern = { ...inflectEntry(entry, morphology), order };
		size[entry.language] += 1;
		const first = pattern.steps[0];
		const last = pattern.steps[pattern.steps.length - 1];
		if (!first || !('forms' in first) || !last || !('forms' in last)) return;
		maxSpan = Math.max(maxSpan, span(pattern));
		const index = byFirstWord[entry.language];
		for (const word of first.forms) {
			let slot = index.get(word);
			if (!slot) index.set(word, (slot = { single: [], byLastWord: new Map() }));
			if (pattern.steps.length === 1) slot.single.push(pattern);
			else
				for (const end of last.forms) {
					const list = slot.byLastWord.get(end);
					if (list) list.push(pattern);
					else slot.byLastWord.set(end, [pattern]);
				}
		}
	});
	return { byFirstWord, maxSpan, cameo, size };
}
