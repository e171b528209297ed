// Whose figure it is (subject) and with whom (partner), from the syntax around it:
// "Argentina already owed the IMF about $41 billion" is Argentina's, "the EU, which has
// provided more than €130 million … to Chisinau" the EU's towards Moldova, "two Belarusian
// military helicopters crossed" Belarus's, "packages of $12 billion and $10 billion
// respectively" one for each of the two named before. A person's money, troops or share
// count for their country; a person's hours of talks or years in detention stay theirs.
import type { Entity } from '../../types';
import type { RawMention } from '../mentions';
import { clauseAt, opensOnRelative } from './clauses';
import type { Quantity } from './quantities';

export interface FigureSentence {
	/** Folded sentence and its original words; offsets below are within the sentence. */
	folded: string;
	original: string;
	actors: RawMention[];
	quantities: Quantity[];
	clauseStarts: number[];
	entities: Map<string, Entity>;
}

export interface FigureActors {
	subject?: string;
	partner?: string;
}

// Not the subject: what follows these prepositions is a place, a recipient or a partner.
const OBLIQUE_BEFORE =
	/(?:^|[\s,(])(?:to|with|from|in|at|on|for|against|into|by|via|toward|towards|across|inside|over|between|among|than|a|au|aux|avec|vers|en|dans|pour|contre|chez|sur|par|entre|parmi|depuis)\s+(?:the\s+|l'|la\s+|le\s+|les\s+)?$/;
// « selon un rapport des Nations unies », "according to Kyiv": who reports, not whose figure.
const REPORTER_BEFORE = /(?:selon|according to|d'apres)(?:\s+[^\s,;]+){0,6}\s+$/;
// "with Beijing promising a review": the absolute construction makes Beijing a subject.
const WITH_ING = /^\s+[a-z]+ing(?![a-z])/;
// "China is Australia's largest trading partner", « premier partenaire commercial du Brésil ».
const TRADING_PARTNER_AFTER = /^'s\s+(?:[a-z]+\s+){0,3}trading partner/;
const TRADING_PARTNER_BEFORE = /partenaire commercial (?:de la |de l'|du |de |d')$/;
// Words a clause cannot open on before its subject figure: auxiliaries, past and
// conjugated verbs (« it had released 39 prisoners » is an object, "39 prisoners were" not).
const VERBISH =
	/(?<![a-z'])(?:has|have|had|is|are|was|were|will|would|could|can|did|does|do|be|been|a|ont|avait|avaient|est|sont|etait|etaient|sera|seront|va|vont|[a-z]+ed|[a-z]+ait|[a-z]+aient|[a-z]+ees?|[a-z]{3,}es)(?![a-z'])/;
const PARTNER_BEFORE =
	/(?:^|[\s,(])(?:to|with|from|in|into|against|for|on|a|au|aux|avec|vers|en|pour|contre|chez|aupres de|entre|between|and|et)\s+(?:the\s+|l'|la\s+|le\s+|les\s+)?$/;
const BETWEEN = /(?:between|entre)\s+(?:the\s+|l'|la\s+|le\s+|les\s+)?$/;

const EVENT_UNITS = new Set(['meetings', 'summits', 'visits', 'talks']);

const actorEnd = (a: RawMention) => a.end;

function insideOther(s: FigureSentence, a: RawMention, q: Quantity): boolean {
	return s.quantities.some(
		(o) =>
			o !== q && ((a.start >= o.numberStart && a.end <= o.nounEnd + 1) || nounActor(s, o) === a)
	);
}

function subjectLike(s: FigureSentence, a: RawMention): boolean {
	if (a.descriptor) return false;
	const before = s.folded.slice(Math.max(0, a.start - 60), a.start);
	if (REPORTER_BEFORE.test(before)) return false;
	if (!OBLIQUE_BEFORE.test(before.slice(-16))) return true;
	return /with\s+(?:the\s+)?$/.test(before) && WITH_ING.test(s.folded.slice(a.end, a.end + 20));
}

/**
 * "U.S. Treasury Secretary Scott Bessent": the person a country adjective introduces,
 * across role words, is the actor.
 */
function headOf(s: FigureSentence, a: RawMention): RawMention {
	if (s.entities.get(a.entity)?.type === 'person') return a;
	const next = s.actors.find((b) => b.start >= a.end);
	if (!next || s.entities.get(next.entity)?.type !== 'person') return a;
	const gap = s.original.slice(a.end, next.start);
	return gap.length <= 50 &&
		/^(?:[\s,]+(?:\p{Lu}[\p{L}.'-]*|de|du|des|of|the|for|et|and|chargé|chargée))*[\s,]+$/u.test(gap)
		? next
		: a;
}

/** The actor named in the counted phrase: "20 Indian soldiers", « navires chinois », "14,000 Palestinians". */
function nounActor(s: FigureSentence, q: Quantity): RawMention | undefined {
	const inside = s.actors.find((a) => a.start >= q.numberStart && a.start < q.nounEnd);
	if (inside) return inside;
	// French adjectives follow the noun: « deux bateaux de ravitaillement philippins ».
	const after = s.actors.find((a) => a.start >= q.nounEnd && a.via === 'adjective');
	if (!after) return undefined;
	const gap = s.folded.slice(q.nounEnd, after.start);
	return /^(?:\s+(?:de |d')?[[a-z]-]+){0,2}\s+$/.test(gap) || /^\s*$/.test(gap) ? after : undefined;
}

function coordinated(
	s: FigureSentence,
	first: RawMention,
	pool: RawMention[]
): RawMention | undefined {
	const next = pool.find((a) => a.start >= first.end && a.entity !== first.entity);
	if (!next) return undefined;
	return /^\s*(?:and|et|,)\s*(?:the\s+|l'|la\s+|le\s+|les\s+)?$/.test(
		s.folded.slice(first.end, next.start)
	)
		? next
		: undefined;
}

/** Whether the figure opens its clause (only determiners, adverbs or dates before it). */
function opensClause(s: FigureSentence, clauseStart: number, q: Quantity): boolean {
	const words = s.folded
		.slice(clauseStart, q.start)
		.replace(/[,"«»“”]/g, ' ')
		.trim();
	if (!words) return true;
	const list = words.split(/\s+/);
	return list.length <= 4 && !VERBISH.test(words);
}

function choose(s: FigureSentence, q: Quantity): { subject?: RawMention; partner?: RawMention } {
	const [start, end] = clauseAt(s.clauseStarts, s.folded.length, q.numberStart);
	const usable = s.actors.filter((a) => !insideOther(s, a, q));
	const before = usable.filter((a) => actorEnd(a) <= q.start);
	const inClause = before.filter((a) => a.start >= start);
	const after = usable.filter((a) => a.start >= q.nounEnd && a.start < end);
	const relative = opensOnRelative(s.folded, start);
	const partnerAfter = () =>
		after.find((a) => PARTNER_BEFORE.test(s.folded.slice(Math.max(0, a.start - 16), a.start)));

	// "packages of $12 billion and $10 billion respectively".
	if (/respectiv/.test(s.folded)) {
		const same = s.quantities.filter((o) => o.kind === q.kind);
		const first = same[0] as Quantity;
		const named = [
			...new Map(
				usable.filter((a) => a.end <= first.start && subjectLike(s, a)).map((a) => [a.entity, a])
			).values()
		];
		if (named.length === same.length) return { subject: named[same.indexOf(q)] };
	}
	// "China remains Australia's largest trading partner, with two-way trade of…".
	const trader = usable.find(
		(a) =>
			TRADING_PARTNER_AFTER.test(s.folded.slice(a.end, a.end + 50)) ||
			TRADING_PARTNER_BEFORE.test(s.folded.slice(Math.max(0, a.start - 30), a.start))
	);
	if (trader && (q.kind === 'amount' || q.kind === 'share' || q.kind === 'quantity')) {
		const other = usable.find(
			(a) => a !== trader && a.entity !== trader.entity && subjectLike(s, a)
		);
		return { subject: trader, ...(other ? { partner: other } : {}) };
	}
	// « les échanges entre les deux pays », "the 43rd meeting between Xi and Putin".
	const reach = q.kind === 'ordinal' ? 90 : 30;
	const between = usable.find(
		(a) =>
			a.start >= start &&
			a.start < end &&
			(a.end <= q.start || a.start - q.nounEnd <= reach) &&
			BETWEEN.test(s.folded.slice(Math.max(0, a.start - 14), a.start))
	);
	if (between && !inClause.some(subjectLikeIn(s))) {
		const other = usable.find((a) => a.start >= between.end && a.entity !== between.entity);
		return { subject: between, ...(other ? { partner: other } : {}) };
	}
	const own = relative ? undefined : inClause.find(subjectLikeIn(s));
	if (own) {
		const head = headOf(s, own);
		return { subject: head, partner: coordinated(s, head, inClause) ?? partnerAfter() };
	}
	const noun = nounActor(s, q);
	const opening = !relative && opensClause(s, start, q);
	if (noun && opening) return { subject: noun, partner: partnerAfter() };
	// A figure at its clause's start with no actor before: the phrase's own complement
	// (« 70 % des machines-outils importées par la Russie … provenaient de Chine »).
	if (q.kind === 'share' && opening && after.length) {
		const [first, second] = after;
		return { subject: first, ...(second ? { partner: second } : {}) };
	}
	// A relative clause's subject is its antecedent, named right before it ("Egypt, which").
	if (relative) {
		const antecedent = [...before].reverse().find((a) => a.end <= start);
		if (
			antecedent &&
			/^[\s,]*[a-z]*\s*$/.test(
				s.folded
					.slice(antecedent.end, start)
					.replace(/(?:which|who|whose|qui|dont|where|lors duquel|in which)$/, '')
			)
		)
			return { subject: headOf(s, antecedent), partner: noun ?? partnerAfter() };
	}
	// Else the nearest subject before (tried: the first actor of that clause lost more than it
	// won on set (c), "the progress Argentina has made" being a clause of its own).
	const earlier = [...before].reverse().find(subjectLikeIn(s));
	if (earlier) return { subject: headOf(s, earlier), partner: noun ?? partnerAfter() };
	if (noun) return { subject: noun, partner: partnerAfter() };
	const anyBefore = before[before.length - 1];
	if (anyBefore) return { subject: anyBefore };
	const next = after[0] ?? usable.find((a) => a.start >= q.nounEnd);
	return next ? { subject: next } : {};
}

const subjectLikeIn = (s: FigureSentence) => (a: RawMention) => subjectLike(s, a);

/**
 * « les deux pays » stands for two actors at once: the one whose statistics the sentence
 * cites comes first (« selon les statistiques philippines »), as the figure is theirs.
 */
function orderPair(s: FigureSentence, chosen: { subject?: RawMention; partner?: RawMention }) {
	const subject = chosen.subject;
	if (!subject) return chosen;
	const twin = s.actors.find(
		(a) =>
			a !== subject &&
			a.start === subject.start &&
			a.end === subject.end &&
			a.entity !== subject.entity
	);
	if (!twin) return chosen;
	const cited = s.actors.some(
		(a) =>
			a.entity === twin.entity &&
			a.start !== twin.start &&
			REPORTER_BEFORE.test(s.folded.slice(Math.max(0, a.start - 60), a.start))
	);
	return cited ? { subject: twin, partner: subject } : { subject, partner: chosen.partner ?? twin };
}

/** The figure's subject and partner ids; persons stand for their country except for durations. */
export function figureActors(s: FigureSentence, q: Quantity): FigureActors {
	const chosen = orderPair(s, choose(s, q));
	// A person's hours of talks, years in detention or meetings stay theirs.
	const personal = q.kind === 'duration' || EVENT_UNITS.has(q.unit);
	const asCountry = (id: string | undefined) => {
		if (!id || personal) return id;
		const entity = s.entities.get(id);
		return entity?.type === 'person' && entity.country ? entity.country : id;
	};
	const subject = asCountry(chosen.subject?.entity);
	const partner = asCountry(chosen.partner?.entity);
	return {
		...(subject ? { subject } : {}),
		...(partner && partner !== subject ? { partner } : {})
	};
}
