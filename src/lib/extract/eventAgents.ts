// Event anaphora: "North Korea has fired a ballistic missile … Ms Harris condemned the launch",
// « Pyongyang a procédé à un tir … Les deux dirigeants ont condamné ce tir ». An event named
// by a noun with a definite or demonstrative article, and no actor of its own, is the last
// event of its kind the article told, and its agent is the actor who did it. Kinds are kept
// coarse (launch, attack, invasion, incursion, drills, test, coup), with the verbs and nouns
// of each in both languages. Speech acts a later sentence rejects (an accusation, a demand, an
// offer: "Minsk rejected the demand") are kinds too.
import type { RelationType } from '../types';
import type { RawMention } from './mentions';

/** Verbal conflict whose object may be an event told before ("condemned the launch"). */
export const EVENT_OBJECT_TYPES: ReadonlySet<RelationType> = new Set<RelationType>([
	'criticism',
	'accusation',
	'protest',
	'rejection'
]);

/** Each kind's words, folded (accents removed, lower case), as regex alternatives. */
const KINDS: [kind: string, words: string][] = [
	[
		'launch',
		'fired?|firing|launch(?:ed|es|ing)?|tir(?:s|e|er|ait|ent)?|lance(?:ment)?|a lance|missiles?'
	],
	[
		'attack',
		'attack(?:ed|s)?|offensive|assault|strikes?|struck|frappes?|attaques?|bombard(?:ed|ment|ements?)?|shell(?:ed|ing)'
	],
	['invasion', 'invasion|invad(?:ed|e|es)|envahi(?:r|e|t)?'],
	['incursion', 'incursion|crossed|violated|violation de l.espace aerien|franchi'],
	['drills', 'drills|exercises|manoeuvres|maneuvers|exercices'],
	['test', 'tests?|tested|essais?'],
	['coup', 'coup|putsch|seized power|pris le pouvoir'],
	// Speech acts a later sentence rejects: "Minsk dismissed the accusation", « Erevan a
	// rejeté cette accusation », « a rejeté en bloc les exigences ».
	['accusation', 'accus(?:e|ed|es|ing|ent|ait|aient|ant|ation|ations)|alleg(?:ed|ation|ations)'],
	[
		'request',
		'urged?|urging|called (?:on|for)|demand(?:s|ed|ing)?|appeals?|appealed|appel(?:e|ee|le|lent|ait|aient)?|invit(?:e|ee|ait|aient|ant)|exig(?:e|ent|eait|eaient|ence|ences)|ultimatum|requests?|requested|demande(?:s|nt|ait|aient)?|sommation'
	],
	['proposal', 'propos(?:e|ed|es|al|als|ait|ition|itions)|offers?|offered|offres?']
];
const KIND_OF = KINDS.map(([kind, words]) => ({ kind, re: new RegExp(`^(?:${words})$`) }));
const ANY_WORD = new RegExp(
	`(?<![\\p{L}])(?:${KINDS.map(([, w]) => w).join('|')})(?![\\p{L}])`,
	'gu'
);

// "the", « cette », « l' » and at most one word before the event's word.
const DEFINITE_BEFORE =
	/(?<![\p{L}'])(?:(?:the|this|that|ce|cet|cette|le|la)\s+|l')(?:(\p{L}+)\s+)?$/du;

const PREPOSITION_BEFORE =
	/(?:^|\s)(?:de|du|des|d'|of|to|a|au|aux|with|avec|against|contre|by|par|from|m\.|mr)\s*(?:l'|la\s|le\s|les\s|the\s|m\.\s|mr\s)?$/;

function kindOf(word: string): string | undefined {
	return KIND_OF.find((k) => k.re.test(word))?.kind;
}

/**
 * Records, for each kind of event the sentence tells with a verb or noun, the actor named
 * nearest before that word in the sentence (its agent), in `agents` (kind → entity id).
 * `folded` is the article's folded text; `actors` are the sentence's actors in text order.
 */
export function recordEventAgents(
	agents: Map<string, string>,
	folded: string,
	start: number,
	end: number,
	actors: RawMention[]
): void {
	const text = folded.slice(start, end);
	for (const m of text.matchAll(ANY_WORD)) {
		const at = start + m.index;
		// A demonstrative or definite noun refers back; it names no new event ("the Russian
		// offensive"), unless the article was a name's (« la Serbie a lancé »).
		const definite = DEFINITE_BEFORE.exec(text.slice(0, m.index));
		const word = definite?.indices?.[1];
		const named =
			word &&
			actors.some(
				(a) => a.via !== 'adjective' && a.start <= start + word[0] && start + word[0] < a.end
			);
		if (definite && !named) continue;
		// A missile is a thing ("a mobile missile launcher"); firing it is the act. The word
		// still names the event as an object ("condemned the missile launch").
		if (m[0].startsWith('missile')) continue;
		const kind = kindOf(m[0]);
		if (!kind) continue;
		// The subject: the first actor before the word that no preposition governs and no
		// noun carries as an adjective (« les forces séparatistes arméniennes »).
		const agent = actors.find(
			(a) =>
				a.end <= at &&
				!a.locative &&
				!a.descriptor &&
				a.via !== 'adjective' &&
				!PREPOSITION_BEFORE.test(folded.slice(Math.max(start, a.start - 12), a.start))
		);
		if (agent) agents.set(kind, agent.entity);
	}
}

// "the launch", « ce tir », « l'offensive », "the Russian offensive", « en bloc les exigences »,
// « des accusations » … right after the verb.
const EVENT_OBJECT =
	/^\s*(?:[«»"“”]\s*)?(?:(?:fermement|strongly|vivement|en bloc|outright|flatly|firmly|categoriquement|categorically|formellement)\s+)?(?:[«»"“”]\s*)?(?:(?:the|this|that|these|ce|cet|cette|ces|le|la|les|des)\s+|l')(?:\p{L}+\s+){0,2}?(\p{L}+)/u;

/**
 * The agent of the event named as the object right after a verb ending at `from` ("condemned
 * the launch"), or, given the trigger's words from `from` to `to`, right after their first word
 * or after them all; from `agents` as recordEventAgents left them; undefined when the words
 * there name no kind of event or no agent is known. Offsets are into `folded`.
 */
export function eventObjectAgent(
	agents: Map<string, string>,
	folded: string,
	from: number,
	/** Where the trigger's words end; its object may stand inside them (« a jugé cet appel
	 * insuffisant »). */
	to = from
): { entity: string; start: number; end: number } | undefined {
	if (to > from) {
		const firstWord = /^\S+/.exec(folded.slice(from, to));
		const inside = firstWord
			? eventObjectAgent(agents, folded, from + firstWord[0].length)
			: undefined;
		if (inside && inside.end <= to) return inside;
		from = to;
	}
	const m = EVENT_OBJECT.exec(folded.slice(from, from + 60));
	if (!m) return undefined;
	const kind = kindOf(m[1] as string);
	const entity = kind ? agents.get(kind) : undefined;
	if (!entity) return undefined;
	return { entity, start: from + m.index, end: from + m[0].length };
}
