// Relations within one sentence: each trigger with its arguments (arguments.ts), modality,
// date and who reports it; statements (statements.ts); then the coding of each relation.
import { codeRelation } from '../events/coding';
import type { EventCoding, RelationType } from '../types';
import { arrivalInDateline, chooseArguments } from './arguments';
import { clauseAt, clauseBefore, clausesOf, type Clause } from './clauses';
import { dateFor } from './eventDates';
import { modalityOf } from './modality';
import {
	countryOfActor,
	slice,
	typeOf,
	type Sentence,
	type SentenceContext,
	type SentenceRelation
} from './sentence';
import { EVENT_OBJECT_TYPES, eventObjectAgent } from './eventAgents';
import { accordingTo, isQuote, reportingActor, statementRelations } from './statements';
import { attendedVenue, isSidelines } from './venue';
import type { RawMention } from './mentions';
import type { TriggerHit } from './triggers';

export type { SentenceContext, SentenceRelation } from './sentence';

/** « Washington a averti Pékin que … pourraient faire l’objet de sanctions »: hypothetical sanctions too. */
function announcedSanctions(
	s: Sentence,
	hit: TriggerHit,
	base: SentenceRelation
): SentenceRelation | undefined {
	const clause = slice(s, hit.end, s.end);
	const m = /\bsanction/.exec(clause);
	if (!m) return undefined;
	const modality = modalityOf(clause.slice(0, m.index), 'sanctions', false);
	if (modality !== 'hypothetical' && modality !== 'planned') return undefined;
	return { ...base, type: 'sanctions', modality, cameo: '163', mode: 'restrict' };
}

/**
 * Where the words that qualify a trigger begin: its clause, or the clause that governs it when
 * it is an infinitive or a complement ("threatened to shell", "agreed that … should").
 */
function modalityStart(clauses: Clause[], hit: TriggerHit): number {
	const clause = clauseAt(clauses, hit.start);
	// "refused to sign", « a démenti qu'il … »: the governing verb's modality reaches its
	// complement; a participle is an act of its own ("said its aircraft had not violated the
	// border, accusing Warsaw …" accuses).
	if (clause.opener === 'infinitive' || clause.opener === 'complement')
		return clauseBefore(clauses, clause)?.start ?? clause.start;
	return clause.start;
}

/** "in the Chinese capital", « dans la capitale chinoise »: a country's adjective naming a place. */
function inCapital(s: Sentence, a: RawMention): boolean {
	if (a.via !== 'adjective') return false;
	return (
		(/(?:^|\s)(?:in|at)\s+the\s+$/.test(slice(s, Math.max(s.start, a.start - 10), a.start)) &&
			/^\s+capital\b/.test(slice(s, a.end, a.end + 9))) ||
		/(?:^|\s)(?:dans|a)\s+la\s+capitale\s+$/.test(
			slice(s, Math.max(s.start, a.start - 20), a.start)
		)
	);
}

const SPONSOR_BEFORE =
	/(?:sous l'egide|sous les auspices|under the auspices|under the aegis)\s+(?:de\s+|d'|du\s+|des\s+|of\s+)(?:la\s+|le\s+|l'|les\s+|the\s+)?$/;

// A verb phrase led by a reporting verb ("said the deal", "announced a visit").
const REPORTING_START =
	/^(?:sa(?:y|ys|id|ying)|t(?:ell|ells|old|elling)|announc|stat(?:e|ed|es|ing)\b|explain|describ|comment|mention|remark)/;

/** The relations one sentence states (its evidence is the whole sentence). */
const NAMING_BEFORE = /(?:^|\s)(?:what\s+(?:\p{L}+\s+){1,2}|so-|ce\s+qu'(?:\p{L}+\s+){1,2})$/u;

export function extractSentenceRelations(ctx: SentenceContext): SentenceRelation[] {
	const s: Sentence = ctx;
	// "what they called China's …", « ce qu'il a qualifié de … »: a word naming what another
	// act is, not an event; it neither makes a relation nor bounds the verb before it.
	// "on the alliance's eastern flank": a bond named as the owner of a thing is the body it
	// made (NATO), not an event.
	s.hits = s.hits.filter(
		(h) =>
			!NAMING_BEFORE.test(slice(s, Math.max(s.start, h.start - 30), h.start)) &&
			!(
				h.rule.form === 'noun' &&
				(h.rule.type === 'support' || h.rule.type === 'cooperation') &&
				/^['’]s\s/.test(s.text.slice(h.end, h.end + 3))
			)
	);
	// Pseudo-triggers (« celle de Xi ») join the sentence's hits, so they also bound attachments.
	const { hits } = s;
	const sentence = slice(s, s.start, s.end);
	// « celle de Xi en France »: the same kind of event again, by another actor.
	for (const hit of /(?:celle|celui|celles|ceux)\s/.test(sentence) ? [...hits] : []) {
		if (hit.rule.form !== 'noun') continue;
		const m = /^[^,.;]{0,30}?\b(?:celle|celui|celles|ceux)\s+(?=de |du |d')/.exec(
			slice(s, hit.end, s.end)
		);
		if (m)
			hits.push({
				rule: hit.rule,
				start: hit.end + m.index + m[0].length - 1,
				end: hit.end + m.index + m[0].length - 1
			});
	}
	const relations: SentenceRelation[] = [];
	const derived = new Set<SentenceRelation>();
	const pushDerived = (r: SentenceRelation) => {
		derived.add(r);
		relations.push(r);
	};
	let sanctionsAnnounced = false;
	// A relation joins two different actors; only a statement can do with its speaker alone.
	const first = s.actors[0]?.entity;
	const twoActors = s.actors.some((a) => a.entity !== first);
	// What depends on the sentence only is read once, when a trigger first needs it.
	let clues: { according?: string; clauses: Clause[] } | undefined;
	for (const hit of hits) {
		if (hit.rule.type === 'sanctions' && hit.rule.form === 'noun' && sanctionsAnnounced) continue;
		if (requested(s, hits, hit)) continue;
		if (hit.rule.type === 'statement') {
			// The quote may be hedged or negative; that it was said is asserted.
			relations.push(...statementRelations(s, hit, 'asserted'));
			continue;
		}
		// PETRARCH's "say … deal", "announce … visit": the event its words code, and, first, a
		// saying by its speaker.
		if (hit.rule.form === 'verb' && REPORTING_START.test(slice(s, hit.start, hit.start + 12)))
			relations.push(...statementRelations(s, hit, 'asserted'));
		// "Japan condemned the launch": the other actor may be an event's agent, told before.
		if (
			!twoActors &&
			!(
				EVENT_OBJECT_TYPES.has(hit.rule.type) &&
				s.eventAgents &&
				eventObjectAgent(s.eventAgents, s.folded, hit.start, hit.end)
			) &&
			!arrivalInDateline(s, hit) &&
			!attendedVenue(s, hit)
		) {
			relations.push(...utteranceAlone(s, hit));
			continue;
		}
		clues ??= {
			according: accordingTo(s, sentence),
			clauses: clausesOf(
				s,
				// An attendance ("representing Biden at the summit") is a participle of the
				// clause it sits in, not a clause of its own.
				hits.filter((h) => h.rule.form === 'verb' && !h.rule.attendance).map((h) => h.start)
			)
		};
		const args = chooseArguments(s, hit, clues.clauses);
		if (!args) {
			relations.push(...utteranceAlone(s, hit));
			continue;
		}
		const reportedBy = clues.according ?? reportingActor(s, hit);
		const modality = modalityOf(
			slice(s, modalityStart(clues.clauses, hit), hit.start),
			slice(s, hit.start, hit.end),
			!!reportedBy
		);
		// What is planned, offered or supposed has not happened: a past date is when it was said,
		// and so is a date before an offer or a supposition ("on Friday … offered to host a
		// summit"); « devraient signer jeudi », "could meet on 12 May" are dated after it.
		const previous = s.previousDay;
		const carried =
			previous && [...args.sources, ...args.targets].some((a) => previous.actors.has(a.entity))
				? previous.date
				: undefined;
		const found = dateFor(s, hit, carried);
		const past = found && s.articleDate && found < s.articleDate.slice(0, found.length);
		const before = found && s.dates.some((d) => d.date === found && d.end <= hit.start);
		const date =
			(modality === 'planned' && past) ||
			((modality === 'proposed' || modality === 'hypothetical') && (past || before))
				? undefined
				: found;
		// Where an encounter took place; a war or a supply is not located by « à Moscou ».
		const located = ['meeting', 'talks', 'agreement'].includes(hit.rule.type);
		const place = s.actors.find(
			(a) =>
				located &&
				((a.locative && a.via !== 'adjective') || inCapital(s, a)) &&
				typeOf(s, a) === 'country' &&
				!args.targets.includes(a) &&
				!othersDestination(s, hit, a, args)
		);
		// « le dialogue entre Belgrade et Pristina, mené sous l'égide de l'UE », "talks under the
		// auspices of the AU": the sponsor has talks with each party (CAMEO 045), once.
		const sponsor =
			(hit.rule.type === 'talks' || hit.rule.type === 'meeting') &&
			s.actors.find(
				(a) =>
					a.start > hit.end &&
					a.start - hit.end < 90 &&
					SPONSOR_BEFORE.test(slice(s, Math.max(hit.end, a.start - 40), a.start))
			);
		const sponsored = new Set<string>(sponsor ? [sponsor.entity] : []);
		// "Modi promised that his country would help", "Putin vowed that Russia would respond":
		// a verbal act whose only other actor is the speaker's own side is still an utterance.
		const ownSide = (source: string, target: string) =>
			source === target ||
			countryOfActor(s, source) === target ||
			countryOfActor(s, target) === source;
		if (args.sources.every((a) => args.targets.every((t) => ownSide(a.entity, t.entity)))) {
			relations.push(...utteranceAlone(s, hit));
			continue;
		}
		for (const sourceMention of args.sources)
			for (const targetMention of args.targets) {
				let source = sourceMention.entity;
				let target = targetMention.entity;
				// Never an actor with itself, nor a person or organisation with its own country.
				if (ownSide(source, target)) continue;
				if (hit.rule.reversed) [source, target] = [target, source];
				const base: SentenceRelation = {
					type: hit.rule.type,
					source,
					target,
					directed: hit.rule.directed,
					// "Belarus said …, accusing Warsaw": who tells of its own act asserts it; a party
					// to a joint event too ("Biden said he had spoken to Macron").
					modality:
						modality === 'reported' &&
						(reportedBy === source || (!hit.rule.directed && reportedBy === target))
							? 'asserted'
							: modality
				};
				if (hit.rule.cameo) base.cameo = hit.rule.cameo;
				if (hit.rule.mode) base.mode = hit.rule.mode;
				// Optional fields only when set, in this order (the output's key order).
				if (date) base.date = date;
				if (reportedBy && reportedBy !== source) base.reportedBy = reportedBy;
				if (hit.rule.host) {
					// « Poutine avait reçu Xi »: they met in the host's country, which the guest visited.
					// The host is named first; guests of one summit meet each other there, as guests.
					const host = args.sources[0] as RawMention;
					const hostCountry = countryOfActor(s, host.entity);
					const met: SentenceRelation =
						sourceMention === host ? base : { ...base, cameo: '040', mode: undefined };
					if (!met.mode) delete met.mode;
					relations.push(hostCountry ? { ...met, location: hostCountry } : met);
					// A country hosted is its delegation's visit ("Iraq hosted talks between the two sides").
					const guest = typeOf(s, targetMention);
					if (sourceMention === host && hostCountry && (guest === 'person' || guest === 'country'))
						relations.push({
							...base,
							type: 'visit',
							source: target,
							target: hostCountry,
							directed: true,
							location: hostCountry,
							cameo: '042',
							mode: 'visit'
						});
					continue;
				}
				const location = hit.rule.type === 'visit' ? countryOfActor(s, target) : place?.entity;
				// Talks held in a place, not by phone, are a meeting in person ("talks in Addis
				// Ababa", « des pourparlers à Yevlakh »), coded as the talks rule codes them.
				// So are talks on the sidelines of a gathering ("talked for four hours … on the
				// sidelines of the APEC summit"): those there talk in person.
				const sidelines = s.hits.some((h) => h.start > hit.end && isSidelines(s, h));
				// "held talks in Moscow by phone", "met by video link": a meeting held by phone or
				// video is talks (CAMEO 041), whatever the verb.
				const byPhone = s.hits.find(
					(h) =>
						h.rule.mode === 'phone' &&
						h.rule.type === 'talks' &&
						h.start >= hit.end &&
						h.start - hit.end < 60 &&
						/(?:^|\s)(?:by|via|over|par|au|en)\s+(?:the\s+)?\p{L}*$/u.test(
							slice(s, Math.max(hit.end, h.start - 15), h.start + 1)
						) &&
						!s.hits.some((o) => o.start >= hit.end && o.end <= h.start)
				);
				if (hit.rule.type === 'meeting' && !hit.rule.host && byPhone)
					Object.assign(base, { type: 'talks', cameo: byPhone.rule.cameo, mode: 'phone' });
				if (
					hit.rule.type === 'talks' &&
					((place && place.start > hit.start) || sidelines) &&
					!s.hits.some((h) => h.rule.mode === 'phone' && h.rule.type === 'talks')
				)
					base.type = 'meeting';
				relations.push(location ? { ...base, location } : base);
				// "met in Doha", "talks in the Chinese capital between …": each participant from
				// another country visited it (a phone call visits nobody).
				// "he and Ramaphosa signed a string of agreements in Pretoria": two people signing in
				// one place met there (CAMEO 040), and each foreigner visited it.
				const signedTogether =
					hit.rule.form === 'verb' &&
					/^sign/.test(slice(s, hit.start, hit.end)) &&
					!!location &&
					typeOf(s, { entity: source } as RawMention) === 'person' &&
					typeOf(s, { entity: target } as RawMention) === 'person';
				if (signedTogether)
					pushDerived({ ...base, type: 'meeting', cameo: '040', location: location as string });
				const faceToFace =
					!byPhone &&
					(signedTogether ||
						hit.rule.type === 'meeting' ||
						(hit.rule.type === 'talks' && hit.rule.mode !== 'phone'));
				if (faceToFace && location)
					for (const participant of [source, target]) {
						const home = countryOfActor(s, participant);
						if (
							home !== location &&
							home !== undefined &&
							typeOf(s, { entity: participant } as RawMention) === 'person'
						)
							pushDerived({
								...base,
								type: 'visit',
								source: participant,
								target: location,
								directed: true,
								location,
								cameo: '042',
								mode: 'visit'
							});
					}
				for (const party of [source, target])
					if (sponsor && !sponsored.has(party) && countryOfActor(s, party) !== sponsor.entity) {
						sponsored.add(party);
						pushDerived({
							...base,
							type: 'talks',
							source: sponsor.entity,
							target: party,
							directed: false,
							cameo: '045',
							mode: undefined
						});
					}
				if (hit.rule.warning) {
					const sanctions = announcedSanctions(s, hit, base);
					if (sanctions) {
						relations.push(sanctions);
						sanctionsAnnounced = true;
					}
				}
			}
	}
	// A visit read from where a meeting took place adds nothing when the sentence states it.
	const stated = (r: SentenceRelation) =>
		r.type === 'visit' &&
		relations.some(
			(o) =>
				o !== r &&
				o.type === 'visit' &&
				o.source === r.source &&
				o.target === r.target &&
				!derived.has(o)
		);
	const kept = relations.filter((r) => !derived.has(r) || !stated(r));
	// What a quoted speaker says (« Moscou est … dépendant de Pékin », estime X) is reported by them.
	const speaker = kept.find((r) => r.type === 'statement')?.source;
	const attributed = speaker
		? kept.map((r): SentenceRelation =>
				r.type !== 'statement' &&
				r.modality === 'asserted' &&
				r.source !== speaker &&
				// A party to a joint event who tells of it asserts it.
				(r.directed || r.target !== speaker)
					? { ...r, modality: 'reported', reportedBy: r.reportedBy ?? speaker }
					: r
			)
		: kept;
	// « selon le Kremlin », "according to the UN": the credited source said it, a quote on it,
	// unless the sentence already has it speak, or act in what another reports.
	const credited = clues?.according ?? accordingTo(s, sentence);
	if (
		credited &&
		!attributed.some(
			(r) => r.source === credited && (r.type === 'statement' || r.reportedBy !== undefined)
		)
	)
		attributed.push({
			type: 'statement',
			source: credited,
			target: credited,
			directed: true,
			modality: 'asserted'
		});
	return attributed.map((r) => coded(s, r));
}

// "called for an immediate ceasefire", « ont réclamé un cessez-le-feu »: up to two words
// (article, adjective) between a request's verb and the noun it asks for.
const ASKED_FOR_GAP = /^\s*(?:for\s+|a\s+|à\s+)?(?:[\p{L}'’-]+\s+){0,2}$/u;

/**
 * Whether `hit` names a thing a request asks for: what is asked has not happened (the
 * request is the event; PLOVER codes it REQUEST only). Nouns only.
 */
function requested(s: Sentence, hits: TriggerHit[], hit: TriggerHit): boolean {
	if (hit.rule.form !== 'noun' || hit.rule.type === 'request') return false;
	return hits.some(
		(h) =>
			h.rule.type === 'request' &&
			h.rule.form === 'verb' &&
			h.end <= hit.start &&
			hit.start - h.end < 30 &&
			ASKED_FOR_GAP.test(slice(s, h.end, hit.start))
	);
}

// « se rendre à Belgrade (puis à Pristina) », "travel to Belgrade": a place right after a
// visit's verb, or after its first destination and "then" / « puis ».
const DESTINATION_GAP =
	/^\s*(?:(?:a|au|aux|en|to|in|into|at)\s+)?(?:the\s+)?(?:[\p{L}' -]{1,30}\s(?:puis|et|then|and)\s+(?:a|au|aux|en|to|in)\s+(?:the\s+)?)?$/u;

/**
 * Whether `place` is where another visit told before `hit` goes, by someone else: « M. Lajcak
 * doit se rendre à Belgrade …, et une rencontre entre MM. Kurti et Vucic » does not put their
 * meeting in Belgrade. A visitor named before that visit who takes part in `hit`'s event ("X
 * arrived in Beijing and met Xi") keeps the place.
 */
function othersDestination(
	s: Sentence,
	hit: TriggerHit,
	place: RawMention,
	args: { sources: RawMention[]; targets: RawMention[] }
): boolean {
	if (place.end > hit.start) return false;
	const visit = s.hits.find(
		(h) =>
			h !== hit &&
			h.rule.type === 'visit' &&
			h.end <= place.start &&
			DESTINATION_GAP.test(slice(s, h.end, place.start))
	);
	if (!visit) return false;
	return ![...args.sources, ...args.targets].some((a) => a.end <= visit.start);
}

/** The relation with its PLOVER type, mode, CAMEO code and quad class (in that key order). */
function coded(s: Sentence, r: SentenceRelation): SentenceRelation {
	const { cameo, mode, plover: _plover, quad: _quad, ...fields } = r;
	const coding: EventCoding = codeRelation(
		s.lexicon.triggers.cameo,
		r.type,
		r.modality,
		cameo,
		mode
	);
	return { ...fields, ...coding };
}

/** Verbal acts: a speaker who denounces, accuses, rejects, warns, urges, hails or pledges
 * says something, whoever the act is aimed at (PLOVER's verbal event types; CAMEO 03x intents). */
const UTTERANCES: ReadonlySet<RelationType> = new Set([
	'criticism',
	'accusation',
	'rejection',
	'threat',
	'request',
	'congratulation'
]);

/**
 * A verbal act aimed at no actor of the sentence (« Alger dénonce une procédure
 * « inadmissible » », "Lima pledged to hold the vote"): still an utterance, a quote on its
 * speaker (statements.ts), found as a statement's speaker is; nothing when none is.
 */
function utteranceAlone(s: Sentence, hit: TriggerHit): SentenceRelation[] {
	// "Raisi called the invitation a historic success": naming is saying, to whoever is named.
	if (namingUtterance(s, hit)) return statementRelations(s, hit, 'asserted');
	const verbal =
		hit.rule.form === 'verb' &&
		(UTTERANCES.has(hit.rule.type) ||
			(hit.rule.type === 'agreement' && hit.rule.cameo?.startsWith('03') === true));
	if (!verbal) return [];
	return statementRelations(s, hit, 'asserted').filter(isQuote);
}

// "it", "the invitation", "its decision": an object that is no actor, then what it is called.
const NAMED_OBJECT =
	/^\s+(?:it|this|that|them|(?:the|this|that|these|those|its|his|her|their)\s+[\p{L}-]+)/u;
const NAME_GIVEN = /^(?:\s+[\p{L}-]+){0,2}?\s*(?:["“«]|a\s|an\s|as\s)/u;

/**
 * "Yoon called the meeting "a historic day"", "called it a victory": the verb of a phone call
 * naming what something is, an utterance of the subject. The object is no actor (a call
 * reaches an actor: "called the Chinese president"), and a name follows it (a quotation, "a",
 * "an", "as").
 */
function namingUtterance(s: Sentence, hit: TriggerHit): boolean {
	if (hit.rule.mode !== 'phone' || hit.rule.form !== 'verb') return false;
	if (!/^call/.test(slice(s, hit.start, hit.end))) return false;
	const object = NAMED_OBJECT.exec(slice(s, hit.end, Math.min(s.end, hit.end + 40)));
	if (!object) return false;
	const end = hit.end + object[0].length;
	if (s.actors.some((a) => a.start >= hit.end && a.start < end)) return false;
	return NAME_GIVEN.test(slice(s, end, Math.min(s.end, end + 40)));
}
