// Source and target of each trigger among the actors of its sentence, the way event coders
// fill source–action–target triples: a noun takes its actors from its complements, a verb
// from its subject and object; passives, hosts, visits and imports have their own frames. An
// actor attaches to the nearest trigger: a candidate with another trigger in between is
// skipped, and so is one on the other side of a closing quote (« … », a déclaré X).
import type { EntityType, RelationType } from '../types';
import type { RawMention } from './mentions';
import {
	AGENTS,
	countryOfActor,
	otherTriggerBetween,
	slice,
	typeOf,
	type Sentence
} from './sentence';
import { AUXILIARY, AUXILIARY_MODIFIER, clauseAt, clauseBefore, type Clause } from './clauses';
import { EVENT_OBJECT_TYPES, eventObjectAgent } from './eventAgents';
import { ROLE_WORDS } from './roles';
import type { TriggerHit, TriggerRule } from './triggers';
import { attendedVenue, isSidelines } from './venue';

// Projects and initiatives can be supported, discussed, agreed on or depended on; they do not meet.
const PROJECT_TARGETS = new Set<RelationType>([
	'support',
	'talks',
	'agreement',
	'dependence',
	'supply'
]);
const ARTICLES = "les?\\s+|la\\s+|l'|the\\s+";
export const ARTICLE = `(?:${ARTICLES})?`;
// "between Mr Kurti and Mr Vucic", « entre MM. Kurti et Vucic », « Kurti et M. Vucic »: an
// honorific stands where an article would.
const ARTICLE_OR_TITLE = `(?:${ARTICLES}|mm?\\.\\s*|(?:mme|mr|mrs|ms|dr)\\.?\\s+)?`;
// « par les Occidentaux », « par le président américain Joe Biden »: the agent may follow a role.
// "by the Kenyan president", « par le président kényan »; a preposition between ends the agent
// phrase ("spoke by phone with both leaders": the leaders are no agent).
const AGENT_BEFORE =
	/(?:^|\s)(?:par|by)\s+(?:(?!(?:with|to|for|from|of|on|in|at|avec|pour|aupres|de|du|des|a|au|aux|sur|chez)\s)[^\s,.;«»]+\s+){0,4}(?:l['’])?$/;
const PREPOSITION_BEFORE = new RegExp(
	`(?:^|\\s|')(?:contre|de|du|des|d'|à|a|au|aux|avec|en|par|pour|sur|vers|chez|envers|against|of|to|with|in|by|for|on|from|toward)\\s*${ARTICLE}$`
);
const ORIGIN_BEFORE = new RegExp(
	`(?:^|\\s|')(?:de|d'|du|des|from|en provenance de|venant de)\\s*${ARTICLE}$`
);
const NOUN_COMPLEMENT = new RegExp(
	`^\\s*(?:de\\s+la\\s+|de\\s+l'|du\\s+|des\\s+|de\\s+|d'|of\\s+(?:the\\s+)?)$`
);
const NOUN_RECIPIENT = new RegExp(
	`^[^,.;]{0,40}?(?:^|\\s)(?:à|a|au|aux|envers|avec|contre|vis-a-vis(?:\\s*[«»"]?\\s*de)?|to|for|with|towards?|against|on)\\s+(?:[^\\s,.;]+\\s+){0,3}?${ARTICLE}$`
);
const BETWEEN = new RegExp(`(?:entre|between)\\s+${ARTICLE_OR_TITLE}$`);
// « la Russie et l’Ukraine », "X and the Y": an article may follow the conjunction.
const COORDINATION = new RegExp(`^\\s*(?:et|and)\\s*${ARTICLE_OR_TITLE}$`);
// "after a meeting", « au terme d'une longue rencontre »: a preposition of time before an event
// noun, with its article and up to two adjectives or a duration ("a three-hour").
const SETTING_BEFORE =
	/(?:^|\s)(?:after|following|during|at the end of|au terme d'|au terme de|a l'issue d'|a l'issue de|lors d'|lors de|apres|pendant|au cours d'|au cours de)\s*(?:an?\s+|the\s+|une?\s+|la\s+|le\s+|l')?(?:[\p{L}-]+\s+){0,2}$/u;
// "a meeting with Modi", « une rencontre entre … »: the meeting names its own parties.
const OWN_PARTIES = /^\s*(?:with|between|among|avec|entre|aupres)\s/;
const DESTINATION_BEFORE = /(?:^|\s)(?:to|into|vers|for|pour)\s+(?:the\s+)?$/;
const MOTION_TO_BEFORE = /(?:^|\s)(?:to|into|vers|towards?)\s+(?:the\s+)?$/;
const POSSESSIVE_BEFORE = /(?:^|\s)(son|sa|ses|leur|leurs|its|his|her|their)\s+(?:\p{L}+\s+)?$/u;
const OBJECT_CLITIC = /(?:^|\s)(?:l'|le|la|les|lui|leur)\s*(?:a|ont|avait|avaient|aurait)?\s*$/;

/**
 * A target attaches to the nearest trigger before it, and never across a quote closing into
 * its attribution (« … », a déclaré X). A subject may govern several verbs (« X est attendu
 * à Pékin pour y rencontrer Y »), so sources are not blocked that way.
 */
function reachable(s: Sentence, hit: TriggerHit, m: RawMention): boolean {
	if (m.start < hit.end) return true;
	// A verb reaches past nouns of other events in its object ("threatened to impose import
	// restrictions against German goods"), not past another verb nor past a noun of its own
	// event, whose complements are the noun's (« signer une déclaration commune et … »).
	const blocking =
		hit.rule.form === 'verb'
			? s.hits.some(
					(h) =>
						h !== hit &&
						// An attendance participle ("leaders attending it") is not another verb's.
						((h.rule.form === 'verb' && !h.rule.attendance) || h.rule.type === hit.rule.type) &&
						h.start >= hit.end &&
						h.end <= m.start
				)
			: otherTriggerBetween(s, hit, hit.end, m.start);
	if (blocking) return false;
	return !/»\s*,/.test(slice(s, hit.end, m.start));
}

export function coordinated(s: Sentence, m: RawMention): RawMention | undefined {
	return s.actors.find(
		(o) =>
			o.entity !== m.entity &&
			((o.end <= m.start && COORDINATION.test(slice(s, o.end, m.start))) ||
				(m.end <= o.start && COORDINATION.test(slice(s, m.end, o.start))))
	);
}

// "A, B and C", « A, B et C »: a list; a comma alone joins only within a list that ends in
// "and" / « et » (", said X" is no list).
// "and Australia's Anthony Albanese": a possessive country may stand before the next name.
// "to Qatar's emir … and to Egypt's president", « avec Macron et avec Scholz »: the
// preposition may be said again after the conjunction.
const AND_JOIN = new RegExp(
	`^\\s*,?\\s*(?:and|et)\\s+(?:(?:to|with|avec|a|aupres\\s+de)\\s+)?(?:${ARTICLE_OR_TITLE}|(?:the\\s+)?[\\p{L}.-]+(?:\\s[\\p{L}.-]+)?['’]s\\s+)$`,
	'u'
);
const AGAIN_PREPOSITION = /(?:^|\s)(?:and|et)\s+(?:to|with|avec|a|aupres\s+de)\s+[^,;.]*$/;

/** Whether a list says its preposition again before a member ("to A and to B"). */
function separately(s: Sentence, list: RawMention[]): boolean {
	return list.some(
		(a, k) => k > 0 && AGAIN_PREPOSITION.test(slice(s, (list[k - 1] as RawMention).end, a.start))
	);
}
const ACCORDING_TO_BEFORE = /(?:selon|d'apres|according to)\s+(?:les?\s+|la\s+|l'|the\s+)?$/;
const COMMA_JOIN = new RegExp(`^\\s*,\\s*${ARTICLE}$`);
// "Kishida and South Korean President Yoon Suk Yeol", « Tshisekedi et son homologue rwandais
// Paul Kagame »: a person may be introduced by a title between the conjunction and the name.
// The role nouns of roles.ts (president, « homologue », minister …) introduce a person.
const TITLE_WORDS = ROLE_WORDS;
const AND_TITLED = new RegExp(
	`^\\s*,?\\s*(?:and|et)\\s+(?:[^,;.()"«»]{0,40}\\s)?${TITLE_WORDS}\\b[^,;.()"«»]{0,40}$`
);
// "Ali Shamkhani, the secretary of Iran's Supreme National Security Council, and Musaed
// al-Aiban": a person's role in apposition stands between the person and the "and".
const APPOSED_AND = new RegExp(
	`^\\s*,\\s*(?:[^,;.()"«»]{0,40}\\s)?${TITLE_WORDS}\\b[^,;.()"«»]{0,80},\\s*(?:and|et)\\s+${ARTICLE}$`
);
// "between Iranian Foreign Minister Hossein Amir-Abdollahian and …": a title before the first.
const BETWEEN_TITLED = new RegExp(
	`(?:entre|between)\\s+${ARTICLE}(?:[^,;.()"«»]{0,40}\\s)?${TITLE_WORDS}\\b[^,;.()"«»]{0,40}$`
);

/**
 * Every actor coordinated with `m`, `m` included, in text order ("Iran, Libya, North Korea,
 * Sudan and Cuba"; "Joe Biden, Fumio Kishida and Yoon Suk Yeol").
 */
export function conjuncts(s: Sentence, m: RawMention): RawMention[] {
	const i = s.actors.indexOf(m);
	if (i < 0) return [m];
	const joined = (a: RawMention, b: RawMention): 'and' | 'comma' | undefined => {
		// « Les deux dirigeants », "the two sides": one phrase naming several actors is a list.
		if (a.start === b.start && a.end === b.end) return 'and';
		const gap = slice(s, a.end, b.start);
		// « Yoon, en visite officielle au Japon, et le Premier ministre japonais Kishida »: a
		// place closing an apposition is not the first of the list that follows it.
		if (a.locative && !b.locative && /^\s*,\s*(?:and|et)\s/.test(gap)) return undefined;
		if (AND_JOIN.test(gap)) return 'and';
		if (typeOf(s, b) === 'person' && AND_TITLED.test(gap)) return 'and';
		if (typeOf(s, a) === 'person' && APPOSED_AND.test(gap)) return 'and';
		return COMMA_JOIN.test(gap) ? 'comma' : undefined;
	};
	let first = i;
	let last = i;
	// A list's members share their role: « Selon le Kremlin, Poutine et Xi » is no list of three.
	const governed = (a: RawMention) => {
		const lead = slice(s, Math.max(s.start, a.start - 30), a.start);
		return PREPOSITION_BEFORE.test(lead) || ACCORDING_TO_BEFORE.test(lead);
	};
	while (first > 0) {
		const left = s.actors[first - 1] as RawMention;
		const how = joined(left, s.actors[first] as RawMention);
		if (!how || (how === 'comma' && governed(left) !== governed(s.actors[first] as RawMention)))
			break;
		first--;
	}
	while (
		last < s.actors.length - 1 &&
		joined(s.actors[last] as RawMention, s.actors[last + 1] as RawMention)
	)
		last++;
	// Drop comma-joined ends that no "and" closes: "X met Y, Z said" is Y alone.
	while (
		last > first &&
		joined(s.actors[last - 1] as RawMention, s.actors[last] as RawMention) === 'comma'
	)
		last--;
	const hasAnd = () =>
		s.actors
			.slice(first, last + 1)
			.some((a, k, list) => k > 0 && joined(list[k - 1] as RawMention, a) === 'and');
	if (!hasAnd()) return [m];
	const list = s.actors
		.slice(first, last + 1)
		.filter((a, k, all) => all.findIndex((b) => b.entity === a.entity) === k);
	return list.includes(m) ? list : [m];
}

/** « entre Xi et Poutine », "between Joe Biden, Fumio Kishida and Yoon Suk Yeol" right after a trigger. */
function groupAfter(
	s: Sentence,
	hit: TriggerHit,
	candidates: RawMention[]
): RawMention[] | undefined {
	// "talks in the Chinese capital between X and Y": a place may come before the parties.
	// The parties of another event named on the way are that event's (« doit se rendre à
	// Belgrade …, et une rencontre entre MM. Kurti et Vucic »).
	const first = candidates.find(
		(c) =>
			c.start - hit.end <= 100 &&
			!otherTriggerBetween(s, hit, hit.end, c.start) &&
			(BETWEEN.test(slice(s, hit.end, c.start)) ||
				(typeOf(s, c) === 'person' && BETWEEN_TITLED.test(slice(s, hit.end, c.start))))
	);
	if (!first) return undefined;
	const group = conjuncts(s, first);
	return group.length >= 2 && group[0] === first ? group : undefined;
}

export interface Arguments {
	sources: RawMention[];
	targets: RawMention[];
}

// The helpers below are module functions, not closures in chooseArguments: it runs for every
// trigger of a long article, and a closure is allocated (and, under tsx, named) on each call.
// "UN Security Council resolutions", « les résolutions du Conseil de sécurité »: a body named
// as the author of texts is not a party to the event.
const TEXT_AFTER = /^\s+(?:resolutions?|charter|mandates?)\b/;
const TEXT_BEFORE =
	/(?:resolutions?|charter|charte|mandat)\s+(?:of|de|du|des|de la|de l')\s*(?:the\s+)?$/;

function allowed(s: Sentence, rule: TriggerRule, m: RawMention): boolean {
	const type = typeOf(s, m);
	if (
		type === 'organization' &&
		(TEXT_AFTER.test(slice(s, m.end, m.end + 14)) ||
			TEXT_BEFORE.test(slice(s, Math.max(s.start, m.start - 30), m.start)))
	)
		return false;
	return (
		AGENTS.includes(type as EntityType) || (type === 'project' && PROJECT_TARGETS.has(rule.type))
	);
}

function isAgentMention(s: Sentence, a: RawMention): boolean {
	return AGENT_BEFORE.test(slice(s, Math.max(s.start, a.start - 45), a.start));
}

/** Named after « vers », "to", "into": where someone goes (« pour Pékin » may be an agent). */
function isDestinationMention(s: Sentence, a: RawMention): boolean {
	return MOTION_TO_BEFORE.test(slice(s, Math.max(s.start, a.start - 12), a.start));
}

/** A visit goes to a place: « en France », "visited Hungary", "a visit to Russia". */
function isDestination(s: Sentence, hit: TriggerHit, a: RawMention): boolean {
	return (
		!!a.locative ||
		DESTINATION_BEFORE.test(slice(s, Math.max(s.start, a.start - 12), a.start)) ||
		/^\s*$/.test(slice(s, hit.end, a.start))
	);
}

// Types whose target may be named in the clause the trigger governs: "urged Russia to
// withdraw", "demanded that the US cancel", "threatened to shell Iraqi towns", "agreed to lift
// embargoes … to Iran", "refused to commit to any assistance to the US".
const CONTROL_TYPES = new Set<RelationType>([
	'request',
	'threat',
	'rejection',
	'agreement',
	'concession',
	'aid',
	'support'
]);

/** The subject a clause without its own takes from the clause that governs it. */
function governingSubjects(
	s: Sentence,
	clauses: Clause[],
	clause: Clause,
	candidates: RawMention[],
	depth = 0
): RawMention[] {
	if (depth > 3) return [];
	const previous = clauseBefore(clauses, clause);
	if (!previous) return [];
	if (clause.opener === 'relative') {
		// "Macedonia, which is preparing…", « la Russie, qui … »: the antecedent.
		const antecedent = [...candidates]
			.reverse()
			.find((a) => a.end <= clause.openerAt && clause.openerAt - a.end < 40 && !a.locative);
		return antecedent ? [antecedent] : [];
	}
	// A clause resumed after a relative one is the antecedent's: « Le président argentin, qui
	// avait …, a été accueilli par Lula ».
	if (clause.opener === 'resumed' && previous.opener === 'relative')
		return governingSubjects(s, clauses, previous, candidates, depth + 1);
	// A participle after a complement clause is the main clause's: « Il a assuré que les droits
	// des Arméniens seraient garantis, tout en accusant l'Arménie ».
	if (clause.opener === 'participle' && previous.opener === 'complement')
		return governingSubjects(s, clauses, previous, candidates, depth + 1);
	// Reached from a later clause, a complement clause without a subject of its own ("said its
	// aircraft had not …, accusing Warsaw") passes on to the clause that governs it.
	if (
		clause.opener !== 'coordinate' &&
		clause.opener !== 'infinitive' &&
		clause.opener !== 'participle' &&
		clause.opener !== 'resumed' &&
		!(depth > 0 && clause.opener === 'complement')
	)
		return [];
	// "urged Russia to withdraw", « a appelé la Russie à cesser »: the object does what is asked.
	const governor = s.hits.findLast(
		(h) => h.rule.form === 'verb' && h.start >= previous.start && h.end <= clause.openerAt
	);
	if (clause.opener === 'infinitive' && governor?.rule.type === 'request') {
		const object = candidates.find(
			(a) => a.start >= governor.end && a.end <= clause.openerAt && !a.locative
		);
		if (object) return [object];
	}
	// The subject before the governing verb; after it when a participle opens the sentence
	// (« Lourdement sanctionnée par les Occidentaux …, la Russie cherche à … »).
	const inPrevious = (from: number, to: number) =>
		candidates
			.filter((a) => a.start >= from && a.end <= to && !a.locative && !isAgentMention(s, a))
			.reverse();
	const own = governor
		? inPrevious(previous.start, governor.start)
		: inPrevious(previous.start, clause.openerAt);
	if (!own.length && governor && previous.opener === 'start')
		own.push(...inPrevious(governor.end, clause.openerAt));
	if (own.length) return own;
	return governingSubjects(s, clauses, previous, candidates, depth + 1);
}

// « appelé à libérer l'otage détenu par l'Iran », "the hostage held by Iran": « par » / "by"
// right after another participle names that participle's agent (original text: « détenu »,
// not « Blanche »).
const OTHER_PARTICIPLE =
	/\s\p{L}+(?:é|ée|és|ées|enu|enue|enus|enues|ise|ises|ait|aits|eld|ed)\s+(?:par|by)\s+\S*\s*$/iu;

// "a deal brokered by China", « un accord négocié par le Qatar »: the mediator's participle.
const BROKERED_BY =
	/^\s+(?:\p{L}+\s+){0,2}(?:brokered|mediated|facilitated|sponsored|negotiated|negocie|negociee|negocies|negociees|parraine|parrainee|parraines|parrainees)\s+(?:by|par)\s+(?:\S+\s+){0,2}$/u;

// An auxiliary (and an adverb) before a participle: « a été (longuement) reçu », "was
// welcomed", « l'a félicité ».
// « avoir » / "have" (and an adverb) before a participle: an active past tense (« a salué »,
// "has praised"), never a passive, unless « été » / "been" follows (« a été reçu »).
const ACTIVE_PERFECT_BEFORE =
	/(?:^|\s|')(?:a|ont|avait|avaient|aura|auront|aurait|auraient|avoir|has|have|had|having)\s+(?!(?:ete|been)\s)(?:\p{L}+\s+)?$/u;

const AUXILIARY_BEFORE =
	/(?:^|\s|')(?:ete|est|sont|etait|etaient|fut|furent|sera|seront|serait|seraient|soit|etre|a|ont|avait|avaient|aura|auront|aurait|was|were|been|be|is|are|being|get|gets|got|has|have|had)\s+(?:\p{L}+\s+)?$/u;

// "at India's request", "at the request of France", « à la demande de Paris ».
const AT_REQUEST = /(?:\bat\s+(?:the\s+)?(?:\S+['’]s\s+)?request|\ba\s+la\s+demande)$/;

// « appelé à maintenir … », "called on … to keep": an infinitive, what is asked.
const INFINITIVE_ASKED = /(?:^|\s)(?:a|de|d')\s*\S+(?:er|ir|re)\s/;

// A preposition that opens the object of an event noun ("tariff on", « sanctions contre »).
const OBJECT_PREPOSITION = {
	en: /(?:^|\s)(?:on|against|over|targeting|to|for|with|towards?)\s/,
	fr: /(?:^|\s)(?:sur|contre|visant|envers|a|au|aux|avec)\s/
};
// « l'expulsion d'un diplomate », "the arrest of two Australian journalists": of whom it is done.
const OBJECT_OF = /^\s*(?:de|d'|des|du|of)(?:\s|$)|^\s*d'/;

/**
 * "Maduro and Ali pledged …, after a three-hour meeting", « … au terme d'une rencontre »: a
 * meeting that sets the time of the clause, naming no party of its own, is between the
 * clause's coordinated subjects (the sentence's first actors joined by "and", each
 * nationality adjective standing for the person its title heads). None otherwise.
 */
function settingMeeting(s: Sentence, hit: TriggerHit): Arguments | undefined {
	if (hit.rule.type !== 'meeting' || !SETTING_BEFORE.test(slice(s, hit.start - 40, hit.start)))
		return undefined;
	// "after meeting Biden": a gerund's object is its party.
	const object = s.actors.find((a) => a.start >= hit.end);
	if (
		OWN_PARTIES.test(slice(s, hit.end, hit.end + 12)) ||
		(object && /^\s*(?:the\s+)?$/.test(slice(s, hit.end, object.start)))
	)
		return undefined;
	const subject = s.actors.find(
		(a) =>
			a.end <= hit.start &&
			!a.locative &&
			a.via !== 'adjective' &&
			// a dateline's place is no subject ("ARGYLE (St Vincent), Dec 14 – Maduro and …")
			!/[–—]/.test(slice(s, a.end, hit.start)) &&
			!isAgentMention(s, a) &&
			!PREPOSITION_BEFORE.test(slice(s, Math.max(s.start, a.start - 30), a.start))
	);
	if (!subject) return undefined;
	const group = conjuncts(s, subject).flatMap((a) => (a.via === 'adjective' ? titled(s, a) : [a]));
	return new Set(group.map((a) => a.entity)).size >= 2
		? { sources: group, targets: group }
		: undefined;
}

/**
 * The person an adjective's title heads ("and Ethiopian Prime Minister Abiy Ahmed"): a list
 * names that person, not the country. None when no person follows within the title.
 */
function titled(s: Sentence, adjective: RawMention): RawMention[] {
	const person = s.actors.find(
		(b) => b.start >= adjective.end && b.start - adjective.end < 40 && typeOf(s, b) === 'person'
	);
	return person && !/[,;]/.test(slice(s, adjective.end, person.start)) ? [person] : [];
}

/**
 * Whether an adjective of country that follows an event noun, `gap` (folded text) apart,
 * qualifies the noun's object rather than naming its owner: past a preposition ("a tariff on
 * Australian barley"), or past « de » / "of" for an expulsion or a coercion (« l'expulsion d'un
 * haut diplomate indien »), where « de » names who undergoes it; « les frappes de l'armée
 * russe » keeps the army as the agent.
 */
function adjectiveOfObject(rule: TriggerRule, gap: string): boolean {
	if (OBJECT_PREPOSITION[rule.language].test(gap)) return true;
	return (rule.mode === 'expel' || rule.type === 'coercion') && OBJECT_OF.test(gap);
}

/**
 * "called the Polish claims far-fetched", "called Putin a war criminal", "Qatar, called …":
 * "call" naming something, not a phone call. A call reaches its target right after the verb
 * (a name, not an adjective of another noun), and nothing names the target after it.
 */
function namingCall(s: Sentence, hit: TriggerHit, targets: RawMention[]): boolean {
	if (hit.rule.mode !== 'phone' || !/^(?:call|appel)/.test(slice(s, hit.start, hit.end)))
		return false;
	const [target] = targets;
	if (!target || target.start < hit.end) return false;
	if (target.via === 'adjective') return true;
	if (!/^\s*(?:the\s+|(?:m|mme|mr|mrs|ms)\.?\s+)?$/.test(slice(s, hit.end, target.start)))
		return true;
	return /^\s*(?:["“«]|a\s|an\s|the\s|as\s|its\s|his\s|her\s|their\s)/.test(
		slice(s, target.end, target.end + 8)
	);
}

// A comma, then only auxiliaries, adverbs and clitics (« y assistait »), before a verb: the end
// of an aside.
const ASIDE_END = new RegExp(
	`,\\s*(?:(?:${AUXILIARY}|${AUXILIARY_MODIFIER}|s'est|se sont|s'etait|se|s'|y)\\s*)*$`
);

/**
 * "Kamala Harris, representing Mr Biden at the APEC summit, has held …": the words between two
 * commas right before a verb are an aside; who acts is named before it. Article offsets of the
 * aside (after its opening comma, up to its closing one), or undefined.
 */
function asideBefore(s: Sentence, hit: TriggerHit): { start: number; end: number } | undefined {
	const lead = slice(s, s.start, hit.start);
	const close = ASIDE_END.exec(lead);
	if (!close) return undefined;
	const open = lead.lastIndexOf(',', close.index - 1);
	if (open < 0) return undefined;
	// « le Premier ministre hongrois, Viktor Orban, a opposé »: a name alone between the commas
	// is who acts, in apposition to the role before it.
	const words = /^,\s*(.*?)\s*$/.exec(lead.slice(open, close.index))?.[1] ?? '';
	const start = s.start + open + lead.slice(open).indexOf(words);
	if (s.actors.some((a) => a.start === start && a.end === start + words.length)) return undefined;
	return { start: s.start + open, end: s.start + close.index };
}

const RECEIVED_THING =
	/^\s+(?:\p{L}+\s+)?(?:le|la|les|l'|un|une|des|du|the|a|an|its|their|his|her|son|sa|ses|leur|leurs)\s*(?:\p{L}+\s+)?(?:soutien|appui|support|backing|message|lettre|letter|call|appel|visite|award|prix|invitation|assurances?|garanties?|aide|aid|delivery|livraison|feu vert|approval|go-ahead|accord|nod|blessing|benediction)\b/u;

/** The object right after a host verb is an actor's possession ("X's move"), not a person. */
function possessedThing(s: Sentence, hit: TriggerHit): boolean {
	const owner = s.actors.find((a) => a.start >= hit.end && a.start - hit.end < 12);
	if (!owner || !/^\s*(?:the\s+)?$/.test(slice(s, hit.end, owner.start))) return false;
	if (!/^['’]s\s/.test(s.text.slice(owner.end, owner.end + 3))) return false;
	const led = s.actors.find(
		(a) =>
			a.start > owner.end &&
			a.start - owner.end < 60 &&
			!/[,;.()]/.test(slice(s, owner.end, a.start))
	);
	return !led || typeOf(s, led) !== 'person';
}

const ARRIVAL = /^(?:arriv|land|atterr|flew in|fly in|flown in|flies in)/;

/**
 * Where an arrival verb with no country after it took place: the country of the article's
 * dateline ("BUENOS AIRES, April 14 (Entente) –"), as a mention at the verb; undefined for
 * other verbs, when a country is named after the verb, or without a dateline.
 */
export function arrivalInDateline(s: Sentence, hit: TriggerHit): RawMention | undefined {
	if (!s.datelinePlace || hit.rule.type !== 'visit' || hit.rule.form !== 'verb') return undefined;
	if (!ARRIVAL.test(slice(s, hit.start, hit.end))) return undefined;
	if (s.actors.some((a) => a.start >= hit.end && typeOf(s, a) === 'country' && !a.descriptor))
		return undefined;
	return { entity: s.datelinePlace, start: hit.start, end: hit.end, via: 'reference' };
}

// The relative pronoun and the article of the relative clause's subject, right before it:
// ", which Beijing", "whom the Kremlin", « , que Bakou », « qu'Ankara ». "That" and « que »
// also open complement clauses ("said that Moscow …"), so they count only after a comma.
const RELATIVE_BEFORE =
	/(?:^|[\s,])(which|whom|that|que|qu'|lesquels|lesquelles|lequel|laquelle)\s*(?:the\s+|le\s+|la\s+|les\s+|l')?$/;
// Between the antecedent actor and the pronoun: at most two words of its noun ("Armenian
// separatists", « les forces russes »), then an optional comma.
const ANTECEDENT_GAP = /^(?:\s+[\p{L}-]+){0,2}\s*,?\s*$/u;

/**
 * The actor a relative clause whose subject is `subject` hangs on: the actor named right
 * before the relative pronoun ("the United States and Britain, which Beijing has accused of
 * …" hangs on Britain; the caller adds its conjuncts). Undefined when `subject` opens no
 * relative clause, or a complement clause ("said that Moscow …").
 */
function relativeAntecedent(s: Sentence, subject: RawMention): RawMention | undefined {
	const lead = slice(s, Math.max(s.start, subject.start - 24), subject.start);
	const pronoun = RELATIVE_BEFORE.exec(lead);
	if (!pronoun) return undefined;
	const at = subject.start - lead.length + pronoun.index + pronoun[0].search(/\p{L}/u);
	const complementizer = pronoun[1] === 'that' || pronoun[1] === 'que' || pronoun[1] === "qu'";
	if (complementizer && !/,\s*$/.test(slice(s, Math.max(s.start, at - 4), at))) return undefined;
	return [...s.actors]
		.reverse()
		.find((a) => a.end <= at && !a.locative && ANTECEDENT_GAP.test(slice(s, a.end, at)));
}

const TOPIC_BEFORE = new RegExp(
	`(?:^|\\s)(?:about|regarding|concerning|au\\s+sujet\\s+(?:de|du|des|d')|a\\s+propos\\s+(?:de|du|des|d')|concernant)\\s*(?:${ARTICLE})?(?:\\p{L}+\\s+)?$`,
	'u'
);

// "is waging a war", « mène une guerre », "fought a war": the subject's war.
const WAGED_BEFORE =
	/(?:^|\s)(?:wag\p{L}*|fight\p{L}*|fought|men\p{L}*|livr\p{L}*|conduit\p{L}*|poursui\p{L}*)\s+(?:an?|the|its|their|une|la|sa|leur|cette)\s+(?:\p{L}+\s+)?$/u;

const SIDELINES_BEFORE =
	/(?:on the (?:sidelines|margins) of|en marge (?:du|de la|de l'|des))\s+(?:the\s+)?(?:\p{L}+\s+){0,2}$/u;

// A judging verb and the determiner of what it judges: "described the", « qualifie
// l'ouverture des ».
const JUDGED_NOUN_BEFORE =
	/(?:^|\s)(?:describ|call|term|dubb|qualifi|jug)\p{L}*\s+(?:(?:the|this|these|those|l'|la|le|les|cette|ce|ces)\s*)(?:\p{L}+\s+(?:des|de|du|of\s+the|of)\s+)?$/u;

// "to thank them", « pour le remercier »: an object pronoun after an English verb, before a
// French one (folded text).
const OBJECT_PRONOUN_AFTER = /^\s+(?:him|her|them)\b/;
const PRONOUN_CLAUSE_GAP =
	/^[^.;:]*?(?:,|\s(?:pour|afin\s+de|et|puis|to|in\s+order\s+to|and|then)\s)[^.;:]*$/;
const OBJECT_PRONOUN_BEFORE =
	/(?:^|\s)(?:le|la|les|l')\s*(?:(?:a|ont|avait|avaient|aura|auront|va|vont|doit|veut)\s+)?$/;

/**
 * "Biden spoke to Qatar's emir and to Egypt's president to thank them", « Biden a appelé Macron
 * pour le remercier », "met Macron and thanked him": a directed verb whose object is a pronoun,
 * in a clause that shares the governing clause's subject (infinitive, coordinate, participle),
 * is done by that subject to the last actor (with its list) its own verb was done to. A
 * relative clause's pronoun ("Macron, who thanked him") is left alone: its subject differs.
 */
function objectPronoun(
	s: Sentence,
	hit: TriggerHit,
	clauses: Clause[],
	clause: Clause,
	all: RawMention[]
): Arguments | undefined {
	const { rule } = hit;
	if (rule.form !== 'verb' || !rule.directed) return undefined;
	const pronoun =
		rule.language === 'en'
			? OBJECT_PRONOUN_AFTER.test(slice(s, hit.end, hit.end + 8))
			: OBJECT_PRONOUN_BEFORE.test(slice(s, Math.max(s.start, hit.start - 12), hit.start));
	if (!pronoun) return undefined;
	let subject: RawMention | undefined;
	let from = s.start;
	let to = clause.openerAt;
	if (
		clause.opener === 'infinitive' ||
		clause.opener === 'coordinate' ||
		clause.opener === 'participle'
	)
		subject = governingSubjects(s, clauses, clause, all)[0];
	else if (clause.opener === 'start') {
		// « a appelé Macron pour le remercier » may stay one clause: the verb before is the
		// governing one, its subject named before it.
		const governor = s.hits.findLast(
			(h) => h !== hit && h.rule.form === 'verb' && h.start >= clause.start && h.end < hit.start
		);
		if (!governor) return undefined;
		subject = all.find(
			(a) =>
				a.start >= clause.start && a.end <= governor.start && !a.locative && !isAgentMention(s, a)
		);
		from = governor.end;
		to = hit.start;
	}
	if (!subject) return undefined;
	const subjects = conjuncts(s, subject).filter((a) => a.end <= to);
	const objects = all.filter(
		(a) =>
			a.start >= Math.max(from, subject.end) &&
			a.end <= to &&
			!a.locative &&
			!subjects.includes(a) &&
			!isAgentMention(s, a)
	);
	const last = objects.at(-1);
	// « le président chinois l'a félicité »: the actor right before is the verb's own subject;
	// an object is parted from the pronoun's verb by « pour », "to", "and", a comma.
	if (!last || !PRONOUN_CLAUSE_GAP.test(slice(s, last.end, hit.start))) return undefined;
	const targets = conjuncts(s, last).filter((a) => objects.includes(a));
	return { sources: subjects, targets };
}

export function chooseArguments(
	s: Sentence,
	hit: TriggerHit,
	clauses: Clause[]
): Arguments | undefined {
	const { rule } = hit;
	// « a reçu le soutien des États-Unis », "received a call from": a thing received, no guest.
	if (rule.host && rule.form === 'verb' && RECEIVED_THING.test(slice(s, hit.end, hit.end + 50)))
		return undefined;
	// "greeted Washington's move with anger": an actor's thing is no guest; "received China's
	// foreign minister Wang Yi" is the person the possessive leads to.
	if (rule.host && rule.form === 'verb' && possessedThing(s, hit)) return undefined;
	const clause = clauseAt(clauses, hit.start);
	const next = clauses[clauses.indexOf(clause) + 1];
	// A control verb reaches into the clause it governs ("threatened to shell Iraqi towns").
	const complement =
		CONTROL_TYPES.has(rule.type) &&
		next &&
		(next.opener === 'infinitive' || next.opener === 'complement') &&
		!s.actors.some(
			(a) => a.start >= hit.end && a.end <= clause.end && allowed(s, rule, a) && !a.locative
		)
			? next
			: undefined;
	const end = complement ? complement.end : clause.end;
	const all = s.actors.filter((m) => allowed(s, rule, m));
	const near = all.filter(
		(m) =>
			(complement && m.start >= complement.start && m.end <= complement.end) || reachable(s, hit, m)
	);
	let before = near
		.filter((a) => a.end <= hit.start && a.start >= clause.start && hit.start - a.end < 160)
		.reverse();
	// A joint event's other party may be named before the clause (« La Russie est consciente
	// que la Chine ne souhaite pas signer d’accords »).
	const partners = near.filter((a) => a.end <= hit.start && hit.start - a.end < 160).reverse();
	if (!before.some((a) => !a.locative && !isDestinationMention(s, a)))
		before = [...before, ...governingSubjects(s, clauses, clause, all)];
	// "talked about Taiwan", « ont discuté au sujet de l'Ukraine »: what talks are about is
	// no party to them.
	// "spoke (highly) of Xi", "spoke of Western hypocrisy": the verb's "of" too.
	const topic = (a: RawMention) =>
		(rule.type === 'talks' || rule.type === 'meeting') &&
		(TOPIC_BEFORE.test(slice(s, Math.max(hit.end, a.start - 30), a.start)) ||
			(rule.form === 'verb' && /^\s+(?:\p{L}+ly\s+)?of\s/u.test(slice(s, hit.end, a.start))));
	// "talked … on the sidelines of the APEC summit", « en marge du sommet de l'UA »: the
	// gathering's organisation is where the talks took place, no party to them.
	const gathering = (a: RawMention) =>
		(rule.type === 'talks' || rule.type === 'meeting') &&
		SIDELINES_BEFORE.test(slice(s, Math.max(hit.end, a.start - 40), a.start));
	const after = near.filter(
		(a) =>
			a.start >= hit.end && a.end <= end && a.start - hit.end < 160 && !topic(a) && !gathering(a)
	);
	// "Adorni described the talks as productive", « Orban qualifie l'ouverture des négociations
	// avec Kiev de … »: who judges talks named as a thing takes no part in them; their parties
	// are the noun's own.
	if (
		rule.form === 'noun' &&
		(rule.type === 'talks' || rule.type === 'meeting' || rule.type === 'visit') &&
		JUDGED_NOUN_BEFORE.test(slice(s, Math.max(clause.start, hit.start - 50), hit.start))
	) {
		before = [];
		partners.length = 0;
	}
	const pronounArgs = objectPronoun(s, hit, clauses, clause, all);
	if (pronounArgs) return pronounArgs;
	if (rule.attendance) {
		// "Harris, representing Biden at the APEC summit": who attends visits the gathering's
		// country; the parties named after it ("talks between A and B") are not the attendee.
		const venue = attendedVenue(s, hit);
		// « Celso Amorim, conseiller de Lula, y assistait »: the apposition is not who attends.
		const aside = asideBefore(s, hit);
		const present = (a: RawMention) =>
			!a.locative &&
			!isDestinationMention(s, a) &&
			a.entity !== venue?.entity &&
			!(aside && a.start > aside.start && a.end <= aside.end);
		// "Trudeau raised it with Modi on the sidelines of the summit in New Delhi": everyone
		// named in the clause was there, each visiting if from abroad.
		if (venue && isSidelines(s, hit)) {
			// « une rencontre entre MM. Kurti et Vucic en marge du Conseil européen »: the parties
			// a meeting names are the ones there, not the clause's subject.
			const meeting = s.hits.find(
				(h) =>
					h !== hit &&
					h.rule.form === 'noun' &&
					h.end <= hit.start &&
					groupAfter(
						s,
						h,
						before.filter((a) => a.start >= h.end)
					) !== undefined
			);
			const guests = before.filter(
				(a) =>
					present(a) &&
					(!meeting || a.start >= meeting.end) &&
					a.via !== 'adjective' &&
					typeOf(s, a) === 'person' &&
					countryOfActor(s, a.entity) !== venue.entity
			);
			return guests.length ? { sources: guests, targets: [venue] } : undefined;
		}
		const attendee = before.find(present);
		// "The American and Chinese ambassadors attended the talks": an embassy is no traveller.
		if (attendee?.via === 'adjective') return undefined;
		const home = attendee ? countryOfActor(s, attendee.entity) : undefined;
		return attendee && venue && venue.entity !== home
			? { sources: conjuncts(s, attendee).filter((a) => a.end <= hit.start), targets: [venue] }
			: undefined;
	}

	// « appelant à maintenir une communication entre les deux pays »: a request's addressee
	// comes before what is asked; the parties of the infinitive's object are not asked.
	const asked = (a: RawMention) =>
		rule.type !== 'request' || !INFINITIVE_ASKED.test(slice(s, hit.end - 2, a.start));
	const group = groupAfter(s, hit, after);
	if (group && asked(group[0] as RawMention)) {
		// "Qatar launched a mediation effort between the Emirates and Saudi Arabia", "Iraq and
		// Oman hosted talks between the two sides": the one who leads it meets each party.
		// A host's summit is also a meeting between the parties; a mediator may meet each alone.
		const lead = before.find((a) => !a.locative && !group.includes(a));
		if (lead && (rule.cameo === '045' || rule.directed))
			return { sources: conjuncts(s, lead), targets: group };
		if (lead && rule.host) return { sources: [...conjuncts(s, lead), ...group], targets: group };
		return { sources: group, targets: group };
	}

	const setting = settingMeeting(s, hit);
	if (setting) return setting;

	if (rule.reversed) {
		// « importées par la Russie … de Chine », « importations européennes de gaz russe ».
		// "buyer of Russian oil": the buyer is before, what follows « de » / "of" is the origin.
		const buyerOf = /\s(?:of|de)$/.test(slice(s, hit.start, hit.end));
		const importer = buyerOf
			? before.find((a) => !a.locative)
			: (after.find((a) => isAgentMention(s, a)) ??
				after.find((a) => a.via === 'adjective' && a.start - hit.end < 24) ??
				before.find((a) => !a.locative));
		const exporter = after.find(
			(a) =>
				a !== importer &&
				(ORIGIN_BEFORE.test(slice(s, a.start - 24, a.start)) || a.via === 'adjective')
		);
		return importer && exporter ? { sources: [importer], targets: [exporter] } : undefined;
	}

	// Passive voice: « sanctionnée par les Occidentaux », « a été reçu … par Joe Biden ». The
	// patient is the subject, which may come after a participial phrase, past other triggers.
	// ", joined by Caputo" is another verb's agent: a comma between ends the trigger's reach.
	// « a déclaré soutenir « les mesures prises par l'Azerbaïdjan » »: an infinitive has no agent,
	// and one inside a quotation is another verb's.
	const infinitive =
		rule.form === 'verb' &&
		rule.language === 'fr' &&
		/(?:er|ir|re)$/.test(slice(s, hit.start, hit.end));
	// « Brasília a salué l'engagement pris par … », "China has praised the plan drawn up by …":
	// a participle after « avoir » / "have" is an active verb, whose subject is its agent.
	const activePerfect =
		rule.form === 'verb' &&
		ACTIVE_PERFECT_BEFORE.test(slice(s, Math.max(s.start, hit.start - 40), hit.start));
	const agent =
		infinitive || activePerfect
			? undefined
			: after.find(
					(a) =>
						isAgentMention(s, a) &&
						a.start - hit.end < 80 &&
						!/[,«"“]/.test(slice(s, hit.end, a.start)) &&
						// "a deal brokered by China": a noun's own participle names its agent.
						!(rule.form === 'verb' && OTHER_PARTICIPLE.test(s.text.slice(hit.end, a.start))) &&
						// …and a go-between is no party to the deal it brokered.
						!(rule.form === 'noun' && BROKERED_BY.test(slice(s, hit.end, a.start)))
				);
	if (agent) {
		// « l'otage détenu par l'Iran », "rebels backed by Rwanda": a participle right after a
		// noun qualifies that noun, the only possible patient.
		const lead = slice(s, Math.max(s.start, hit.start - 40), hit.start);
		// « Lourdement sanctionnée par les Occidentaux, la Russie … » opens the sentence.
		const opening = /^\s*\p{L}+\s+$/u.test(slice(s, s.start, hit.start));
		// "a deal brokered by China": an event noun's participle keeps the clause's parties.
		const eventNoun = s.hits.some((h) => h !== hit && h.end <= hit.start && hit.start - h.end <= 1);
		if (
			rule.form === 'verb' &&
			!opening &&
			!eventNoun &&
			/\p{L}\s+$/u.test(lead) &&
			!AUXILIARY_BEFORE.test(lead)
		) {
			const noun = before.find((a) => hit.start - a.end <= 1);
			return noun && !noun.locative ? { sources: [agent], targets: [noun] } : undefined;
		}
		const patient =
			before.find((a) => !a.locative) ??
			s.actors.find(
				(a) =>
					a.start > agent.end &&
					allowed(s, rule, a) &&
					!a.locative &&
					!PREPOSITION_BEFORE.test(slice(s, Math.max(s.start, a.start - 30), a.start))
			);
		// « Pékin, visité par Poutine »: a visit's patient is a place; « Lula était à Paris pour
		// le sommet organisé par son homologue » is Lula's visit, the agent another verb's.
		const visitByPerson = rule.type === 'visit' && patient && typeOf(s, patient) !== 'country';
		if (!visitByPerson) return patient ? { sources: [agent], targets: [patient] } : undefined;
	}

	let source: RawMention | undefined;
	let targets: RawMention[] = [];
	if (rule.form === 'noun') {
		// « la visite de Poutine », « le soutien russe à », « l’invasion russe de l’Ukraine ».
		const objective =
			rule.type === 'conflict' || rule.type === 'criticism' || rule.type === 'sanctions';
		const nearAdjective = after.find(
			(a) =>
				a.via === 'adjective' && a.start - hit.end < 24 && !/[,.]/.test(slice(s, hit.end, a.start))
		);
		// "a tariff on Australian barley", « l'expulsion d'un diplomate indien »: an adjective
		// past a preposition qualifies the noun's object, so it names the target, not the owner.
		// Only where the noun has an object that undergoes it (sanctions, expulsions, strikes,
		// criticism, coercion); other nouns keep the adjective as their owner.
		const undergone = objective || rule.type === 'coercion' || rule.mode === 'expel';
		const objectAdjective =
			nearAdjective && undergone && adjectiveOfObject(rule, slice(s, hit.end, nearAdjective.start))
				? nearAdjective
				: undefined;
		const adjective = objectAdjective ? undefined : nearAdjective;
		const complement = after.find(
			(a) =>
				a !== adjective &&
				a !== objectAdjective &&
				NOUN_COMPLEMENT.test(
					slice(s, adjective && adjective.end <= a.start ? adjective.end : hit.end, a.start)
				)
		);
		const recipient = after.find(
			(a) => a !== complement && a !== adjective && NOUN_RECIPIENT.test(slice(s, hit.end, a.start))
		);
		// "its support of Ukraine": with an owner, the complement is what the noun is about.
		const possessive = POSSESSIVE_BEFORE.exec(slice(s, s.start, hit.start))?.[1];
		if (adjective) source = adjective;
		if (complement && complement !== adjective) {
			if (objective || source || possessive) targets = [complement];
			else source = complement;
		}
		if (objectAdjective && !targets.length) targets = [objectAdjective];
		if (recipient && !targets.length) targets = [recipient];
		// "its war in Ukraine", « la guerre que la Russie mène en Ukraine »: a war is waged on
		// the country it is fought in (a party named elsewhere stays: "the war in Ukraine"
		// alone has no source, so no relation).
		const theatre =
			rule.type === 'conflict' &&
			!targets.length &&
			after.find(
				(a) =>
					typeOf(s, a) === 'country' &&
					a.start - hit.end < 30 &&
					/^\s*(?:\p{L}+\s+)?(?:in|inside|en|au)\s+(?:the\s+)?$/u.test(
						slice(s, complement && complement.end <= a.start ? complement.end : hit.end, a.start)
					)
			);
		// Only a war with its own party: "its war", "Russia's war", "the Russian war", or one
		// waged (« mène une guerre »); « accusant X d'encourager la guerre en Ukraine » is not
		// X's war.
		const waged =
			source ||
			possessive ||
			before.some(
				(a) =>
					/^['’]s\s+$/.test(slice(s, a.end, hit.start)) ||
					(a.via === 'adjective' && /^\s*$/.test(slice(s, a.end, hit.start)))
			) ||
			WAGED_BEFORE.test(slice(s, Math.max(s.start, hit.start - 30), hit.start));
		if (theatre && waged) targets = [theatre];
		if (rule.type === 'meeting' && !(source && targets.length)) return undefined;
		// "the conversation took place at India's request", « à la demande de Paris »: who asked
		// asked the other party of what took place, named before.
		const owner =
			source ??
			(possessive ? undefined : complement) ??
			before.find((a) => /^['’]s\s+$/.test(slice(s, a.end, hit.start)));
		if (
			rule.type === 'request' &&
			!targets.length &&
			owner &&
			AT_REQUEST.test(slice(s, Math.max(s.start, hit.start - 40), hit.end))
		) {
			const asked = before.find((a) => a.entity !== owner.entity && !a.locative && a !== owner);
			if (asked) return { sources: [owner], targets: [asked] };
		}
		if (!source && possessive) {
			// "its" is the last country or body named ("thanked Turkey for its support");
			// "his", "her" and French possessives point at the subject ("Modi … on his visit").
			const owner = possessive === 'its' ? (a: RawMention) => typeOf(s, a) !== 'person' : undefined;
			// « son offensive contre l’Ukraine »: the sentence's subject (its first actor),
			// never an agent (« par les Occidentaux »).
			source =
				((owner &&
					before.find(
						(a) => owner(a) && !targets.includes(a) && !isAgentMention(s, a) && !a.locative
					)) ||
					[...before].reverse().find((a) => !isAgentMention(s, a) && !a.locative)) ??
				after.find(
					(a) =>
						!targets.includes(a) &&
						!a.locative &&
						!PREPOSITION_BEFORE.test(slice(s, Math.max(s.start, a.start - 30), a.start))
				);
		}
	}
	if (rule.type === 'visit') {
		// « en France, en Serbie et en Hongrie »; nobody visits their own country.
		const places = after.filter(
			(a) => isDestination(s, hit, a) && typeOf(s, a) === 'country' && a !== source
		);
		source ??=
			before.find((a) => !a.locative && typeOf(s, a) !== 'country') ??
			before.find((a) => !a.locative);
		const home = source ? countryOfActor(s, source.entity) : undefined;
		targets = places
			.filter(
				(p, i) =>
					i === 0 ||
					/^\s*(?:,|et|and|puis|then)\s*(?:en|au|aux|à|a|in|to)?\s*$/.test(
						slice(s, (places[i - 1] as RawMention).end, p.start)
					)
			)
			.filter((t) => t.entity !== home);
		// "Scott Bessent has landed at Aeroparque", « est arrivé dimanche soir de Manaus »: an
		// arrival with no country named is in the place the dateline reports from.
		const arrival = arrivalInDateline(s, hit);
		if (source && !targets.length && arrival && arrival.entity !== home) targets = [arrival];
		return source && targets.length ? { sources: [source], targets } : undefined;
	}
	// A noun's subject is close to it (« Pékin continue d’afficher un soutien »); far back it
	// is usually the subject of another verb.
	// "travel to Moscow to meet Lavrov": a destination is where the subject goes, not the subject.
	const aside = rule.form === 'verb' ? asideBefore(s, hit) : undefined;
	source ??= before.find(
		(a) =>
			!a.locative &&
			!targets.includes(a) &&
			(rule.form === 'verb' || hit.start - a.end < 50) &&
			!isDestinationMention(s, a) &&
			!(aside && a.start > aside.start && a.end <= aside.end)
	);
	// « a rappelé l'ambassadeur de France à Alger, Stéphane Romatet », "recalled its envoy from
	// Kyiv": ties are cut with the country of the post, never with the envoy or their own country.
	if (source && !targets.length && rule.type === 'sanctions' && rule.mode === 'withdraw') {
		const home = countryOfActor(s, source.entity) ?? source.entity;
		const post = after.find(
			(a) => typeOf(s, a) !== 'person' && (countryOfActor(s, a.entity) ?? a.entity) !== home
		);
		if (post) targets = [post];
	}
	if (
		source &&
		!targets.length &&
		rule.directed &&
		rule.form === 'verb' &&
		OBJECT_CLITIC.test(slice(s, source.end, hit.start))
	) {
		// « le président chinois l’a félicité »: the object is the actor named before.
		const object = before.find((a) => a !== source && a.entity !== source?.entity && !a.locative);
		if (object) targets = [object];
	}
	// A noun takes its target from its complements only: « son soutien à une trêve … à Moscou »
	// does not make Moscow the one supported.
	if (!targets.length && rule.form === 'verb') {
		// A place is a target only where a place can receive (« vendre des armes à Moscou »).
		const placesReceive =
			rule.type !== 'meeting' && rule.type !== 'talks' && rule.type !== 'agreement';
		const next =
			after.find((a) => a.entity !== source?.entity && !a.locative && asked(a)) ??
			(placesReceive ? after.find((a) => a.entity !== source?.entity && asked(a)) : undefined);
		if (next) targets = [next];
	}
	// "condemned the launch", « a condamné ce tir »: the agent of the event named, told before.
	if (
		!targets.length &&
		rule.form === 'verb' &&
		EVENT_OBJECT_TYPES.has(rule.type) &&
		s.eventAgents
	) {
		const event = eventObjectAgent(s.eventAgents, s.folded, hit.start, hit.end);
		if (event && event.entity !== source?.entity)
			targets = [{ entity: event.entity, start: event.start, end: event.end, via: 'reference' }];
	}
	// A host receives someone named after the verb: "offered to host a summit" receives nobody.
	if (source && !targets.length && !rule.directed && !rule.host) {
		// « Poutine et Xi devraient discuter », « les deux dirigeants ont signé un accord ».
		// A truce's parties are named with it: "ASEAN would help monitor the truce" after "the
		// two sides had agreed" makes ASEAN no party.
		const partner =
			coordinated(s, source) ??
			(rule.mode === 'ceasefire'
				? undefined
				: partners.find((a) => a.entity !== source?.entity && !a.locative));
		if (partner) targets = [partner];
	}
	if (!source && targets.length === 1 && !rule.directed)
		source = coordinated(s, targets[0] as RawMention);
	// "the submarines from the United States and Britain, which Beijing has accused of …",
	// « les séparatistes, que Bakou accuse de … », "drills that Pyongyang denounces": the object
	// of a directed verb in a relative clause is its antecedent.
	if (source && !targets.length && rule.directed && rule.form === 'verb') {
		const antecedent = relativeAntecedent(s, source);
		if (antecedent && antecedent.entity !== source.entity) targets = [antecedent];
	}
	if (!source || !targets.length) return undefined;
	if (namingCall(s, hit, targets)) return undefined;
	// "The United States and South Korea condemned …", "lift embargoes … to Iran, Libya, North
	// Korea, Sudan and Cuba": every actor of a list takes part.
	const sourceList = conjuncts(s, source).filter(
		(a) => a.end <= hit.start || a.start === source?.start
	);
	const targetList = targets.length === 1 ? conjuncts(s, targets[0] as RawMention) : targets;
	const sources = sourceList.filter((a) => !targetList.includes(a));
	if (!rule.directed && !rule.host) {
		// "spoke to Qatar's emir and to Egypt's president": a preposition said again is one
		// event with each, not one among them all.
		if (sources.length && separately(s, targetList)) return { sources, targets: targetList };
		// A joint event: everyone in it with everyone else ("Bessent and Milei met").
		const everyone = [...new Set([...sources, ...targetList])];
		return { sources: everyone, targets: everyone };
	}
	// "Biden hosted Kishida and Yoon at Camp David": the guests of one summit meet each other.
	if (rule.host && targetList.length > 1)
		return {
			sources: [...(sources.length ? sources : [source]), ...targetList],
			targets: targetList
		};
	return { sources: sources.length ? sources : [source], targets: targetList };
}
