// Trigger words in an article: every pattern of the trigger lexicon (data/lexicon/<lang>.yaml,
// inflected by src/lib/lexicon) over the folded text's word tokens, leftmost-longest.
import type { TriggerLexicon } from '../lexicon/compile';
import type { PatternStep, TriggerPattern, TriggerRule } from '../lexicon/inflect';
import { adjacent, wordTokens, type Tokens } from '../text/tokens';
import type { Language } from '../types';

export type { TriggerRule } from '../lexicon/inflect';

export interface TriggerHit {
	rule: TriggerRule;
	start: number;
	end: number;
}

// « la visite », « cette rencontre », "the visit": after a determiner the word is a noun.
const DETERMINER_BEFORE =
	/(?:^|[\s'])(?:la|le|les|l'|une?|cette|ce|ces|sa|son|ses|leur|leurs|de|des|du|d'|the|a|an|this|that|his|her|its|their|\d+(?:e|eme|th|st|nd|rd)|premiere?|derniere?|nouvelle|prochaine|first|last|next)\s*$/;
// « a rencontré », « a visité »: a French past participle is a verb whatever precedes it.
const PARTICIPLE_END = /é(?:e|es|s)?$/;
// A gap in a pattern ("lodge … protest") stays within a clause.
const CLAUSE_PUNCTUATION = /[.;:!?«»"“”()]/;

const REFLEXIVE = new Set(['se', 's', 'me', 'm']);
const BE = new Set([
	'est',
	'sont',
	'etait',
	'etaient',
	'sera',
	'seront',
	'serait',
	'seraient',
	'ete',
	'etre',
	'soit',
	'is',
	'are',
	'was',
	'were',
	'been',
	'be',
	'being'
]);

/** The index of the pattern's last token when it matches from token `i`, else -1. */
function matchFrom(steps: PatternStep[], t: Tokens, folded: string, i: number, k = 0): number {
	if (k === steps.length) return i - 1;
	const step = steps[k] as PatternStep;
	if ('gap' in step) {
		const from = t.ends[i - 1] ?? 0;
		for (let skip = 0; skip <= step.gap && i + skip < t.words.length; skip++) {
			if (CLAUSE_PUNCTUATION.test(folded.slice(from, t.starts[i + skip]))) break;
			const end = matchFrom(steps, t, folded, i + skip, k + 1);
			if (end >= 0) return end;
		}
		return -1;
	}
	if (i >= t.words.length || !step.forms.has(t.words[i] as string)) return -1;
	// Words of a phrase are adjacent, except after a gap (which checked its own span).
	const previous = steps[k - 1];
	if (k > 0 && previous && 'forms' in previous && !adjacent(folded, t.ends[i - 1]!, t.starts[i]!))
		return -1;
	return matchFrom(steps, t, folded, i + 1, k + 1);
}

/** One of `words` among the few tokens before `i`, within the clause. */
function before(t: Tokens, folded: string, i: number, words: ReadonlySet<string>, reach: number) {
	for (let j = i - 1; j >= 0 && j >= i - reach; j--) {
		if (CLAUSE_PUNCTUATION.test(folded.slice(t.ends[j]!, t.starts[j + 1]!))) return false;
		if (words.has(t.words[j] as string)) return true;
	}
	return false;
}

function vetoed(p: TriggerPattern, t: Tokens, next: number): boolean {
	return p.notBefore.some((words) => words.every((w, k) => t.words[next + k] === w));
}

// Words after which the next one is a noun, whatever the lexicon says ("the state", « une
// aide », "the 27 member states"): a verb entry does not match there. Ambiguous French
// clitics (le, la, les, leur: « Pékin les soutient ») are left to formRank.
const NOUN_DETERMINER_BEFORE: Record<Language, RegExp> = {
	en: /(?:^|\s)(?:the|a|an|this|these|those|his|her|its|their|our|my|member)\s+$/,
	fr: /(?:^|\s)(?:une?|cette|ces|sa|son|ses|du|aux)\s+$/
};

// "the Polish claims", "its Chinese visits": a determiner and a country adjective make the
// next word a noun (English adjectives of country end so: Polish, Chinese, Russian, Iraqi, Czech);
// so does a name's possessive ("at India's request", "Russia's demands").
const DEMONYM_BEFORE =
	/(?:(?:^|\s)(?:the|a|an|this|these|those|his|her|its|their|our)\s+\p{Lu}\p{L}*(?:ish|ese|an|ian|i|ch)|\p{Lu}\p{L}*['’]s)\s+$/u;

// "attacks on merchant shipping", "the fight against arms trafficking": an -ing form after a
// preposition and a noun is a noun itself, not a verb with a subject.
const GERUND_NOUN_BEFORE =
	/(?:^|\s)(?:on|of|against|for|in|into|from|about|over)\s+(?!(?:him|her|them|it|us|me|you|not|also|then|while|after|before)\s)[a-z-]+\s+$/;

/** 0 when the words before fit the rule's form (a noun after a determiner), else 1. */
function formRank(rule: TriggerRule, folded: string, text: string, start: number, end: number) {
	const participle = PARTICIPLE_END.test(text.slice(Math.max(start, end - 3), end));
	const noun = !participle && DETERMINER_BEFORE.test(folded.slice(Math.max(0, start - 14), start));
	return (rule.form === 'noun') === noun ? 0 : 1;
}

/**
 * Every trigger in folded text (`text` is the original, for accents), leftmost-longest;
 * between patterns of the same length, the one whose form (noun or verb) fits the words
 * before it. Hits never overlap, and none starts inside one of `names` (spans of actors'
 * names, sorted by start).
 */
export function findTriggers(
	folded: string,
	text: string,
	lexicon: TriggerLexicon,
	language: Language,
	tokens: Tokens = wordTokens(folded),
	names: readonly { start: number; end: number }[] = []
): TriggerHit[] {
	const index = lexicon.byFirstWord[language];
	const t = tokens;
	const hits: TriggerHit[] = [];
	let name = 0;
	for (let i = 0; i < t.words.length;) {
		// A word of an actor's name starts no trigger: "States" of "the United States" is not
		// PETRARCH's "state … sanctions" (the names come sorted by start).
		const at = t.starts[i]!;
		while (name < names.length && names[name]!.end <= at) name++;
		if (name < names.length && names[name]!.start <= at) {
			i++;
			continue;
		}
		const slot = index.get(t.words[i] as string);
		// One-word patterns, and longer ones whose last word is within reach.
		let candidates: TriggerPattern[] | undefined;
		if (slot) {
			candidates = slot.single;
			if (slot.byLastWord.size) {
				const found = new Set<TriggerPattern>();
				const reach = Math.min(t.words.length, i + lexicon.maxSpan);
				for (let j = i + 1; j < reach; j++)
					for (const p of slot.byLastWord.get(t.words[j] as string) ?? []) found.add(p);
				if (found.size)
					candidates = [...slot.single, ...found].sort(
						(a, b) => b.steps.length - a.steps.length || (a.order ?? 0) - (b.order ?? 0)
					);
			}
		}
		let best: { pattern: TriggerPattern; last: number; rank: number } | undefined;
		for (const pattern of candidates ?? []) {
			const last = matchFrom(pattern.steps, t, folded, i);
			if (last < 0 || (best && last < best.last)) continue;
			if (pattern.reflexive && !before(t, folded, i, REFLEXIVE, 3)) continue;
			if (pattern.passive && !before(t, folded, i, BE, 2)) continue;
			if (pattern.notBefore.length && vetoed(pattern, t, last + 1)) continue;
			if (
				pattern.rule.form === 'verb' &&
				pattern.steps.length === 1 &&
				(NOUN_DETERMINER_BEFORE[language].test(
					folded.slice(Math.max(0, t.starts[i]! - 8), t.starts[i])
				) ||
					(language === 'en' &&
						(DEMONYM_BEFORE.test(text.slice(Math.max(0, t.starts[i]! - 30), t.starts[i])) ||
							(/ing$/.test(t.words[i] as string) &&
								GERUND_NOUN_BEFORE.test(
									folded.slice(Math.max(0, t.starts[i]! - 30), t.starts[i])
								)))))
			)
				continue;
			const rank = formRank(pattern.rule, folded, text, t.starts[i]!, t.ends[last]!);
			// Same words, same fit: the hand-written lexicon's entry over PETRARCH's ("hold talks",
			// a meeting in en.yaml, over PETRARCH's "hold … talks", 046 negotiate).
			if (
				!best ||
				last > best.last ||
				rank < best.rank ||
				(rank === best.rank && (pattern.order ?? 0) < (best.pattern.order ?? 0))
			)
				best = { pattern, last, rank };
		}
		if (!best) {
			i++;
			continue;
		}
		// A pattern with a gap ("appeler … à", "lodge … protest") may hold its object in the
		// gap (« a appelé Bakou à cesser »): its hit is its first word, so the actors after it,
		// the gap's included, are the trigger's complements.
		const gapped = best.pattern.steps.some((step) => 'gap' in step);
		hits.push({
			rule: best.pattern.rule,
			start: t.starts[i]!,
			end: gapped ? t.ends[i]! : t.ends[best.last]!
		});
		i = best.last + 1;
	}
	return hits;
}
