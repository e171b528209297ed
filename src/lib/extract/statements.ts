// Statements: who speaks, to whom or about whom (« …, a expliqué Iouri Ouchakov », "the
// Kremlin said"), and who a sentence credits (« selon le Kremlin »).
import type { EntityType, Modality } from '../types';
import { allMatches } from '../text/matches';
import { ARTICLE } from './arguments';
import type { RawMention } from './mentions';
import {
	AGENTS,
	countryOfActor,
	slice,
	typeOf,
	type Sentence,
	type SentenceRelation
} from './sentence';
import type { TriggerHit, TriggerRule } from './triggers';

const CREDIT_WORDS = "(?:selon|d'apres|according to)\\s";
const ACCORDING_TO = new RegExp(`${CREDIT_WORDS}+${ARTICLE}`, 'g');
const CREDIT = new RegExp(`\\b${CREDIT_WORDS}`);

/** Whether folded sentence text credits a source (« selon », "according to"): it says something
 * even without a reporting verb (see extractSentenceRelations). */
export function creditsASource(folded: string): boolean {
	return CREDIT.test(folded);
}

const REPORTING_CLAUSE =
	/^\s*(?:consid\S*|estim\S*|affirm\S*|assur\S*|jug\S*|croi\S*|believ\S*|sa(?:y|ys|id)|claim\S*|argu\S*)\s+(?:que|qu'|that)?/;

/** « selon le Kremlin », "according to the Kremlin": who the sentence credits, whatever the trigger. */
export function accordingTo(s: Sentence, sentence: string): string | undefined {
	for (const m of allMatches(ACCORDING_TO, sentence)) {
		const found = s.actors.find((a) => a.start === s.start + m.index + m[0].length);
		if (found) return found.entity;
	}
	return undefined;
}

/** « Les États-Unis considèrent que … »: the last actor before the trigger that reports. */
export function reportingActor(s: Sentence, hit: TriggerHit): string | undefined {
	for (let i = s.actors.length - 1; i >= 0; i--) {
		const a = s.actors[i] as RawMention;
		if (a.end <= hit.start && REPORTING_CLAUSE.test(slice(s, a.end, a.end + 30))) return a.entity;
	}
	return undefined;
}

// ", who spoke by phone with Duda on Tuesday, ", « , qui s'est entretenu avec X, »: a relative
// clause between commas, right before the verb.
const RELATIVE_APPOSITION =
	/^\s*,\s+(?:who|whose|qui|dont)\s[^,;.«»"“”()]+,\s*(?:has\s+|had\s+|a\s+|avait\s+)?$/;

// Only an auxiliary or an adverb between a subject and its verb.
const SUBJECT_GAP = /^\s+(?:(?:has|have|had|also|a|ont|avait|avaient|aussi)\s+)?$/;

// One or more comma-delimited appositions, then the verb (an auxiliary may come first).
const APPOSITIONS = /^\s*(?:,[^,;.«»"()]+)+,\s*(?:has\s+|had\s+|a\s+|avait\s+)?$/;

const BODY_OF = /^['’]s\s+[^,;.()"«»]{0,45}$/;

// ", annonce", ", a indiqué", ", said": the verb of an inverted attribution follows a comma.
const INVERTED_LEAD = /,\s*(?:(?:a|avait|ont|avaient|has)\s+)?$/;
const INVERTED_ARTICLE = /^\s*(?:l'|le\s+|la\s+|les\s+|the\s+)?$/;
// Then the sentence ends, or a date, a source or a channel closes it (« dans un communiqué »).
const INVERTED_END =
	/^\s*(?:$|[.;!?]|,|\(|dans\s|in\s|on\s|le\s|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche|sur\s)/;

/**
 * What a statement trigger states: `speaker → addressee or topic` (a statement, and a demand
 * when the topic "must" act), or, when the speaker is alone, `speaker → speaker`, a quote
 * (see `isQuote`). Empty when no speaker is found; an unnamed source is no speaker.
 */
export function statementRelations(
	s: Sentence,
	hit: TriggerHit,
	modality: Modality
): SentenceRelation[] {
	const people = s.actors.filter((a) => typeOf(s, a) === 'person');
	// "The Kremlin said", « la présidence française a annoncé »: a government speaks too.
	const institutions = s.actors.filter((a) => typeOf(s, a) !== 'person' && !a.locative);
	// Inverted after a quote: « …, a expliqué le conseiller du Kremlin, Iouri Ouchakov ».
	// Not when an actor is the verb's subject right before it ("López Obrador told Biden").
	const subjectBefore = s.actors.some(
		(a) => a.end <= hit.start && SUBJECT_GAP.test(slice(s, a.end, hit.start))
	);
	const speakerAfter = subjectBefore
		? undefined
		: people.find(
				(p) =>
					p.start >= hit.end && p.start - hit.end < 70 && !/[«»".]/.test(slice(s, hit.end, p.start))
			);
	// The subject, then appositions between commas ("Hadja Lahbib, the foreign minister of
	// Belgium, which holds the presidency of the EU, said"): the person before them speaks.
	// "Nauseda, who spoke with his Polish counterpart Duda on Tuesday, said": the person a
	// relative clause describes speaks, not one named inside the clause.
	// So does the person before appositions ("Merz, the opposition leader who is favourite to
	// succeed Scholz after the vote, has accused"), not one named inside them.
	const described = people.find(
		(p) =>
			p.end <= hit.start &&
			hit.start - p.end < 200 &&
			(RELATIVE_APPOSITION.test(slice(s, p.end, hit.start)) ||
				APPOSITIONS.test(slice(s, p.end, hit.start)))
	);
	const speakerBefore =
		described ?? [...people].reverse().find((p) => p.end <= hit.start && hit.start - p.end < 40);
	const pronoun =
		/^-t-(?:il|elle)|^\s+(?:il|elle)\b/.test(slice(s, hit.end, hit.end + 8)) ||
		/\b(?:he|she)\s+(?:has\s+|had\s+)?$/.test(slice(s, hit.start - 10, hit.start));
	// "Egypt's water ministry said", "South Korea's Joint Chiefs of Staff say": a country's
	// body speaks for it.
	const institutionBefore = [...institutions]
		.reverse()
		.find(
			(p) =>
				p.end <= hit.start && (hit.start - p.end < 25 || BODY_OF.test(slice(s, p.end, hit.start)))
		);
	// "Wang hailed the deal … and said Beijing would …", "Zelensky thanks his guest but tells
	// reporters …": a verb coordinated with the one before, with no subject of its own, has
	// that verb's subject: the sentence's first actor, before its first verb, when no
	// preposition governs it.
	const firstVerb = s.hits.find((h) => h.rule.form === 'verb')?.start ?? hit.start;
	const first = s.actors[0];
	const sharedSubject =
		!speakerAfter &&
		first &&
		first.end <= firstVerb &&
		firstVerb < hit.start &&
		!first.locative &&
		first.via !== 'adjective' &&
		!PREPOSITION_LEAD.test(slice(s, Math.max(s.start, first.start - 12), first.start)) &&
		COORDINATED_VERB.test(slice(s, Math.max(s.start, hit.start - 30), hit.start))
			? first
			: undefined;
	// « Paris va expulser douze agents, annonce l’Élysée », "…, said the State Department": a
	// verb after a comma, then a government or body and the sentence's end, is an inverted
	// attribution (people are found so by speakerAfter).
	const institutionAfter =
		speakerAfter || !INVERTED_LEAD.test(slice(s, Math.max(s.start, hit.start - 12), hit.start))
			? undefined
			: institutions.find(
					(p) =>
						p.start >= hit.end &&
						INVERTED_ARTICLE.test(slice(s, hit.end, p.start)) &&
						INVERTED_END.test(slice(s, p.end, Math.min(s.end, p.end + 30)))
				);
	// "Lula met Vladimir Putin, the Kremlin said": a body right before the verb is its subject,
	// not a person named before it (unless the body only describes that person).
	const bodySubject =
		!described &&
		institutionBefore &&
		speakerBefore &&
		speakerBefore.end < institutionBefore.start &&
		SUBJECT_GAP.test(slice(s, institutionBefore.end, hit.start)) &&
		/[,;]/.test(slice(s, speakerBefore.end, institutionBefore.start))
			? institutionBefore
			: undefined;
	const speakerMention =
		speakerAfter ??
		institutionAfter ??
		sharedSubject ??
		bodySubject ??
		speakerBefore ??
		institutionBefore;
	const speaker = speakerMention?.entity ?? (pronoun ? s.lastSpeaker : undefined);
	if (!speaker) return [];
	const from = speakerAfter ? speakerAfter.end : hit.end;
	const addressee = s.actors.find(
		(a) =>
			a.start >= from &&
			a.start - from < 30 &&
			a.entity !== speaker &&
			/^\s*(?:à|a|to)\s+(?:la\s+|l'|le\s+|the\s+)?$/.test(slice(s, from, a.start))
	);
	// The country that describes the speaker is no topic (« le ministre allemand X a déclaré »,
	// "X, the foreign minister of Belgium, said"); one the quote is about is (« La Russie est
	// consciente …, avance X »).
	const describing = speakerDescription(s, speakerMention, hit);
	// What a person says of their own country ("Wang said Beijing would continue to play …",
	// « Albanese said he had raised the case of an Australian writer ») is a quote on them: a
	// person is never linked to their own country.
	const home = countryOfActor(s, speaker);
	const topic =
		addressee ??
		s.actors.find(
			(a) =>
				a.entity !== speaker &&
				a.entity !== home &&
				!describing.includes(a) &&
				AGENTS.includes(typeOf(s, a) as EntityType) &&
				!a.locative &&
				s.entities.get(speaker)?.affiliation !== a.entity
		);
	const target = topic?.entity;
	s.lastSpeaker = speaker;
	// The speaker alone ("Cairo said 130,000 litres … would be delivered"): a quote, told as a
	// statement to itself, which extractArticle files under the speaker (QUOTE_OF_SPEAKER).
	if (!target || target === speaker) {
		const date = quoteDate(s, hit);
		return [
			{
				type: 'statement',
				source: speaker,
				target: speaker,
				directed: true,
				modality,
				...(date ? { date } : {})
			}
		];
	}
	const said: SentenceRelation[] = [
		{
			type: 'statement',
			source: speaker,
			target,
			directed: true,
			modality
		}
	];
	// "Russia said Sudan must return the helicopter", « Paris estime que Bamako doit … »: what
	// another actor must do, said, is a demand (CAMEO 10, as PLOVER's coders read it).
	const obliged = s.actors.find(
		(a) =>
			a.start >= hit.end &&
			a.entity !== speaker &&
			!a.locative &&
			a.via !== 'adjective' &&
			AGENTS.includes(typeOf(s, a) as EntityType) &&
			countryOfActor(s, speaker) !== a.entity &&
			OBLIGATION_AFTER.test(slice(s, a.end, a.end + 24))
	);
	if (obliged)
		said.push({
			type: 'request',
			source: speaker,
			target: obliged.entity,
			directed: true,
			modality,
			cameo: '100'
		});
	return said;
}

// "and said", "but tells", « et a ajouté », « puis a démenti »: a verb sharing the subject before.
const COORDINATED_VERB =
	/(?:^|\s)(?:and|but|then|et|mais|puis)\s+(?:(?:has|have|had|also|then|later|a|ont|avait|aussi|ensuite|enfin)\s+){0,2}$/;
// The subject is not the object of a preposition ("In talks with Xi, …").
const PREPOSITION_LEAD =
	/(?:^|\s)(?:with|to|from|by|of|for|in|on|at|avec|à|a|de|d'|du|des|par|pour|en|sur|chez|contre|against)\s+(?:the\s+|la\s+|le\s+|les\s+|l')?$/;

// "must", "should", "has to", « doit », « devrait »: an obligation put on the actor before it.
const OBLIGATION_AFTER =
	/^(?:\s+\S+){0,2}?\s+(?:must|should|has to|have to|needs to|need to|ought to|doit|doivent|devrait|devraient)\s/;

// « … », a lancé X ; « … », a-t-il tranché ; « … », avait ironisé X: after a quotation and its
// comma, an auxiliary and a past participle are the verb of its attribution, whatever the verb.
const INVERTED_ATTRIBUTION =
	/[»"”]\s*,\s+(?:a|avait|ont|avaient)(?:-t-(?:il|elle|ils|elles))?\s+(?:(?:d[ée]j[aà]|aussi|encore|ensuite|alors|enfin|ainsi)\s+)?(\p{Ll}+(?:é|i|u|t|s)(?:e|s|es)?)(?=[\s,.;:!?]|$)/gu;

const INVERTED_RULE: TriggerRule = {
	type: 'statement',
	form: 'verb',
	directed: true,
	origin: 'src/lib/extract/statements.ts (a quotation, then its attribution)',
	language: 'fr'
};

/**
 * The verbs of French attributions after a quotation that the lexicon does not list
 * (« « La faim n'est pas une fatalité », a lancé le chef de l'État »): statement hits, in
 * article offsets, for the sentence `[start, end)`; none where a trigger already is.
 */
export function invertedAttributions(
	text: string,
	start: number,
	end: number,
	hits: readonly TriggerHit[]
): TriggerHit[] {
	const found: TriggerHit[] = [];
	for (const m of allMatches(INVERTED_ATTRIBUTION, text.slice(start, end))) {
		const verb = m[1] as string;
		const at = start + m.index + m[0].length - verb.length;
		if (hits.some((h) => h.start < at + verb.length && at < h.end)) continue;
		found.push({ rule: INVERTED_RULE, start: at, end: at + verb.length });
	}
	return found;
}

/** A statement with the speaker alone (source = target): a quote on the speaker, not a link. */
export function isQuote(r: { type: string; source: string; target: string }): boolean {
	return r.type === 'statement' && r.source === r.target;
}

/**
 * When a quote was said: a date right after its verb ("said on Tuesday", « a affirmé mardi »),
 * else one before it in the sentence ("On Tuesday, Cairo said"; never a « depuis » date), else
 * the day a live entry or a dateline gives its paragraph. A date further in the sentence is
 * what is reported ("said the talks would resume next month"), not the saying.
 */
function quoteDate(s: Sentence, hit: TriggerHit): string | undefined {
	const after = s.dates.find(
		(d) =>
			!d.implicit && d.start >= hit.end && /^\s*(?:on|le|ce)?\s*$/i.test(slice(s, hit.end, d.start))
	);
	const before = [...s.dates]
		.reverse()
		.find((d) => !d.implicit && d.since === undefined && d.end <= hit.start);
	return (after ?? before ?? s.dates.find((d) => d.implicit === 'context'))?.date;
}

/**
 * The mentions that describe a speaker, not what is said: the speaker's country named just
 * before a person's name (« le ministre allemand X », "Belgium's foreign minister X"), and every
 * mention between the speaker and the verb, either side ("X, the foreign minister of Belgium,
 * which chairs the Council, said", « a expliqué le conseiller du Kremlin, X »).
 */
function speakerDescription(
	s: Sentence,
	speaker: RawMention | undefined,
	hit: TriggerHit
): RawMention[] {
	if (!speaker) return [];
	const own = typeOf(s, speaker) === 'person' ? countryOfActor(s, speaker.entity) : undefined;
	return s.actors.filter(
		(a) =>
			(a.entity === own &&
				a.end <= speaker.start &&
				speaker.start - a.end < 40 &&
				!/[,;.«»"]/.test(slice(s, a.end, speaker.start))) ||
			(speaker.end <= hit.start && a.start >= speaker.end && a.end <= hit.start) ||
			(speaker.start >= hit.end && a.start >= hit.end && a.end <= speaker.start)
	);
}
