// Numbers written in words, in the folded text (« trente-sept », "twenty-five", « troisième »).
// The words of every number below 1,000 come from n2words (cardinal and ordinal forms, French
// and English), read backwards into a table; the collective nouns of news prose (« une
// dizaine », "a dozen") and fractions ("a third", « les deux tiers ») are listed here.
import { toCardinal as frCardinal, toOrdinal as frOrdinal } from 'n2words/fr-FR';
import { toCardinal as enCardinal, toOrdinal as enOrdinal } from 'n2words/en-GB';
import type { Language } from '../../types';
import { foldText } from '../../text/fold';

export interface WordNumber {
	value: number;
	ordinal: boolean;
}

const LIMIT = 1000;

/** « vingt et un », « vingt-et-un », "twenty-one", "one hundred and one": one key. */
export function wordKey(phrase: string): string {
	return phrase
		.replace(/[-\s]+/g, ' ')
		.replace(/\s(?:et|and)\s/g, ' ')
		.trim();
}

interface Table {
	words: Map<string, WordNumber>;
	/** Every word that can be part of a number, for the scanning pattern. */
	vocabulary: Set<string>;
}

const tables: Partial<Record<Language, Table>> = {};

function build(lang: Language): Table {
	const cardinal = lang === 'fr' ? frCardinal : enCardinal;
	const ordinal = lang === 'fr' ? frOrdinal : enOrdinal;
	const words = new Map<string, WordNumber>();
	const vocabulary = new Set<string>();
	const add = (phrase: string, value: number, isOrdinal: boolean) => {
		const key = wordKey(foldText(phrase));
		if (!words.has(key)) words.set(key, { value, ordinal: isOrdinal });
		for (const w of key.split(' ')) vocabulary.add(w);
	};
	for (let n = 1; n < LIMIT; n++) {
		add(cardinal(n), n, false);
		// "hundred" alone reads as "one hundred", « cent » is already bare.
		if (lang === 'en' && n >= 100) add(cardinal(n).replace(/^one /, 'a '), n, false);
		if (n > 1) add(ordinal(n), n, true);
	}
	// The 1990 spelling links every part with hyphens (« vingt-et-un »), covered by wordKey.
	return { words, vocabulary };
}

export function numberTable(lang: Language): Table {
	return (tables[lang] ??= build(lang));
}

/** The value of a phrase of number words (folded), or undefined. */
export function wordNumber(phrase: string, lang: Language): WordNumber | undefined {
	return numberTable(lang).words.get(wordKey(phrase));
}

// Collective nouns: « une dizaine de militaires » is about ten, "a dozen" twelve.
export const COLLECTIVES: Record<Language, Record<string, number>> = {
	fr: {
		'demi-douzaine': 6,
		'demi douzaine': 6,
		dizaine: 10,
		douzaine: 12,
		quinzaine: 15,
		vingtaine: 20,
		trentaine: 30,
		quarantaine: 40,
		cinquantaine: 50,
		soixantaine: 60,
		centaine: 100,
		millier: 1000
	},
	en: { 'half-dozen': 6, 'half a dozen': 6, dozen: 12, score: 20 }
};

// Fractions read as shares (percent): "a third of", « les deux tiers de », "half the".
export const FRACTIONS: Record<Language, Record<string, number>> = {
	fr: {
		'la moitie': 50,
		'un tiers': 33.3,
		'un quart': 25,
		'les deux tiers': 66.7,
		'deux tiers': 66.7,
		'les trois quarts': 75,
		'trois quarts': 75
	},
	en: {
		half: 50,
		'a half': 50,
		'one half': 50,
		'a third': 33.3,
		'one third': 33.3,
		'one-third': 33.3,
		'a quarter': 25,
		'one quarter': 25,
		'one-quarter': 25,
		'two thirds': 66.7,
		'two-thirds': 66.7,
		'three quarters': 75,
		'three-quarters': 75
	}
};
