// Lexicon entries → trigger patterns: a verb lemma becomes every form the morphology
// resource gives it, a noun its plural too, and each pattern is a sequence of token sets
// over folded text. Pure: the morphology is passed in (src/lib/server/morphology.ts).
import { InputError } from '../errors';
import { foldText } from '../text/fold';
import { wordTokens } from '../text/tokens';
import { SYMMETRIC_TYPES } from '../events/coding';
import type { Language, RelationType } from '../types';
import type { SourcedEntry } from './schema';

/** What inflection needs from a morphology resource. */
export interface Morphology {
	/** Every form of a verb lemma (any case, accents kept); undefined when unknown. */
	verbForms(lemma: string, language: Language): string[] | undefined;
	plural(word: string, language: Language): string;
}

/** What the extractor needs to know of the entry a trigger comes from. */
export interface TriggerRule {
	type: RelationType;
	/** A noun takes its actors from its complements; a verb from subject and object. */
	form: 'verb' | 'noun';
	directed: boolean;
	host?: boolean;
	/** The subject attends a gathering: a visit to where it is held. */
	attendance?: boolean;
	reversed?: boolean;
	warning?: boolean;
	cameo?: string;
	mode?: string;
	target?: string[];
	source?: string[];
	/** Where the entry is written ("data/lexicon/fr.yaml:12"). */
	origin: string;
	language: Language;
}

export type PatternStep = { forms: ReadonlySet<string> } | { gap: number };

export interface TriggerPattern {
	rule: TriggerRule;
	/** The entry's place in the lexicon (hand-written files first): breaks ties. */
	order?: number;
	steps: PatternStep[];
	/** A pronominal verb (« s'entretenir »): needs se / s' / nous… before it. */
	reflexive: boolean;
	/** Only after a form of "be" / « être » (« est attendu »). */
	passive: boolean;
	/** Word sequences that, right after the trigger, veto it ("met with resistance"). */
	notBefore: string[][];
}

const GAP = /^(?:…|\.\.\.)$/;
const MAX_GAP = 3;
// Words that end a noun's own words: its complements start there (« échange de vues »).
const PREPOSITIONS: Record<Language, ReadonlySet<string>> = {
	fr: new Set([
		'de',
		'du',
		'des',
		'd',
		'a',
		'au',
		'aux',
		'avec',
		'en',
		'entre',
		'pour',
		'sur',
		'contre',
		'par',
		'le',
		'la',
		'les',
		'l'
	]),
	en: new Set([
		'of',
		'with',
		'between',
		'to',
		'on',
		'for',
		'against',
		'from',
		'by',
		'in',
		'at',
		'the',
		'a',
		'an'
	])
};

const words = (phrase: string) => wordTokens(foldText(phrase)).words;

// Closed-class words that some inflected form happens to spell (« contre » is also « contrer »
// in the present, « est » is « être »): never the first word of a trigger.
const FUNCTION_WORDS: Record<Language, ReadonlySet<string>> = {
	fr: new Set(
		'a ai as au aux avec ce ces chez contre dans de des du en entre es est et la le les leur lui ma mais mes mon ne ni nos notre on ont or par pas plus pour qu que qui sa sans se selon ses si son sont sous sur ta te tes ton tu un une vers vos votre'.split(
			' '
		)
	),
	en: new Set(
		'a about after against an and are as at be been before between but by for from had has have he her his in into is it its of on or our she than that the their them they this those to was we were which who with'.split(
			' '
		)
	)
};

/** A literal word, or alternatives written with slashes ("troops/forces/reservists"). */
function literal(word: string): PatternStep {
	return { forms: new Set(word.split('/').flatMap((w) => words(w).slice(0, 1))) };
}

/** The words of a phrase, keeping "a/b" alternatives as one word each. */
function phraseWords(part: string): string[] {
	return part.includes('/') ? [part] : words(part);
}

function fail(entry: SourcedEntry, message: string): never {
	const [file, line] = entry.origin.split(/:(?=\d+$)/);
	throw new InputError(file ?? entry.origin, message, line ? Number(line) : undefined);
}

/** The raw words of a phrase, with "…" kept as a gap marker. */
function phraseParts(phrase: string): string[] {
	return phrase.split(/\s+/).filter(Boolean);
}

function verbPattern(entry: SourcedEntry, morphology: Morphology) {
	let parts = phraseParts(entry.verb as string);
	let reflexive = false;
	const head = parts[0] ?? '';
	if (entry.language === 'fr' && /^(?:se|s['’])/.test(head)) {
		reflexive = true;
		parts = head === 'se' ? parts.slice(1) : [head.replace(/^s['’]/, ''), ...parts.slice(1)];
	}
	const forms: string[] = [];
	// "ask/enquire/request": synonyms that share the rest of the pattern.
	for (const lemma of (parts[0] ?? '').split('/')) {
		const own = morphology.verbForms(lemma, entry.language);
		if (!own?.length)
			fail(entry, `unknown ${entry.language === 'fr' ? 'French' : 'English'} verb "${lemma}"`);
		forms.push(...own);
	}
	const closed = FUNCTION_WORDS[entry.language];
	const heads = forms.flatMap((f) => words(f).slice(-1)).filter((w) => !closed.has(w));
	const steps: PatternStep[] = [{ forms: new Set(heads) }];
	for (const part of parts.slice(1)) {
		if (GAP.test(part)) steps.push({ gap: MAX_GAP });
		else for (const w of phraseWords(part)) steps.push(literal(w));
	}
	return { steps, reflexive };
}

function nounPattern(entry: SourcedEntry, morphology: Morphology): PatternStep[] {
	const parts = phraseParts(entry.noun as string);
	const stops = PREPOSITIONS[entry.language];
	// French nouns lead their adjectives (« entretien téléphonique »); English ones close
	// their modifiers ("phone call"): the words that take the plural differ.
	const firstStop = parts.findIndex((p, i) => i > 0 && stops.has(foldText(p)));
	const end = firstStop < 0 ? parts.length : firstStop;
	const inflected = (i: number) => (entry.language === 'fr' ? i < end : i === end - 1);
	const steps: PatternStep[] = [];
	parts.forEach((part, i) => {
		if (GAP.test(part)) return steps.push({ gap: MAX_GAP });
		if (!inflected(i)) return words(part).forEach((w) => steps.push(literal(w)));
		const singular = words(part);
		const plural = words(morphology.plural(part, entry.language));
		singular.forEach((w, k) => steps.push({ forms: new Set([w, plural[k] ?? w].filter(Boolean)) }));
	});
	return steps;
}

/** One lexicon entry as a pattern; throws InputError at the entry's line when it cannot be. */
export function inflectEntry(entry: SourcedEntry, morphology: Morphology): TriggerPattern {
	let steps: PatternStep[];
	let reflexive = false;
	if (entry.verb) ({ steps, reflexive } = verbPattern(entry, morphology));
	else if (entry.noun) steps = nounPattern(entry, morphology);
	else
		steps = phraseParts(entry.words as string).flatMap((p) =>
			GAP.test(p) ? [{ gap: MAX_GAP }] : phraseWords(p).map(literal)
		);
	if (!steps.length || 'gap' in (steps[0] as PatternStep))
		fail(entry, 'a trigger must start with a word');
	const rule: TriggerRule = {
		type: entry.type,
		form: entry.verb || entry.as === 'verb' ? 'verb' : 'noun',
		directed: entry.directed ?? !SYMMETRIC_TYPES.has(entry.type),
		origin: entry.origin,
		language: entry.language
	};
	if (entry.host) rule.host = true;
	if (entry.attendance) rule.attendance = true;
	if (entry.reversed) rule.reversed = true;
	if (entry.warning) rule.warning = true;
	if (entry.cameo) rule.cameo = entry.cameo;
	if (entry.mode) rule.mode = entry.mode;
	if (entry.target) rule.target = entry.target;
	if (entry.source) rule.source = entry.source;
	return {
		rule,
		steps,
		reflexive,
		passive: entry.voice === 'passive',
		notBefore: (entry.notBefore ?? []).map(words)
	};
}
