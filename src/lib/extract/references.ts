// References resolved within the article: a personal pronoun (he, she, il, elle) points to the
// person in focus — the subject of its own sentence when a person is named before it there,
// else the subject of the last sentence that names one, within this paragraph and the one
// before (centering: the subject of the previous utterance is the most salient). A pronoun
// with no person in reach stays unresolved rather than guessed.
import type { Span } from '../text/sentences';
import type { RawMention } from './mentions';

// Subject pronouns, and English object ones; French object clitics (le, la, lui) are
// determiners as often as pronouns and are left alone.
const PRONOUN: Record<'fr' | 'en', RegExp> = {
	en: /(?<![\p{L}\p{N}'’-])(?:he|she|him)(?![\p{L}\p{N}'’-])/giu,
	fr: /(?<![\p{L}\p{N}'’-])(?:il|elle)(?![\p{L}\p{N}'’-])|-t-(?:il|elle)(?![\p{L}])|-(?:il|elle)(?![\p{L}])/giu
};

// A saying verb, then "it" / « il », « elle » as its complement clause's subject.
const SAID_IT: Record<'fr' | 'en', RegExp> = {
	en: /(?<![\p{L}])(?:said|says|added|announced|warned|stated|insisted|argued|claimed|noted|confirmed|denied|stressed)\s+(?:on\s+\p{L}+\s+)?(?:that\s+)?(it)(?![\p{L}\p{N}'’-])/giu,
	fr: /(?<![\p{L}])(?:affirm|déclar|annonc|indiqu|assur|estim|précis|soulign|prévenu|prévient|avert|averti|rappel|expliqu|fait savoir)\p{L}*\s+(?:\p{L}+\s+)?qu['’](il|elle)(?![\p{L}])/giu
};

// "It is", « il y a », « il faut », « il s'agit »: impersonal, no one is meant.
const IMPERSONAL_AFTER =
	/^\s*(?:y\s+a|y\s+avait|faut|fallait|s['’]agit|semble|est\s+(?:probable|possible|clair|vrai|temps)|reste|convient|existe)\b/iu;
// "it is too early", "it was clear that", "it seems": an impersonal "it" after a saying verb.
const IMPERSONAL_IT =
	/^\s*(?:(?:is|was|would\s+be|will\s+be)\s+(?:too|time|clear|likely|unlikely|possible|impossible|important|necessary|essential|vital|crucial|difficult|hard|easy|premature|early|unclear|not\s+(?:clear|possible|time))\b|(?:seems|seemed|appears|appeared)\b)/iu;

// A subject is named early in its sentence and not as a complement (« la visite de Poutine »).
const COMPLEMENT_BEFORE =
	/(?:^|\s)(?:de|du|des|d'|à|au|aux|par|pour|avec|chez|of|with|by|for|to|from|in|at|on)\s+(?:(?:la|le|les|l'|the)\s*)?$/i;
const SUBJECT_REACH = 60;
// "'s foreign ministry spokesman ": a possessive and the words of a title, no punctuation.
const POSSESSIVE_OF = /^['’]s\s+[^,;.()"“”«»]{0,50}$/;
const CLOSING: Record<string, string> = { '"': '"', '“': '”', '«': '»' };

/** Where a sentence's own words start: after the quotation it opens on, if any, and its comma. */
function afterOpeningQuote(text: string, sentence: Span): number {
	const open = /^\s*(["“«])/.exec(text.slice(sentence.start, sentence.start + 4));
	if (!open) return sentence.start;
	const close = text.indexOf(CLOSING[open[1] as string] as string, sentence.start + open[0].length);
	return close < 0 || close >= sentence.end ? sentence.start : close + 1;
}

export interface ReferenceInput {
	text: string;
	language: 'fr' | 'en';
	/** Actor mentions in text order (gazetteer names, patterns, roles). */
	named: RawMention[];
	sentences: Span[];
	isPerson(entity: string): boolean;
}

/** Pronouns that refer to a person named before, as mentions `via: 'reference'`. */
export function resolveReferences(input: ReferenceInput): RawMention[] {
	const { text, named, sentences } = input;
	const actors = named.filter((m) => !m.descriptor);
	const people = actors.filter((m) => input.isPerson(m.entity));
	let actorCursor = 0;
	const found: RawMention[] = [];
	let cursor = 0;
	// The person each sentence has as its subject, if any (a sentence led by anything else
	// leaves no one in focus: « Y aura-t-il des surprises pendant la visite de Poutine ? »).
	const focus: { entity: string | undefined; paragraph: number }[] = [];
	// Paragraphs counted as the sentences come, in text order.
	let paragraph = 0;
	let nextBreak = text.indexOf('\n\n');
	for (const sentence of sentences) {
		while (nextBreak >= 0 && nextBreak < sentence.start) {
			paragraph++;
			nextBreak = text.indexOf('\n\n', nextBreak + 2);
		}
		while (cursor < people.length && (people[cursor] as RawMention).start < sentence.start)
			cursor++;
		const inside: RawMention[] = [];
		for (let i = cursor; i < people.length && (people[i] as RawMention).start < sentence.end; i++)
			inside.push(people[i] as RawMention);
		while (
			actorCursor < actors.length &&
			(actors[actorCursor] as RawMention).start < sentence.start
		)
			actorCursor++;
		// A sentence that opens on a quotation has its subject after it (« "…," said X »).
		const from = afterOpeningQuote(text, sentence);
		let at = actorCursor;
		while (at < actors.length && (actors[at] as RawMention).start < from) at++;
		let lead = actors[at];
		// "Qatar's foreign ministry spokesman Majed al-Ansari": a possessive describes the
		// person it leads to, who is the subject.
		const next = actors[at + 1];
		if (
			lead &&
			next &&
			!input.isPerson(lead.entity) &&
			input.isPerson(next.entity) &&
			next.start < sentence.end &&
			POSSESSIVE_OF.test(text.slice(lead.end, next.start))
		)
			lead = next;
		const subject =
			lead &&
			lead.start < from + SUBJECT_REACH &&
			lead.start < sentence.end &&
			!COMPLEMENT_BEFORE.test(text.slice(from, lead.start))
				? lead
				: undefined;
		const slice = text.slice(sentence.start, sentence.end);
		const local: RawMention[] = [];
		// "Egypt said it would …", « Le Rwanda affirme qu'il … »: a pronoun right after its
		// subject's saying verb is that subject, a country or an organisation as well.
		if (subject && !input.isPerson(subject.entity))
			for (const m of slice.matchAll(SAID_IT[input.language])) {
				const end = sentence.start + m.index + m[0].length;
				const start = end - (m[1] as string).length;
				const next = text.slice(end, end + 24);
				if (start <= subject.end || IMPERSONAL_AFTER.test(next) || IMPERSONAL_IT.test(next))
					continue;
				local.push({ entity: subject.entity, start, end, via: 'reference' });
			}
		const said = new Set(local.map((r) => r.start));
		for (const m of slice.matchAll(PRONOUN[input.language])) {
			const start =
				sentence.start + m.index + (m[0].startsWith('-') ? m[0].lastIndexOf('-') + 1 : 0);
			const end = sentence.start + m.index + m[0].length;
			if (said.has(start) || IMPERSONAL_AFTER.test(text.slice(end, end + 20))) continue;
			// « Reçu par Xi Jinping, il signe »: a person named as a complement (par, de, avec,
			// by, with…) is not the subject the pronoun continues.
			const before = inside.filter(
				(p) =>
					p.end <= start &&
					!COMPLEMENT_BEFORE.test(text.slice(Math.max(sentence.start, p.start - 12), p.start))
			);
			// "Xi told him": an object pronoun is not the subject of its own clause.
			const object = /^him$/i.test(m[0]);
			let entity = object ? undefined : before[0]?.entity;
			if (!entity) {
				const last = focus[focus.length - 1];
				const ok = last?.entity && (!object || !before.some((p) => p.entity === last.entity));
				if (ok && paragraph - (last?.paragraph ?? 0) <= 1) entity = last?.entity;
			}
			if (entity) local.push({ entity, start, end, via: 'reference' });
		}
		found.push(...local.sort((a, b) => a.start - b.start));
		focus.push({
			entity: subject && input.isPerson(subject.entity) ? subject.entity : undefined,
			paragraph
		});
	}
	return found;
}
