// Relations within one sentence: for each trigger, pick its source and target among the
// actors of the sentence, the way event coders fill source–action–target triples. An actor
// attaches to the nearest trigger: a candidate with another trigger in between is skipped,
// and so is one on the other side of a closing quote (« … », a déclaré X).
import type { Lexicon } from '../gazetteer/lexicon';
import { codeRelation } from '../events/coding';
import type { Entity, EntityType, EventCoding, Modality, RelationType } from '../types';
import type { DateMention } from './dates';
import type { RawMention } from './mentions';
import { dateFor } from './eventDates';
import { modalityOf } from './modality';
import type { TriggerHit, TriggerRule } from './triggers';
import { allMatches } from '../text/matches';

export interface SentenceRelation extends EventCoding {
	type: RelationType;
	source: string;
	target: string;
	directed: boolean;
	date?: string;
	location?: string;
	modality: Modality;
	reportedBy?: string;
}

export interface SentenceContext {
	lexicon: Lexicon;
	entities: Map<string, Entity>;
	text: string;
	folded: string;
	start: number;
	end: number;
	actors: RawMention[];
	dates: DateMention[];
	/** Trigger words in this sentence, with article offsets. */
	hits: TriggerHit[];
	/** The last person quoted, for « insiste-t-il ». */
	lastSpeaker?: string;
}

type Sentence = SentenceContext;

const AGENTS: EntityType[] = ['country', 'person', 'organization', 'group'];
// Projects and initiatives can be supported, discussed, agreed on or depended on; they do not meet.
const PROJECT_TARGETS = new Set<RelationType>([
	'support',
	'talks',
	'agreement',
	'dependence',
	'supply'
]);
const ARTICLE = "(?:les?\\s+|la\\s+|l'|the\\s+)?";
// « par les Occidentaux », « par le président américain Joe Biden »: the agent may follow a role.
const AGENT_BEFORE = /(?:^|\s)(?:par|by)\s+(?:[^\s,.;«»]+\s+){0,4}$/;
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
const BETWEEN = new RegExp(`(?:entre|between)\\s+${ARTICLE}$`);
const ACCORDING_TO = new RegExp(`(?:selon|d'apres|according to)\\s+${ARTICLE}`, 'g');
// « la Russie et l’Ukraine », "X and the Y": an article may follow the conjunction.
const COORDINATION = new RegExp(`^\\s*(?:et|and)\\s*${ARTICLE}$`);
const DESTINATION_BEFORE = /(?:^|\s)(?:to|into|vers|for|pour)\s+(?:the\s+)?$/;
const MOTION_TO_BEFORE = /(?:^|\s)(?:to|into|vers|towards?)\s+(?:the\s+)?$/;
const POSSESSIVE_BEFORE = /(?:^|\s)(son|sa|ses|leur|leurs|its|his|her|their)\s+(?:\p{L}+\s+)?$/u;
const OBJECT_CLITIC = /(?:^|\s)(?:l'|le|la|les|lui|leur)\s*(?:a|ont|avait|avaient|aurait)?\s*$/;
const REPORTING_CLAUSE =
	/^\s*(?:consid\S*|estim\S*|affirm\S*|assur\S*|jug\S*|croi\S*|believ\S*|sa(?:y|ys|id)|claim\S*|argu\S*)\s+(?:que|qu'|that)?/;
const CLAUSE_BREAK = /[;:]|,\s(?:qui|que|laquelle|lequel|mais|tandis|alors|while|but|which|who)\s/g;

const typeOf = (s: Sentence, m: RawMention) => s.entities.get(m.entity)?.type;
const slice = (s: Sentence, from: number, to: number) => s.folded.slice(from, to);

function countryOfActor(s: Sentence, id: string): string | undefined {
	const entity = s.entities.get(id);
	return entity?.type === 'country' ? entity.iso3 : entity?.country;
}

function otherTriggerBetween(s: Sentence, hit: TriggerHit, from: number, to: number): boolean {
	return s.hits.some((h) => h !== hit && h.start >= from && h.end <= to);
}

/**
 * A target attaches to the nearest trigger before it, and never across a quote closing into
 * its attribution (« … », a déclaré X). A subject may govern several verbs (« X est attendu
 * à Pékin pour y rencontrer Y »), so sources are not blocked that way.
 */
function reachable(s: Sentence, hit: TriggerHit, m: RawMention): boolean {
	if (m.start < hit.end) return true;
	if (otherTriggerBetween(s, hit, hit.end, m.start)) return false;
	return !/»\s*,/.test(slice(s, hit.end, m.start));
}

function coordinated(s: Sentence, m: RawMention): RawMention | undefined {
	return s.actors.find(
		(o) =>
			o.entity !== m.entity &&
			((o.end <= m.start && COORDINATION.test(slice(s, o.end, m.start))) ||
				(m.end <= o.start && COORDINATION.test(slice(s, m.end, o.start))))
	);
}

/** « entre Xi et Poutine », "between Xi and Putin", « avec X » right after a trigger. */
function pairAfter(
	s: Sentence,
	hit: TriggerHit,
	candidates: RawMention[]
): RawMention[] | undefined {
	const [first] = candidates;
	if (!first || first.start - hit.end > 40) return undefined;
	if (!BETWEEN.test(slice(s, hit.end, first.start))) return undefined;
	const second = coordinated(s, first);
	return second && second.start > first.start ? [first, second] : undefined;
}

interface Arguments {
	sources: RawMention[];
	targets: RawMention[];
}

// The helpers below are module functions, not closures in chooseArguments: it runs for every
// trigger of a long article, and a closure is allocated (and, under tsx, named) on each call.
function allowed(s: Sentence, rule: TriggerRule, m: RawMention): boolean {
	const type = typeOf(s, m);
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

function chooseArguments(s: Sentence, hit: TriggerHit): Arguments | undefined {
	const { rule } = hit;
	const near = s.actors.filter((m) => allowed(s, rule, m) && reachable(s, hit, m));
	const before = near.filter((a) => a.end <= hit.start && hit.start - a.end < 160).reverse();
	const after = near.filter((a) => a.start >= hit.end && a.start - hit.end < 160);

	const pair = pairAfter(s, hit, after);
	if (pair) return { sources: [pair[0] as RawMention], targets: [pair[1] as RawMention] };

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
	const agent = after.find((a) => isAgentMention(s, a) && a.start - hit.end < 80);
	if (agent) {
		const patient =
			before.find((a) => !a.locative) ??
			s.actors.find(
				(a) =>
					a.start > agent.end &&
					allowed(s, rule, a) &&
					!a.locative &&
					!PREPOSITION_BEFORE.test(slice(s, Math.max(s.start, a.start - 30), a.start))
			);
		return patient ? { sources: [agent], targets: [patient] } : undefined;
	}

	let source: RawMention | undefined;
	let targets: RawMention[] = [];
	if (rule.form === 'noun') {
		// « la visite de Poutine », « le soutien russe à », « l’invasion russe de l’Ukraine ».
		const adjective = after.find(
			(a) =>
				a.via === 'adjective' && a.start - hit.end < 24 && !/[,.]/.test(slice(s, hit.end, a.start))
		);
		const complement = after.find(
			(a) =>
				a !== adjective &&
				NOUN_COMPLEMENT.test(
					slice(s, adjective && adjective.end <= a.start ? adjective.end : hit.end, a.start)
				)
		);
		const recipient = after.find(
			(a) => a !== complement && a !== adjective && NOUN_RECIPIENT.test(slice(s, hit.end, a.start))
		);
		const objective =
			rule.type === 'conflict' || rule.type === 'criticism' || rule.type === 'sanctions';
		// "its support of Ukraine": with an owner, the complement is what the noun is about.
		const possessive = POSSESSIVE_BEFORE.exec(slice(s, s.start, hit.start))?.[1];
		if (adjective) source = adjective;
		if (complement && complement !== adjective) {
			if (objective || source || possessive) targets = [complement];
			else source = complement;
		}
		if (recipient && !targets.length) targets = [recipient];
		if (rule.type === 'meeting' && !(source && targets.length)) return undefined;
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
					/^\s*(?:,|et|and)\s*(?:en|au|aux|à|a|in|to)?\s*$/.test(
						slice(s, (places[i - 1] as RawMention).end, p.start)
					)
			)
			.filter((t) => t.entity !== home);
		return source && targets.length ? { sources: [source], targets } : undefined;
	}
	// A noun's subject is close to it (« Pékin continue d’afficher un soutien »); far back it
	// is usually the subject of another verb.
	// "travel to Moscow to meet Lavrov": a destination is where the subject goes, not the subject.
	source ??= before.find(
		(a) =>
			!a.locative &&
			!targets.includes(a) &&
			(rule.form === 'verb' || hit.start - a.end < 50) &&
			!isDestinationMention(s, a)
	);
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
			after.find((a) => a.entity !== source?.entity && !a.locative) ??
			(placesReceive ? after.find((a) => a.entity !== source?.entity) : undefined);
		if (next) targets = [next];
	}
	// A host receives someone named after the verb: "offered to host a summit" receives nobody.
	if (source && !targets.length && !rule.directed && !rule.host) {
		// « Poutine et Xi devraient discuter », « les deux dirigeants ont signé un accord ».
		const partner =
			coordinated(s, source) ?? before.find((a) => a.entity !== source?.entity && !a.locative);
		if (partner) targets = [partner];
	}
	if (!source && targets.length === 1 && !rule.directed)
		source = coordinated(s, targets[0] as RawMention);
	if (!source || !targets.length) return undefined;
	// "The United States and South Korea condemned …": both are sources.
	const partner = rule.directed ? coordinated(s, source) : undefined;
	const sources =
		partner && partner.end <= hit.start && !targets.includes(partner)
			? [source, partner]
			: [source];
	return { sources, targets };
}

/** Where each clause break of the sentence ends (article offsets), in text order. */
function clauseBreakEnds(sentence: string, offset: number): number[] {
	const ends: number[] = [];
	for (const m of allMatches(CLAUSE_BREAK, sentence)) ends.push(offset + m.index + m[0].length);
	return ends;
}

/** The start of the clause that `position` is in: after the last break that ends before it. */
function clauseStart(s: Sentence, breakEnds: number[], position: number): number {
	let start = s.start;
	for (const end of breakEnds) {
		if (end > position) break;
		start = end;
	}
	return start;
}

/** « selon le Kremlin », "according to the Kremlin": who the sentence credits, whatever the trigger. */
function accordingTo(s: Sentence, sentence: string): string | undefined {
	for (const m of allMatches(ACCORDING_TO, sentence)) {
		const found = s.actors.find((a) => a.start === s.start + m.index + m[0].length);
		if (found) return found.entity;
	}
	return undefined;
}

/** « Les États-Unis considèrent que … »: the last actor before the trigger that reports. */
function reportingActor(s: Sentence, hit: TriggerHit): string | undefined {
	for (let i = s.actors.length - 1; i >= 0; i--) {
		const a = s.actors[i] as RawMention;
		if (a.end <= hit.start && REPORTING_CLAUSE.test(slice(s, a.end, a.end + 30))) return a.entity;
	}
	return undefined;
}

function statementRelations(s: Sentence, hit: TriggerHit, modality: Modality): SentenceRelation[] {
	const people = s.actors.filter((a) => typeOf(s, a) === 'person');
	// "The Kremlin said", « la présidence française a annoncé »: a government speaks too.
	const institutions = s.actors.filter((a) => typeOf(s, a) !== 'person' && !a.locative);
	// Inverted after a quote: « …, a expliqué le conseiller du Kremlin, Iouri Ouchakov ».
	const speakerAfter = people.find(
		(p) =>
			p.start >= hit.end && p.start - hit.end < 70 && !/[«»".]/.test(slice(s, hit.end, p.start))
	);
	const speakerBefore = [...people]
		.reverse()
		.find((p) => p.end <= hit.start && hit.start - p.end < 40);
	const pronoun =
		/^-t-(?:il|elle)|^\s+(?:il|elle)\b/.test(slice(s, hit.end, hit.end + 8)) ||
		/\b(?:he|she)\s+(?:has\s+|had\s+)?$/.test(slice(s, hit.start - 10, hit.start));
	const institutionBefore = [...institutions]
		.reverse()
		.find((p) => p.end <= hit.start && hit.start - p.end < 25);
	const speakerMention = speakerAfter ?? speakerBefore ?? institutionBefore;
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
	const topic =
		addressee ??
		s.actors.find(
			(a) =>
				a.entity !== speaker &&
				AGENTS.includes(typeOf(s, a) as EntityType) &&
				!a.locative &&
				s.entities.get(speaker)?.affiliation !== a.entity
		);
	const target = topic?.entity ?? countryOfActor(s, speaker);
	s.lastSpeaker = speaker;
	if (!target || target === speaker) return [];
	return [
		{
			type: 'statement',
			source: speaker,
			target,
			directed: true,
			modality
		}
	];
}

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

/** The relations one sentence states (its evidence is the whole sentence). */
export function extractSentenceRelations(ctx: SentenceContext): SentenceRelation[] {
	const s: Sentence = ctx;
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
	let sanctionsAnnounced = false;
	// A relation joins two different actors; only a statement can do with its speaker alone.
	const first = s.actors[0]?.entity;
	const twoActors = s.actors.some((a) => a.entity !== first);
	// What depends on the sentence only is read once, when a trigger first needs it.
	let clues: { according?: string; breakEnds: number[] } | undefined;
	for (const hit of hits) {
		if (hit.rule.type === 'sanctions' && hit.rule.form === 'noun' && sanctionsAnnounced) continue;
		if (hit.rule.type === 'statement') {
			// The quote may be hedged or negative; that it was said is asserted.
			relations.push(...statementRelations(s, hit, 'asserted'));
			continue;
		}
		if (!twoActors) continue;
		const args = chooseArguments(s, hit);
		if (!args) continue;
		clues ??= {
			according: accordingTo(s, sentence),
			breakEnds: clauseBreakEnds(sentence, s.start)
		};
		const reportedBy = clues.according ?? reportingActor(s, hit);
		const modality = modalityOf(
			slice(s, clauseStart(s, clues.breakEnds, hit.start), hit.start),
			slice(s, hit.start, hit.end),
			!!reportedBy
		);
		const date = dateFor(s, hit);
		// Where an encounter took place; a war or a supply is not located by « à Moscou ».
		const located = ['meeting', 'talks', 'agreement'].includes(hit.rule.type);
		const place = s.actors.find(
			(a) =>
				located &&
				a.locative &&
				a.via !== 'adjective' &&
				typeOf(s, a) === 'country' &&
				!args.targets.includes(a)
		);
		for (const sourceMention of args.sources)
			for (const targetMention of args.targets) {
				let source = sourceMention.entity;
				let target = targetMention.entity;
				if (source === target) continue;
				if (hit.rule.reversed) [source, target] = [target, source];
				const base: SentenceRelation = {
					type: hit.rule.type,
					source,
					target,
					directed: hit.rule.directed,
					modality
				};
				if (hit.rule.cameo) base.cameo = hit.rule.cameo;
				if (hit.rule.mode) base.mode = hit.rule.mode;
				// Optional fields only when set, in this order (the output's key order).
				if (date) base.date = date;
				if (reportedBy && reportedBy !== source) base.reportedBy = reportedBy;
				if (hit.rule.host) {
					// « Poutine avait reçu Xi »: they met in the host's country, which the guest visited.
					const hostCountry = countryOfActor(s, source);
					relations.push(hostCountry ? { ...base, location: hostCountry } : base);
					if (hostCountry && typeOf(s, targetMention) === 'person')
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
				relations.push(location ? { ...base, location } : base);
				if (hit.rule.warning) {
					const sanctions = announcedSanctions(s, hit, base);
					if (sanctions) {
						relations.push(sanctions);
						sanctionsAnnounced = true;
					}
				}
			}
	}
	// What a quoted speaker says (« Moscou est … dépendant de Pékin », estime X) is reported by them.
	const speaker = relations.find((r) => r.type === 'statement')?.source;
	const attributed = speaker
		? relations.map((r): SentenceRelation =>
				r.type !== 'statement' && r.modality === 'asserted' && r.source !== speaker
					? { ...r, modality: 'reported', reportedBy: r.reportedBy ?? speaker }
					: r
			)
		: relations;
	return attributed.map((r) => coded(s, r));
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
