// One article → entities, mentions, relations and indicators, each with evidence offsets.
import type { Lexicon } from '../gazetteer/lexicon';
import { foldText } from '../text/fold';
import { sentenceSpans, type Span } from '../text/sentences';
import type { Article, Entity, Evidence, Extraction, Indicator, Mention, Quote } from '../types';
import { extractSentenceIndicators, maskMentions, type FigureCarry } from './indicators';
import {
	findLexiconMentions,
	mergeInTextOrder,
	notOverlapping,
	selectLongest,
	type RawMention
} from './mentions';
import { findPersons } from './persons';
import { recordEventAgents } from './eventAgents';
import { resolveReferences } from './references';
import { withConfidence } from './confidence';
import { CONFIDENCE_MODEL } from './confidenceModel';
import { RelationMerger } from './mergeRelations';
import { DATELINE, SentenceDating } from './sentenceDates';
import { extractSentenceRelations, type SentenceContext, type SentenceRelation } from './relations';
import { creditsASource, invertedAttributions, isQuote } from './statements';
import { findTriggers, type TriggerHit } from './triggers';
import { sentenceVenue } from './venue';

export interface ExtractOptions {
	/** Mentions a curator resolved (« le maître du Kremlin » → Putin): used as actors. */
	extraMentions?: RawMention[];
}

/** A map read through to a base map for what it does not hold itself (writes stay local). */
class OverlayMap<K, V> extends Map<K, V> {
	constructor(private readonly base: ReadonlyMap<K, V>) {
		super();
	}
	override get(key: K): V | undefined {
		return super.get(key) ?? this.base.get(key);
	}
	override has(key: K): boolean {
		return super.has(key) || this.base.has(key);
	}
}

export function evidenceOf(article: Article, start: number, end: number): Evidence {
	return { article: article.id, start, end, quote: article.text.slice(start, end) };
}

// « les deux dirigeants », "the three leaders", « les deux pays », "his two guests": the last
// two (three, four) people or countries named before, as a reader resolves them.
const PAIR_ANAPHOR =
	/\b(?:(?:les|ses|leurs) (deux|trois|quatre) (dirigeants|presidents|hommes|chefs d'etat|ministres|pays|capitales|voisins|camps|parties|gouvernements|rivaux|allies|invites|hotes)|(?:the|his|her|their) (two|three|four) (leaders|presidents|men|ministers|countries|nations|sides|neighbours|neighbors|governments|rivals|allies|guests)|(both) (leaders|countries|sides|governments)|(?:the|les) (leaders|dirigeants)(?! of| de| du| des))\b/g;
const HOW_MANY: Record<string, number> = {
	deux: 2,
	trois: 3,
	quatre: 4,
	two: 2,
	three: 3,
	four: 4,
	both: 2
};

// "A and B", « A et son homologue guyanien B »: two actors joined by a conjunction.
const JOINED = /^\s*(?:et|and)\s+(?:[^\s.;:!?]+\s+){0,3}$/;

/**
 * The last two actors named together ("A and B") before `named[before]`, within 1,500
 * characters, as entities of the `wanted` type (a pair of people stands for their two
 * countries when countries are wanted); undefined when there is none.
 */
function lastPairBefore(
	folded: string,
	lexicon: Lexicon,
	named: RawMention[],
	before: number,
	wanted: 'person' | 'country'
): { entities: [string, string]; start: number } | undefined {
	const at = (named[before - 1] as RawMention | undefined)?.end ?? 0;
	const asWanted = (id: string) => {
		const entity = lexicon.entities.get(id);
		const type = entity?.type ?? 'person';
		if (type === wanted) return id;
		return wanted === 'country' && type === 'person' ? entity?.country : undefined;
	};
	let later: RawMention | undefined;
	for (let i = before - 1; i >= 0; i--) {
		const m = named[i] as RawMention;
		if (at - m.end > 1500) break;
		if (m.descriptor) continue;
		if (later && JOINED.test(folded.slice(m.end, later.start))) {
			const a = asWanted(m.entity);
			const b = asWanted(later.entity);
			if (a && b && a !== b) return { entities: [a, b], start: m.start };
		}
		later = m;
	}
	return undefined;
}

function pairAnaphors(folded: string, lexicon: Lexicon, named: RawMention[]): RawMention[] {
	const found: RawMention[] = [];
	// `named` is sorted by start; matches come in text order, so the mentions before each
	// match are a growing prefix (a scan from the end made long texts quadratic).
	let before = 0;
	/** What each kind of anaphor ("person:2") was last resolved to. */
	const resolved = new Map<string, string[]>();
	for (const m of folded.matchAll(PAIR_ANAPHOR)) {
		// "The leaders" without a number: the two to four people named in the last few
		// sentences, when there are that many.
		const unnumbered = m[7] !== undefined;
		const count = unnumbered ? 4 : (HOW_MANY[m[1] ?? m[3] ?? m[5] ?? ''] ?? 2);
		const noun = m[2] ?? m[4] ?? m[6] ?? m[7] ?? '';
		const wanted =
			/pays|capitales|voisins|camps|parties|gouvernements|rivaux|allies|countries|nations|sides|neighbo|governments|rivals/.test(
				noun
			)
				? 'country'
				: 'person';
		while (before < named.length && (named[before] as RawMention).start < m.index) before++;
		// « les dirigeants européens »: a country adjective after it says whose leaders.
		const next = named[before];
		if (unnumbered && next && next.start - (m.index + m[0].length) <= 1) continue;
		// … and only as a sentence's subject ("The leaders also condemned …"): « devant les
		// dirigeants » may be anyone's.
		if (unnumbered && !/(?:^|[.!?:\n–]\s*)$/.test(folded.slice(Math.max(0, m.index - 3), m.index)))
			continue;
		// "Iraq and Oman hosted talks between the two sides": the parties "between", "with"
		// « entre », « avec » name are not the clause's own subject, named since its last
		// boundary.
		const lead = folded.slice(Math.max(0, m.index - 200), m.index);
		// "his two guests", « ses deux invités »: the owner is not one of them.
		const owned = /^(?:his|her|their|ses|leurs)\s/.test(m[0]);
		const clauseStart =
			owned || /(?:between|with|entre|avec)\s+$/.test(lead)
				? m.index - lead.length + Math.max(...[...'.;:!?,'].map((c) => lead.lastIndexOf(c))) + 1
				: m.index;
		const recent: string[] = [];
		const recentMentions: RawMention[] = [];
		for (let i = before - 1; i >= 0 && recent.length < count; i--) {
			const mention = named[i] as RawMention;
			if (mention.end > m.index || mention.descriptor) continue;
			if (unnumbered && m.index - mention.end > 400) break;
			// "The leaders" are people named in the sentences before, not in its own.
			if (unnumbered && !/[.!?\n]/.test(folded.slice(mention.end, m.index))) continue;
			if (mention.start >= clauseStart && clauseStart < m.index) continue;
			const entity = lexicon.entities.get(mention.entity);
			const type = entity?.type ?? 'person';
			if (type === wanted && !recent.includes(mention.entity)) {
				recent.push(mention.entity);
				recentMentions.push(mention);
			}
		}
		// « Maduro et son homologue Irfaan Ali … lue par le Premier ministre …, Ralph Gonsalves …
		// Les deux dirigeants »: the pair named together, when one of them is among the last two,
		// is the pair meant, not whoever was named in between.
		const together =
			count === 2 && !unnumbered
				? lastPairBefore(folded, lexicon, named, before, wanted)
				: undefined;
		// Two people named in the anaphor's own paragraph stay the ones meant ("Milei flew to
		// Florida hoping to meet Trump … The two men did not meet").
		const paragraphStart = folded.lastIndexOf('\n', m.index);
		// A pair named together in the same paragraph ("Bessent and Milei met …, joined by
		// Caputo. … the two men") is meant all the same.
		const inParagraph = recentMentions.every((r) => r.start > paragraphStart);
		// Without such a pair, the pair the same words named last stays the one meant, when one
		// of them is among the last two named (« Les deux dirigeants » … Biden, quoted in passing,
		// and Kishida … « Les deux dirigeants devaient dîner »: still Yoon and Kishida).
		const earlier = resolved.get(`${wanted}:${count}`);
		if (
			together &&
			(together.start > paragraphStart || !inParagraph) &&
			together.entities.some((e) => recent.includes(e))
		)
			recent.splice(0, recent.length, ...together.entities);
		else if (
			!together &&
			earlier &&
			!inParagraph &&
			recent.length === count &&
			earlier.some((e) => recent.includes(e))
		)
			recent.splice(0, recent.length, ...earlier);
		if (!unnumbered && recent.length === count) resolved.set(`${wanted}:${count}`, [...recent]);
		if (recent.length === count || (unnumbered && recent.length >= 2))
			for (const entity of recent)
				found.push({ entity, start: m.index, end: m.index + m[0].length, via: 'pattern' });
	}
	return found;
}

// "Their foreign ministers are expected to meet", « leurs ministres ont paraphé »: the pair's
// countries. (« Leur dernière rencontre », "their summit" as the pair's meeting was tried: on
// set (c) it found one meeting more and, through the place of that meeting, visits the gold
// does not label; on (d) one meeting more.)
const POSSESSIVE_PAIR =
	/\b(?:leurs?|their)\s+(?:foreign ministers|defence ministers|defense ministers|military commanders|delegations|negotiators|ministres|negociateurs|chefs de la diplomatie)\b/g;

/**
 * The possessive « leurs » / "their" before a plural role, as the two countries named together
 * last (within 1,500 characters; lastPairBefore; two people stand for their countries):
 * mentions at the possessive itself, one per country.
 */
function possessivePairs(folded: string, lexicon: Lexicon, named: RawMention[]): RawMention[] {
	const found: RawMention[] = [];
	let before = 0;
	for (const m of folded.matchAll(POSSESSIVE_PAIR)) {
		while (before < named.length && (named[before] as RawMention).start < m.index) before++;
		const pair = lastPairBefore(folded, lexicon, named, before, 'country');
		if (!pair) continue;
		const end = m.index + m[0].indexOf(' ');
		for (const entity of pair.entities) found.push({ entity, start: m.index, end, via: 'pattern' });
	}
	return found;
}

/**
 * « son homologue brésilien Lula », "Russian Sergei Lavrov", "Australia's Anthony Albanese": a
 * country adjective or possessive right before a person's name describes that person; it is
 * not an actor of its own.
 */
function markAdjectivesOfPeople(
	mentions: RawMention[],
	text: string,
	isPerson: (id: string) => boolean
): void {
	for (let i = 0; i + 1 < mentions.length; i++) {
		const adjective = mentions[i] as RawMention;
		const next = mentions[i + 1] as RawMention;
		if (
			isPerson(next.entity) &&
			((adjective.via === 'adjective' && /^\s+$/.test(text.slice(adjective.end, next.start))) ||
				// "Australia's Anthony Albanese": a possessive country names the person's.
				(!isPerson(adjective.entity) && /^['’]s\s+$/.test(text.slice(adjective.end, next.start))))
		)
			adjective.descriptor = true;
	}
}

function actorMentions(
	lexicon: Lexicon,
	text: string,
	folded: string,
	article: Article,
	extra: RawMention[],
	sentences: Span[]
) {
	const fromLexicon = findLexiconMentions(lexicon, text, folded);
	const persons = findPersons(lexicon, text, folded, fromLexicon, article.date);
	// Names found by pattern (or a gazetteer name in another transliteration) replace gazetteer
	// hits inside them; curated mentions replace both.
	const named = selectLongest(
		mergeInTextOrder(
			extra,
			persons.mentions.filter((m) => m.via === 'pattern' || m.via === 'name'),
			fromLexicon
		)
	);
	const roles = persons.mentions.filter((m) => m.via === 'role');
	const resolved = mergeInTextOrder(named, roles);
	const withPairs = mergeInTextOrder(
		resolved,
		pairAnaphors(folded, lexicon, resolved),
		possessivePairs(folded, lexicon, resolved)
	);
	const discoveredIds = new Set(persons.discovered.map((p) => p.id));
	const isPerson = (id: string) =>
		discoveredIds.has(id) || lexicon.entities.get(id)?.type === 'person';
	markAdjectivesOfPeople(withPairs, text, isPerson);
	// Pronouns point to the person in focus (a curator's mention of the same words wins).
	const references = resolveReferences({
		text,
		language: article.lang,
		named: withPairs,
		sentences,
		isPerson
	});
	const pronouns = notOverlapping(references, withPairs);
	const resolvedSoFar = mergeInTextOrder(withPairs, pronouns);
	const discoveredCountry = new Map<string, string | undefined>();
	for (const p of persons.discovered)
		if (!discoveredCountry.has(p.id)) discoveredCountry.set(p.id, p.country);
	const countryOfPerson = (id: string) =>
		discoveredCountry.get(id) ?? lexicon.entities.get(id)?.country;
	const owned = notOverlapping(
		ownerAnaphors(folded, lexicon, resolvedSoFar, isPerson, countryOfPerson),
		resolvedSoFar
	);
	const all = mergeInTextOrder(resolvedSoFar, owned);
	return { all, discovered: persons.discovered };
}

// « son pays », "his country": the country of the person named last (within a few lines);
// "the bloc", « le bloc »: the organisation named last; "its foreign ministry", « son armée »:
// the country named last (or, for « son », the country of the person named last).
// "Its foreign ministry", « son armée »: the state named last (a person's, for « son »).
const OWNER_ANAPHOR =
	/\b(?:(son pays|sa patrie|leur pays|his country|her country|their country)|(the bloc|le bloc|l'organisation regionale|the regional bloc)|((?:its|their) (?:foreign ministry|foreign affairs ministry|defen[cs]e ministry|government|army|military|armed forces|navy|air force|coast guard|embassy)|(?:son|sa|leur) (?:ministere des affaires etrangeres|ministere de la defense|gouvernement|armee|diplomatie|ambassade|marine|aviation)))\b/g;

function ownerAnaphors(
	folded: string,
	lexicon: Lexicon,
	named: RawMention[],
	isPerson: (id: string) => boolean,
	countryOfPerson: (id: string) => string | undefined
): RawMention[] {
	const found: RawMention[] = [];
	let before = 0;
	for (const m of folded.matchAll(OWNER_ANAPHOR)) {
		while (before < named.length && (named[before] as RawMention).start < m.index) before++;
		const person = !!m[1];
		const institution = !!m[3];
		// "its" is a state, never a person; « son » may be a person's.
		const its = institution && /^(?:its|their)\s/.test(m[0]);
		const reach = person || institution ? 400 : 1500;
		for (let i = before - 1; i >= 0; i--) {
			const mention = named[i] as RawMention;
			if (m.index - mention.end > reach) break;
			if (mention.end > m.index || mention.descriptor) continue;
			if (institution) {
				if (mention.locative) continue;
				const type = lexicon.entities.get(mention.entity)?.type;
				const state = isPerson(mention.entity)
					? its
						? undefined
						: countryOfPerson(mention.entity)
					: type === 'country'
						? mention.entity
						: undefined;
				if (state)
					found.push({ entity: state, start: m.index, end: m.index + m[0].length, via: 'pattern' });
				if (state || isPerson(mention.entity)) break;
				continue;
			}
			const entity = person
				? isPerson(mention.entity)
					? countryOfPerson(mention.entity)
					: undefined
				: lexicon.entities.get(mention.entity)?.type === 'organization'
					? mention.entity
					: undefined;
			if (person && isPerson(mention.entity) && !entity) break;
			if (!entity) continue;
			found.push({ entity, start: m.index, end: m.index + m[0].length, via: 'pattern' });
			break;
		}
	}
	return found;
}

/**
 * The country of the article's dateline ("BAKOU, 20 septembre (AFP) –", "WARSAW, Aug 2 –"): the
 * country or seat named where the first paragraph that opens with a dateline starts (within
 * the first 3,000 characters), or the country in brackets after its town ("ARGYLE
 * (Saint-Vincent-et-les-Grenadines), 14 décembre –"); undefined without one.
 */
function datelineCountry(
	text: string,
	mentions: RawMention[],
	entities: Map<string, Entity>
): string | undefined {
	for (const line of text.slice(0, 3000).matchAll(/^.+$/gm)) {
		if (!DATELINE.test(line[0])) continue;
		const at = line.index + (/^\s*/.exec(line[0])?.[0].length ?? 0);
		// "ARGYLE (Saint-Vincent-et-les-Grenadines), 14 décembre –": a town the gazetteer does not
		// know, with its country in brackets.
		const bracket = /^[^(,\n]+\(\s*/.exec(line[0].slice(at - line.index));
		const place =
			mentions.find((m) => m.start === at) ??
			(bracket ? mentions.find((m) => m.start === at + bracket[0].length) : undefined);
		return place && entities.get(place.entity)?.type === 'country' ? place.entity : undefined;
	}
	return undefined;
}

export function extractArticle(
	article: Article,
	lexicon: Lexicon,
	options: ExtractOptions = {}
): Extraction {
	const { text } = article;
	const folded = foldText(text);
	const sentences = sentenceSpans(text, article.lang);
	const { all: mentions, discovered } = actorMentions(
		lexicon,
		text,
		folded,
		article,
		options.extraMentions ?? [],
		sentences
	);
	// The article's own people over the gazetteer's tens of thousands of actors, without a copy.
	const entities = new OverlayMap<string, Entity>(lexicon.entities);
	for (const person of discovered) if (!entities.has(person.id)) entities.set(person.id, person);

	const actors = mentions.filter((m) => !m.descriptor);
	const masked = maskMentions(folded, mentions);
	const articleYear = Number(article.date.slice(0, 4));
	const merger = new RelationMerger();
	const indicators: Indicator[] = [];
	const quotes: Quote[] = [];
	const figureCarry: FigureCarry = {};
	const dating = new SentenceDating(text, folded, article.lang, article.date);
	let lastSpeaker: string | undefined;
	let previousDay: SentenceContext['previousDay'];
	const eventAgents = new Map<string, string>();
	const datelinePlace = datelineCountry(text, mentions, entities);
	// Where the last gathering told was held, for "attending it" (venue.ts).
	let venue = datelinePlace;
	// One pass of every trigger pattern over the whole text, then shared out by sentence.
	const triggers = findTriggers(
		folded,
		text,
		lexicon.triggers,
		article.lang,
		undefined,
		actors.filter((m) => m.via === 'name' && /\s/.test(text.slice(m.start, m.end)))
	);
	let cursor = 0;
	let triggerCursor = 0;
	for (const span of sentences) {
		while (cursor < actors.length && (actors[cursor] as RawMention).end <= span.start) cursor++;
		const inSentence: RawMention[] = [];
		for (let i = cursor; i < actors.length && (actors[i] as RawMention).start < span.end; i++)
			inSentence.push(actors[i] as RawMention);
		while (
			triggerCursor < triggers.length &&
			(triggers[triggerCursor] as TriggerHit).start < span.start
		)
			triggerCursor++;
		const hits: TriggerHit[] = [];
		for (
			let i = triggerCursor;
			i < triggers.length && (triggers[i] as TriggerHit).end <= span.end;
			i++
		) {
			const hit = triggers[i] as TriggerHit;
			// A word inside an actor's name is no reporting verb ("States" of "the United States").
			if (
				hit.rule.type !== 'statement' ||
				!inSentence.some((m) => m.start <= hit.start && hit.end <= m.end && m.via === 'name')
			)
				hits.push(hit);
		}
		if (article.lang === 'fr') {
			const inverted = invertedAttributions(text, span.start, span.end, hits);
			if (inverted.length) {
				hits.push(...inverted);
				hits.sort((a, b) => a.start - b.start);
			}
		}
		// Dates matter only where a relation may be (chrono is the slowest step).
		const dates = dating.datesOf(span, hits.length > 0 && inSentence.length > 0);
		if (inSentence.length && (hits.length || creditsASource(folded.slice(span.start, span.end)))) {
			const ctx: SentenceContext = {
				lexicon,
				entities,
				text,
				folded,
				start: span.start,
				end: span.end,
				actors: inSentence,
				dates,
				hits,
				articleDate: article.date,
				lastSpeaker,
				eventAgents,
				datelinePlace,
				venue,
				...(previousDay ? { previousDay } : {})
			};
			const at = { article: article.id, start: span.start, end: span.end };
			const told = extractSentenceRelations(ctx);
			for (const relation of told) {
				if (!isQuote(relation)) {
					merger.addStated(relation, at, () => evidenceOf(article, at.start, at.end));
					continue;
				}
				// One quote per speaker and sentence.
				const last = quotes[quotes.length - 1];
				if (last?.speaker === relation.source && last.evidence[0]?.start === at.start) continue;
				quotes.push({
					id: `${article.id}#q${quotes.length + 1}`,
					speaker: relation.source,
					...(relation.date ? { date: relation.date } : {}),
					modality: relation.modality,
					evidence: [evidenceOf(article, at.start, at.end)]
				});
			}
			previousDay = storyDay(previousDay, told, dating.toldDate);
			lastSpeaker = ctx.lastSpeaker;
			venue = sentenceVenue(ctx, told) ?? venue;
		} else if (dating.toldDate) previousDay = undefined;
		if (inSentence.length) recordEventAgents(eventAgents, folded, span.start, span.end, inSentence);
		for (const found of extractSentenceIndicators({
			text,
			folded,
			masked,
			start: span.start,
			end: span.end,
			actors: inSentence,
			entities,
			articleYear,
			lang: article.lang,
			articleDate: article.date,
			carry: figureCarry
		})) {
			const { start, end, ...rest } = found;
			indicators.push({
				id: `${article.id}#${indicators.length + 1}`,
				...rest,
				evidence: [evidenceOf(article, start, end)]
			});
		}
	}
	const relations = withConfidence(
		merger.relations(),
		{ folded, triggers, mentions: actors },
		CONFIDENCE_MODEL
	);
	const outMentions: Mention[] = mentions.map((m) => ({
		entity: m.entity,
		article: article.id,
		start: m.start,
		end: m.end,
		text: text.slice(m.start, m.end),
		via: m.via
	}));
	const used = new Set<string>();
	for (const m of outMentions) used.add(m.entity);
	for (const r of relations)
		for (const id of [r.source, r.target, r.location]) if (id) used.add(id);
	for (const i of indicators) for (const id of [i.subject, i.partner]) if (id) used.add(id);
	for (const q of quotes) used.add(q.speaker);
	const { text: _omitted, ...meta } = article;
	return {
		article: meta,
		entities: [...used]
			.sort()
			.map((id) => entities.get(id))
			.filter((e): e is Entity => !!e),
		mentions: outMentions,
		relations,
		indicators,
		quotes
	};
}

/**
 * The day the story is at after a sentence: the last day (YYYY-MM-DD) its relations were
 * dated with, and the actors dated with it; none after a sentence that tells another date
 * without dating an event with a day; else the one before, unchanged.
 */
function storyDay(
	before: SentenceContext['previousDay'],
	told: SentenceRelation[],
	toldDate: boolean
): SentenceContext['previousDay'] {
	const day = told.filter((r) => r.date?.length === 10).pop()?.date;
	if (day) {
		const actors = new Set<string>();
		for (const r of told)
			if (r.date === day) {
				actors.add(r.source);
				actors.add(r.target);
			}
		return { date: day, actors };
	}
	return toldDate ? undefined : before;
}
