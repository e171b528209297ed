// Inflected forms from maintained morphology resources, never from hand-written lists:
// French verbs from the Lefff (french-verbs-lefff: every simple tense, both participles and
// the infinitive of 7,800 verbs), French plurals from rosaenlg-pluralize-fr; English verbs
// from english-verbs-helper with its irregular-verb and gerund tables (WordNet-derived),
// English plurals from pluralize. Server only: the conjugation table is 6 MB of JSON.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
	getConjugation,
	mergeVerbsData,
	type Person,
	type Tense,
	type VerbsInfo as EnglishVerbs
} from 'english-verbs-helper';
import pluralize from 'pluralize';
import type { Morphology } from '../lexicon/inflect';
import type { Language } from '../types';

const require = createRequire(import.meta.url);

type FrenchVerbs = Record<string, Record<string, (string | null)[]>>;

let french: FrenchVerbs | undefined;
let english: EnglishVerbs | undefined;
let pluralFr: ((word: string) => string) | undefined;

function json<T>(module: string): T {
	return JSON.parse(readFileSync(require.resolve(module), 'utf8')) as T;
}

function frenchVerbs(): FrenchVerbs {
	french ??= json<FrenchVerbs>('french-verbs-lefff/dist/conjugations.json');
	return french;
}

function englishVerbs(): EnglishVerbs {
	english ??= mergeVerbsData(
		json('english-verbs-irregular/dist/verbs.json'),
		json('english-verbs-gerunds/dist/gerunds.json')
	);
	return english;
}

const ENGLISH_TENSES: [Tense, Person][] = [
	['SIMPLE_PRESENT', 0],
	['SIMPLE_PRESENT', 2],
	['SIMPLE_PAST', 2],
	['PARTICIPLE_PRESENT', 2],
	['PARTICIPLE_PAST', 2]
];

function englishVerbForms(lemma: string): string[] {
	const verbs = englishVerbs();
	const forms = new Set<string>([lemma]);
	for (const [tense, person] of ENGLISH_TENSES)
		forms.add(getConjugation(verbs, lemma, tense, person, {}));
	// The helper forms regular pasts without doubling the last consonant ("refered"); the
	// gerund table knows the doubling ("referring", "travelling"): the past follows it.
	const gerund = getConjugation(verbs, lemma, 'PARTICIPLE_PRESENT', 2, {});
	const last = lemma[lemma.length - 1] ?? '';
	if (gerund === `${lemma}${last}ing`) forms.add(`${lemma}${last}ed`);
	// "veto" → "vetoes", "echo" → "echoes": -es after a consonant and o.
	if (/[^aeiou]o$/.test(lemma)) forms.add(`${lemma}es`);
	return [...forms];
}

function frenchVerbForms(lemma: string): string[] | undefined {
	const info = frenchVerbs()[lemma];
	if (!info) return undefined;
	const forms = new Set<string>();
	for (const list of Object.values(info))
		for (const form of list) if (form && form !== 'NA') forms.add(form);
	return [...forms];
}

const formsCache = new Map<string, string[] | undefined>();

/** The morphology resources, loaded on first use and kept for the process. */
export const morphology: Morphology = {
	verbForms(lemma: string, language: Language): string[] | undefined {
		const key = `${language}:${lemma}`;
		if (!formsCache.has(key))
			formsCache.set(key, language === 'fr' ? frenchVerbForms(lemma) : englishVerbForms(lemma));
		return formsCache.get(key);
	},
	plural(word: string, language: Language): string {
		if (language === 'en') return pluralize(word);
		pluralFr ??= require('rosaenlg-pluralize-fr') as (word: string) => string;
		return pluralFr(word);
	}
};
